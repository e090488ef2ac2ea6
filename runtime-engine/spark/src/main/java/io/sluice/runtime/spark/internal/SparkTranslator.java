package io.sluice.runtime.spark.internal;

import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.model.Step;

/**
 * Translates the steps of one kind (one EClass) into Spark DataFrame operations with the embedded runtime's
 * semantics: the Spark counterpart of the runtime's planner for that kind, found through {@link SparkTranslators}.
 *
 * @param <S> the step class
 */
public interface SparkTranslator<S extends Step> {

    /** The translated step: a Dataset per output port, and for a sink the write that commits its output. */
    record Output(Map<String, Dataset<Row>> ports, SinkWrite write) {
        public static Output of(Map<String, Dataset<Row>> ports) {
            return new Output(Map.copyOf(ports), null);
        }

        public static Output sink(SinkWrite write) {
            return new Output(Map.of(), write);
        }
    }

    /** A sink's action: runs the Spark job that writes, then commits atomically. */
    @FunctionalInterface
    interface SinkWrite {
        void run() throws Exception;
    }

    /** What the engine cannot translate in this step (an unsupported function, a property), or null if nothing. */
    default String unsupported(S step, Translation t) {
        return null;
    }

    /** What validation compiles a step's expressions with: the model's schemas and the run's parameters. */
    record ExprScope(io.sluice.model.schema.PipelineSchemas schemas, java.util.function.UnaryOperator<String> expand) {
        /** The model's schema of a step's input port (the first link's). */
        public io.sluice.expression.types.Schema input(Step step, String port) {
            return schemas.inputs(step, port).get(0);
        }

        /** {@code text} expanded and compiled over {@code input}, or null when it does not compile (validation says why). */
        public io.sluice.expression.TypedExpr compile(String text, io.sluice.expression.types.Schema input, boolean predicate) {
            String x = expand.apply(text);
            io.sluice.expression.CheckResult r = predicate ? io.sluice.expression.Expressions.compilePredicate(x, input)
                    : io.sluice.expression.Expressions.compile(x, input);
            return r.ok() ? r.typed() : null;
        }
    }

    /**
     * The step's own expressions, compiled (text → checked tree), for validation for Spark to name any form of them
     * the translation cannot run ({@link ExprColumns#refusal}) before a session starts; none by default.
     */
    default Map<String, io.sluice.expression.TypedExpr> expressions(S step, ExprScope x) {
        return Map.of();
    }

    /** The Datasets of the step's ports, reading its inputs from {@code t}. */
    Output translate(S step, Translation t) throws Exception;
}
