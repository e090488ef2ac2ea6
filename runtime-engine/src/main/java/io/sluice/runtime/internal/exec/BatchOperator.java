package io.sluice.runtime.internal.exec;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The streaming operator role: one batch in, one batch out. The executor re-enters the operator with the
 * same input while it answers {@link Flow#HAS_MORE_OUTPUT}.
 *
 * <p>Ownership: {@code out} belongs to the worker and is reused; the operator fills it (allocating from the
 * worker's allocator). The operator may transfer buffers out of {@code in} only on the call that answers
 * {@link Flow#NEEDS_INPUT}. Operators never start threads.
 *
 * @param <L> per-worker local state
 */
public interface BatchOperator<L extends AutoCloseable> {
    Schema outputSchema();

    L createLocal(StepContext step, WorkerState ws) throws Exception;

    Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, L local, WorkerState ws) throws Exception;

    /**
     * Called once per pipeline, on the last worker, after every worker's input is exhausted: output that depends
     * on the whole input (the unmatched build rows of a RIGHT or FULL join). Same contract as {@link #apply}
     * without input. The default has nothing to add.
     */
    default Flow drain(VectorSchemaRoot out, L local, WorkerState ws) throws Exception {
        return Flow.DONE;
    }

    /** True when the operator's result depends on the order of its input: its pipeline then runs one worker. */
    default boolean needsInputOrder() {
        return false;
    }

    /** Local state for operators that need none. */
    AutoCloseable NO_STATE = () -> { };
}
