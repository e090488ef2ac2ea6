package io.sluice.runtime.spark.internal.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Schema;
import io.sluice.model.FileSink;
import io.sluice.model.Ports;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.files.HivePartitionedSink;
import io.sluice.runtime.spark.internal.ArrowRows;
import io.sluice.runtime.spark.internal.EmbeddedSinkTask;
import io.sluice.runtime.spark.internal.ExprColumns;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * CSV and Parquet sinks. Spark writes into a hidden directory beside the target; the commit moves the result into
 * place with one atomic rename, so a failed or cancelled run leaves the previous output as it was. A file target
 * ({@code out.parquet}, {@code out.csv}) gets a single file with the embedded engine's format (CSV values formatted
 * with Sluice's text casts, quotes only where needed); a target ending in {@code /} gets Spark's partitioned
 * output (one part file per partition, written in parallel). A kind says only how Spark writes its format, and
 * which embedded writer writes one file of it ({@link #format}) for Hive partition folders: those are written by the
 * embedded {@link HivePartitionedSink} on the executors (folder names, value text and files exactly as embedded).
 *
 * @param <S> the sink's model class
 */
public abstract class FileSinkTranslator<S extends FileSink> implements SparkTranslator<S> {

    /** Writes {@code in} (of {@code schema}) in the sink's format into the directory at {@code uri}. */
    protected abstract void write(S step, Translation t, Dataset<Row> in, Schema schema, String uri) throws Exception;

    /**
     * The embedded writer of one file of the sink's format (file, Arrow schema → sink), for Hive partition folders; it
     * travels to the executors.
     */
    protected abstract Format format(S step, Translation t);

    /** The extension of the format's files ({@code parquet}), as the embedded planner names them. */
    protected abstract String extension();

    /** The embedded writer of one file of a format; serializable, so it travels to the executors. */
    @FunctionalInterface
    public interface Format extends BiFunction<Path, org.apache.arrow.vector.types.pojo.Schema, BatchSink<?, ?>>, java.io.Serializable {
    }

    @Override
    public Output translate(S step, Translation t) {
        Dataset<Row> in = t.input(step);
        if (!step.getPartitionBy().isEmpty()) {
            return partitioned(step, t, in);
        }
        Schema schema = Translation.sluiceSchema(in.schema());
        boolean partitioned = step.getPath() != null && t.expand(step.getPath()).endsWith("/"); //$NON-NLS-1$
        Path target = t.path(step.getPath()).toAbsolutePath().normalize();
        if (step.isAppend()) {
            return Output.sink(() -> append(step, t, in.coalesce(1), schema, target));
        }
        return Output.sink(() -> write(step, t, partitioned ? in : in.coalesce(1), schema, target, partitioned));
    }

    /**
     * Appending, as embedded: this run's output is one new part file in the folder at the sink's path
     * ({@code part-<UTC time>-<id>.<extension>}), written beside it and moved in with one rename, so readers of the
     * folder see whole parts and earlier runs' parts stay.
     */
    private void append(S step, Translation t, Dataset<Row> in, Schema schema, Path folder) throws Exception {
        Path tmp = folder.resolveSibling("." + folder.getFileName() + ".spark-" + t.runId()); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            write(step, t, in, schema, tmp.toUri().toString());
            Path part = onePart(tmp);
            String name = part.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            Files.createDirectories(folder);
            Files.move(part, folder.resolve(partName() + "." + extension), StandardCopyOption.ATOMIC_MOVE); //$NON-NLS-1$
        } finally {
            deleteTree(tmp);
        }
    }

    /** A new part's name, as embedded: {@code part-<UTC time>-<id>}. */
    private static String partName() {
        return "part-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$ //$NON-NLS-2$
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()) + "-" //$NON-NLS-1$
                + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Hive partition folders ({@code country=DE/day=2026-11-30/part-….ext}), as embedded: the rows are shuffled by the
     * partition columns, so each folder's rows meet in one task, and each task writes its rows with the embedded
     * {@link HivePartitionedSink} (the same folder names, value text and files without the partition columns) into
     * its own folder of a hidden work folder, under the embedded run's part name ({@code part-<UTC time>-<id>.<ext>}, no
     * task number: a folder's rows are all in one task, so each folder gets one part). The driver then gathers the tasks' folders into one tree beside the
     * output and commits it as the embedded sink does: replacing the output folder with two renames, or — appending —
     * moving each new part into its partition folder. A failed run leaves the output as it was.
     */
    private Output partitioned(S step, Translation t, Dataset<Row> in) {
        List<String> columns = step.getPartitionBy().stream().map(t::expand).toList();
        Schema schema = t.input(step, Ports.IN); // the model's columns, nullability included, as the embedded sink gets them
        ArrowRows.Spec spec = ArrowRows.Spec.of(schema);
        Format format = format(step, t);
        Path folder = t.path(step.getPath()).toAbsolutePath().normalize();
        String part = partName();
        String extension = extension();
        new HivePartitionedSink(folder, part, false, columns, spec.arrow(), format); // checks the columns, as embedded planning does
        return Output.sink(() -> {
            Path work = folder.resolveSibling("." + folder.getFileName() + ".spark-" + t.runId() + ".tasks"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Path tree = folder.resolveSibling("." + folder.getFileName() + ".spark-" + t.runId()); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                deleteTree(work);
                deleteTree(tree);
                Files.createDirectories(work);
                Files.createDirectories(tree);
                String workDir = work.toString();
                EmbeddedSinkTask task = new EmbeddedSinkTask(step.getId(), step.eClass().getName(), t.runId(), spec,
                        (partition, arrow) -> new HivePartitionedSink(Path.of(workDir).resolve(String.format(java.util.Locale.ROOT,
                                "task-%05d", partition)), part + "." + extension, //$NON-NLS-1$ //$NON-NLS-2$
                                false, columns, arrow, format));
                Column[] by = columns.stream().map(ExprColumns::column).toArray(Column[]::new);
                Translation.conform(in, schema).repartition(by).foreachPartition((ForeachPartitionFunction<Row>) task::write);
                gather(work, tree);
                if (step.isAppend()) {
                    moveFiles(tree, folder);
                } else {
                    commit(tree, folder, true);
                }
            } finally {
                deleteTree(work);
                deleteTree(tree);
            }
        });
    }

    /** Moves every task's tree (the folders of {@code work}) into {@code tree}. */
    private static void gather(Path work, Path tree) throws IOException {
        List<Path> tasks;
        try (Stream<Path> s = Files.list(work)) {
            tasks = s.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")).toList(); //$NON-NLS-1$
        }
        for (Path task : tasks) {
            moveFiles(task, tree);
        }
    }

    /** Moves every file below {@code from} to the same relative path below {@code to}, one rename each. */
    private static void moveFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.exists(target)) { // two tasks wrote one partition folder: never replace a part
                throw new IOException("already written: " + target); //$NON-NLS-1$
            }
            Files.createDirectories(target.getParent());
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static Path onePart(Path tmp) throws IOException {
        List<Path> parts = new ArrayList<>();
        try (Stream<Path> s = Files.list(tmp)) {
            s.filter(p -> p.getFileName().toString().startsWith("part-")).forEach(parts::add); //$NON-NLS-1$
        }
        if (parts.size() != 1) {
            throw new IOException("expected one part file in " + tmp + ", found " + parts.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return parts.get(0);
    }

    /**
     * Writes {@code in} with the embedded runtime's own writer of the sink's format ({@link #format}) on the executors,
     * one part file per partition into the directory at {@code uri}: the model's columns, nullability and types
     * (FIXED_BINARY's width, a timestamp's unit), so the output is byte for byte an embedded run's.
     */
    protected final void writeEmbedded(S step, Translation t, Dataset<Row> in, String uri) throws IOException {
        Schema schema = t.input(step, Ports.IN);
        String dir = Files.createDirectories(Path.of(java.net.URI.create(uri))).toString(); // a string: it travels to the executors
        Format format = format(step, t);
        String extension = extension();
        EmbeddedSinkTask task = new EmbeddedSinkTask(step.getId(), step.eClass().getName(), t.runId(), ArrowRows.Spec.of(schema),
                (partition, arrow) -> format.apply(EmbeddedSinkTask.part(Path.of(dir), partition, extension), arrow));
        Translation.conform(in, schema).foreachPartition((ForeachPartitionFunction<Row>) task::write);
    }

    private void write(S step, Translation t, Dataset<Row> in, Schema schema, Path target, boolean partitioned)
            throws Exception {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + target.getFileName() + ".spark-" + t.runId()); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            write(step, t, in, schema, tmp.toUri().toString());
            commit(tmp, target, partitioned);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Moves the written part file (or the whole directory) to the target with one rename. */
    static void commit(Path tmp, Path target, boolean partitioned) throws IOException {
        if (partitioned) {
            // the previous folder steps aside (one rename), the new one takes its place (one rename), then the old goes
            Path old = target.resolveSibling("." + target.getFileName() + ".old-" + tmp.getFileName()); //$NON-NLS-1$ //$NON-NLS-2$
            boolean had = Files.exists(target);
            if (had) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                if (had) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            deleteTree(old);
            return;
        }
        Files.move(onePart(tmp), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
