package io.sluice.runtime.internal.exec;

import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The sink role: {@link #accept} runs in parallel on every worker with that worker's local state,
 * {@link #combine} runs once per worker when its input is exhausted, and {@link #finish} runs once, alone,
 * after every worker combined; {@link #commit} runs after the whole run passed its checks. A sink that keeps data past {@code accept} must copy or transfer it.
 *
 * @param <G> global state (guarded by the sink itself; the only state workers share)
 * @param <L> per-worker local state
 */
public interface BatchSink<G extends AutoCloseable, L extends AutoCloseable> {
    G createGlobal(StepContext step) throws Exception;

    /** What the step opens, for retry logs and messages (a file, a JDBC URL). */
    default String describe() {
        return getClass().getSimpleName();
    }

    L createLocal(G global, WorkerState ws) throws Exception;

    void accept(VectorSchemaRoot in, G global, L local, WorkerState ws) throws Exception;

    /** Once per worker, when its input is exhausted (most sinks have nothing to fold in). */
    default void combine(G global, L local, WorkerState ws) throws Exception {
    }

    /**
     * Prepares the result once every worker combined: flushes and closes temporary files, sends the last batch of a
     * transaction. Nothing is visible to a user yet; closing {@code global} without {@link #commit} discards it.
     */
    void finish(G global, StepContext step) throws Exception;

    /**
     * Makes the prepared result visible (renames the temporary file, commits the transaction). Runs once, alone,
     * after every pipeline of the run finished and the run's row accounting balanced.
     */
    default void commit(G global) throws Exception {
    }

    /**
     * True when the output shows the order of its input (a file): fed straight from an {@link BatchSource#ordered()}
     * source, its pipeline runs one worker so that row-wise pipelines keep the input order.
     */
    default boolean keepsInputOrder() {
        return false;
    }

    /** True when the result depends on the order of the input (keep-first dedup): its pipeline runs one worker. */
    default boolean needsInputOrder() {
        return false;
    }
}
