package io.sluice.runtime.internal.ipc;

import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads an Arrow IPC file; record batches are the morsels, each worker with its own reader. */
public final class ArrowIpcSource implements BatchSource<ArrowIpcSource.Global, ArrowIpcSource.Local> {
    private final Path file;
    private final Schema schema;

    public ArrowIpcSource(Path file, Schema schema) {
        this.file = file;
        this.schema = schema;
    }

    /** The schema stored in an Arrow IPC file. */
    public static Schema inferSchema(Path file, BufferAllocator allocator) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                ArrowFileReader r = new ArrowFileReader(ch, allocator)) {
            return r.getVectorSchemaRoot().getSchema();
        }
    }

    @Override
    public boolean ordered() {
        return true;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public Schema schema() {
        return schema;
    }

    /** Block count and the next block. */
    public static final class Global implements AutoCloseable {
        final int blocks;
        final AtomicInteger next = new AtomicInteger();

        Global(int blocks) {
            this.blocks = blocks;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                ArrowFileReader r = new ArrowFileReader(ch, step.allocator())) {
            Schema s = r.getVectorSchemaRoot().getSchema();
            if (!s.equals(schema)) {
                throw new IOException(file + ": schema " + s + " differs from the expected " + schema); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return new Global(r.getRecordBlocks().size());
        }
    }

    @Override
    public int maxThreads(Global global) {
        return Math.max(1, global.blocks);
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) throws IOException {
        return new Local(ws.allocator());
    }

    @Override
    public boolean next(Global global, Local local, VectorSchemaRoot out, WorkerState ws) throws IOException {
        int b = global.next.getAndIncrement();
        if (b >= global.blocks) {
            return false;
        }
        ws.morsel(b);
        ArrowFileReader r = local.reader();
        r.loadRecordBatch(r.getRecordBlocks().get(b));
        try (ArrowRecordBatch batch = new VectorUnloader(r.getVectorSchemaRoot()).getRecordBatch()) {
            new org.apache.arrow.vector.VectorLoader(out).load(batch);
        }
        return true;
    }

    /** A worker's open reader. */
    public final class Local implements AutoCloseable {
        private final BufferAllocator allocator;
        private FileChannel channel;
        private ArrowFileReader reader;

        Local(BufferAllocator allocator) {
            this.allocator = allocator;
        }

        ArrowFileReader reader() throws IOException {
            if (reader == null) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
                reader = new ArrowFileReader(channel, allocator);
            }
            return reader;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
            if (channel != null) {
                channel.close();
            }
        }
    }
}
