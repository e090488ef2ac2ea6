package io.sluice.runtime.internal.exec;

/**
 * A sink whose workers keep nothing of their own (all state is global): its local state is
 * {@link BatchOperator#NO_STATE}.
 *
 * @param <G> global state
 */
public interface StatelessSink<G extends AutoCloseable> extends BatchSink<G, AutoCloseable> {
    @Override
    default AutoCloseable createLocal(G global, WorkerState ws) {
        return BatchOperator.NO_STATE;
    }
}
