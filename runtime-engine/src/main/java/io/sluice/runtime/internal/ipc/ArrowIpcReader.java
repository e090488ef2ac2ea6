package io.sluice.runtime.internal.ipc;

import io.sluice.runtime.internal.files.AbstractFileReader;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.types.Types;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads Arrow IPC data in either format: the file (random-access) format, whose record batches are the morsels with
 * each worker on its own reader, and the stream format, read front to back by one worker. Columns are matched by
 * name; a column the file declares nullable is accepted for one declared NOT NULL (a NULL that actually arrives
 * there is an error naming it), and the file's Arrow types are brought to Sluice's ({@link IpcColumns}).
 */
public final class ArrowIpcReader extends AbstractFileReader<ArrowIpcReader.Global, ArrowIpcReader.Local> {
    private static final byte[] FILE_MAGIC = { 'A', 'R', 'R', 'O', 'W', '1' };


    public ArrowIpcReader(Path file, Schema schema) {
        super(file, schema);
    }

    /** True when the file starts with the IPC file format's magic; otherwise it is read as a stream. */
    static boolean isFileFormat(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(FILE_MAGIC.length), FILE_MAGIC);
        }
    }

    /** The schema stored in Arrow IPC data (file or stream format), in Sluice's types. */
    public static Schema inferSchema(Path file, BufferAllocator allocator) throws IOException {
        try (Opened o = open(file, allocator)) {
            List<Field> fields = new ArrayList<>();
            for (Field f : o.reader.getVectorSchemaRoot().getSchema().getFields()) {
                try {
                    fields.add(Types.field(IpcColumns.sluiceType(f), f.getName(), f.isNullable()));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
                }
            }
            return new Schema(fields);
        }
    }

    /** A reader and the channel under it. */
    record Opened(ArrowReader reader, FileChannel channel, boolean fileFormat) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } finally {
                channel.close();
            }
        }
    }

    static Opened open(Path file, BufferAllocator allocator) throws IOException {
        io.sluice.runtime.internal.exec.Retry.openForRead(file).close(); // missing, locked, unreadable: as they come
        boolean fileFormat = isFileFormat(file);
        if (!fileFormat) {
            checkStream(file);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ArrowReader r = fileFormat ? new ArrowFileReader(ch, allocator)
                : new ArrowStreamReader(Channels.newInputStream(ch), allocator);
        try {
            r.getVectorSchemaRoot(); // reads the schema (and, for a file, its footer)
            if (fileFormat) {
                checkBlocks(file, (ArrowFileReader) r, ch.size());
            }
            return new Opened(r, ch, fileFormat);
        } catch (IOException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                r.close();
                ch.close();
                throw e;
            }
            try {
                r.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            ch.close();
            throw new IOException(file + ": not readable Arrow IPC data (" + (fileFormat ? "file" : "stream") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " format): " + why(e), e); //$NON-NLS-1$
        }
    }

    /**
     * Walks the messages of a stream before Arrow reads them: Arrow allocates whatever length a message claims, so
     * a length that runs past the end of the file is named here instead (never a 2 GiB allocation).
     */
    static void checkStream(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 0;
            while (pos + 4 <= size) {
                long start = pos;
                int len = readInt(ch, pos);
                pos += 4;
                if (len == -1) { // continuation marker, then the length
                    if (pos + 4 > size) {
                        break;
                    }
                    len = readInt(ch, pos);
                    pos += 4;
                }
                if (len == 0) {
                    return; // end of stream
                }
                if (len < 0 || pos + len > size) {
                    throw new IOException(file + ": damaged Arrow IPC stream: the message at byte " + start + " claims " //$NON-NLS-1$ //$NON-NLS-2$
                            + Integer.toUnsignedLong(len) + " bytes of metadata, " + (size - pos) + " remain"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                java.nio.ByteBuffer meta = java.nio.ByteBuffer.allocate(len);
                while (meta.hasRemaining() && ch.read(meta, pos + meta.position()) > 0) {
                    // reads the metadata
                }
                meta.flip();
                long body;
                try {
                    body = org.apache.arrow.flatbuf.Message.getRootAsMessage(meta.order(java.nio.ByteOrder.LITTLE_ENDIAN)).bodyLength();
                } catch (RuntimeException e) {
                    throw new IOException(file + ": damaged Arrow IPC stream: the message at byte " + start //$NON-NLS-1$
                            + " has unreadable metadata (" + e.getClass().getSimpleName() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
                }
                pos += len;
                if (body < 0 || pos + body > size) {
                    throw new IOException(file + ": damaged Arrow IPC stream: the message at byte " + start + " claims a body of " //$NON-NLS-1$ //$NON-NLS-2$
                            + body + " bytes, " + (size - pos) + " remain"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                pos += body;
            }
        }
    }

    private static int readInt(FileChannel ch, long pos) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining() && ch.read(b, pos + b.position()) > 0) {
            // reads the four bytes
        }
        return b.getInt(0);
    }

    /** Every record batch and dictionary block of a file lies inside it, before Arrow allocates what they claim. */
    static void checkBlocks(Path file, ArrowFileReader r, long size) throws IOException {
        List<org.apache.arrow.vector.ipc.message.ArrowBlock> blocks = new ArrayList<>(r.getRecordBlocks());
        blocks.addAll(r.getDictionaryBlocks());
        for (org.apache.arrow.vector.ipc.message.ArrowBlock b : blocks) {
            if (b.getOffset() < 0 || b.getMetadataLength() < 0 || b.getBodyLength() < 0
                    || b.getOffset() + b.getMetadataLength() + b.getBodyLength() > size) {
                throw new IOException(file + ": damaged Arrow IPC file: a block at byte " + b.getOffset() + " claims " //$NON-NLS-1$ //$NON-NLS-2$
                        + b.getMetadataLength() + " + " + b.getBodyLength() + " bytes of a file of " + size); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    static String why(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return c.getMessage();
            }
        }
        return "the data ends early or is damaged (" + t.getClass().getSimpleName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The format, the block count (file format) and the next block; where each declared column is in the file. */
    public static final class Global implements AutoCloseable {
        final boolean fileFormat;
        final int blocks;
        final int[] positions;
        final AtomicInteger next = new AtomicInteger();

        Global(boolean fileFormat, int blocks, int[] positions) {
            this.fileFormat = fileFormat;
            this.blocks = blocks;
            this.positions = positions;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        try (Opened o = open(file, step.allocator())) {
            Schema s = o.reader.getVectorSchemaRoot().getSchema();
            int[] positions = new int[schema.getFields().size()];
            for (int c = 0; c < positions.length; c++) {
                Field want = schema.getFields().get(c);
                int at = indexOf(s, want.getName());
                if (at < 0) {
                    throw noColumn(want.getName(), s.getFields().stream().map(Field::getName).toList());
                }
                Field have = s.getFields().get(at);
                DataType t;
                try {
                    t = IpcColumns.sluiceType(have);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
                }
                if (t != Types.of(want)) {
                    throw new IOException(file + ": column '" + want.getName() + "' is " + have.getType() + " (" + t //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + "), expected " + Types.of(want)); //$NON-NLS-1$
                }
                positions[c] = at;
            }
            int blocks = o.fileFormat ? ((ArrowFileReader) o.reader).getRecordBlocks().size() : 1;
            return new Global(o.fileFormat, blocks, positions);
        }
    }

    private static int indexOf(Schema s, String name) {
        for (int i = 0; i < s.getFields().size(); i++) {
            if (s.getFields().get(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int maxThreads(Global global) {
        return global.fileFormat ? Math.max(1, global.blocks) : 1;
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) throws IOException {
        return new Local(ws.allocator());
    }

    @Override
    public boolean next(Global global, Local local, VectorSchemaRoot out, WorkerState ws) throws IOException {
        try {
            ArrowReader r;
            if (global.fileFormat) {
                int b = global.next.getAndIncrement();
                if (b >= global.blocks) {
                    return false;
                }
                ws.morsel(b);
                ArrowFileReader f = (ArrowFileReader) local.reader();
                f.loadRecordBatch(f.getRecordBlocks().get(b));
                r = f;
            } else {
                r = local.reader();
                if (!r.loadNextBatch()) {
                    return false;
                }
                ws.morsel(local.batch++);
            }
            VectorSchemaRoot in = r.getVectorSchemaRoot();
            for (int c = 0; c < global.positions.length; c++) {
                FieldVector from = in.getVector(global.positions[c]);
                FieldVector to = out.getVector(c);
                if (!to.getField().isNullable() && from.getNullCount() > 0) {
                    throw new IOException(file + ": column '" + to.getName() + "' holds NULL in batch " + ws.morsel() //$NON-NLS-1$ //$NON-NLS-2$
                            + " but is declared NOT NULL"); //$NON-NLS-1$
                }
                IpcColumns.copy(from, to, in.getRowCount());
            }
            out.setRowCount(in.getRowCount());
            return true;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IOException(file + ": damaged Arrow IPC data: " + why(e), e); //$NON-NLS-1$
        } catch (RuntimeException e) {
            throw new IOException(file + ": damaged Arrow IPC data: " + why(e), e); //$NON-NLS-1$
        }
    }

    /** A worker's open reader. */
    public final class Local implements AutoCloseable {
        private final BufferAllocator allocator;
        private Opened opened;
        long batch;

        Local(BufferAllocator allocator) {
            this.allocator = allocator;
        }

        ArrowReader reader() throws IOException {
            if (opened == null) {
                opened = open(file, allocator);
            }
            return opened.reader;
        }

        @Override
        public void close() throws IOException {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
