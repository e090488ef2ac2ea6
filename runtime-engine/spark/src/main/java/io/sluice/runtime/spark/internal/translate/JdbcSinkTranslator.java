package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import io.sluice.expression.types.Schema;
import io.sluice.model.JdbcSink;
import io.sluice.model.LoadMethod;
import io.sluice.model.Ports;
import io.sluice.model.WriteMode;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.runtime.internal.jdbc.Jdbc;
import io.sluice.runtime.spark.internal.ArrowRows;
import io.sluice.runtime.spark.internal.EmbeddedSinkTask;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * A JDBC sink: the rows gathered into one partition and written by one embedded {@code JdbcSink} on an executor
 * ({@link EmbeddedSinkTask}; its connection resolved as the embedded planner does), with that writer's guarantee: by
 * default one transaction committed when every row is in (a failure rolls back and leaves the table as it was); with
 * {@code commitEvery} N a commit every N rows. A partitioned write would need one transaction per partition, so
 * Spark's parallelism stops at this sink.
 */
public final class JdbcSinkTranslator implements SparkTranslator<JdbcSink> {
    @Override
    public Output translate(JdbcSink j, Translation t) {
        Schema schema = t.input(j, Ports.IN);
        Dataset<Row> in = Translation.conform(t.input(j), schema);
        Jdbc.Target target = t.jdbcTarget(j.getConnection(), j.getUrl(), j.getUser(), j.getPassword());
        String url = target.url();
        String user = target.user();
        String password = target.password();
        ArrayList<String> driver = new ArrayList<>(target.driver());
        String table = t.expand(j.getTable());
        ArrayList<String> keys = new ArrayList<>(j.getMode() == WriteMode.UPSERT ? List.copyOf(j.getKeyColumns()) : List.of());
        boolean copy = j.getLoadMethod() == LoadMethod.COPY;
        long commitEvery = j.getCommitEvery();
        EmbeddedSinkTask task = new EmbeddedSinkTask(j.getId(), j.eClass().getName(), t.runId(), ArrowRows.Spec.of(schema),
                (partition, arrow) -> new io.sluice.runtime.internal.jdbc.JdbcWriter(new Jdbc.Target(url, user, password, driver, DriverRegistry.shared()), table,
                        arrow, keys, new io.sluice.runtime.internal.jdbc.JdbcWriter.Load(copy, commitEvery)));
        return Output.sink(() -> in.coalesce(1).foreachPartition((ForeachPartitionFunction<Row>) task::write));
    }
}
