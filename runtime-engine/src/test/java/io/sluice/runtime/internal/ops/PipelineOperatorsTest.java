package io.sluice.runtime.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.runtime.CancellationToken;
import io.sluice.runtime.internal.csv.CsvOptions;
import io.sluice.runtime.internal.csv.CsvWriter;
import io.sluice.runtime.internal.csv.CsvReader;
import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.runtime.internal.exec.StepFailure;
import io.sluice.runtime.internal.ipc.ArrowIpcWriter;
import io.sluice.runtime.internal.ipc.ArrowIpcReader;
import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.parquet.ParquetWriter;
import io.sluice.runtime.internal.parquet.ParquetReader;
import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.types.Rejects;
import io.sluice.runtime.internal.types.Types;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole pipelines over real files; Parquet output is read back by DuckDB, an independent reader. */
class PipelineOperatorsTest {
    @TempDir
    Path dir;

    static final Schema ORDERS = new Schema(List.of(Types.field(DataType.INT64, "order_id", false),
            Types.field(DataType.STRING, "country", true), Types.field(DataType.TIMESTAMP, "order_ts", true),
            Types.field(DataType.FLOAT64, "amount", true), Types.field(DataType.INT32, "quantity", true),
            Types.field(DataType.STRING, "status", true)));

    static final String[] COUNTRIES = { "DE", "FR", "Ελλάδα", "日本", "US", "" };
    static final String[] STATUS = { "paid", "paid", "refunded", "open" };

    static Path orders(Path dir, int n, long seed) throws Exception {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("order_id,country,order_ts,amount,quantity,status\n");
        for (int i = 0; i < n; i++) {
            String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
            sb.append(i).append(',').append(country.isEmpty() ? "" : "\"" + country + "\"").append(',')
                    .append(String.format("2024-0%d-%02d %02d:%02d:00", 1 + r.nextInt(3), 1 + r.nextInt(28),
                            r.nextInt(24), r.nextInt(60)))
                    .append(',').append(r.nextInt(10) == 0 ? "" : String.valueOf(r.nextInt(100000) / 100.0))
                    .append(',').append(r.nextInt(5) - 1).append(',').append(STATUS[r.nextInt(STATUS.length)])
                    .append('\n');
        }
        Path f = dir.resolve("orders.csv");
        Files.writeString(f, sb);
        return f;
    }

    static ExprKernel kernel(String text, Schema schema) {
        CheckResult r = Expressions.compile(text, Types.sluice(schema));
        assertTrue(r.ok(), () -> text + ": " + r.problems());
        return ExprKernel.compile(r.typed());
    }

