package io.sluice.runtime.spark.internal;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;

import io.sluice.runtime.CancellationToken;
import io.sluice.runtime.internal.exec.BatchQueue;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.ExecContext;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Executor;
import io.sluice.runtime.internal.exec.QueueSource;

/**
 * Writes one Spark partition with the embedded runtime's own writer for the sink kind (JSON lines, Arrow IPC,
 * JDBC), so the bytes — or the rows and the transaction — are exactly what an embedded run produces. The task's
 * thread turns rows into Arrow batches and queues them; an embedded executor (one source reading the queue, the
 * sink) runs beside it, prepares the output and commits it (a file sink renames its part file into place).
 */
public final class EmbeddedSinkTask implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Makes the embedded sink for one partition; runs on the executor. */
    @FunctionalInterface
    public interface Factory extends Serializable {
        /** {@code partition} is Spark's partition number, for a part file's name. */
        BatchSink<?, ?> create(int partition, Schema schema) throws Exception;
    }

    private final String stepId;
    private final String kind;
    private final String runId;
    private final ArrowRows.Spec schema;
    private final Factory factory;

    public EmbeddedSinkTask(String stepId, String kind, String runId, ArrowRows.Spec schema, Factory factory) {
        this.stepId = stepId;
        this.kind = kind;
        this.runId = runId;
        this.schema = schema;
        this.factory = factory;
    }

    /** The name of a partition's part file: {@code part-00003.jsonl}. */
    public static Path part(Path dir, int partition, String extension) {
        return dir.resolve(String.format(java.util.Locale.ROOT, "part-%05d.%s", partition, extension)); //$NON-NLS-1$
    }

    /** Writes the rows of the task's partition (Spark's {@code foreachPartition}). */
    public void write(Iterator<Row> rows) throws Exception {
        TaskContext tc = TaskContext.get();
        int partition = tc == null ? 0 : tc.partitionId();
        Schema arrow = schema.arrow();
        BatchSink<?, ?> sink = factory.create(partition, arrow);
        CancellationToken token = new CancellationToken();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (RootAllocator root = new RootAllocator(1L << 30);
                ExecContext ctx = new ExecContext(runId, root, token, ExecOptions.defaults().withThreads(1));
                BatchQueue queue = new BatchQueue(stepId, arrow, 4, token)) {
            ExecGraph g = new ExecGraph();
            ExecGraph.Node in = g.source(stepId + "#rows", kind, new QueueSource(queue)); //$NON-NLS-1$
            g.sink(stepId, kind, sink, in.out());
            Thread writer = new Thread(() -> {
                try {
                    new Executor(g, ctx).run();
                } catch (Throwable e) {
                    failure.set(e);
                    token.cancel(String.valueOf(e.getMessage()));
                }
            }, "sluice-spark-sink-" + stepId + "-" + partition); //$NON-NLS-1$ //$NON-NLS-2$
            writer.setDaemon(true);
            writer.start();
            try {
                VectorSchemaRoot batch;
                while ((batch = ArrowRows.next(rows, arrow, root)) != null) {
                    try (VectorSchemaRoot b = batch) {
                        queue.put(new VectorUnloader(b).getRecordBatch());
                    }
                }
                queue.endOfStream();
            } catch (RuntimeException | InterruptedException e) {
                token.cancel("the Spark task failed: " + e.getMessage()); //$NON-NLS-1$
                writer.join();
                if (failure.get() != null && e instanceof io.sluice.runtime.CancellationToken.CancelledException) {
                    throw rethrow(failure.get());
                }
                throw e;
            }
            writer.join();
            if (failure.get() != null) {
                throw rethrow(failure.get());
            }
        }
    }

    private static Exception rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof Exception e ? e : new IllegalStateException(t);
    }
}
