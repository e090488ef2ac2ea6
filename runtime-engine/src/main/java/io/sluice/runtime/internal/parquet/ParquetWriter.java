package io.sluice.runtime.internal.parquet;

import io.sluice.runtime.internal.files.TempOutput;
import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * Writes a Parquet file with parquet-java's column writers and file writer, without Hadoop. Every worker
 * encodes and compresses its own row groups; only appending a finished row group to the file is serialized.
 * The file is written under a temporary name and renamed when the run finishes, so a failed run leaves no
 * half-written output.
 */
public final class ParquetWriter implements BatchSink<ParquetWriter.Global, ParquetWriter.Local> {
    private final Path file;
    private final Schema schema;
    private final CompressionCodecName codec;
    private final long rowGroupBytes;
    private final MessageType parquetSchema;
    /** Per top-level column: its nested shape (null for a flat column) and the index of its first leaf writer. */
    private final ParquetNested.Column[] nested;
    private final int[] firstLeaf;

    public ParquetWriter(Path file, Schema schema, CompressionCodecName codec, long rowGroupBytes) {
        this.file = file.toAbsolutePath();
        this.schema = schema;
        this.codec = codec;
        this.rowGroupBytes = rowGroupBytes;
        this.parquetSchema = ParquetSchemas.toParquet(schema);
        this.nested = new ParquetNested.Column[parquetSchema.getFieldCount()];
        this.firstLeaf = new int[nested.length];
        int leaf = 0;
        for (int c = 0; c < nested.length; c++) {
            org.apache.parquet.schema.Type t = parquetSchema.getType(c);
            firstLeaf[c] = leaf;
            nested[c] = ParquetNested.isNested(t) ? ParquetNested.column(t) : null;
            leaf += nested[c] == null ? 1 : nested[c].paths().size();
        }
    }

    public ParquetWriter(Path file, Schema schema, CompressionCodecName codec) {
        this(file, schema, codec, 64L << 20);
    }

    /** The open file writer (appends are serialized on it) and the temporary file. */
    public final class Global implements AutoCloseable {
        final TempOutput tmp;
        final ParquetFileWriter writer;
        private ParquetProperties props;
        boolean ended;

        Global(StepContext step) throws IOException {
            tmp = TempOutput.beside(file, step);
            writer = new ParquetFileWriter(new LocalOutputFile(tmp.path()), parquetSchema, ParquetFileWriter.Mode.OVERWRITE,
                    rowGroupBytes, 0, ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH,
                    ParquetProperties.DEFAULT_STATISTICS_TRUNCATE_LENGTH, false);
            writer.start();
        }

        /**
         * The writer properties, decided on the first batch any worker sees: dictionary encoding only for the
         * columns whose values repeat in that batch (high-cardinality columns would fill the dictionary page and
         * fall back anyway, after paying for the attempt).
         */
        synchronized ParquetProperties props(VectorSchemaRoot first) {
            if (props == null) {
                ParquetProperties.Builder b = ParquetProperties.builder().withPageSize(1 << 20)
                        .withDictionaryPageSize(1 << 20);
                List<ColumnDescriptor> cols = parquetSchema.getColumns();
                int n = Math.min(first.getRowCount(), DICTIONARY_SAMPLE);
                if (n >= DICTIONARY_MIN_SAMPLE) {
                    for (int c = 0; c < cols.size(); c++) {
                        // a nested column's leaves keep the default: their values are not the top-level vector's
                        String[] path = cols.get(c).getPath();
                        if (path.length == 1 && distinct(first.getVector(path[0]), n) > n / 2) {
                            b.withDictionaryEncoding(String.join(".", cols.get(c).getPath()), false); //$NON-NLS-1$
                        }
                    }
                }
                props = b.build();
            }
            return props;
        }

        synchronized void append(Local l) throws IOException {
            writer.startBlock(l.rows);
            l.pages.flushToFileWriter(writer);
            writer.endBlock();
        }

        @Override
        public void close() throws IOException {
            if (!tmp.committed()) {
                try {
                    if (!ended) {
                        writer.end(Map.of());
                    }
                } catch (IOException | RuntimeException e) {
                    // the file is discarded anyway
                }
                tmp.discard();
            }
        }
    }

    private static final int DICTIONARY_SAMPLE = 4096;
    private static final int DICTIONARY_MIN_SAMPLE = 256;

    /** Distinct values (by cell hash; nulls count as one value) among the first n rows. */
    static int distinct(FieldVector v, int n) {
        Set<Integer> seen = new HashSet<>();
        for (int r = 0; r < n; r++) {
            seen.add(v.isNull(r) ? Integer.MIN_VALUE : v.hashCode(r));
        }
        return seen.size();
    }

    /** One worker's open row group, opened on its first batch. */
    public final class Local implements AutoCloseable {
        final Global global;
        ColumnChunkPageWriteStore pages;
        ColumnWriteStore columns;
        ColumnWriter[] writers;
        long rows;

        Local(Global global) {
            this.global = global;
        }

        boolean isOpen() {
            return columns != null;
        }

        void open(ParquetProperties props) {
            pages = new ColumnChunkPageWriteStore(Codecs.INSTANCE.getCompressor(codec), parquetSchema,
                    new HeapByteBufferAllocator(), ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH);
            columns = props.newColumnWriteStore(parquetSchema, pages, pages);
            List<ColumnDescriptor> cols = parquetSchema.getColumns();
            writers = new ColumnWriter[cols.size()];
            for (int i = 0; i < writers.length; i++) {
                writers[i] = columns.getColumnWriter(cols.get(i));
            }
            rows = 0;
        }

