package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every function's documented example is a TRUE expression, so the help the designer shows cannot go stale. */
class CatalogExamplesTest {
    static final RunContext RUN = new RunContext("run-1", Instant.parse("2024-05-01T08:00:00Z"), 42, Map.of());

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltinFunction.class)
    void exampleIsTrue(BuiltinFunction f) {
        CheckResult r = Expressions.compile(f.example(), Schema.of());
        assertTrue(r.ok(), f.example() + ": " + r.problems());
        assertEquals(Boolean.TRUE, Evaluator.evaluate(r.typed(), List.of(), RUN), f.example());
        if (f.dependsOnRun()) {
            assertTrue(!Evaluator.isConstant(r.typed()), f.example() + " must not be folded");
            if (f.category() == BuiltinFunction.Category.RUN) {
                assertThrows(EvaluationException.class, () -> Evaluator.evaluateConstant(r.typed()));
            }
        }
    }
}
