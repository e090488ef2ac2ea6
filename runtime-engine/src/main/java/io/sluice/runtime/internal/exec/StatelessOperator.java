package io.sluice.runtime.internal.exec;

/** A streaming operator that keeps nothing per worker: its local state is {@link BatchOperator#NO_STATE}. */
public interface StatelessOperator extends BatchOperator<AutoCloseable> {
    @Override
    default AutoCloseable createLocal(StepContext step, WorkerState ws) {
        return NO_STATE;
    }
}
