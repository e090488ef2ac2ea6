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

    /** The Datasets of the step's ports, reading its inputs from {@code t}. */
    Output translate(S step, Translation t) throws Exception;
}
