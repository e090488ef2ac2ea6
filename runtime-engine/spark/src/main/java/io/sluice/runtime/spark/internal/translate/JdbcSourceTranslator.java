package io.sluice.runtime.spark.internal.translate;

import java.util.ArrayList;
import java.util.List;

import io.sluice.expression.types.Schema;
import io.sluice.model.JdbcSource;
import io.sluice.model.Ports;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.runtime.internal.jdbc.Jdbc;
import io.sluice.runtime.spark.internal.FileSourceTask;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.Translation;

/**
 * A JDBC source read on an executor by the embedded runtime's own {@code JdbcSource} (its connection resolved as
 * the embedded planner does: named connections, the driver registry, secrets), so the rows, their types and the
 * rejects rows are an embedded run's. One query, one Spark partition: the query is the user's own SQL, which cannot
 * be split into ranges without changing what it means; the steps after it run in parallel once Spark shuffles.
 * An incremental source (a high-water column) reads as embedded: only the rows past the mark the last committed run
 * left ({@code column > mark}, pushed down into the query's WHERE clause by the embedded reader); the greatest value
 * read comes back to the driver in an accumulator and the engine stores it in the run history only when the run
 * commits.
 */
public final class JdbcSourceTranslator implements SparkTranslator<JdbcSource> {

    @Override
    public Output translate(JdbcSource step, Translation t) {
        Schema schema = t.output(step, Ports.OUT);
        Schema rejects = t.output(step, Ports.REJECTS);
        Jdbc.Target target = t.jdbcTarget(step.getConnection(), step.getUrl(), step.getUser(), step.getPassword());
        String url = target.url();
        String user = target.user();
        String password = target.password();
        ArrayList<String> driver = new ArrayList<>(target.driver());
        String query = notBlank(step.getQuery()) ? t.expand(step.getQuery()) : null;
        String table = notBlank(step.getTable()) ? t.expand(step.getTable()) : null;
        String filter = notBlank(step.getFilter()) ? t.expand(step.getFilter()) : null;
        String highWater = notBlank(step.getHighWaterColumn()) ? t.expand(step.getHighWaterColumn()) : null;
        String mark = highWater == null ? null : t.mark(step);
        int fetchSize = step.getFetchSize();
        FileSourceTask task = new FileSourceTask(step.getId(), t.runId(), schema, t.failOnParseError(),
                (split, arrow) -> new io.sluice.runtime.internal.jdbc.JdbcReader(new Jdbc.Target(url, user, password, driver, DriverRegistry.shared()),
                        new io.sluice.runtime.internal.jdbc.JdbcReader.Read(query, table, filter, highWater, mark, fetchSize), arrow));
        if (highWater != null) {
            task.reportMarks(t.reached(step));
        }
        return FileSourceTranslator.tagged(step, t, task, List.of(FileSourceTask.Split.whole(url)), schema, rejects);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
