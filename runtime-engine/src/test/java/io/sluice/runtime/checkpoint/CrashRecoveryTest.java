package io.sluice.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.AggregateFunction;
import io.sluice.model.CsvSource;
import io.sluice.model.Sink;
import io.sluice.model.Sort;
import io.sluice.model.SortKey;
import io.sluice.model.Step;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;
import io.sluice.runtime.internal.exec.Executor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;


/**
 * Real {@code sluice run} processes (child JVMs) sharing one history: concurrent runs all recorded, {@code kill -9} at
 * chosen instants for every sink kind (a blocking aggregate and sort before each), each then resumed with
 * {@code sluice run --resume RUN} to exactly the output of an uninterrupted run with no temporary file left, a
 * SIGTERM recorded as CANCELLED, and a killed run shown as CRASHED. The child runs pause after each source batch
 * ({@link Executor#PAUSE_PROPERTY}) so that a kill lands in the middle of the input on a machine of any speed.
 */
class CrashRecoveryTest {
    static final int FILES = 6;
    static final Pattern RUN_ID = Pattern.compile("run (\\d{8}-\\d{6}-[0-9a-f]{8})"); //$NON-NLS-1$

    @TempDir
    Path dir;

    /** Every child started, stopped after each test (a failed assertion must not leave one holding the temp dir). */
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopChildren() throws Exception {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /** A directory of small CSV files: each is at least one batch, so the pause knob spreads the run out. */
    Path inputs() throws Exception {
        Path in = dir.resolve("in");
        if (Files.isDirectory(in)) {
            return in;
        }
        Files.createDirectories(in);
        Random r = new Random(9);
        for (int f = 0; f < FILES; f++) {
            StringBuilder sb = new StringBuilder("id,k,v\n");
            for (int i = 0; i < 300; i++) {
                sb.append(f * 1000 + i).append(',').append("k").append(r.nextInt(7)).append(',')
                        .append(r.nextInt(10) == 0 ? "" : Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(6) - 2))).append('\n');
            }
            Files.writeString(in.resolve(String.format(Locale.ROOT, "part-%02d.csv", f)), sb);
        }
        return in;
    }

    /** read → aggregate (SUM, AVG, COUNT by k) → sort by k → the given sink. */
    Path pipeline(String name, Step sinkStep, TestPipelines t) throws Exception {
        return pipeline(name, sinkStep, t, true);
    }

    /** read → (aggregate → sort →) the given sink. */
    Path pipeline(String name, Step sinkStep, TestPipelines t, boolean blocking) throws Exception {
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(inputs().toString());
        TestPipelines.columns(src, "id:INT64", "k:STRING", "v:FLOAT64");
        io.sluice.model.Aggregate agg = t.add(TestPipelines.P.getAggregate(), "per_k");
        agg.getGroupKeys().add("k");
        agg.getAggregations().add(io.sluice.runtime.ReproducibleAggregateTest.aggregation(AggregateFunction.SUM, "v", "total"));
        agg.getAggregations().add(io.sluice.runtime.ReproducibleAggregateTest.aggregation(AggregateFunction.AVG, "v", "mean"));
        agg.getAggregations().add(io.sluice.runtime.ReproducibleAggregateTest.aggregation(AggregateFunction.COUNT_ALL, null, "n"));
        Sort sort = t.add(TestPipelines.P.getSort(), "by_k");
        SortKey key = TestPipelines.F.createSortKey();
        key.setColumn("k");
        sort.getKeys().add(key);
        if (blocking) {
            t.link(src, agg).link(agg, sort).link(sort, sinkStep);
        } else {
            t.pipeline().getSteps().removeAll(List.of(agg, sort));
            t.link(src, sinkStep);
        }
        return t.save(dir.resolve(name + ".sluice"));
    }

    /** One pipeline per sink kind: the sink step's output is out/NAME.EXT, or the table `result` of a JDBC URL. */
    Path pipelineFor(String kind) throws Exception {
        TestPipelines t = new TestPipelines(kind);
        Path out = dir.resolve("out-" + kind);
        Sink sink = switch (kind) {
            case "csv" -> {
                io.sluice.model.CsvSink s = t.add(TestPipelines.P.getCsvSink(), "write");
                s.setPath(out.resolve("result.csv").toString());
                yield s;
            }
            case "jsonl" -> {
                io.sluice.model.JsonLinesSink s = t.add(TestPipelines.P.getJsonLinesSink(), "write");
                s.setPath(out.resolve("result.jsonl").toString());
                yield s;
            }
            case "parquet" -> {
                io.sluice.model.ParquetSink s = t.add(TestPipelines.P.getParquetSink(), "write");
                s.setPath(out.resolve("result.parquet").toString());
                yield s;
            }
            case "ipc" -> {
                io.sluice.model.ArrowIpcSink s = t.add(TestPipelines.P.getArrowIpcSink(), "write");
                s.setPath(out.resolve("result.arrow").toString());
                yield s;
            }
            case "jdbc" -> {
                Files.createDirectories(out);
                String url = jdbcUrl(kind);
                try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE IF NOT EXISTS \"result\" (\"k\" VARCHAR(10), \"total\" DOUBLE, \"mean\" DOUBLE, \"n\" BIGINT)");
                }
                io.sluice.model.JdbcSink s = t.add(TestPipelines.P.getJdbcSink(), "write");
                s.setUrl(url);
                s.setTable("result");
                yield s;
            }
            default -> throw new IllegalArgumentException(kind);
        };
        return pipeline(kind, sink, t);
    }

    String jdbcUrl(String kind) {
        return "jdbc:h2:file:" + dir.resolve("out-" + kind).resolve("db").toAbsolutePath();
    }

    /** What the sink produced: the output file's bytes as text (base64 for binary files) or the table's rows. */
    String output(String kind) throws Exception {
        Path out = dir.resolve("out-" + kind);
        if (kind.equals("jdbc")) {
            StringBuilder sb = new StringBuilder();
            try (Connection c = DriverManager.getConnection(jdbcUrl(kind)); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM \"result\" ORDER BY \"k\"")) {
                while (rs.next()) {
                    sb.append(rs.getString(1)).append('|').append(rs.getDouble(2)).append('|').append(rs.getDouble(3))
                            .append('|').append(rs.getLong(4)).append('\n');
                }
            }
            return sb.toString();
        }
        if (!Files.isDirectory(out)) {
            return null;
        }
        try (Stream<Path> s = Files.list(out)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("result.")).toList();
            if (files.isEmpty()) {
                return null;
            }
            return java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(files.get(0)));
        }
    }

    void clearOutput(String kind) throws Exception {
        if (kind.equals("jdbc")) {
            try (Connection c = DriverManager.getConnection(jdbcUrl(kind)); Statement st = c.createStatement()) {
                st.execute("DELETE FROM \"result\"");
            }
            return;
        }
        try (Stream<Path> s = Files.list(dir.resolve("out-" + kind))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("result.")).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Hidden files next to the outputs: temporaries and parts of runs. */
    List<String> leftovers(String kind) throws Exception {
        if (!Files.isDirectory(dir.resolve("out-" + kind))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.resolve("out-" + kind))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    Process child(String name, long pauseMillis, String... args) throws Exception {
        return child(name, List.of(), pauseMillis, args);
    }

    /** A real {@code sluice run} child JVM, started through {@code launcher} (a command that execs its arguments). */
    Process child(String name, List<String> launcher, long pauseMillis, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of(CheckpointResumeTest.javaBinary().toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dsluice.noWarmup=true",
                "-D" + Executor.PAUSE_PROPERTY + "=" + pauseMillis, "-cp", System.getProperty("java.class.path"),
                SluiceCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        started.add(p);
        return p;
    }

    String log(String name) throws Exception {
        return Files.readString(dir.resolve(name + ".log"));
    }

    /**
     * Waits until the history holds a run that is not in {@code known} (the child's), or the child ended. The deadline
     * only guards against a hang: a child JVM on a loaded machine can take minutes to start.
     */
    static String awaitNewRun(RunHistory h, Set<String> known, Process p) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (RunRecord r : h.list(null, 100)) {
                if (!known.contains(r.runId())) {
                    return r.runId();
                }
            }
            if (!p.isAlive()) {
                return null;
            }
            Thread.sleep(10);
        }
        return null;
    }

    static String[] cli(String... args) {
        io.sluice.runtime.cli.CliCommandsTest.Out o = io.sluice.runtime.cli.CliCommandsTest.run(args);
        return new String[] { Integer.toString(o.code()), o.out(), o.err() };
    }

    @Test
    @Timeout(900)
    void killedRunsOfEverySinkKindResumeToTheUninterruptedOutput() throws Exception {
        Path history = dir.resolve("history");
        RunHistory h = RunHistory.open(history);
        Random random = new Random(42);
        List<String> kinds = List.of("csv", "jsonl", "parquet", "ipc", "jdbc");
        for (String kind : kinds) {
            Path pipeline = pipelineFor(kind);
            RunResult reference = new SluiceEngine(history, 1L << 30).run(RunRequest.of(pipeline).withThreads(1));
            assertEquals(RunStatus.SUCCEEDED, reference.status(), () -> kind + ": " + reference.error() + " " + reference.problems());
            String expected = output(kind);
            assertNotNull(expected, kind);
            // one kill per sink kind, alternately as soon as the run is in the history (before its first batch: the
            // child pauses after each batch, so the first one takes at least that long) and somewhere in its input
            int point = kinds.indexOf(kind) % 2;
            {
                clearOutput(kind);
                Set<String> known = new HashSet<>();
                h.list(null, 1000).forEach(r -> known.add(r.runId()));
                String name = kind + "-" + point;
                Process p = child(name, 700, "run", pipeline.toString(), "--history", history.toString(), "--threads", "1");
                String runId = awaitNewRun(h, known, p);
                assertNotNull(runId, name + ": the run never appeared in the history: " + log(name));
                if (point > 0) {
                    Thread.sleep(50 + random.nextInt(800));
                }
                assertTrue(p.isAlive(), name + ": the run ended before it was killed: " + log(name));
                p.destroyForcibly();
                p.waitFor();

                RunRecord crashed = h.find(runId);
                assertEquals(RunHistory.CRASHED, crashed.status(), name);
                String[] runs = cli("runs", "--history", history.toString());
                assertTrue(runs[1].lines().anyMatch(l -> l.startsWith(runId) && l.contains("CRASHED")), name + ": " + runs[1]);
                String[] detail = cli("runs", "--history", history.toString(), "--detail", runId);
                assertTrue(detail[1].contains("CRASHED"), name + ": " + detail[1]);

                String[] resumed = cli("run", "--resume", runId, "--history", history.toString(), "--threads", "1");
                assertEquals(Integer.toString(ExitCodes.OK), resumed[0], name + ": " + resumed[2]);
                assertEquals(expected, output(kind), name);
                assertEquals(List.of(), leftovers(kind), name);
                assertEquals("SUCCEEDED", h.find(runId).status(), name);
            }
        }
    }

    @Test
    @Timeout(600)
    void sigtermRecordsCancelledRemovesTemporaryFilesAndExits143() throws Exception {
        signalRecordsCancelledAndRemovesTemporaryFiles("TERM", 143);
    }

    /** Ctrl-C: SIGINT ends the run as SIGTERM does, exit 130. */
    @Test
    @Timeout(600)
    void sigintRecordsCancelledRemovesTemporaryFilesAndExits130() throws Exception {
        signalRecordsCancelledAndRemovesTemporaryFiles("INT", 130);
    }

    /**
     * A real {@code kill -SIGNAL} of a run process while its Parquet sink's temporary file is open: the process exits
     * {@code exit}, the run is CANCELLED in the history and no temporary file or output is left.
     */
    void signalRecordsCancelledAndRemovesTemporaryFiles(String signal, int exit) throws Exception {
        Path history = dir.resolve("history");
        RunHistory h = RunHistory.open(history);
        // no blocking step: the Parquet sink's temporary file is open from the first batch to the last
        TestPipelines t = new TestPipelines("sig" + signal);
        io.sluice.model.ParquetSink sink = t.add(TestPipelines.P.getParquetSink(), "write");
        sink.setPath(dir.resolve("out-parquet").resolve("result.parquet").toString());
        Path pipeline = pipeline("sig" + signal, sink, t, false);
        String name = "sig" + signal;
        // a long pause per batch (six input files, one batch each): the sink's temporary file stays open for seconds.
        // A process started in the background by a shell without job control inherits SIGINT ignored, and a JVM
        // then never sees Ctrl-C: the child gets the signal's default disposition back (coreutils env), as a
        // terminal's foreground process has it.
        Process p = child(name, List.of("env", "--default-signal=" + signal), 2000, "run", pipeline.toString(), "--history",
                history.toString(), "--threads", "1");
        // wait on the file system alone until the sink has opened its temporary file (polling the history here would
        // slow the child down: every poll takes the history's file over from it), so the signal has something to
        // clean up
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (leftovers("parquet").isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(leftovers("parquet").isEmpty(), "no temporary file seen: " + log(name));
        assertTrue(p.isAlive(), log(name));
        String ignored = Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                .filter(l -> l.startsWith("SigIgn:")).findFirst().orElseThrow();
        long signalBit = 1L << ((signal.equals("INT") ? 2 : 15) - 1);
        assertEquals(0, Long.parseLong(ignored.substring("SigIgn:".length()).strip(), 16) & signalBit,
                "the run process ignores SIG" + signal + ": " + ignored);
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertEquals(exit, p.waitFor(), log(name));
        String runId = awaitNewRun(h, Set.of(), p);
        assertNotNull(runId, log(name));
        RunRecord r = h.find(runId);
        assertEquals("CANCELLED", r.status(), log(name));
        assertEquals(List.of(), leftovers("parquet"), "temporary files left");
        assertEquals(null, output("parquet"), "a cancelled run leaves no output");
    }

    /** Whether process {@code pid} has the history's database file open (it serves the history to the others). */
    static boolean holdsHistoryFile(long pid, Path history) {
        Path file = history.resolve("runs.mv.db").toAbsolutePath();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (Exception e) {
                    return false; // closed meanwhile
                }
            });
        } catch (Exception e) {
            return false; // the process ended
        }
    }

    /**
     * Four runs share a history; the process that serves it to the others (it has the database file open) is killed
     * with {@code kill -9} while all four are writing: the other three still finish, exit 0 and are recorded
     * SUCCEEDED (one of them takes the history over, past the dead server's lock file), the killed one reads back
     * CRASHED and its resume finishes it.
     */
    @Test
    @Timeout(900)
    void killingTheProcessThatServesTheHistoryLosesNoOtherRun() throws Exception {
        Path history = dir.resolve("history");
        int n = 4;
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TestPipelines t = new TestPipelines("served-" + i);
            io.sluice.model.CsvSink s = t.add(TestPipelines.P.getCsvSink(), "write");
            s.setPath(dir.resolve("out-served-" + i).resolve("result.csv").toString());
            // no blocking step: each sink's temporary file is open from the first batch (of six) to the last
            Path pipeline = pipeline("served-" + i, s, t, false);
            children.add(child("served-" + i, 1500, "run", pipeline.toString(), "--history", history.toString(), "--threads", "1"));
        }
        // wait on the file system alone (reading the history here could make this JVM its server) until every run
        // is writing, then find the process that has the database file open
        long deadline = System.nanoTime() + 600_000_000_000L;
        Process server = null;
        while (server == null && System.nanoTime() < deadline) {
            boolean writing = true;
            for (int i = 0; i < n; i++) {
                writing &= !leftovers("served-" + i).isEmpty();
                assertTrue(children.get(i).isAlive(), "run " + i + " ended before the kill: " + log("served-" + i));
            }
            if (writing) {
                server = children.stream().filter(c -> holdsHistoryFile(c.pid(), history)).findFirst().orElse(null);
            }
            Thread.sleep(20);
        }
        assertNotNull(server, "no run process serves the history");
        int killed = children.indexOf(server);
        server.destroyForcibly();
        server.waitFor();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (i == killed) {
                continue;
            }
            assertEquals(ExitCodes.OK, children.get(i).waitFor(), i + ": " + log("served-" + i));
            String log = log("served-" + i);
            assertFalse(log.contains("Exception") || log.contains("cannot record"), i + ": " + log);
            Matcher m = RUN_ID.matcher(log);
            assertTrue(m.find(), log);
            ids.add(m.group(1));
        }
        RunHistory h = RunHistory.open(history);
        List<RunRecord> recorded = h.list(null, 100);
        assertEquals(n, recorded.size(), recorded.toString());
        String crashedId = null;
        for (RunRecord r : recorded) {
            if (ids.contains(r.runId())) {
                assertEquals("SUCCEEDED", r.status(), r.runId() + ": " + r.error());
            } else {
                assertEquals(RunHistory.CRASHED, r.status(), r.runId() + ": " + r.error());
                crashedId = r.runId();
            }
        }
        assertNotNull(crashedId);
        String[] resumed = cli("run", "--resume", crashedId, "--history", history.toString(), "--threads", "1");
        assertEquals(Integer.toString(ExitCodes.OK), resumed[0], resumed[2]);
        assertEquals("SUCCEEDED", h.find(crashedId).status());
        assertEquals(List.of(), leftovers("served-" + killed));
    }

    @Test
    @Timeout(900)
    void eightConcurrentRunsAreAllRecordedWithTheirStatus() throws Exception {
        Path history = dir.resolve("history");
        List<Process> children = new ArrayList<>();
        Map<String, String> expectedStatus = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            TestPipelines t = new TestPipelines("concurrent-" + i);
            io.sluice.model.CsvSink s = t.add(TestPipelines.P.getCsvSink(), "write");
            s.setPath(dir.resolve("out-" + i).resolve("result.csv").toString());
            Path pipeline = pipeline("concurrent-" + i, s, t);
            if (i == 7) {
                // one run fails while the others succeed: its input folder does not exist
                CsvSource src = (CsvSource) t.pipeline().getSteps().get(1);
                src.setPath(dir.resolve("missing-folder").resolve("*.csv").toString());
                pipeline = t.save(dir.resolve("concurrent-" + i + ".sluice"));
            }
            children.add(child("concurrent-" + i, 0, "run", pipeline.toString(), "--history", history.toString(),
                    "--threads", "1"));
        }
        // figures only (timings belong in bench/): each process's wall time, start to exit, printed with the result
        long t0 = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<Long>> ends = children.stream()
                .map(c -> c.onExit().thenApply(x -> (System.nanoTime() - t0) / 1_000_000)).toList();
        Set<String> ids = new HashSet<>();
        Map<String, String> logs = new HashMap<>();
        for (int i = 0; i < children.size(); i++) {
            int code = children.get(i).waitFor();
            String log = log("concurrent-" + i);
            assertTrue(code == ExitCodes.OK || i == 7, i + ": exit " + code + ": " + log);
            Matcher m = RUN_ID.matcher(log);
            if (code == ExitCodes.OK || code == ExitCodes.RUN_FAILED) {
                assertTrue(m.find(), i + ": no run id in " + log);
                ids.add(m.group(1));
                logs.put(m.group(1), log);
                expectedStatus.put(m.group(1), code == ExitCodes.OK ? "SUCCEEDED" : "FAILED");
            } else {
                expectedStatus.put("#" + i, code == ExitCodes.VALIDATION_ERRORS ? "INVALID" : "exit " + code);
            }
            assertFalse(log.contains("Exception") || log.contains("cannot record"), i + ": " + log);
        }
        List<String> inRun = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Matcher m = Pattern.compile("(succeeded|failed) in ([0-9.]+)s").matcher(log("concurrent-" + i));
            inRun.add(m.find() ? m.group(2) : "-");
        }
        System.out.println("eight concurrent runs, wall ms per process: " + ends.stream().map(e -> e.join().toString()).toList()
                + "; seconds per run as it reports them: " + inRun);
        List<RunRecord> recorded = RunHistory.open(history).list(null, 100);
        assertEquals(8, recorded.size(), recorded.toString());
        for (RunRecord r : recorded) {
            String want = expectedStatus.getOrDefault(r.runId(), expectedStatus.get("#7"));
            assertEquals(want, r.status(), r.runId() + " " + r.pipelineName() + ": " + r.error() + "\nits log:\n" + logs.get(r.runId()));
        }
        assertEquals(7, recorded.stream().filter(r -> r.status().equals("SUCCEEDED")).count());
    }
}
