package io.sluice.runtime.spark.internal.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Schema;
import io.sluice.model.FileSink;
import io.sluice.model.JdbcSink;
import io.sluice.model.JsonLinesSink;
import io.sluice.model.LoadMethod;
import io.sluice.model.Ports;
import io.sluice.model.Sink;
import io.sluice.model.WriteMode;
import io.sluice.runtime.internal.jdbc.Jdbc;
import io.sluice.runtime.spark.internal.ArrowRows;
import io.sluice.runtime.spark.internal.EmbeddedSinkTask;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Sinks written by the embedded runtime's own writers on the executors ({@link EmbeddedSinkTask}), so the output
 * is byte for byte (or, for JDBC, row for row and transaction for transaction) an embedded run's:
 * <ul>
 * <li>JSON lines and Arrow IPC: each partition's writer prepares a part file in a hidden folder beside the target;
 * the commit moves the single part to the target ({@code out.jsonl}) or the folder to a target ending in {@code /}
 * (one part per partition), each with one rename, as the CSV and Parquet sinks do.</li>
 * <li>JDBC: the rows are gathered into one partition and written by one embedded {@code JdbcSink}, with its
 * guarantee: by default one transaction committed when every row is in (a failure rolls back and leaves the table
 * as it was); with {@code commitEvery} N a commit every N rows. A partitioned write would need one transaction per
 * partition, so Spark's parallelism stops at the sink.</li>
 * </ul>
 */
public final class EmbeddedSinkTranslator implements SparkTranslator<Sink> {

    @Override
    public String unsupported(Sink step, Translation t) {
        if (step instanceof FileSink f && f.isAppend()) {
            return "append (a new part file in the target folder per run) is not translated to Spark yet"; //$NON-NLS-1$
        }
        return null;
    }

    @Override
    public Output translate(Sink step, Translation t) {
        Schema schema = t.input(step, Ports.IN);
        Dataset<Row> in = Translation.conform(t.input(step), schema);
        ArrowRows.Spec spec = ArrowRows.Spec.of(schema);
        String kind = step.eClass().getName();
        if (step instanceof JdbcSink j) {
            Jdbc.Target target = t.jdbcTarget(j.getConnection(), j.getUrl(), j.getUser(), j.getPassword());
            String url = target.url();
            String user = target.user();
            String password = target.password();
            List<String> driver = List.copyOf(target.driver());
            String table = t.expand(j.getTable());
            List<String> keys = j.getMode() == WriteMode.UPSERT ? List.copyOf(j.getKeyColumns()) : List.of();
            boolean copy = j.getLoadMethod() == LoadMethod.COPY;
            long commitEvery = j.getCommitEvery();
            EmbeddedSinkTask task = new EmbeddedSinkTask(step.getId(), kind, t.runId(), spec,
                    (partition, arrow) -> new io.sluice.runtime.internal.jdbc.JdbcSink(new Jdbc.Target(url, user, password,
                            new java.util.ArrayList<>(driver)), table, arrow, new java.util.ArrayList<>(keys),
                            new io.sluice.runtime.internal.jdbc.JdbcSink.Load(copy, commitEvery)));
            return Output.sink(() -> in.coalesce(1).foreachPartition((ForeachPartitionFunction<Row>) task::write));
        }
        FileSink f = (FileSink) step;
        boolean partitioned = t.expand(f.getPath()).endsWith("/"); //$NON-NLS-1$
        Path target = t.path(f.getPath()).toAbsolutePath().normalize();
        Path tmp = target.getParent().resolve("." + target.getFileName() + ".spark-" + t.runId()); //$NON-NLS-1$ //$NON-NLS-2$
        String dir = tmp.toString();
        String extension = step instanceof JsonLinesSink ? "jsonl" : "arrow"; //$NON-NLS-1$ //$NON-NLS-2$
        boolean json = step instanceof JsonLinesSink;
        EmbeddedSinkTask task = new EmbeddedSinkTask(step.getId(), kind, t.runId(), spec, (partition, arrow) -> {
            Path part = EmbeddedSinkTask.part(Path.of(dir), partition, extension);
            return json ? new io.sluice.runtime.internal.json.JsonLinesSink(part, arrow)
                    : new io.sluice.runtime.internal.ipc.ArrowIpcSink(part, arrow);
        });
        Dataset<Row> rows = partitioned ? in : in.coalesce(1);
        return Output.sink(() -> {
            Files.createDirectories(tmp);
            try {
                rows.foreachPartition((ForeachPartitionFunction<Row>) task::write);
                FileSinkTranslator.commit(tmp, target, partitioned);
            } finally {
                FileSinkTranslator.deleteTree(tmp);
            }
        });
    }
}
