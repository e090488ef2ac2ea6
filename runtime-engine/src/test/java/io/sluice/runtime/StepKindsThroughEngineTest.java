package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.model.Sort;
import io.sluice.model.SortKey;
import io.sluice.model.Step;
import io.sluice.model.Window;
import io.sluice.runtime.internal.exec.ExecContext;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Executor;
import io.sluice.runtime.internal.plan.Planner;
import io.sluice.runtime.quality.QualityCheckTest;

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

    static final int ORDERS = EveryKindPipelines.ORDERS;
    static final int NULL_TS = EveryKindPipelines.NULL_TS;
    static final int CUSTOMERS = EveryKindPipelines.CUSTOMERS;

    /** The every-kind pipelines (shared with the Spark equivalence suite) over this test's folder and H2 file. */
    EveryKindPipelines kinds() {
        return new EveryKindPipelines(dir, h2Url());
    }

    CsvSource ordersSource(TestPipelines t) throws Exception {
        return kinds().ordersSource(t);
    }

    static <T extends Step> T sink(TestPipelines t, EClass kind, String name, Path file) {
        return EveryKindPipelines.sink(t, kind, name, file);
    }

    String h2Url() {
        return "jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE"; //$NON-NLS-1$
    }

    TestPipelines allTransforms() throws Exception {
        return kinds().allTransforms();
    }

    static Aggregation agg(AggregateFunction fn, String column) {
        return EveryKindPipelines.agg(fn, column);
    }

    TestPipelines readBack() throws Exception {
        return kinds().readBack();
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
