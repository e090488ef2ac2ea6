package io.sluice.runtime.spark.internal.translate;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.FileSource;
import io.sluice.model.Ports;
import io.sluice.runtime.internal.files.ByteRange;
import io.sluice.runtime.internal.files.InputFiles;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.FileSourceTask;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.StepCounters;
import io.sluice.runtime.spark.internal.TaggedSource;
import io.sluice.runtime.spark.internal.Translation;

/**
 * What the CSV, JSON lines, Parquet and Arrow IPC sources share: one partition per input file, or per byte range of
 * one (a directory, glob or large file is read in parallel), each read on an executor by the embedded runtime's
 * reader ({@link FileSourceTask}), so rows and rejects (file, line, raw text, reason) are the embedded engine's. A kind says only how its files are read.
 *
 * @param <S> the source's model class
 */
public abstract class FileSourceTranslator<S extends FileSource> implements SparkTranslator<S> {

    /** The reader of one file of {@code step}, producing rows of {@code schema}. */
    protected abstract FileSourceTask task(S step, Translation t, Schema schema);

    @Override
    public Output translate(S step, Translation t) {
        Schema schema = t.output(step, Ports.OUT);
        Schema rejects = t.output(step, Ports.REJECTS);
        Path path = t.path(step.getPath());
        List<Path> paths = InputFiles.isMulti(path) ? InputFiles.list(path) : List.of(path);
        FileSourceTask task = task(step, t, schema);
        int bytes = splitBytes(t, paths);
        List<FileSourceTask.Split> splits = new ArrayList<>();
        for (Path f : paths) {
            splits.addAll(splits(f, task, bytes));
        }
        return tagged(step, t, task, splits, schema, rejects);
    }

    /**
     * {@code f} in byte ranges on record boundaries of about {@code bytes} each, each knowing its first line number;
     * empty when the kind reads a file whole (the default: Parquet and Arrow IPC files).
     */
    protected List<ByteRange> ranges(Path f, FileSourceTask task, int bytes) throws IOException {
        return List.of();
    }

    /**
     * The Datasets of a source read by the embedded reader of {@code task}, one Spark partition per split: {@code out}
     * and {@code rejects}. The scan ({@link TaggedSource}) counts both ports as it reads and hands over only the columns
     * the steps downstream use.
     */
    static Output tagged(io.sluice.model.Source step, Translation t, FileSourceTask task, List<FileSourceTask.Split> splits,
            Schema schema, Schema rejects) {
        StepCounters.Counter c = t.counters().of(step);
        task.countSkipped(c.filtered());
        Dataset<Row> all = TaggedSource.load(t.spark(), new TaggedSource.Spec(task, splits, taggedSchema(schema, rejects), c.out(), c.rejected()));
        return split(step, t, all, schema, rejects);
    }

    /**
     * The {@code out} and {@code rejects} Datasets of a step whose rows come tagged ({@code _port} 0 or 1, then the
     * {@code out} columns, then the {@code rejects} columns), counted.
     */
    static Output tagged(io.sluice.model.Step step, Translation t, JavaRDD<Row> rows, Schema schema, Schema rejects) {
        Dataset<Row> all = t.counters().countTagged(step, t.spark().createDataFrame(rows, taggedSchema(schema, rejects)), col("_port")); //$NON-NLS-1$
        return split(step, t, all, schema, rejects);
    }

    private static StructType taggedSchema(Schema schema, Schema rejects) {
        StructType tagged = new StructType().add("_port", DataTypes.IntegerType, false); //$NON-NLS-1$
        for (int i = 0; i < schema.fields().size(); i++) {
            tagged = tagged.add("c" + i, ExprColumns.sparkType(schema.fields().get(i).type()), true); //$NON-NLS-1$
        }
        for (int i = 0; i < rejects.fields().size(); i++) {
            tagged = tagged.add("r" + i, ExprColumns.sparkType(rejects.fields().get(i).type()), true); //$NON-NLS-1$
        }
        return tagged;
    }

    private static Output split(io.sluice.model.Step step, Translation t, Dataset<Row> counted, Schema schema, Schema rejects) {
        Dataset<Row> all = t.shared(step, counted);
        return Output.of(Map.of(Ports.OUT, all.filter(col("_port").equalTo(0)).select(named("c", schema)), //$NON-NLS-1$ //$NON-NLS-2$
                Ports.REJECTS, all.filter(col("_port").equalTo(1)).select(named("r", rejects)))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Bytes per CSV or JSON lines range: the {@value #SPLIT_BYTES} setting, else the input over twice the parallelism (8–128 MiB). */
    static int splitBytes(Translation t, List<Path> files) {
        String set = t.spark().conf().get(SPLIT_BYTES, null);
        if (set != null) {
            return Integer.parseInt(set);
        }
        long total = 0;
        for (Path f : files) {
            try {
                total += java.nio.file.Files.size(f);
            } catch (java.io.IOException e) {
                // reported when the reader opens it
            }
        }
        long per = total / Math.max(1, 2L * t.spark().sparkContext().defaultParallelism());
        return (int) Math.max(8L << 20, Math.min(128L << 20, per));
    }

    /** The Spark setting that fixes the bytes per CSV or JSON lines range (tests use a few bytes). */
    public static final String SPLIT_BYTES = "sluice.spark.csv.splitBytes"; //$NON-NLS-1$

    /**
     * The splits of one file: its {@link #ranges} (for CSV the reader's own quote state machine cuts them, so a quoted
     * newline never splits a record; a JSON line has no raw newline); a file smaller than one range, one read whole,
     * or one that cannot be read here, is one split (its reader reports the error).
     */
    private List<FileSourceTask.Split> splits(Path f, FileSourceTask task, int bytes) {
        try {
            if (java.nio.file.Files.size(f) <= bytes) {
                return List.of(FileSourceTask.Split.whole(f.toString()));
            }
            List<FileSourceTask.Split> out = new ArrayList<>();
            for (ByteRange r : ranges(f, task, bytes)) {
                out.add(FileSourceTask.Split.of(f.toString(), r));
            }
            return out.isEmpty() ? List.of(FileSourceTask.Split.whole(f.toString())) : out;
        } catch (IOException | RuntimeException e) {
            return List.of(FileSourceTask.Split.whole(f.toString()));
        }
    }

    private static Column[] named(String prefix, Schema schema) {
        List<Column> cols = new ArrayList<>();
        int i = 0;
        for (Field f : schema.fields()) {
            cols.add(col(prefix + i++).as(f.name()));
        }
        return cols.toArray(Column[]::new);
    }

    static char oneChar(String s, char dflt) {
        if (s == null || s.isEmpty()) {
            return dflt;
        }
        if (s.equals("\\t") || s.equals("tab")) { //$NON-NLS-1$ //$NON-NLS-2$
            return '\t';
        }
        return s.charAt(0);
    }
}
