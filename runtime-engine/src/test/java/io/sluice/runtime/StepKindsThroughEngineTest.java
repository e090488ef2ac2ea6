package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.Deduplicate;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;
import io.sluice.model.Join;
import io.sluice.model.Mask;
import io.sluice.model.MaskMethod;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.model.Select;
import io.sluice.model.SelectColumn;
import io.sluice.model.Sort;
import io.sluice.model.SortKey;
import io.sluice.model.Step;
import io.sluice.model.Union;
import io.sluice.model.Window;
import io.sluice.runtime.internal.exec.ExecContext;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Executor;
import io.sluice.runtime.internal.plan.Planner;
import io.sluice.runtime.quality.QualityCheckTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.arrow.memory.RootAllocator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every step kind run through the users' entry point ({@link SluiceEngine}) with the row accounting checked before
 * commit; the run-level identity adds up on pipelines with aggregates, joins, unions, windows, fan-out and rejects
 * sinks; a run that fails any check leaves no output at all.
 */
class StepKindsThroughEngineTest {
    @TempDir
    Path dir;

    static final int ORDERS = 500;
    static final int NULL_TS = 25; // every 20th order has no event time
    static final int CUSTOMERS = 12;

    Path orders() throws Exception {
        StringBuilder sb = new StringBuilder("id,cust,ts,amount,email\n");
        for (int i = 1; i <= ORDERS; i++) {
            String ts = i % 20 == 0 ? "" : String.format("2024-03-01 %02d:%02d:00", (i / 60) % 24, i % 60);
            sb.append(i).append(',').append(i % CUSTOMERS).append(',').append(ts).append(',').append(i % 100).append(".5,")
                    .append("user").append(i).append("@example.org\n");
            if (i == 100) {
                sb.append("not-a-number,1,,1.0,x@y\n"); // a parse reject
            }
        }
        return Files.writeString(dir.resolve("orders.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    CsvSource ordersSource(TestPipelines t) throws Exception {
        CsvSource orders = t.add(TestPipelines.P.getCsvSource(), "orders");
        orders.setPath(orders().toString());
        TestPipelines.columns(orders, "id:INT64!", "cust:INT64", "ts:TIMESTAMP", "amount:FLOAT64", "email:STRING");
        return orders;
    }

    Path customers() throws Exception {
        StringBuilder sb = new StringBuilder("cust,name\n");
        for (int c = 0; c < CUSTOMERS; c++) {
            sb.append(c).append(",name ").append(c).append('\n');
        }
        return Files.writeString(dir.resolve("customers.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    static <T extends Step> T sink(TestPipelines t, EClass kind, String name, Path file) {
        T s = t.add(kind, name);
        ((io.sluice.model.FileSink) s).setPath(file.toString());
        return s;
    }

    String h2Url() {
        return "jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE"; //$NON-NLS-1$
    }

    /** Sources, every transform, every sink kind but JDBC's source; fan-out of five, rejects to sinks. */
    TestPipelines allTransforms() throws Exception {
        TestPipelines t = new TestPipelines("all");
        CsvSource orders = ordersSource(t);
        CsvSource customers = t.add(TestPipelines.P.getCsvSource(), "customers");
        customers.setPath(customers().toString());
        TestPipelines.columns(customers, "cust:INT64", "name:STRING");
        CsvSink bad = sink(t, TestPipelines.P.getCsvSink(), "bad", dir.resolve("bad.csv"));
        Filter paid = t.add(TestPipelines.P.getFilter(), "paid");
        paid.setCondition("amount > 5");
        Mask mask = t.add(TestPipelines.P.getMask(), "mask");
        mask.setMethod(MaskMethod.REDACT);
        mask.getColumns().add("email");
        QualityCheck check = t.add(TestPipelines.P.getQualityCheck(), "check");
        QualityCheckTest.rule(check, "not too big", QualityRuleKind.RANGE, "amount", QualitySeverity.QUARANTINE).setMax("90");
        io.sluice.model.JsonLinesSink quarantine = sink(t, TestPipelines.P.getJsonLinesSink(), "quarantine",
                dir.resolve("quarantine.jsonl"));
        Sort sort = t.add(TestPipelines.P.getSort(), "sorted");
        SortKey key = TestPipelines.F.createSortKey();
        key.setColumn("id");
        sort.getKeys().add(key);
        Select sel = t.add(TestPipelines.P.getSelect(), "sel");
        for (String c : List.of("id", "cust", "ts", "amount")) {
            SelectColumn sc = TestPipelines.F.createSelectColumn();
            sc.setColumn(c);
            sel.getColumns().add(sc);
        }
        io.sluice.model.Aggregate byCust = t.add(TestPipelines.P.getAggregate(), "byCust");
        byCust.getGroupKeys().add("cust");
        byCust.getAggregations().add(agg(AggregateFunction.SUM, "amount"));
        Join join = t.add(TestPipelines.P.getJoin(), "join");
        join.getLeftKeys().add("cust");
        join.getRightKeys().add("cust");
        io.sluice.model.ParquetSink joined = sink(t, TestPipelines.P.getParquetSink(), "joined", dir.resolve("joined.parquet"));
        Window win = t.add(TestPipelines.P.getWindow(), "win");
        win.setEventTimeColumn("ts");
        win.setSize("1h");
        win.getAggregations().add(agg(AggregateFunction.COUNT_ALL, null));
        io.sluice.model.ArrowIpcSink windows = sink(t, TestPipelines.P.getArrowIpcSink(), "windows",
                dir.resolve("windows.arrow"));
        Deduplicate dedup = t.add(TestPipelines.P.getDeduplicate(), "dedup");
        dedup.getKeys().add("cust");
        Union union = t.add(TestPipelines.P.getUnion(), "union");
        Derive derive = t.add(TestPipelines.P.getDerive(), "derive");
        Derivation dv = TestPipelines.F.createDerivation();
        dv.setName("twice");
        dv.setExpression("amount * 2");
        derive.getDerivations().add(dv);
        CsvSink all = sink(t, TestPipelines.P.getCsvSink(), "all", dir.resolve("all.csv"));
        io.sluice.model.Unpivot unpivot = t.add(TestPipelines.P.getUnpivot(), "unpivot");
        unpivot.getColumns().addAll(List.of("id", "amount")); // one row becomes two
        io.sluice.model.Pivot pivot = t.add(TestPipelines.P.getPivot(), "pivot");
        pivot.getGroupKeys().add("cust");
        pivot.setPivotColumn("name");
        pivot.getValues().addAll(List.of("id", "amount"));
        pivot.setFunction(AggregateFunction.SUM);
        pivot.setValueColumn("value");
        CsvSink pivoted = sink(t, TestPipelines.P.getCsvSink(), "pivoted", dir.resolve("pivoted.csv"));
        io.sluice.model.JdbcSink db = t.add(TestPipelines.P.getJdbcSink(), "db");
        db.setUrl(h2Url());
        db.setTable("customers");
        t.link(orders, paid).link(orders, "rejects", bad, "in").link(paid, mask).link(mask, check)
                .link(check, "rejects", quarantine, "in").link(check, sort).link(sort, sel)
                .link(sel, byCust).link(byCust, "out", join, "left").link(customers, "out", join, "right").link(join, joined)
                .link(sel, win).link(win, windows)
                .link(sel, dedup).link(dedup, union).link(sel, union).link(union, derive).link(derive, all)
                .link(sel, unpivot).link(unpivot, pivot).link(pivot, pivoted)
                .link(customers, db);
        return t;
    }

    static Aggregation agg(AggregateFunction fn, String column) {
        Aggregation a = TestPipelines.F.createAggregation();
        a.setFunction(fn);
        a.setColumn(column);
        return a;
    }

    /** Reads back what {@link #allTransforms()} wrote, one source of each remaining kind. */
    TestPipelines readBack() throws Exception {
        TestPipelines t = new TestPipelines("back");
        io.sluice.model.ParquetSource pq = t.add(TestPipelines.P.getParquetSource(), "pq");
        pq.setPath(dir.resolve("joined.parquet").toString());
        io.sluice.model.ArrowIpcSource ipc = t.add(TestPipelines.P.getArrowIpcSource(), "ipc");
        ipc.setPath(dir.resolve("windows.arrow").toString());
        io.sluice.model.JsonLinesSource json = t.add(TestPipelines.P.getJsonLinesSource(), "json");
        json.setPath(dir.resolve("quarantine.jsonl").toString());
        io.sluice.model.JdbcSource jdbc = t.add(TestPipelines.P.getJdbcSource(), "jdbc");
        jdbc.setUrl(h2Url());
        jdbc.setQuery("SELECT cust, name FROM customers"); // the sink created the table with names as H2 folds them
        t.link(pq, sink(t, TestPipelines.P.getCsvSink(), "pqOut", dir.resolve("pq.csv")));
        t.link(ipc, sink(t, TestPipelines.P.getCsvSink(), "ipcOut", dir.resolve("ipc.csv")));
        t.link(json, sink(t, TestPipelines.P.getCsvSink(), "jsonOut", dir.resolve("json.csv")));
        t.link(jdbc, sink(t, TestPipelines.P.getCsvSink(), "jdbcOut", dir.resolve("jdbc.csv")));
        // nested JSON: a list of structs unnested (an empty list gives no row) and the structs flattened
        io.sluice.model.JsonLinesSource nested = t.add(TestPipelines.P.getJsonLinesSource(), "nested");
        nested.setPath(Files.writeString(dir.resolve("nested.jsonl"), "{\"id\":1,\"items\":[{\"sku\":\"a\"},{\"sku\":\"b\"}]}\n"
                + "{\"id\":2,\"items\":[]}\n{\"id\":3,\"items\":[{\"sku\":\"c\"},{\"sku\":null}]}\n").toString());
        io.sluice.model.Unnest unnest = t.add(TestPipelines.P.getUnnest(), "unnest");
        unnest.setColumn("items");
        io.sluice.model.Flatten flatten = t.add(TestPipelines.P.getFlatten(), "flatten");
        flatten.setColumn("items");
        flatten.setPrefix("item_");
        t.link(nested, unnest).link(unnest, flatten).link(flatten, sink(t, TestPipelines.P.getCsvSink(), "nestedOut", dir.resolve("nested.csv")));
        return t;
    }

    RunResult run(TestPipelines t, int batchRows) {
        RunResult r = new SluiceEngine(null, 512L << 20).withBatchRows(batchRows)
                .run(RunRequest.of(t.pipeline(), null, dir).withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());
        assertEquals(0, r.accounting().lost());
        assertEquals(r.accounting().read(), r.accounting().accountedFor(), "the identity adds up: " + r.accounting().summary());
        return r;
    }

    static long lines(Path file) throws Exception {
        try (Stream<String> s = Files.lines(file)) {
            return s.count();
        }
    }

    @Test
    void everyStepKindRunsThroughTheEngineAndTheIdentityAddsUp() throws Exception {
        for (int batchRows : new int[] { 7, 32 * 1024 }) {
            TestPipelines all = allTransforms();
            RunResult r = run(all, batchRows);
            RowAccounting a = r.accounting();
            assertEquals(ORDERS + 1 + CUSTOMERS, a.read(), a.summary());
            assertEquals(1, a.rejected() - countQuarantined(r));
            assertEquals(0, a.quarantined(), "every reject goes to a sink: counted there, not twice");
            assertTrue(a.folded() > 0, a.summary());
            long paidOut = r.finalSnapshot().step("check").rowsOut();
            assertEquals(4 * paidOut + CUSTOMERS, a.copied(), "sel feeds five steps, customers two");
            assertEquals(2 * paidOut, r.finalSnapshot().step("unpivot").rowsOut(), "unpivot: two rows per row");
            assertEquals(CUSTOMERS, r.finalSnapshot().step("pivoted").rowsIn(), "pivot: one row per customer");
            assertEquals(CUSTOMERS + 1, lines(dir.resolve("pivoted.csv")));
            // the window received what sel emitted, filtered the rows without an event time, emitted one row per hour
            StepMetrics win = r.finalSnapshot().step("win");
            assertEquals(paidOut, win.rowsIn());
            assertTrue(win.rowsFiltered() > 0 && win.rowsFiltered() < NULL_TS, String.valueOf(win.rowsFiltered()));
            assertEquals(lines(dir.resolve("all.csv")) - 1, r.finalSnapshot().step("all").rowsIn());
            assertEquals(a.summary(), String.format(java.util.Locale.ROOT,
                    "read %,d = to sinks %,d + filtered %,d + quarantined 0 + folded %,d \u2212 fanned out %,d \u2212 copied %,d; lost 0",
                    a.read(), a.written(), a.filtered(), a.folded(), a.fannedOut(), a.copied()));
            assertEquals(paidOut, a.fannedOut(), "unpivot: one extra row per row, fanned out");

            TestPipelines back = readBack();
            RunResult b = run(back, batchRows);
            assertEquals(b.finalSnapshot().step("pq").rowsOut(), r.finalSnapshot().step("joined").rowsIn());
            assertEquals(b.finalSnapshot().step("ipc").rowsOut(), r.finalSnapshot().step("windows").rowsIn());
            assertEquals(b.finalSnapshot().step("json").rowsOut(), r.finalSnapshot().step("quarantine").rowsIn());
            assertEquals(CUSTOMERS * (batchRows == 7 ? 1 : 2), b.finalSnapshot().step("jdbc").rowsOut());
            assertEquals("id,item_sku,position\n1,a,1\n1,b,2\n3,c,1\n3,,2\n", Files.readString(dir.resolve("nested.csv")));
            assertEquals(1, b.accounting().fannedOut(), "unnest: 3 rows in, 4 out");
            assertTrue(b.accounting().summary().contains("\u2212 fanned out 1"), b.accounting().summary());

            Set<String> missing = new TreeSet<>();
            for (EClassifier c : TestPipelines.P.getEClassifiers()) {
                if (c instanceof EClass e && !e.isAbstract() && TestPipelines.P.getStep().isSuperTypeOf(e)) {
                    missing.add(e.getName());
                }
            }
            for (Step s : all.pipeline().getSteps()) {
                missing.remove(s.eClass().getName());
            }
            for (Step s : back.pipeline().getSteps()) {
                missing.remove(s.eClass().getName());
            }
            assertEquals(Set.of(), missing, "step kinds never run through the engine with accounting");
        }
    }

    static long countQuarantined(RunResult r) {
        return r.finalSnapshot().step("check").rowsRejected();
    }

    @Test
    void aWindowPipelineSucceedsAndCountsRowsWithoutEventTimeAsFiltered() throws Exception {
        TestPipelines t = new TestPipelines("w");
        CsvSource orders = ordersSource(t);
        Window win = t.add(TestPipelines.P.getWindow(), "daily revenue");
        win.setId("win");
        win.setWindowKind(io.sluice.model.WindowKind.SLIDING);
        win.setEventTimeColumn("ts");
        win.setSize("2h");
        win.setSlide("30m");
        win.getAggregations().add(agg(AggregateFunction.SUM, "amount"));
        t.link(orders, win).link(win, sink(t, TestPipelines.P.getCsvSink(), "out", dir.resolve("w.csv")));
        RunResult r = run(t, 64);
        StepMetrics m = r.finalSnapshot().step("win");
        assertEquals(ORDERS, m.rowsIn(), "rows counted once, not again at the window's inner edge");
        assertEquals(NULL_TS, m.rowsFiltered());
        assertEquals(m.rowsOut() + 1, lines(dir.resolve("w.csv")));
        assertEquals(ORDERS - NULL_TS - m.rowsOut(), r.accounting().folded());
    }

    /** source → fast CSV and JDBC sinks, and a branch whose FAIL rule fails only after all its input arrived. */
    TestPipelines failingLate(boolean withFailRule) throws Exception {
        TestPipelines t = new TestPipelines("late");
        CsvSource orders = ordersSource(t);
        CsvSink fast = sink(t, TestPipelines.P.getCsvSink(), "fast", dir.resolve("fast.csv"));
        io.sluice.model.JdbcSink db = t.add(TestPipelines.P.getJdbcSink(), "db");
        db.setUrl(h2Url());
        db.setTable("orders");
        Sort sort = t.add(TestPipelines.P.getSort(), "sorted");
        SortKey key = TestPipelines.F.createSortKey();
        key.setColumn("amount");
        sort.getKeys().add(key);
        CsvSink slow = sink(t, TestPipelines.P.getCsvSink(), "slow", dir.resolve("slow.csv"));
        t.link(orders, fast).link(orders, db).link(orders, sort);
        if (withFailRule) {
            QualityCheck check = t.add(TestPipelines.P.getQualityCheck(), "check");
            QualityCheckTest.rule(check, "at most ten", QualityRuleKind.ROW_COUNT, null, QualitySeverity.FAIL).setMax("10");
            t.link(sort, check).link(check, slow);
        } else {
            t.link(sort, slow);
        }
        return t;
    }

    @Test
    void aFailedRunLeavesNoFileAndNoJdbcRows() throws Exception {
        RunResult r = new SluiceEngine(null, 512L << 20)
                .run(RunRequest.of(failingLate(true).pipeline(), null, dir).withHistory(false).withThreads(2));
        assertEquals(RunStatus.FAILED, r.status());
        assertTrue(r.error().contains("at most ten"), r.error());
        assertNoOutput();
    }

    @Test
    void aFailedCheckBeforeCommitRollsEverySinkBack() throws Exception {
        TestPipelines t = failingLate(false);
        Planner.Plan plan = new Planner(t.pipeline(), Map.of(), dir, io.sluice.runtime.connections.DriverRegistry.shared()).plan();
        assertTrue(plan.ok(), plan.problems().toString());
        List<String> seen = new ArrayList<>();
        try (RootAllocator root = new RootAllocator(512L << 20);
                ExecContext ctx = new ExecContext("t", root, new CancellationToken(), ExecOptions.defaults().withThreads(2))) {
            Executor ex = new Executor(plan.graph(), ctx);
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> ex.run(() -> {
                // every sink prepared: the data is there, only not visible
                seen.add(String.valueOf(ctx.allCounters().stream().filter(c -> c.step().equals("fast")).findFirst()
                        .orElseThrow().rowsIn.sum()));
                throw new IllegalStateException("refused");
            }));
            assertEquals("refused", e.getMessage());
        }
        assertEquals(List.of(String.valueOf(ORDERS)), seen);
        assertNoOutput();
    }

    void assertNoOutput() throws Exception {
        assertFalse(Files.exists(dir.resolve("fast.csv")));
        assertFalse(Files.exists(dir.resolve("slow.csv")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        try (Connection c = DriverManager.getConnection(h2Url()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'ORDERS'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                try (ResultSet n = st.executeQuery("SELECT count(*) FROM orders")) {
                    n.next();
                    assertEquals(0, n.getLong(1), "no JDBC rows from a failed run");
                }
            }
        }
    }
}
