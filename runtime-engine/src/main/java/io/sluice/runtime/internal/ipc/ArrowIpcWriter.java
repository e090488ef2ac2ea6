package io.sluice.runtime.internal.ipc;

import io.sluice.runtime.internal.files.TempOutput;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes an Arrow IPC file (random-access format); batches are appended under a lock, renamed at the end. */
public final class ArrowIpcWriter implements BatchSink<ArrowIpcWriter.Global, AutoCloseable> {
    private final Path file;
    private final Schema schema;

    public ArrowIpcWriter(Path file, Schema schema) {
        this.file = file.toAbsolutePath();
        this.schema = schema;
    }

    /** The writer, its root and the temporary file. */
    public final class Global implements AutoCloseable {
        final TempOutput tmp;
        final FileChannel channel;
        final VectorSchemaRoot root;
        final ArrowFileWriter writer;

        Global(StepContext step) throws IOException {
            tmp = TempOutput.beside(file, step);
            channel = FileChannel.open(tmp.path(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            VectorSchemaRoot r = null;
            try {
                r = VectorSchemaRoot.create(schema, step.allocator());
                writer = new ArrowFileWriter(r, null, channel);
                writer.start();
            } catch (IOException | RuntimeException e) { // not handed out: nobody else closes it
                try (FileChannel c = channel; VectorSchemaRoot unused = r) {
                    tmp.discard();
                }
                throw e;
            }
            root = r;
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
                root.close();
                channel.close();
            } finally {
                tmp.discard();
            }
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        return new Global(step);
    }

    @Override
    public AutoCloseable createLocal(Global global, WorkerState ws) {
        return () -> {
        };
    }

    @Override
    public void accept(VectorSchemaRoot in, Global g, AutoCloseable local, WorkerState ws) throws IOException {
        try (ArrowRecordBatch b = new VectorUnloader(in).getRecordBatch()) {
            synchronized (g) {
                new VectorLoader(g.root).load(b);
                g.writer.writeBatch();
            }
        }
    }

    @Override
    public boolean keepsInputOrder() {
        return true;
    }

    @Override
    public void finish(Global g, StepContext step) throws IOException {
        g.writer.end();
        g.channel.force(true);
        g.root.clear();
    }

    @Override
    public void commit(Global g) throws IOException {
        g.tmp.commit();
    }
}
