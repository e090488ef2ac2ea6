package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.validation.Problem;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** examples/orders.sluice run headless through the API and the CLI; Parquet checked by DuckDB. */
class EngineEndToEndTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path EXAMPLE = REPO.resolve("examples/orders.sluice");
    static final Path SAMPLE = REPO.resolve("examples/data/orders-sample.csv");

    @TempDir
    Path dir;

    static long duckCount(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void runsTheExampleAndMatchesDuckDb() throws Exception {
        Path out = dir.resolve("orders.parquet");
        Path history = dir.resolve("history");
        List<RunSnapshot> snapshots = new CopyOnWriteArrayList<>();
        RunResult[] finished = new RunResult[1];
        SluiceEngine engine = new SluiceEngine(history, 1L << 30);
        RunResult r = engine.run(RunRequest.of(EXAMPLE).withParameter("output", out.toString())
                .withThreads(2).withListener(new RunListener() {
                    @Override
                    public void progress(RunSnapshot s) {
                        snapshots.add(s);
                    }

                    @Override
                    public void finished(RunResult result) {
                        finished[0] = result;
                    }
                }));
        assertEquals(RunStatus.SUCCEEDED, r.status(), () -> r.error() + " " + r.problems());
        assertEquals(r, finished[0]);
        assertTrue(r.finalSnapshot().fin());
        StepMetrics read = r.finalSnapshot().step("read_orders");
        long csvRows = duckCount("SELECT count(*) FROM read_csv('" + SAMPLE + "', header=true)");
        assertEquals(csvRows, read.rowsOut());
        assertEquals(StepState.DONE, read.state());
        for (StepMetrics m : r.finalSnapshot().steps()) {
            assertEquals(StepState.DONE, m.state(), m.step());
        }
        String expected = "SELECT country, CAST(order_ts AS DATE) AS day, SUM(amount * quantity) AS revenue, COUNT(*) AS orders, "
                + "AVG(amount) AS avg_amount FROM read_csv('" + SAMPLE + "', header=true) WHERE status = 'paid' AND quantity > 0 GROUP BY ALL";
        long groups = duckCount("SELECT count(*) FROM (" + expected + ")");
        assertEquals(groups, duckCount("SELECT count(*) FROM read_parquet('" + out + "')"));
        assertEquals(0, duckCount("SELECT count(*) FROM (" + expected + ") e FULL JOIN read_parquet('" + out + "') p "
                + "ON e.country IS NOT DISTINCT FROM p.country AND e.day = p.day WHERE p.day IS NULL OR e.day IS NULL "
                + "OR e.orders <> p.orders OR abs(e.revenue - p.revenue) > 1e-6 * abs(e.revenue) "
                + "OR abs(e.avg_amount - p.avg_amount) > 1e-9"));
        // history
        List<RunRecord> runs = RunHistory.open(history).list(EXAMPLE.toString(), 5);
        assertEquals(1, runs.size());
        assertEquals(r.runId(), runs.get(0).runId());
        assertEquals("SUCCEEDED", runs.get(0).status());
        assertEquals(64, runs.get(0).contentHash().length());
        assertEquals(out.toString(), runs.get(0).parameters().get("output"));
        assertEquals(6, runs.get(0).steps().size());
        assertEquals(7, RunHistory.open(history).schemaVersion()); // v2 rules, v3 retries, v4 file checkpoints, v5 run owner + input hashes, v6 marks + drift, v7 revisions
    }

    @Test
    void refusesAnInvalidModelWithItsProblems() throws Exception {
        String broken = Files.readString(EXAMPLE).replace("status = 'paid' AND quantity > 0", "no_such_column > 0");
        Path file = dir.resolve("broken.sluice");
        Files.writeString(file, broken);
        SluiceEngine engine = new SluiceEngine(null, 1L << 30);
        RunResult r = engine.run(RunRequest.of(file).withBaseDir(EXAMPLE.getParent()).withParameter("output", dir.resolve("x.parquet").toString()));
        assertEquals(RunStatus.INVALID, r.status());
        assertFalse(r.problems().isEmpty());
        assertTrue(r.problems().toString().contains("no_such_column"), r.problems().toString());
        // the validator's problem arrives whole: step id and name and the property at fault (one problem type; the
        // conversion into the runtime's own type used to drop the field and fold the step into the message)
        Problem p = r.problems().stream().filter(x -> x.message().contains("no_such_column")).findFirst().orElseThrow();
        assertEquals(List.of("paid_only", "paid orders", "condition"), List.of(p.stepId(), p.stepName(), p.field()), p.toString());
        assertFalse(p.message().contains("paid orders"), p.message());
        assertTrue(p.isError());
        assertEquals(r.problems(), engine.validate(RunRequest.of(file).withBaseDir(EXAMPLE.getParent())
                .withParameter("output", dir.resolve("x.parquet").toString())));
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SluiceCli());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.VALIDATION_ERRORS, cli.execute("run", file.toString(), "--no-history", "--param", "input=" + SAMPLE,
                "--param", "output=" + dir.resolve("x.parquet")));
        assertTrue(err.toString().contains(file + ": step 'paid orders': "), err.toString());
        assertFalse(Files.exists(dir.resolve("x.parquet")));
        RunResult unknown = engine.run(RunRequest.of(EXAMPLE).withParameter("nope", "1"));
        assertEquals(RunStatus.INVALID, unknown.status());
    }

    @Test
    void failedRunNamesStepAndFileAndLeavesNoOutput() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, Files.readString(SAMPLE));
        Path out = dir.resolve("o.parquet");
        // a sort key over a missing input file fails at run time
        SluiceEngine engine = new SluiceEngine(dir.resolve("h"), 1L << 30);
        Path missing = dir.resolve("missing.csv");
        RunResult r = engine.run(RunRequest.of(EXAMPLE).withParameter("input", missing.toString())
                .withParameter("output", out.toString()));
        assertEquals(RunStatus.FAILED, r.status(), r.toString());
        // the step's id, the cause and the file, in that order
        assertEquals("step 'read_orders': file not found: " + missing, r.error());
        assertFalse(Files.exists(out));
    }

    @Test
    void pathsInThePipelineResolveAgainstItsFolderAndPathParametersOnTheCommandLineAgainstTheWorkingDirectory()
            throws Exception {
        // the example's default input, data/orders-sample.csv, is found next to it although the tests run elsewhere
        assertFalse(Files.exists(Path.of("data/orders-sample.csv")), "the test must not run in examples/");
        Path out = dir.resolve("from-elsewhere.parquet");
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(EXAMPLE).withHistory(false)
                .withParameter("output", out.toString()));
        assertEquals(RunStatus.SUCCEEDED, r.status(), () -> r.error() + " " + r.problems());
        assertTrue(Files.exists(out));
        // a relative PATH value typed on the command line names a file from the working directory, not the pipeline's
        Path here = Path.of("").toAbsolutePath();
        Path copy = Files.createDirectories(here.resolve("target").resolve("cli-relative-" + System.nanoTime()))
                .resolve("orders.csv");
        Files.copy(SAMPLE, copy);
        String relative = here.relativize(copy).toString();
        assertFalse(Files.exists(EXAMPLE.getParent().resolve(relative)), "the relative value must not exist beside the pipeline");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        Path cliOut = dir.resolve("cli-relative.parquet");
        assertEquals(ExitCodes.OK, cl.execute("run", EXAMPLE.toString(), "--no-history", "--param", "input=" + relative,
                "--param", "output=" + here.relativize(cliOut)), e::toString);
        assertTrue(Files.exists(cliOut), "the relative output value is written from the working directory");
    }

    @Test
    void aMissingInputFileIsReportedAsMissing() throws Exception {
        String noColumns = Files.readString(EXAMPLE).replaceAll("(?s)<columns name=[^>]*/>\\s*", "");
        Path file = dir.resolve("undeclared.sluice");
        Files.writeString(file, noColumns);
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(file).withHistory(false)
                .withParameter("output", dir.resolve("x.parquet").toString()));
        assertTrue(r.status() == RunStatus.FAILED || r.status() == RunStatus.INVALID, r::toString);
        String said = r.problems() + " " + r.error();
        assertTrue(said.contains("input file 'data/orders-sample.csv' does not exist"), said);
        assertFalse(said.contains("neither declared nor inferable"), said);
    }

    @Test
    void previewRunsUpstreamOnlyAndReturnsRows() {
        SluiceEngine engine = new SluiceEngine(null, 1L << 30);
        PreviewResult p = engine.preview(RunRequest.of(EXAMPLE), "add_revenue", 5);
        assertTrue(p.ok(), () -> p.problems() + " " + p.error());
        assertEquals(5, p.rows().size());
        assertEquals("revenue", p.schema().fields().get(8).name());
        assertTrue(p.rows().get(0).get(9) instanceof java.time.LocalDate);
        assertNull(engine.preview(RunRequest.of(EXAMPLE), "write_parquet", 5).schema());
    }

    @Test
    void cliRunsAndListsRuns() throws Exception {
        Path out = dir.resolve("cli.parquet");
        Path history = dir.resolve("hist");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute("run", EXAMPLE.toString(), "--param", "input=" + SAMPLE, "--param", "output=" + out,
                "--threads", "2", "--history", history.toString(), "--metrics", "jsonl");
        assertEquals(ExitCodes.OK, code, e.toString());
        assertTrue(Files.exists(out));
        String last = o.toString().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("{\"runId\":") && last.contains("\"final\":true") && last.contains("\"step\":\"read_orders\""), last);
        // the last record carries what the summary prints: filtered counts, the accounting, the quality results
        assertTrue(last.contains("\"rowsFiltered\":"), last);
        assertTrue(last.contains("\"accounting\":{\"read\":") && last.contains("\"lost\":0,\"ok\":true"), last);
        String summary = (o + e.toString()).lines().filter(l -> l.startsWith("read ")).findFirst().orElseThrow();
        assertTrue(last.contains("\"summary\":\"" + summary + "\""), summary + " / " + last);
        assertTrue(last.contains("\"quality\":["), last);
        // a step's rows/s is its input over its own active time: the aggregate (few rows out) is not reported as slow
        java.util.regex.Matcher agg = java.util.regex.Pattern.compile(
                "\\{\"step\":\"[^\"]*\",\"kind\":\"Aggregate\",[^}]*\"rowsIn\":(\\d+),[^}]*\"rowsOut\":(\\d+),[^}]*\"rowsPerSecond\":([0-9.]+)")
                .matcher(last);
        assertTrue(agg.find(), last);
        java.util.regex.Matcher elapsed = java.util.regex.Pattern.compile("\"elapsedMillis\":(\\d+)").matcher(last);
        assertTrue(elapsed.find());
        double runSeconds = Math.max(1, Long.parseLong(elapsed.group(1))) / 1000.0;
        assertTrue(Double.parseDouble(agg.group(3)) >= Long.parseLong(agg.group(1)) / runSeconds / 2, // 2 workers at most
                () -> "aggregate rows/s " + agg.group(3) + " for " + agg.group(1) + " rows in, run " + runSeconds + " s");

        StringWriter o2 = new StringWriter();
        CommandLine c2 = SluiceCli.commandLine();
        c2.setOut(new PrintWriter(o2));
        assertEquals(ExitCodes.OK, c2.execute("runs", "--history", history.toString(), "--pipeline", EXAMPLE.toString(), "--last", "3"));
        assertTrue(o2.toString().contains("SUCCEEDED"), o2.toString());

        // validation error → 1, usage error → 64, --help → 0
        Path broken = dir.resolve("broken.sluice");
        Files.writeString(broken, Files.readString(EXAMPLE).replace("amount * quantity", "amount * nope"));
        CommandLine c3 = SluiceCli.commandLine();
        StringWriter e3 = new StringWriter();
        c3.setErr(new PrintWriter(e3));
        c3.setOut(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.VALIDATION_ERRORS, c3.execute("run", broken.toString(), "--no-history"));
        assertTrue(e3.toString().contains("nope"), e3.toString());
        CommandLine c4 = SluiceCli.commandLine();
        c4.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.USAGE, c4.execute("run", "--threads"));
        CommandLine c5 = SluiceCli.commandLine();
        StringWriter o5 = new StringWriter();
        c5.setOut(new PrintWriter(o5));
        assertEquals(ExitCodes.OK, c5.execute("--help"));
        assertTrue(o5.toString().contains("run"));
        // run failed → 2
        Path csv = dir.resolve("ragged.csv");
        Files.writeString(csv, Files.readString(SAMPLE));
        CommandLine c6 = SluiceCli.commandLine();
        StringWriter e6 = new StringWriter();
        c6.setErr(new PrintWriter(e6));
        c6.setOut(new PrintWriter(new StringWriter()));
        Path blocked = dir.resolve("file-not-dir");
        Files.writeString(blocked, "x");
        assertEquals(ExitCodes.RUN_FAILED, c6.execute("run", EXAMPLE.toString(), "--no-history", "--param",
                "input=" + csv, "--param", "output=" + blocked.resolve("sub/out.parquet")));
        assertTrue(e6.toString().contains("write_parquet"), e6.toString());
    }
}
