package io.sluice.runtime.internal.parquet;

import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.types.ColType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads a flat Parquet file column-at-a-time straight into vectors. Row groups are the morsels: every worker
 * opens its own reader and takes the next row group.
 */
public final class ParquetSource implements BatchSource<ParquetSource.Global, ParquetSource.Local> {
    private final Path file;
    private final Schema schema;

    public ParquetSource(Path file, Schema schema) {
        this.file = file;
        this.schema = schema;
    }

    /** The schema of a Parquet file as Sluice sees it. */
    public static Schema inferSchema(Path file) throws IOException {
        try (ParquetFileReader r = open(file)) {
            return ParquetSchemas.toArrow(r.getFooter().getFileMetaData().getSchema());
        }
    }

    /**
     * The columns of a folder of Parquet files: the first file's (in name order), then the Hive partition columns its
     * folders name ({@code country=DE/…}) that the files do not hold.
     */
    public static Schema inferFolderSchema(Path dir) throws IOException {
        java.util.List<Path> files = io.sluice.runtime.internal.files.InputFiles.list(dir);
        if (files.isEmpty()) {
            throw new IOException("no files in " + dir); //$NON-NLS-1$
        }
        java.util.List<org.apache.arrow.vector.types.pojo.Field> fields = new java.util.ArrayList<>(inferSchema(files.get(0)).getFields());
        io.sluice.runtime.internal.files.HivePartitions.columns(dir).forEach((name, type) -> {
            if (fields.stream().noneMatch(f -> f.getName().equalsIgnoreCase(name))) {
                fields.add(io.sluice.runtime.internal.types.Types.col(type).field(name, true));
            }
        });
        return new Schema(fields);
    }

    static ParquetFileReader open(Path file) throws IOException {
        ParquetReadOptions options = READ_OPTIONS;
        io.sluice.runtime.internal.exec.Retry.openForRead(file).close(); // missing, locked, unreadable: as they come
        try {
            return (ParquetFileReader) OPEN.invokeExact((org.apache.parquet.io.InputFile) new LocalInputFile(file), options);
        } catch (Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(file + ": not a readable Parquet file: " + t.getMessage(), t); //$NON-NLS-1$
        }
    }

    /**
     * {@code ParquetFileReader.open(InputFile, ParquetReadOptions)}, looked up once: calling it directly makes
     * javac resolve the Hadoop overloads, and Hadoop is deliberately not on our class path.
     */
    private static final java.lang.invoke.MethodHandle OPEN;

    /**
     * Read options built through their full constructor: {@code ParquetReadOptions.Builder} loads
     * {@code ParquetInputFormat} (a Hadoop {@code FileInputFormat}) in 1.16.0. No filters, no checksum
     * verification, our own codecs.
     */
    private static final ParquetReadOptions READ_OPTIONS;

