package io.sluice.runtime.spark.internal.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Schema;
import io.sluice.model.FileSink;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * CSV and Parquet sinks. Spark writes into a hidden directory beside the target; the commit moves the result into
 * place with one atomic rename, so a failed or cancelled run leaves the previous output as it was. A file target
 * ({@code out.parquet}, {@code out.csv}) gets a single file with the embedded engine's format (CSV values formatted
 * with Sluice's text casts, quotes only where needed); a target ending in {@code /} gets Spark's partitioned
 * output (one part file per partition, written in parallel). A kind says only how Spark writes its format.
 *
 * @param <S> the sink's model class
 */
public abstract class FileSinkTranslator<S extends FileSink> implements SparkTranslator<S> {

    /** Writes {@code in} (of {@code schema}) in the sink's format into the directory at {@code uri}. */
    protected abstract void write(S step, Translation t, Dataset<Row> in, Schema schema, String uri) throws Exception;

    /** The file-sink option Spark does not write yet (Hive partition folders), named for validation. */
    @Override
    public String unsupported(S step, Translation t) {
        if (!step.getPartitionBy().isEmpty()) {
            return "partitionBy (Hive partition folders) is written by the embedded engine only"; //$NON-NLS-1$
        }
        return null;
    }

    @Override
    public Output translate(S step, Translation t) {
        Dataset<Row> in = t.input(step);
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
            String partName = "part-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$ //$NON-NLS-2$
                    .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()) + "-" //$NON-NLS-1$
                    + java.util.UUID.randomUUID().toString().substring(0, 8);
            Files.move(part, folder.resolve(partName + "." + extension), StandardCopyOption.ATOMIC_MOVE); //$NON-NLS-1$
        } finally {
            deleteTree(tmp);
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
