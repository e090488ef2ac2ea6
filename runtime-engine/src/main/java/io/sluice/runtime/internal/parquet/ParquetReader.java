package io.sluice.runtime.internal.parquet;

import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.DataType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.vector.FieldVector;
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
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads a Parquet file column-at-a-time straight into vectors (nested columns through {@link ParquetNested}). Row groups are the morsels: every worker
 * opens its own reader and takes the next row group.
 */
public final class ParquetReader implements BatchSource<ParquetReader.Global, ParquetReader.Local> {
    private final Path file;
    private final Schema schema;

    public ParquetReader(Path file, Schema schema) {
        this.file = file;
        this.schema = schema;
    }

    /** The schema of a Parquet file as Sluice sees it. */
    public static Schema inferSchema(Path file) throws IOException {
        try (ParquetFileReader r = open(file)) {
            return ParquetSchemas.toArrow(r.getFooter().getFileMetaData().getSchema());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
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
                fields.add(io.sluice.runtime.internal.types.Types.field(type, name, true));
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
            String why = cause(t).replaceAll("org\\.apache\\.parquet\\.io\\.LocalInputFile@\\p{XDigit}+ ", "it ") //$NON-NLS-1$ //$NON-NLS-2$
                    .replaceAll("! Struct: \\S+", ""); //$NON-NLS-1$ //$NON-NLS-2$
            boolean footer = !why.contains("not a Parquet file") && !why.contains("footer"); //$NON-NLS-1$ //$NON-NLS-2$
            throw new IOException(file + ": not a readable Parquet file: " //$NON-NLS-1$
                    + (footer ? "damaged footer (the file metadata does not decode: " + why + ")" : why), t); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Checks the footer's row groups against the file before anything is read through them: every column chunk
     * lies inside the file, so a lying offset or length is named here instead of allocating what it claims.
     */
    static void checkFooter(Path file, ParquetFileReader r) throws IOException {
        long length = java.nio.file.Files.size(file);
        List<org.apache.parquet.hadoop.metadata.BlockMetaData> groups = r.getRowGroups();
        for (int g = 0; g < groups.size(); g++) {
            org.apache.parquet.hadoop.metadata.BlockMetaData b = groups.get(g);
            if (b.getRowCount() < 0) {
                throw new IOException(file + ": damaged footer: row group " + g + " has " + b.getRowCount() + " rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (org.apache.parquet.hadoop.metadata.ColumnChunkMetaData c : b.getColumns()) {
                long start = c.getStartingPos();
                long size = c.getTotalSize();
                if (start < 4 || size < 0 || start + size > length) {
                    throw new IOException(file + ": damaged footer: row group " + g + ", column '" + c.getPath() //$NON-NLS-1$ //$NON-NLS-2$
                            + "' claims bytes " + start + ".." + (start + size) + " of a file of " + length + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
            }
        }
    }

    /**
     * The cause of a failure in words: the innermost message that says something, or — for exceptions thrown
     * without one (a decoder running off its data) — what that means for the file.
     */
    static String cause(Throwable t) {
        String best = null;
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            String m = c.getMessage();
            if (c instanceof IndexOutOfBoundsException || c instanceof java.nio.BufferUnderflowException
                    || c instanceof NullPointerException || c instanceof NegativeArraySizeException
                    || c instanceof java.io.EOFException && m == null) {
                return "the data ends early or refers past its end (" + c.getClass().getSimpleName() //$NON-NLS-1$
                        + (m == null || c instanceof NullPointerException ? "" : ": " + m) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (m != null && !m.isBlank()) {
                best = m;
            }
        }
        return best != null ? best : t.getClass().getSimpleName();
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
        /** Rows per row group, from the footer: empty row groups are skipped without reading them. */
        final long[] groupRows;
        final AtomicInteger next = new AtomicInteger();
        final MessageType fileSchema;
        final ParquetColumns.ValueReader[] values;
        /** Per column, its nested shape; null for a flat column. */
        final ParquetNested.Column[] nested;
        /** The file's schema narrowed to the selected columns. */
        MessageType projection;
        final String createdBy;

        Global(long[] groupRows, MessageType fileSchema, ParquetColumns.ValueReader[] values, String createdBy) {
            this.nested = new ParquetNested.Column[values.length];
            this.rowGroups = groupRows.length;
            this.groupRows = groupRows;
            this.fileSchema = fileSchema;
            this.values = values;
            this.createdBy = createdBy;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public Global createGlobal(StepContext step) throws IOException {
        try (ParquetFileReader r = open(file)) {
            checkFooter(file, r);
            MessageType m = r.getFooter().getFileMetaData().getSchema();
            ParquetColumns.ValueReader[] readers = new ParquetColumns.ValueReader[schema.getFields().size()];
            for (int c = 0; c < readers.length; c++) {
                org.apache.arrow.vector.types.pojo.Field f = schema.getFields().get(c);
                if (!m.containsField(f.getName())) {
                    throw new IOException(file + ": no column '" + f.getName() + "'; the file has " + m.getFields() //$NON-NLS-1$ //$NON-NLS-2$
                            .stream().map(Type::getName).toList());
                }
                ParquetColumns.Mapping have;
                try {
                    have = ParquetColumns.of(m.getType(f.getName()));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
                }
                if (!ParquetNested.fits(have.type(), Types.of(f))) {
                    throw new IOException(file + ": column '" + f.getName() + "' is " + have.type() + ", expected " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + Types.of(f));
                }
                readers[c] = have.reader();
            }

            List<org.apache.parquet.hadoop.metadata.BlockMetaData> groups = r.getRowGroups();
            long[] rows = new long[groups.size()];
            for (int g = 0; g < rows.length; g++) {
                rows[g] = groups.get(g).getRowCount();
            }
            Global global = new Global(rows, m, readers, r.getFooter().getFileMetaData().getCreatedBy());
            List<Type> selected = new java.util.ArrayList<>();
            for (int c = 0; c < readers.length; c++) {
                Type t = m.getType(schema.getFields().get(c).getName());
                global.nested[c] = ParquetNested.isNested(t) ? ParquetNested.column(t) : null;
                selected.add(t);
            }
            global.projection = new MessageType(m.getName(), selected);
            return global;
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
        /** Ignores values, and stands for the groups on a nested column's path too. */
        private final PrimitiveConverter p = new PrimitiveConverter() {
            @Override
            public GroupConverter asGroupConverter() {
                return IGNORE;
            }
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
        /** Per nested column, its leaves' readers (null for a flat column). */
        private ParquetNested.Cursor[][] leaves;
        private long remaining;
        long group = -1;

        Local(Global global) {
            this.global = global;
        }

        /** The column being read, for messages. */
        private String column;

        boolean next(VectorSchemaRoot out, int batchRows) throws IOException {
            column = null;
            try {
                return read(out, batchRows);
            } catch (IOException | RuntimeException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                    throw e;
                }
                String where = "row group " + group + (column == null ? "" : ", column '" + column + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                String why = cause(e);
                if (why.startsWith("unsupported Parquet feature")) { //$NON-NLS-1$
                    throw new IOException(file + ": " + why + " (" + where + ")", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                throw new IOException(file + ": damaged Parquet data in " + where + ": " + why, e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        private boolean read(VectorSchemaRoot out, int batchRows) throws IOException {
            while (remaining == 0) {
                int g = global.next.getAndIncrement();
                if (g >= global.rowGroups) {
                    return false;
                }
                group = g;
                if (global.groupRows[g] == 0) {
                    continue; // an empty row group has nothing to read (parquet-java refuses to read one)
                }
                if (reader == null) {
                    reader = open(file);
                    if (global.projection.getFieldCount() > 0) {
                        reader.setRequestedSchema(global.projection); // only the selected columns' chunks are read
                    }
                }
                PageReadStore pages;
                try {
                    pages = reader.readRowGroup(g);
                } catch (NoClassDefFoundError e) {
                    // parquet-java words a few of its checks with Hadoop's Path, which Sluice does not carry: the
                    // one reached here compares a column chunk's pages with the footer's value count
                    throw new IOException(file + ": damaged Parquet data in row group " + g //$NON-NLS-1$
                            + ": a column chunk's pages do not hold the number of values its footer entry says", e); //$NON-NLS-1$
                }
                remaining = pages.getRowCount();
                if (remaining != global.groupRows[g]) {
                    throw new IOException(file + ": damaged footer: row group " + g + " has " + remaining //$NON-NLS-1$ //$NON-NLS-2$
                            + " rows in its pages and " + global.groupRows[g] + " in the footer"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, IGNORE, global.fileSchema, global.createdBy);
                readers = new ColumnReader[schema.getFields().size()];
                leaves = new ParquetNested.Cursor[readers.length][];
                for (int c = 0; c < readers.length; c++) {
                    if (global.nested[c] != null) { // only the leaves of the selected columns are read
                        List<String[]> paths = global.nested[c].paths();
                        leaves[c] = new ParquetNested.Cursor[paths.size()];
                        for (int k = 0; k < paths.size(); k++) {
                            leaves[c][k] = new ParquetNested.Cursor(store.getColumnReader(global.fileSchema.getColumnDescription(paths.get(k))));
                        }
                        continue;
                    }
                    ColumnDescriptor d = global.fileSchema.getColumnDescription(
                            new String[] { schema.getFields().get(c).getName() });
                    readers[c] = store.getColumnReader(d);
                }
            }
            int n = (int) Math.min(batchRows, remaining);
            List<FieldVector> vs = out.getFieldVectors();
            for (int c = 0; c < vs.size(); c++) {
                column = schema.getFields().get(c).getName();
                if (leaves[c] != null) {
                    ParquetNested.read(global.nested[c], leaves[c], vs.get(c), n);
                } else {
                    readColumn(readers[c], global.values[c], vs.get(c), n);
                }
            }
            column = null;
            out.setRowCount(n);
            remaining -= n;
            return true;
        }

        private void readColumn(ColumnReader cr, ParquetColumns.ValueReader values, FieldVector v, int n) {
            v.setInitialCapacity(n);
            v.allocateNew();
            int maxDef = cr.getDescriptor().getMaxDefinitionLevel();
            for (int i = 0; i < n; i++) {
                if (cr.getCurrentDefinitionLevel() < maxDef) {
                    switch (v) {
                        case org.apache.arrow.vector.BaseVariableWidthVector x -> x.setNull(i);
                        case org.apache.arrow.vector.BaseFixedWidthVector x -> x.setNull(i);
                        default -> throw new IllegalStateException(v.getClass().getName());
                    }
                } else {
                    values.read(cr, v, i);
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