    static {
        try {
            OPEN = java.lang.invoke.MethodHandles.publicLookup().findStatic(ParquetFileReader.class, "open", //$NON-NLS-1$
                    java.lang.invoke.MethodType.methodType(ParquetFileReader.class, org.apache.parquet.io.InputFile.class,
                            ParquetReadOptions.class));
            java.lang.reflect.Constructor<ParquetReadOptions> c = ParquetReadOptions.class.getDeclaredConstructor(
                    boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
                    boolean.class, boolean.class, boolean.class, org.apache.parquet.filter2.compat.FilterCompat.Filter.class,
                    org.apache.parquet.format.converter.ParquetMetadataConverter.MetadataFilter.class,
                    org.apache.parquet.compression.CompressionCodecFactory.class,
                    org.apache.parquet.bytes.ByteBufferAllocator.class, int.class, java.util.Map.class,
                    org.apache.parquet.crypto.FileDecryptionProperties.class,
                    org.apache.parquet.hadoop.ParquetMetricsCallback.class,
                    org.apache.parquet.conf.ParquetConfiguration.class);
            c.setAccessible(true);
            READ_OPTIONS = c.newInstance(false, false, false, false, false, false, false, false, false,
                    org.apache.parquet.filter2.compat.FilterCompat.NOOP,
                    org.apache.parquet.format.converter.ParquetMetadataConverter.NO_FILTER, Codecs.INSTANCE,
                    new org.apache.parquet.bytes.HeapByteBufferAllocator(), 8 << 20, new java.util.HashMap<String, String>(),
                    null, null, new PlainParquetConfiguration());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
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

    /** Row-group count and the next row group to read. */
    public static final class Global implements AutoCloseable {
        final int rowGroups;
        final AtomicInteger next = new AtomicInteger();
        final MessageType fileSchema;

        Global(int rowGroups, MessageType fileSchema) {
            this.rowGroups = rowGroups;
            this.fileSchema = fileSchema;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        try (ParquetFileReader r = open(file)) {
            MessageType m = r.getFooter().getFileMetaData().getSchema();
            for (org.apache.arrow.vector.types.pojo.Field f : schema.getFields()) {
                if (!m.containsField(f.getName())) {
                    throw new IOException(file + ": no column '" + f.getName() + "'; the file has " + m.getFields() //$NON-NLS-1$ //$NON-NLS-2$
                            .stream().map(Type::getName).toList());
                }
                ColType have = ParquetSchemas.colType(m.getType(f.getName()));
                if (have != ColType.of(f)) {
                    throw new IOException(file + ": column '" + f.getName() + "' is " + have + ", expected " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + ColType.of(f));
                }
            }
            return new Global(r.getRowGroups().size(), m);
        }
    }

    @Override
    public int maxThreads(Global global) {
        return Math.max(1, global.rowGroups);
    }

    @Override
    public Local createLocal(Global global, WorkerState ws) throws IOException {
        return new Local(global);
    }

    @Override
    public boolean next(Global global, Local local, VectorSchemaRoot out, WorkerState ws) throws IOException {
        boolean has = local.next(out, ws.run().options().batchRows());
        ws.morsel(local.group);
        return has;
    }

    private static final GroupConverter IGNORE = new GroupConverter() {
        private final PrimitiveConverter p = new PrimitiveConverter() {
        };

        @Override
        public Converter getConverter(int fieldIndex) {
            return p;
        }

        @Override
        public void start() {
        }

        @Override
        public void end() {
        }
    };

    /** A worker's reader, its current row group and column readers. */
    public final class Local implements AutoCloseable {
        private final Global global;
        private ParquetFileReader reader;
        private ColumnReader[] readers;
        private long remaining;
        long group = -1;

        Local(Global global) {
            this.global = global;
        }

        boolean next(VectorSchemaRoot out, int batchRows) throws IOException {
            try {
                return read(out, batchRows);
            } catch (IOException | RuntimeException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                    throw e;
                }
                throw new IOException(file + ": corrupt Parquet data: " + e.getMessage(), e); //$NON-NLS-1$
            }
        }

        private boolean read(VectorSchemaRoot out, int batchRows) throws IOException {
            while (remaining == 0) {
                int g = global.next.getAndIncrement();
                if (g >= global.rowGroups) {
                    return false;
                }
                group = g;
                if (reader == null) {
                    reader = open(file);
                }
                PageReadStore pages = reader.readRowGroup(g);
                remaining = pages.getRowCount();
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, IGNORE, global.fileSchema,
                        reader.getFooter().getFileMetaData().getCreatedBy());
                readers = new ColumnReader[schema.getFields().size()];
                for (int c = 0; c < readers.length; c++) {
                    ColumnDescriptor d = global.fileSchema.getColumnDescription(
                            new String[] { schema.getFields().get(c).getName() });
                    readers[c] = store.getColumnReader(d);
                }
            }
            int n = (int) Math.min(batchRows, remaining);
            List<FieldVector> vs = out.getFieldVectors();
            for (int c = 0; c < vs.size(); c++) {
                readColumn(readers[c], vs.get(c), n);
            }
            out.setRowCount(n);
            remaining -= n;
            return true;
        }

        private void readColumn(ColumnReader cr, FieldVector v, int n) {
            v.setInitialCapacity(n);
            v.allocateNew();
            ColumnDescriptor d = cr.getDescriptor();
            int maxDef = d.getMaxDefinitionLevel();
            PrimitiveType pt = d.getPrimitiveType();
            long tsFactor = 1;
            long tsDivisor = 1;
            if (pt.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
                switch (ts.getUnit()) {
                    case MILLIS -> tsFactor = 1000;
                    case NANOS -> tsDivisor = 1000;
                    default -> {
                    }
                }
            }
            boolean floatColumn = pt.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT;
            for (int i = 0; i < n; i++) {
                if (cr.getCurrentDefinitionLevel() < maxDef) {
                    switch (v) {
                        case VarCharVector x -> x.setNull(i);
                        case org.apache.arrow.vector.BaseFixedWidthVector x -> x.setNull(i);
                        default -> throw new IllegalStateException();
                    }
                } else {
                    switch (v) {
                        case BitVector x -> x.set(i, cr.getBoolean() ? 1 : 0);
                        case IntVector x -> x.set(i, cr.getInteger());
                        case DateDayVector x -> x.set(i, cr.getInteger());
                        case BigIntVector x -> x.set(i, pt.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
                                ? Integer.toUnsignedLong(cr.getInteger()) : cr.getLong());
                        case TimeStampVector x -> x.set(i, Math.floorDiv(cr.getLong() * tsFactor, tsDivisor));
                        case Float8Vector x -> x.set(i, floatColumn ? cr.getFloat() : cr.getDouble());
                        case VarCharVector x -> {
                            Binary b = cr.getBinary();
                            x.setSafe(i, b.getBytesUnsafe(), 0, b.length());
                        }
                        default -> throw new IllegalStateException(v.getClass().getName());
                    }
                }
                cr.consume();
            }
            v.setValueCount(n);
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
