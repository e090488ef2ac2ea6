package io.sluice.runtime.spark.internal;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.spark.sql.Row;

import io.sluice.runtime.CancellationToken;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.ExecContext;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Executor;
import io.sluice.runtime.internal.types.Rejects;

/**
 * Reads one input file on a Spark executor with the embedded runtime's own reader for the source kind, so every
 * row, every parse error and every rejects row (file, line, raw text, reason) is exactly what an embedded run
 * produces. The partitions of a directory or glob source are its files, read in parallel by the executors.
 * <p>
 * Rows come out tagged: column 0 is the port (0 = {@code out}, 1 = {@code rejects}), then the output columns, then
 * the rejects columns; the translator splits them into the two ports.
 */
public final class FileSourceTask implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Which embedded reader. */
    public enum Format { CSV, JSON_LINES, PARQUET, ARROW_IPC, OTHER }

    /**
     * What one Spark partition reads: a file, or a byte range of a CSV or JSON lines file ({@code start < 0}: all of it), or for a
     * source that is not a file ({@link Factory}) whatever its factory makes of {@code file}.
     */
    public record Split(String file, long start, long end, long firstLine) implements Serializable {
        public static Split whole(String file) {
            return new Split(file, -1, -1, 1);
        }

        public static Split of(String file, io.sluice.runtime.internal.files.ByteRange r) {
            return new Split(file, r.start(), r.end(), r.firstLine());
        }

        /** The byte range, or null for the whole file. */
        public io.sluice.runtime.internal.files.ByteRange range() {
            return start < 0 ? null : new io.sluice.runtime.internal.files.ByteRange(start, end, firstLine);
        }
    }

    /** Makes the embedded source of one split, on the executor (for sources that are not files, such as JDBC). */
    @FunctionalInterface
    public interface Factory extends Serializable {
        BatchSource<?, ?> create(Split split, Schema schema) throws Exception;
    }

    private final Format format;
    private final String stepId;
    private final String runId;
    private final String[] names;
    private final io.sluice.expression.types.DataType[] types;
    private final boolean[] nullable;
    private final char delimiter;
    private final char quote;
    private final boolean header;
    private final String nullValue;
    private final boolean failOnParseError;
    private final Factory factory;
    private org.apache.spark.util.LongAccumulator skipped;

    /** Where the rows the reader skips (blank lines) are counted: the step's filtered rows. */
    public FileSourceTask countSkipped(org.apache.spark.util.LongAccumulator filtered) {
        this.skipped = filtered;
        return this;
    }

    private org.apache.spark.util.CollectionAccumulator<String> marks;

    /** Where an incremental source's reader hands the high-water mark it reached (see {@code HighWaterMark}). */
    public FileSourceTask reportMarks(org.apache.spark.util.CollectionAccumulator<String> reached) {
        this.marks = reached;
        return this;
    }

    /** A source read by {@code factory}'s embedded reader (kind {@link Format#OTHER}). */
    public FileSourceTask(String stepId, String runId, io.sluice.expression.types.Schema schema, boolean failOnParseError,
            Factory factory) {
        this(Format.OTHER, stepId, runId, schema, ',', '"', false, "", failOnParseError, factory); //$NON-NLS-1$
    }

    public FileSourceTask(Format format, String stepId, String runId, io.sluice.expression.types.Schema schema, char delimiter,
            char quote, boolean header, String nullValue, boolean failOnParseError) {
        this(format, stepId, runId, schema, delimiter, quote, header, nullValue, failOnParseError, null);
    }

    private FileSourceTask(Format format, String stepId, String runId, io.sluice.expression.types.Schema schema, char delimiter,
            char quote, boolean header, String nullValue, boolean failOnParseError, Factory factory) {
        this.format = format;
        this.factory = factory;
        this.stepId = stepId;
        this.runId = runId;
        this.names = schema.fields().stream().map(io.sluice.expression.types.Field::name).toArray(String[]::new);
        this.types = schema.fields().stream().map(io.sluice.expression.types.Field::type).toArray(io.sluice.expression.types.DataType[]::new);
        this.nullable = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            nullable[i] = schema.fields().get(i).nullable();
        }
        this.delimiter = delimiter;
        this.quote = quote;
        this.header = header;
        this.nullValue = nullValue;
        this.failOnParseError = failOnParseError;
    }

    /** The CSV reader's options. */
    public io.sluice.runtime.internal.csv.CsvOptions csvOptions() {
        return new io.sluice.runtime.internal.csv.CsvOptions(delimiter, quote, header, nullValue, 8 << 20);
    }

    /** Number of output columns; the tagged row has 1 + this + {@link Rejects#SCHEMA} columns. */
    public int width() {
        return names.length;
    }

    /** The step this task reads for. */
    public String stepId() {
        return stepId;
    }

    /** The tagged rows of one file, streamed: the embedded reader runs on a thread of its own into a bounded queue. */
    public Iterator<Row> read(Split split) {
        return read(split, null, null, null);
    }

    /**
     * The tagged rows of one split with only the tagged columns {@code keep} (null: all), the {@code out} rows counted
     * in {@code out} and the {@code rejects} rows in {@code rejected} (each may be null).
     */
    public Iterator<Row> read(Split split, int[] keep, org.apache.spark.util.LongAccumulator out,
            org.apache.spark.util.LongAccumulator rejected) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        Thread t = new Thread(() -> {
            Object last = TaggedHandoff.END;
            try {
                run(split, queue, keep, out, rejected);
            } catch (Throwable e) {
                last = e;
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sluice-spark-source-" + stepId); //$NON-NLS-1$
        t.setDaemon(true);
        t.start();
        return TaggedHandoff.rows(queue, null);
    }

    private void run(Split split, BlockingQueue<Object> queue, int[] keep, org.apache.spark.util.LongAccumulator out,
            org.apache.spark.util.LongAccumulator rejected) throws Exception {
        Path file = format == Format.OTHER ? null : Path.of(split.file());
        List<io.sluice.expression.types.Field> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            fields.add(new io.sluice.expression.types.Field(names[i], types[i], nullable[i]));
        }
        io.sluice.expression.types.Schema sluice = new io.sluice.expression.types.Schema(fields);
        Schema schema = io.sluice.runtime.internal.types.Types.arrow(sluice);
        BatchSource<?, ?> source = switch (format) {
            case CSV -> new io.sluice.runtime.internal.csv.CsvReader(file, schema, csvOptions(), split.range());
            case JSON_LINES -> new io.sluice.runtime.internal.json.JsonLinesReader(file, schema, split.range());
            case PARQUET -> new io.sluice.runtime.internal.parquet.ParquetReader(file, schema);
            case ARROW_IPC -> new io.sluice.runtime.internal.ipc.ArrowIpcReader(file, schema);
            case OTHER -> factory.create(split, schema);
        };
        ExecGraph g = new ExecGraph();
        ExecGraph.Node n = g.source(stepId, format.name(), source, java.util.Map.of(ExecGraph.REJECTS, Rejects.SCHEMA));
        g.sink("_spark_out", "spark", new TaggedHandoff(queue, 0, fields.size(), Rejects.SCHEMA.getFields().size(), keep, out), n.out()); //$NON-NLS-1$ //$NON-NLS-2$
        g.sink("_spark_rejects", "spark", new TaggedHandoff(queue, 1, fields.size(), Rejects.SCHEMA.getFields().size(), keep, rejected),
                n.port(ExecGraph.REJECTS)); //$NON-NLS-1$ //$NON-NLS-2$
        ExecOptions options = ExecOptions.defaults().withThreads(1).withFailOnParseError(failOnParseError);
        try (RootAllocator root = new RootAllocator(1L << 30);
                ExecContext ctx = new ExecContext(runId, root, new CancellationToken(), options)) {
            new Executor(g, ctx).run();
            String mark = ctx.marks().get(stepId);
            if (marks != null && mark != null) { // the split was read to its end: stored only if the run commits
                marks.add(mark);
            }
            if (skipped != null) { // blank lines: the source's filtered rows, counted by the reader
                for (io.sluice.runtime.internal.exec.StepCounters c : ctx.allCounters()) {
                    if (c.step().equals(stepId)) {
                        skipped.add(c.rowsFiltered.sum());
                    }
                }
            }
        }
    }

    /**
     * An Arrow value as the external value Spark's row encoder expects (java.time API on): a LIST as a Scala
     * sequence, a MAP as a Scala map (entry order kept), a STRUCT as a Row of its fields, element by element.
     */
    static Object value(org.apache.arrow.vector.ValueVector v, int row) {
        if (v.isNull(row)) {
            return null;
        }
        return switch (v) {
            case org.apache.arrow.vector.complex.MapVector m -> {
                org.apache.arrow.vector.complex.StructVector entries = (org.apache.arrow.vector.complex.StructVector) m.getDataVector();
                java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
                for (int e = m.getElementStartIndex(row); e < m.getElementEndIndex(row); e++) {
                    out.put(value(entries.getChildByOrdinal(0), e), value(entries.getChildByOrdinal(1), e));
                }
                yield scala.jdk.javaapi.CollectionConverters.asScala(out);
            }
            case org.apache.arrow.vector.complex.ListVector l -> {
                List<Object> out = new ArrayList<>();
                for (int e = l.getElementStartIndex(row); e < l.getElementEndIndex(row); e++) {
                    out.add(value(l.getDataVector(), e));
                }
                yield scala.jdk.javaapi.CollectionConverters.asScala(out);
            }
            case org.apache.arrow.vector.complex.StructVector st -> {
                Object[] fields = new Object[st.size()];
                for (int k = 0; k < fields.length; k++) {
                    fields[k] = value(st.getChildByOrdinal(k), row);
                }
                yield org.apache.spark.sql.RowFactory.create(fields);
            }
            case org.apache.arrow.vector.DateDayVector d -> java.time.LocalDate.ofEpochDay(d.get(row));
            // TIME of any unit: a long of that unit since midnight (ExprColumns.sparkType)
            case org.apache.arrow.vector.TimeMilliVector t -> io.sluice.runtime.internal.types.Types.timeValue(t, row);
            case org.apache.arrow.vector.TimeMicroVector t -> io.sluice.runtime.internal.types.Types.timeValue(t, row);
            case org.apache.arrow.vector.TimeNanoVector t -> io.sluice.runtime.internal.types.Types.timeValue(t, row);
            // an instant of any unit as an Instant (Spark's timestamp), a local date-time as a LocalDateTime (timestamp_ntz)
            case org.apache.arrow.vector.TimeStampVector ts -> io.sluice.expression.types.TemporalValues.fromStored(ts.get(row),
                    io.sluice.runtime.internal.types.Types.of(ts.getField().getType()));
            case org.apache.arrow.vector.VarCharVector s -> new String(s.get(row), java.nio.charset.StandardCharsets.UTF_8);
            default -> v.getObject(row);
        };
    }
}
