package io.sluice.runtime.internal.exec;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The source role: produces batches. Its global state says how many workers it can feed; each worker
 * has local state and pulls the next morsel (split, row group, queued batch) through it.
 *
 * @param <G> global state, shared by the workers (must be thread-safe)
 * @param <L> per-worker local state
 */
public interface BatchSource<G extends AutoCloseable, L extends AutoCloseable> {
    Schema schema();

    /** What the step opens, for retry logs and messages (a file, a JDBC URL). */
    default String describe() {
        return getClass().getSimpleName();
    }

    G createGlobal(StepContext step) throws Exception;

    /**
     * True when the input has an order a user sees (the lines of a file): a pipeline from such a source to a sink
     * that keeps its input's order ({@link BatchSink#keepsInputOrder()}) through streaming steps only runs on one
     * worker, so the output has the rows in the input's order.
     */
    default boolean ordered() {
        return false;
    }

    /** How many workers this source can keep busy (1 = sequential, e.g. a sorted result; the default). */
    default int maxThreads(G global) {
        return 1;
    }

    L createLocal(G global, WorkerState ws) throws Exception;

    /**
     * Fills {@code out} (owned by the worker, reused between calls) with the next batch. Returns false when
     * this worker gets no more data; {@code out} is then ignored. A returned batch may have zero rows.
     */
    boolean next(G global, L local, VectorSchemaRoot out, WorkerState ws) throws Exception;
}
