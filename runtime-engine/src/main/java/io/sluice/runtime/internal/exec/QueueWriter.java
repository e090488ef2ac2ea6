package io.sluice.runtime.internal.exec;

import java.util.List;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Puts batches into one or more queues without copying: each queue gets its own reference-counted view of
 * the buffers. Used as the sink that fans a step out to several consumers, and as a side output.
 */
public final class QueueWriter implements StatelessSink<QueueWriter.Queues>, SideOutput {
    private final Schema schema;
    private final List<BatchQueue> queues;

    public QueueWriter(Schema schema, List<BatchQueue> queues) {
        this.schema = schema;
        this.queues = List.copyOf(queues);
    }

    public List<BatchQueue> queues() {
        return queues;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public void emit(VectorSchemaRoot batch, WorkerState ws) throws InterruptedException {
        if (batch.getRowCount() == 0) {
            return;
        }
        VectorUnloader unloader = new VectorUnloader(batch);
        for (BatchQueue q : queues) {
            ArrowRecordBatch b = unloader.getRecordBatch();
            q.put(b);
        }
    }

    /** Marks the end of the stream in every queue. */
    public void endOfStream() {
        for (BatchQueue q : queues) {
            q.endOfStream();
        }
    }

    /** Global state: nothing but the queues. */
    public record Queues(QueueWriter writer) implements AutoCloseable {
        @Override
        public void close() {
        }
    }

    @Override
    public Queues createGlobal(StepContext step) {
        return new Queues(this);
    }

    @Override
    public void accept(VectorSchemaRoot in, Queues global, AutoCloseable local, WorkerState ws)
            throws InterruptedException {
        emit(in, ws);
    }

    @Override
    public void finish(Queues global, StepContext step) {
        endOfStream();
    }
}
