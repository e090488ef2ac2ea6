package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code expressions.txt}: canonical form, type, nullability and value, or the exact problem. */
class ExpressionTableTest {

    private static final String RESOURCE = "expressions.txt";

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = ExpressionTableTest.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf(" ==> ");
                if (arrow < 0) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": no ' ==> ' in " + line);
                }
                cases.add(Arguments.of(number, line.substring(0, arrow), line.substring(arrow + 5).strip()));
            }
        }
        return cases.stream();
    }

    @Test
    void tableIsBigEnough() throws IOException {
        List<Arguments> all = cases().toList();
        long errors = all.stream().filter(a -> ((String) a.get()[2]).startsWith("!")).count();
        assertTrue(all.size() >= 60, "cases: " + all.size());
        assertTrue(errors >= 15, "malformed cases: " + errors);
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("cases")
    void expression(int line, String text, String expected) {
        CheckResult result = Expressions.compile(text, TestSchemas.SCHEMA);
        if (expected.startsWith("!")) {
            String[] parts = expected.substring(1).strip().split(" ", 2);
            String[] position = parts[0].split(":");
            assertFalse(result.ok(), () -> "expected a problem but got " + result);
            ExpressionProblem first = result.problems().get(0);
            assertEquals(parts[1], first.message());
            assertEquals(Integer.parseInt(position[0]), first.line(), "line");
            assertEquals(Integer.parseInt(position[1]), first.column(), "column");
            return;
        }
        int types = expected.lastIndexOf(" :: ");
        String canonical = expected.substring(0, types);
        String[] typeAndValue = expected.substring(types + 4).split(" = ", 2);
        String typeText = typeAndValue[0];
        boolean nullable = typeText.endsWith("?");
        DataType type = DataType.parse(nullable ? typeText.substring(0, typeText.length() - 1) : typeText);

        assertTrue(result.ok(), () -> "problems: " + result.problems());
        Expr parsed = Expressions.parse(text).expr();
        String printed = Expressions.print(parsed);
        assertEquals(canonical, printed, "canonical form");
        ParseResult reparsed = Expressions.parse(printed);
        assertTrue(reparsed.ok(), () -> "canonical form does not parse: " + reparsed.problems());
        assertEquals(Expressions.withoutSpans(parsed), Expressions.withoutSpans(reparsed.expr()), "round trip");
        assertEquals(Expressions.print(reparsed.expr()), printed, "printing is stable");

        assertEquals(type, result.type(), "type");
        assertEquals(nullable, result.typed().nullable(), "nullable");
        Object value = Evaluator.evaluate(result.typed(), TestSchemas.row());
        if (value != null) {
            assertEquals(Evaluator.javaClass(type), value.getClass(), "value class");
        }
        String shown = Expressions.print(new Expr.Literal(value, value == null ? DataType.NULL : type, Span.NONE));
        assertEquals(typeAndValue[1], shown, "value");
    }
}
