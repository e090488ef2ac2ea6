package io.sluice.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.bench.data.DataSet;
import io.sluice.bench.data.OrdersGenerator;
import io.sluice.bench.duckdb.DuckDbRunner;
import io.sluice.bench.duckdb.OutputCheck;
import io.sluice.bench.sluice.SluiceRunner;

/** At 100K generated rows, Sluice's outputs equal DuckDB's for every workload the runtime supports. */
class CorrectnessTest {
    private static final long ROWS = 100_000;
    private static final int THREADS = 2;
    @TempDir
    static Path dir;
    static DataSet data;
    static Path joinPipeline;
    static final SluiceRunner SLUICE = new SluiceRunner(1L << 30);

    @BeforeAll
    static void generate() throws IOException {
        data = new DataSet(dir.resolve("data"), ROWS, OrdersGenerator.defaultCustomers(ROWS), DataSet.DEFAULT_SEED);
        data.generate(THREADS);
        joinPipeline = Pipelines.extractJoin(dir.resolve("pipelines"));
    }

    private static Path pipeline(Workload w) {
        return w == Workload.AGGREGATE ? Pipelines.findOrdersExample() : joinPipeline;
    }

    /** Runs both engines and returns the differences of Sluice's output from DuckDB's. */
    private static List<String> runBoth(Workload w) throws SQLException {
        Path sluiceOut = dir.resolve(w.id() + "-sluice.parquet");
        Path duckOut = dir.resolve(w.id() + "-duckdb.parquet");
        Map<String, String> params = w.parameters(data, sluiceOut);
        SluiceRunner.Refusal refusal = SLUICE.check(pipeline(w), params, THREADS);
        if (refusal != null) { // a Join or Deduplicate regression fails here; it is never turned into a skip
            fail("Sluice refuses the " + w.id() + " pipeline: " + refusal.message());
        }
        SluiceRunner.Timed t = SLUICE.run(pipeline(w), params, THREADS);
        assertTrue(t.ok(), t::failure);
        DuckDbRunner.run(w.duckDbSql(data, duckOut), THREADS);
        long rows = OutputCheck.countRows(duckOut);
        assertTrue(rows > 0, "DuckDB wrote no rows");
        return OutputCheck.compare(w, sluiceOut, duckOut);
    }

    @Test
    void aggregateEqualsDuckDb() throws SQLException {
        List<String> diffs = runBoth(Workload.AGGREGATE);
        assertEquals(List.of(), diffs);
    }

    @Test
    void joinEqualsDuckDb() throws SQLException {
        List<String> diffs = runBoth(Workload.JOIN);
        assertEquals(List.of(), diffs);
    }

    @Test
    void nestedEqualsDuckDbExactly() throws IOException, SQLException {
        nestedEqualsDuckDbExactly(Workload.NESTED, Pipelines.extractNested(dir.resolve("pipelines")));
    }

    @Test
    void nestedFromParquetEqualsDuckDbExactly() throws IOException, SQLException {
        nestedEqualsDuckDbExactly(Workload.NESTED_PARQUET, Pipelines.extractNestedParquet(dir.resolve("pipelines")));
    }

    private void nestedEqualsDuckDbExactly(Workload w, Path pipeline) throws IOException, SQLException {
        Path sluiceOut = dir.resolve(w.id() + "-sluice.csv");
        Path duckOut = dir.resolve(w.id() + "-duckdb.csv");
        Map<String, String> params = w.parameters(data, sluiceOut);
        SluiceRunner.Refusal refusal = SLUICE.check(pipeline, params, THREADS);
        if (refusal != null) {
            fail("Sluice refuses the nested pipeline: " + refusal.message());
        }
        SluiceRunner.Timed t = SLUICE.run(pipeline, params, THREADS);
        assertTrue(t.ok(), t::failure);
        DuckDbRunner.run(w.duckDbSql(data, duckOut), THREADS);
        assertEquals(51, java.nio.file.Files.readAllLines(duckOut).size(), "a header and 50 skus");
        assertEquals(List.of(), OutputCheck.compare(w, sluiceOut, duckOut));
    }

    @Test
    void theCheckSeesADifference() throws SQLException {
        Path a = dir.resolve("check-a.parquet");
        Path b = dir.resolve("check-b.parquet");
        DuckDbRunner.run(Workload.AGGREGATE.duckDbSql(data, a), THREADS);
        DuckDbRunner.run("COPY (SELECT country, day, CASE WHEN country = 'IE' AND day = DATE '2024-02-01' "
                + "THEN revenue * (1 + 1e-7) ELSE revenue END AS revenue, orders, avg_amount FROM read_parquet("
                + Workload.sqlString(a.toString()) + ")) TO " + Workload.sqlString(b.toString()) + " (FORMAT parquet)", 1);
        assertEquals(List.of(), OutputCheck.compare(Workload.AGGREGATE, a, a));
        List<String> diffs = OutputCheck.compare(Workload.AGGREGATE, b, a);
        assertEquals(1, diffs.size(), diffs::toString);
        assertTrue(diffs.get(0).contains("IE"), diffs::toString);
    }

    @Test
    void harnessMeasuresBothEnginesAndPrintsJson() throws IOException, SQLException {
        StringWriter log = new StringWriter();
        Harness h = new Harness(new Harness.Config(data, dir.resolve("harness"), pipeline(Workload.AGGREGATE), joinPipeline,
                THREADS, 2, 0, 1L << 30, true, true, 120), new PrintWriter(log));
        WorkloadResult r = h.run(Workload.AGGREGATE);
        assertEquals("ok", r.sluiceStatus(), log::toString);
        assertEquals(2, r.sluiceSeconds().length);
        assertEquals(2, r.duckDbSeconds().length);
        assertTrue(r.peakHeapUsed() > 0);
        assertEquals(r.duckDbOutputRows(), r.sluiceOutputRows());
        String json = r.toJson(Report.environment(h.nativeMemoryMeasured()));
        assertTrue(json.startsWith("{\"bench\":\"sluice-vs-duckdb\",\"workload\":\"aggregate\",\"rows\":100000,"), json);
        assertTrue(json.contains("\"sluice_status\":\"ok\""), json);
        assertFalse(json.contains("\n"), json);
        String[] lines = log.toString().split("\n");
        assertEquals(4, lines.length, log::toString);
        assertTrue(lines[0].contains("sluice") && lines[1].contains("duckdb"), "rep 1 runs Sluice first");
        assertTrue(lines[2].contains("duckdb") && lines[3].contains("sluice"), "rep 2 runs DuckDB first");
    }
}
