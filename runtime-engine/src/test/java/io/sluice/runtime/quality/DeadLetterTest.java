package io.sluice.runtime.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.JdbcSink;
import io.sluice.model.ParquetSink;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A rejects port feeds dead-letter sinks like any other port: CSV, Parquet and a JDBC table at once. */
@Timeout(60)
class DeadLetterTest {
    @TempDir
    Path dir;

    @Test
    void quarantinedRowsLandInCsvParquetAndJdbc() throws Exception {
        StringBuilder sb = new StringBuilder("id,amount\n");
        for (int i = 1; i <= 1000; i++) {
            sb.append(i).append(',').append(i % 10 == 0 ? "" : Integer.toString(i % 7 == 0 ? -i : i)).append('\n');
        }
        Path in = Files.writeString(dir.resolve("in.csv"), sb);
        TestPipelines t = new TestPipelines("dlq");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "amount:INT64");
        QualityCheck q = t.add(TestPipelines.P.getQualityCheck(), "check");
        QualityCheckTest.rule(q, "amount set", QualityRuleKind.NOT_NULL, "amount", QualitySeverity.QUARANTINE);
        QualityCheckTest.rule(q, "amount positive", QualityRuleKind.RANGE, "amount", QualitySeverity.QUARANTINE).setMin("0");
        ParquetSink good = t.add(TestPipelines.P.getParquetSink(), "good");
        good.setPath(dir.resolve("good.parquet").toString());
        CsvSink csv = t.add(TestPipelines.P.getCsvSink(), "dlq_csv");
        csv.setPath(dir.resolve("dlq.csv").toString());
        ParquetSink pq = t.add(TestPipelines.P.getParquetSink(), "dlq_parquet");
        pq.setPath(dir.resolve("dlq.parquet").toString());
        String url = "jdbc:h2:file:" + dir.resolve("dlq").toAbsolutePath();
        JdbcSink db = t.add(TestPipelines.P.getJdbcSink(), "dlq_table");
        db.setUrl(url);
        db.setUser("sa");
        db.setPassword("");
        db.setTable("dead_letters");
        t.link(src, q).link(q, good).link(q, "rejects", csv, "in").link(q, "rejects", pq, "in").link(q, "rejects", db, "in");
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(t.save(dir.resolve("dlq.sluice"))).withHistory(false)
                .withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());
        long nulls = 100;
        long negatives = 0;
        for (int i = 1; i <= 1000; i++) {
            if (i % 10 != 0 && i % 7 == 0) {
                negatives++;
            }
        }
        long bad = nulls + negatives;
        // read 1000; to sinks = good + 3 copies of the rejected rows (each counted once, at its sink) − the 2 extra copies
        assertEquals("read 1,000 = to sinks " + String.format("%,d", 1000 - bad + 3 * bad)
                + " + filtered 0 + quarantined 0 + folded 0 \u2212 copied " + 2 * bad + "; lost 0", r.accounting().summary());
        assertEquals(bad, r.accounting().rejected());
        List<String> lines = Files.readAllLines(dir.resolve("dlq.csv"));
        assertEquals(bad + 1, lines.size());
        assertTrue(lines.contains("10,,amount set,amount is NULL,check," + r.runId()), lines.subList(0, 5).toString());
        assertTrue(lines.contains("7,-7,amount positive,amount = -7 is below the minimum 0,check," + r.runId()), lines.subList(0, 5).toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(*) FILTER (WHERE _rule = 'amount set') FROM '"
                        + dir.resolve("dlq.parquet") + "'")) {
            rs.next();
            assertEquals(bad, rs.getLong(1));
            assertEquals(nulls, rs.getLong(2));
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(_step), MAX(_run_id) FROM dead_letters")) {
            rs.next();
            assertEquals(bad, rs.getLong(1));
            assertEquals("check", rs.getString(2));
            assertEquals(r.runId(), rs.getString(3));
        }
    }
}
