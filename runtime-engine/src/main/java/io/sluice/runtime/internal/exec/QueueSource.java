package io.sluice.runtime.internal.exec;

import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/** Source of a pipeline fed by a {@link BatchQueue}; as many workers as the run allows share the queue. */
public final class QueueSource implements BatchSource<BatchQueue, AutoCloseable> {
    private final BatchQueue queue;

    public QueueSource(BatchQueue queue) {
        this.queue = queue;
    }

    @Override
    public Schema schema() {
        return queue.schema();
    }

    @Override
    public BatchQueue createGlobal(StepContext step) {
        return queue;
    }

    @Override
    public int maxThreads(BatchQueue global) {
        return Integer.MAX_VALUE;
    }

    @Override
    public AutoCloseable createLocal(BatchQueue global, WorkerState ws) {
        return BatchOperator.NO_STATE;
    }

    @Override
    public boolean next(BatchQueue global, AutoCloseable local, VectorSchemaRoot out, WorkerState ws)
            throws InterruptedException {
        try (ArrowRecordBatch b = global.take()) {
            if (b == null) {
                return false;
            }
            new VectorLoader(out).load(b);
            return true;
        }
    }
}