    /** The aggregate workload: CSV → filter → derive → aggregate → sort → Parquet. */
    ExecGraph aggregateWorkload(Path csv, Path parquet, CsvOptions csvOptions) {
        ExecGraph g = new ExecGraph();
        var src = g.source("orders", "csvSource", new CsvReader(csv, ORDERS, csvOptions), Map.of("rejects", Rejects.SCHEMA));
        var filter = g.operator("paid", "filter",
                new FilterOperator(ORDERS, kernel("status = 'paid' AND quantity > 0", ORDERS)), src.out());
        List<ProjectOperator.Output> outs = new ArrayList<>();
        outs.add(ProjectOperator.Output.column(ORDERS.getFields().get(1), 1));
        outs.add(ProjectOperator.Output.column(ORDERS.getFields().get(3), 3));
        outs.add(ProjectOperator.Output.expression(Types.field(DataType.FLOAT64, "revenue", true), kernel("amount * quantity", ORDERS)));
        outs.add(ProjectOperator.Output.expression(Types.field(DataType.DATE, "day", true), kernel("CAST(order_ts AS DATE)", ORDERS)));
        ProjectOperator derive = new ProjectOperator(outs);
        var d = g.operator("derive", "derive", derive, filter.out());
        HashAggregate agg = new HashAggregate(derive.outputSchema(), new int[] { 0, 3 },
                List.of(new HashAggregate.Agg(AggFunction.SUM, 2, "revenue"),
                        new HashAggregate.Agg(AggFunction.COUNT_ALL, -1, "orders"),
                        new HashAggregate.Agg(AggFunction.AVG, 1, "avg_amount"),
                        new HashAggregate.Agg(AggFunction.MAX, 1, "max_amount")));
        var a = g.blocking("by_country_day", "aggregate", agg, d.out());
        SortOperator sort = new SortOperator(agg.outputSchema(),
                List.of(new SortOperator.Key(0, false, true), new SortOperator.Key(1, true, false)));
        var s = g.blocking("sorted", "sort", sort, a.out());
        g.sink("write", "parquetSink", new ParquetWriter(parquet, sort.outputSchema(), CompressionCodecName.SNAPPY), s.out());
        return g;
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = { 1, 2 })
    void aggregateWorkloadMatchesDuckDb(int threads) throws Exception {
        Path csv = orders(dir, 20_000, 7);
        Path parquet = dir.resolve("out/result.parquet");
        try (Harness h = new Harness()) {
            h.run(aggregateWorkload(csv, parquet, CsvOptions.defaults().withSplitBytes(64 << 10)),
                    ExecOptions.defaults().withThreads(threads).withBatchRows(4096));
            assertEquals(20_000, h.step("orders").snapshot().rowsOut());
            assertEquals(h.step("paid").snapshot().rowsOut(), h.step("derive").snapshot().rowsIn());
        }
        assertTrue(Files.exists(parquet));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            String expected = "SELECT country, CAST(order_ts AS DATE) AS day, SUM(amount * quantity) AS revenue, "
                    + "COUNT(*) AS orders, AVG(amount) AS avg_amount, MAX(amount) AS max_amount FROM read_csv('" + csv
                    + "', header=true, columns={'order_id':'BIGINT','country':'VARCHAR','order_ts':'TIMESTAMP',"
                    + "'amount':'DOUBLE','quantity':'INTEGER','status':'VARCHAR'}) "
                    + "WHERE status = 'paid' AND quantity > 0 GROUP BY ALL";
            String compare = "SELECT count(*) FROM ((" + expected + ") e FULL JOIN read_parquet('" + parquet
                    + "') p ON e.country IS NOT DISTINCT FROM p.country AND e.day = p.day) "
                    + "WHERE p.day IS NULL OR e.day IS NULL OR e.orders <> p.orders "
                    + "OR abs(e.revenue - p.revenue) > 1e-6 * abs(e.revenue) OR abs(e.avg_amount - p.avg_amount) > 1e-9 "
                    + "OR e.max_amount IS DISTINCT FROM p.max_amount";
            try (ResultSet rs = st.executeQuery(compare)) {
                rs.next();
                assertEquals(0, rs.getLong(1), "rows differing between DuckDB and Sluice");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + expected + ")")) {
                rs.next();
                long groups = rs.getLong(1);
                try (ResultSet p = st.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
                    p.next();
                    assertEquals(groups, p.getLong(1));
                    assertTrue(groups > 100);
                }
            }
            // sort order: country asc nulls first, day desc
            try (ResultSet rs = st.executeQuery("SELECT country, day FROM read_parquet('" + parquet + "')")) {
                String prevCountry = null;
                java.sql.Date prevDay = null;
                boolean first = true;
                while (rs.next()) {
                    String country = rs.getString(1);
                    java.sql.Date day = rs.getDate(2);
                    if (!first) {
                        if (prevCountry != null) {
                            assertTrue(country != null && prevCountry.compareTo(country) <= 0, prevCountry + " then " + country);
                        }
                        if (java.util.Objects.equals(prevCountry, country)) {
                            assertTrue(prevDay.compareTo(day) > 0);
                        }
                    }
                    first = false;
                    prevCountry = country;
                    prevDay = day;
                }
            }
        }
    }

    @Test
    void parquetAndIpcRoundTripWithNullsAndUnicode() throws Exception {
        Path csv = orders(dir, 3_000, 3);
        Path parquet = dir.resolve("o.parquet");
        Path arrow = dir.resolve("o.arrow");
        Path back = dir.resolve("back.csv");
        ExecGraph g = new ExecGraph();
        var src = g.source("orders", "csvSource", new CsvReader(csv, ORDERS, CsvOptions.defaults()));
        g.sink("pq", "parquetSink", new ParquetWriter(parquet, ORDERS, CompressionCodecName.ZSTD), src.out());
        g.sink("ipc", "arrowIpcSink", new ArrowIpcWriter(arrow, ORDERS), src.out());
        try (Harness h = new Harness()) {
            h.run(g);
            assertEquals(3_000, h.step("pq").snapshot().rowsIn());
            assertEquals(3_000, h.step("ipc").snapshot().rowsIn());
        }
        assertEquals(ORDERS, ParquetReader.inferSchema(parquet));
        // read both back, and write CSV again
        CollectSink fromParquet = new CollectSink(ORDERS, Long.MAX_VALUE);
        CollectSink fromIpc = new CollectSink(ORDERS, Long.MAX_VALUE);
        CollectSink fromCsv = new CollectSink(ORDERS, Long.MAX_VALUE);
        ExecGraph g2 = new ExecGraph();
        var p = g2.source("p", "parquetSource", new ParquetReader(parquet, ORDERS));
        g2.sink("cp", "collect", fromParquet, p.out());
        g2.sink("csvout", "csvSink", new CsvWriter(back, ORDERS, CsvOptions.defaults()), p.out());
        var i = g2.source("i", "arrowIpcSource", new ArrowIpcReader(arrow, ORDERS));
        g2.sink("ci", "collect", fromIpc, i.out());
        try (Harness h = new Harness()) {
            h.run(g2);
        }
        ExecGraph g3 = new ExecGraph();
        var c = g3.source("c", "csvSource", new CsvReader(back, ORDERS, CsvOptions.defaults()));
        g3.sink("cc", "collect", fromCsv, c.out());
        try (Harness h = new Harness()) {
            h.run(g3);
        }
        List<List<Object>> original = new ArrayList<>(fromIpc.rows());
        original.sort(java.util.Comparator.comparing(r -> (Long) r.get(0)));
        assertEquals(3_000, original.size());
        for (CollectSink other : List.of(fromParquet, fromCsv)) {
            List<List<Object>> rows = new ArrayList<>(other.rows());
            rows.sort(java.util.Comparator.comparing(r -> (Long) r.get(0)));
            assertEquals(original, rows);
        }
        assertTrue(original.stream().anyMatch(r -> r.get(1) == null));
        assertTrue(original.stream().anyMatch(r -> "日本".equals(r.get(1))));
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(country), sum(quantity) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertEquals(3_000, rs.getLong(1));
            assertEquals(original.stream().filter(r -> r.get(1) != null).count(), rs.getLong(2));
            assertEquals(original.stream().mapToLong(r -> (Integer) r.get(4)).sum(), rs.getLong(3));
        }
    }

    @Test
    void emptyInputGivesEmptyParquetAndOneRowGlobalAggregate() throws Exception {
        Path csv = dir.resolve("empty.csv");
        Files.writeString(csv, "order_id,country,order_ts,amount,quantity,status\n");
        Path parquet = dir.resolve("empty.parquet");
        ExecGraph g = new ExecGraph();
        var src = g.source("orders", "csvSource", new CsvReader(csv, ORDERS, CsvOptions.defaults()));
        g.sink("pq", "parquetSink", new ParquetWriter(parquet, ORDERS, CompressionCodecName.UNCOMPRESSED), src.out());
        HashAggregate agg = new HashAggregate(ORDERS, new int[0], List.of(new HashAggregate.Agg(AggFunction.COUNT_ALL, -1, "n"),
                new HashAggregate.Agg(AggFunction.SUM, 3, "total"), new HashAggregate.Agg(AggFunction.COUNT_DISTINCT, 1, "countries")));
        var a = g.blocking("agg", "aggregate", agg, src.out());
        CollectSink rows = new CollectSink(agg.outputSchema(), 10);
        g.sink("rows", "collect", rows, a.out());
        try (Harness h = new Harness()) {
            h.run(g);
        }
        assertEquals(List.of(java.util.Arrays.asList(0L, null, 0L)), rows.rows());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertEquals(0, rs.getLong(1));
        }
    }

    @Test
    void failureReleasesEverythingAndLeavesNoOutput() throws Exception {
        Path csv = orders(dir, 20_000, 11);
        Path parquet = dir.resolve("never.parquet");
        ExecGraph g = new ExecGraph();
        var src = g.source("orders", "csvSource", new CsvReader(csv, ORDERS, CsvOptions.defaults().withSplitBytes(32 << 10)));
        // fails on the row with order_id 15000: integer division by zero
        ProjectOperator boom = new ProjectOperator(List.of(ProjectOperator.Output.expression(Types.field(DataType.INT64, "x", true),
                kernel("order_id % (order_id - 15000)", ORDERS))));
        var b = g.operator("boom", "derive", boom, src.out());
        g.sink("pq", "parquetSink", new ParquetWriter(parquet, boom.outputSchema(), CompressionCodecName.SNAPPY), b.out());
        try (Harness h = new Harness()) {
            StepFailure f = assertThrows(StepFailure.class, () -> h.run(g));
            assertEquals("boom", f.step());
            assertTrue(f.getMessage().contains("division by zero"), f.getMessage());
            assertEquals(0, h.root.getAllocatedMemory());
        }
        assertFalse(Files.exists(parquet));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("orders.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void cancellationReleasesEverything() throws Exception {
        Path csv = orders(dir, 30_000, 5);
        ExecGraph g = new ExecGraph();
        var src = g.source("orders", "csvSource", new CsvReader(csv, ORDERS, CsvOptions.defaults().withSplitBytes(16 << 10)));
        CollectSink rows = new CollectSink(ORDERS, 10);
        // an operator that cancels the run on its first batch (as a user pressing Stop would)
        io.sluice.runtime.internal.exec.BatchOperator<AutoCloseable> stop = new io.sluice.runtime.internal.exec.BatchOperator<>() {
            @Override
            public Schema outputSchema() {
                return ORDERS;
            }

            @Override
            public AutoCloseable createLocal(io.sluice.runtime.internal.exec.StepContext step,
                    io.sluice.runtime.internal.exec.WorkerState ws) {
                return NO_STATE;
            }

            @Override
            public io.sluice.runtime.internal.exec.Flow apply(org.apache.arrow.vector.VectorSchemaRoot in,
                    org.apache.arrow.vector.VectorSchemaRoot out, AutoCloseable local,
                    io.sluice.runtime.internal.exec.WorkerState ws) {
                ws.token().cancel("test");
                Gather.transferAll(in, out);
                return io.sluice.runtime.internal.exec.Flow.NEEDS_INPUT;
            }
        };
        var filter = g.operator("f", "filter", stop, src.out());
        g.sink("rows", "collect", rows, filter.out());
        try (Harness h = new Harness()) {
            assertThrows(CancellationToken.CancelledException.class, () -> h.run(g));
            assertEquals(0, h.root.getAllocatedMemory());
        }
    }

    @Test
    void fanOutAndRejectsRunConcurrentlyThroughQueues() throws Exception {
        Path csv = dir.resolve("mixed.csv");
        StringBuilder sb = new StringBuilder("order_id,country,order_ts,amount,quantity,status\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i).append(",DE,2024-01-01 00:00:00,").append(i % 100 == 0 ? "oops" : "1.5").append(",1,paid\n");
        }
        Files.writeString(csv, sb);
        ExecGraph g = new ExecGraph();
        var src = g.source("orders", "csvSource", new CsvReader(csv, ORDERS, CsvOptions.defaults().withSplitBytes(8 << 10)),
                Map.of("rejects", Rejects.SCHEMA));
        CollectSink a = new CollectSink(ORDERS, Long.MAX_VALUE);
        CollectSink b = new CollectSink(ORDERS, Long.MAX_VALUE);
        CollectSink rejects = new CollectSink(Rejects.SCHEMA, Long.MAX_VALUE);
        g.sink("a", "collect", a, src.out());
        var f = g.operator("even", "filter", new FilterOperator(ORDERS, kernel("order_id % 2 = 0", ORDERS)), src.out());
        g.sink("b", "collect", b, f.out());
        g.sink("bad", "collect", rejects, src.port("rejects"));
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(2).withBatchRows(100));
            assertEquals(9_900, h.step("orders").snapshot().rowsOut());
            assertEquals(100, h.step("orders").snapshot().rowsRejected());
        }
        assertEquals(9_900, a.rows().size());
        assertEquals(4_900, b.rows().size());
        assertEquals(100, rejects.rows().size());
        assertTrue(rejects.rows().stream().allMatch(r -> ((String) r.get(4)).contains("column 'amount'")));
    }

    @Test
    void sortsMultipleKeysWithNullsAndNaN() throws Exception {
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "order_id,country,order_ts,amount,quantity,status\n" + "1,b,,NaN,,x\n" + "2,a,,1.5,,x\n"
                + "3,,,,,x\n" + "4,b,,-0.5,,x\n" + "5,a,,NaN,,x\n" + "6,b,,,,x\n");
        ExecGraph g = new ExecGraph();
        var src = g.source("s", "csvSource", new CsvReader(csv, ORDERS, CsvOptions.defaults()));
        SortOperator sort = new SortOperator(ORDERS, List.of(new SortOperator.Key(1, false, false), new SortOperator.Key(3, true, true)));
        var s = g.blocking("sort", "sort", sort, src.out());
        CollectSink rows = new CollectSink(ORDERS, 100);
        g.sink("rows", "collect", rows, s.out());
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(2).withBatchRows(1));
        }
        assertEquals(List.of(5L, 2L, 6L, 1L, 4L, 3L), rows.rows().stream().map(r -> r.get(0)).toList());
    }

}