        void flush() throws IOException {
            if (rows > 0) {
                columns.flush();
                global.append(this);
            }
            close();
            open(global.props);
        }

        @Override
        public void close() {
            if (columns != null) {
                columns.close();
                pages.close();
                columns = null;
                pages = null;
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
    public Local createLocal(Global global, WorkerState ws) {
        return new Local(global);
    }

    @Override
    public void accept(VectorSchemaRoot in, Global global, Local l, WorkerState ws) throws IOException {
        int n = in.getRowCount();
        if (!l.isOpen()) {
            l.open(global.props(in));
        }
        List<FieldVector> vs = in.getFieldVectors();
        for (int c = 0; c < vs.size(); c++) {
            if (nested[c] != null) {
                ParquetNested.write(nested[c], vs.get(c), n, l.writers, firstLeaf[c], ParquetWriter::writeValue);
            } else {
                writeColumn(vs.get(c), Types.of(schema.getFields().get(c)), schema.getFields().get(c).isNullable(),
                        l.writers[firstLeaf[c]], n);
            }
        }
        for (int r = 0; r < n; r++) {
            l.columns.endRecord();
        }
        l.rows += n;
        if (l.columns.getBufferedSize() >= rowGroupBytes) {
            l.flush();
        }
    }

    private static void writeColumn(FieldVector v, DataType t, boolean nullable, ColumnWriter w, int n) {
        int def = nullable ? 1 : 0;
        if (!nullable) {
            for (int r = 0; r < n; r++) {
                if (v.isNull(r)) {
                    throw new IllegalStateException("null in non-nullable column " + v.getName() + " at row " + r); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        for (int r = 0; r < n; r++) {
            if (v.isNull(r)) {
                w.writeNull(0, 0);
            } else {
                writeValue(v, t, r, w, 0, def);
            }
        }
    }

    /** Writes the (non-null) value at row {@code r} of {@code v}, of type {@code t}, with these levels. */
    static void writeValue(FieldVector v, DataType t, int r, ColumnWriter w, int rep, int def) {
        switch (t.id()) {
            case BOOLEAN -> w.write(((BitVector) v).get(r) != 0, rep, def);
            case INT8 -> w.write((int) ((TinyIntVector) v).get(r), rep, def);
            case INT16 -> w.write((int) ((SmallIntVector) v).get(r), rep, def);
            case INT32, DATE -> w.write(((BaseFixedWidthVector) v).getDataBuffer().getInt((long) r * 4), rep, def);
            case INT64, TIMESTAMP -> w.write(((BaseFixedWidthVector) v).getDataBuffer().getLong((long) r * 8), rep, def);
            case TIME -> {
                if (t.timePrecision() == io.sluice.expression.types.TimePrecision.MILLI) {
                    w.write(((BaseFixedWidthVector) v).getDataBuffer().getInt((long) r * 4), rep, def);
                } else {
                    w.write(((BaseFixedWidthVector) v).getDataBuffer().getLong((long) r * 8), rep, def);
                }
            }
            case FLOAT32 -> w.write(((Float4Vector) v).get(r), rep, def);
            case FLOAT64 -> w.write(((BaseFixedWidthVector) v).getDataBuffer().getDouble((long) r * 8), rep, def);
            case DECIMAL -> {
                java.math.BigInteger u = ((DecimalVector) v).getObject(r).unscaledValue();
                if (t.precision() <= 9) {
                    w.write(u.intValueExact(), rep, def);
                } else if (t.precision() <= 18) {
                    w.write(u.longValueExact(), rep, def);
                } else {
                    w.write(Binary.fromConstantByteArray(signExtended(u, ParquetSchemas.decimalBytes(t.precision()))), rep, def);
                }
            }
            case STRING, BINARY -> w.write(Binary.fromConstantByteArray(((BaseVariableWidthVector) v).get(r)), rep, def);
            case FIXED_BINARY -> w.write(Binary.fromConstantByteArray(((FixedSizeBinaryVector) v).get(r)), rep, def);
            default -> throw new IllegalStateException("no Parquet writer for " + t); //$NON-NLS-1$
        }
    }

    /** Big-endian two's complement in exactly {@code n} bytes (the value fits: its precision says so). */
    static byte[] signExtended(java.math.BigInteger u, int n) {
        byte[] raw = u.toByteArray();
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, 0, n - raw.length, (byte) (u.signum() < 0 ? 0xFF : 0));
        System.arraycopy(raw, 0, out, n - raw.length, raw.length);
        return out;
    }

    @Override
    public boolean keepsInputOrder() {
        return true;
    }

    @Override
    public void combine(Global global, Local local, WorkerState ws) throws IOException {
        if (local.isOpen() && local.rows > 0) {
            local.flush();
        }
    }

    @Override
    public void finish(Global global, StepContext step) throws IOException {
        global.writer.end(Map.of("created_by_sluice", "io.sluice.runtime")); //$NON-NLS-1$ //$NON-NLS-2$
        global.ended = true;
    }

    @Override
    public void commit(Global global) throws IOException {
        global.tmp.commit();
    }
}
