package io.sluice.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.runtime.ChildRun;
import io.sluice.runtime.RunListener;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.StepState;

/**
 * The designer's way to run on Spark without carrying Spark: the command line as a child process, its
 * {@code --metrics jsonl} lines streamed back as snapshots. The command it builds, the snapshots read back exactly as
 * the command line writes them, and a real child process ({@code sluice run} on the example) streamed to a listener.
 */
class ChildRunTest {
    static final Path REPO = Path.of(System.getProperty("sluice.repo.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theSparkCommandIsTheCommandLinesOwn() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("input", "data/in put.csv");
        params.put("output", "/tmp/o=1.parquet");
        assertEquals(List.of("/opt/sluice/sluice", "run", "/p/orders.sluice", "--engine", "spark", "--master", "local[3]", "--metrics",
                "jsonl", "-p", "input=data/in put.csv", "-p", "output=/tmp/o=1.parquet", "--fail-on-parse-error"),
                ChildRun.sparkCommand(Path.of("/opt/sluice/sluice"), Path.of("/p/orders.sluice"), ChildRun.master(null, 3), params, true));
        assertEquals("spark://10.0.0.5:7077", ChildRun.master(" spark://10.0.0.5:7077 ", 3));
        assertEquals("local[1]", ChildRun.master("", 0));
    }

    @Test
    void snapshotsReadBackAsTheCommandLineWritesThem() {
        RunSnapshot s = new RunSnapshot("20261130-120000-abcd", RunStatus.RUNNING, Instant.EPOCH, 1234,
                List.of(new StepMetrics("read", "CsvSource", StepState.DONE, 0, 200, 3, 0, 2, 4096, 1.5e6, 0.25, 3, 99,
                        "a \"quoted\" message\nwith ünïcode \\ and \t tab", 0),
                        new StepMetrics("agg", "Aggregate", StepState.RUNNING, 197, 0, 0, 2, 0, 0, Double.NaN, 0, 0, 5, null, 7)),
                false);
        RunSnapshot back = ChildRun.parseSnapshot(JsonOutput.snapshot(s), Instant.EPOCH);
        assertEquals(s.toString(), back.toString());
        assertNull(ChildRun.parseSnapshot("sluice: building the Spark engine…", Instant.EPOCH));
        assertNull(ChildRun.parseSnapshot("{\"not\":\"a snapshot\"}", Instant.EPOCH));
    }

    @Test
    void aSnapshotLineIsReadAsJsonWhateverItsEscapesAndNesting() {
        String line = " { \"runId\" : \"r\\u00e9\\/1\", \"status\":\"RUNNING\", \"elapsedMillis\": 12e1,"
                + " \"extra\": {\"deep\": [1, [2, {\"x\": null}], \"}]\"], \"t\": true},"
                + " \"steps\": [{\"step\": \"a,b}\", \"kind\": \"CsvSource\", \"state\": \"DONE\", \"rowsIn\": 0, \"rowsOut\": 9007199254740993,"
                + " \"rowsPerSecond\": null, \"queueFill\": -0.5E-1, \"message\": \"tab\\there \\\"q\\\" \\\\ \\ud83d\\ude00 \\u00fc\\r\\n\"}],"
                + " \"final\": false } ";
        RunSnapshot s = ChildRun.parseSnapshot(line.strip(), Instant.EPOCH);
        assertEquals("r\u00e9/1", s.runId());
        assertEquals(120, s.elapsedMillis());
        StepMetrics m = s.steps().get(0);
        assertEquals("a,b}", m.step());
        assertEquals(9007199254740993L, m.rowsOut(), "a long beyond a double's integers stays exact");
        assertTrue(Double.isNaN(m.rowsPerSecond()), "null is no rate");
        assertEquals(-0.05, m.queueFill());
        assertEquals("tab\there \"q\" \\ \ud83d\ude00 \u00fc\r\n", m.message());
        assertNull(ChildRun.parseSnapshot(line.strip() + " trailing", Instant.EPOCH), "anything after the object: not a snapshot line");
        assertNull(ChildRun.parseSnapshot("{\"steps\": [}", Instant.EPOCH), "broken JSON: not a snapshot line");
        assertNull(ChildRun.parseSnapshot("{\"runId\": \"\\uZZZZ\", \"steps\": []}", Instant.EPOCH), "a bad escape: not a snapshot line");
    }

    @Test
    void aChildRunStreamsItsSnapshotsAndEndsWithTheResult() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Dsluice.noWarmup=true",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), SluiceCli.class.getName(),
                "run", REPO.resolve("examples/orders.sluice").toString(), "--metrics", "jsonl", "--no-history",
                "-p", "input=" + REPO.resolve("examples/data/orders-sample.csv"), "-p", "output=" + dir.resolve("out.parquet")));
        List<RunSnapshot> progress = new CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<RunResult> finished = new java.util.concurrent.CompletableFuture<>();
        List<String> log = new CopyOnWriteArrayList<>();
        ChildRun run = ChildRun.start(cmd, dir, new RunListener() {
            @Override
            public void progress(RunSnapshot s) {
                progress.add(s);
            }

            @Override
            public void finished(RunResult r) {
                finished.complete(r);
            }
        }, log::add);
        RunResult r = run.result().get(5, TimeUnit.MINUTES);
        assertTrue(r.succeeded(), () -> r.error() + " " + log);
        assertEquals(200, r.accounting().read(), r.toString());
        assertTrue(r.finalSnapshot().fin());
        assertEquals(r.runId(), run.runId());
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("out.parquet")));
        for (RunSnapshot s : progress) {
            assertFalse(s.fin(), "the final snapshot comes with the result, not as progress");
        }
        assertEquals(r, finished.get(30, TimeUnit.SECONDS)); // the listener hears the end once the result is complete
    }
}
