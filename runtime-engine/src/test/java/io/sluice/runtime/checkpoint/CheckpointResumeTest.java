package io.sluice.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.Filter;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.quality.QualityCheckTest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Runs over a directory of input files: every file read in name order, one checkpoint per file, and a real
 * {@code java} run process killed with SIGKILL at four checkpoint counts (none, one, half, all but one), each resumed with
 * {@code sluice run --resume RUN} to exactly the output and row accounting of an uninterrupted run.
 */
class CheckpointResumeTest {
    static final int FILES = 10;

    @TempDir
    Path dir;

    Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("drop"));
        Random r = new Random(6);
        for (int f = 0; f < FILES; f++) {
            int name = (f * 7) % FILES;
            StringBuilder sb = new StringBuilder("id,amount,note\n");
            for (int i = 0; i < 200; i++) {
                int id = name * 1000 + i;
                String amount = r.nextInt(20) == 0 ? "x" + i : r.nextInt(25) == 0 ? "" : Integer.toString(r.nextInt(200) - 20);
                sb.append(id).append(',').append(amount).append(",\"note, ").append(id).append("\"\n");
            }
            // written out of order: the run must still take them by name
            Files.writeString(in.resolve(String.format("day-%02d.csv", name)), sb);
        }
        Files.writeString(in.resolve(".hidden.csv"), "not,an,input\n");
        return in;
    }

    Path pipeline() throws Exception {
        TestPipelines t = new TestPipelines("daily");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(inputs().toString());
        TestPipelines.columns(src, "id:INT64", "amount:INT64", "note:STRING");
        QualityCheck q = t.add(TestPipelines.P.getQualityCheck(), "check");
        QualityCheckTest.rule(q, "amount set", QualityRuleKind.NOT_NULL, "amount", QualitySeverity.QUARANTINE);
        QualityCheckTest.rule(q, "amount >= 0", QualityRuleKind.RANGE, "amount", QualitySeverity.QUARANTINE).setMin("0");
        Filter f = t.add(TestPipelines.P.getFilter(), "keep");
        f.setCondition("amount % 3 <> 0");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("out/good.csv").toString());
        CsvSink quarantine = t.add(TestPipelines.P.getCsvSink(), "quarantine");
        quarantine.setPath(dir.resolve("out/quarantine.csv").toString());
        CsvSink bad = t.add(TestPipelines.P.getCsvSink(), "unparsable");
        bad.setPath(dir.resolve("out/unparsable.csv").toString());
        t.link(src, q).link(q, f).link(f, out).link(q, "rejects", quarantine, "in").link(src, "rejects", bad, "in");
        return t.save(dir.resolve("daily.sluice"));
    }

    /** The three outputs, the run id replaced by RUN (rejected rows carry it). */
    List<String> outputs(String runId) throws Exception {
        List<String> l = new ArrayList<>();
        for (String n : List.of("good.csv", "quarantine.csv", "unparsable.csv")) {
            l.add(Files.readString(dir.resolve("out").resolve(n)).replace(runId, "RUN"));
        }
        return l;
    }

    List<String> leftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    @Timeout(60)
    void aDirectoryIsReadInNameOrderWithOneCheckpointPerFile() throws Exception {
        Path history = dir.resolve("history");
        RunResult r = new SluiceEngine(history, 1L << 30).run(RunRequest.of(pipeline()).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());
        assertEquals(FILES * 200, r.accounting().read());
        List<String> good = Files.readAllLines(dir.resolve("out/good.csv"));
        assertEquals("id,amount,note", good.get(0));
        long last = -1;
        for (String line : good.subList(1, good.size())) {
            long id = Long.parseLong(line.substring(0, line.indexOf(',')));
            assertTrue(id > last, "not in file and line order: " + id + " after " + last);
            last = id;
        }
        List<String> unparsable = Files.readAllLines(dir.resolve("out/unparsable.csv"));
        assertTrue(unparsable.get(1).contains("day-00.csv"), unparsable.get(1));
        assertEquals(FILES, RunHistory.open(history).committedFiles(r.runId(), "read").size());
        assertEquals(List.of(), leftovers());
        assertEquals("SUCCEEDED", RunHistory.open(history).find(r.runId()).status());
    }

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    @Timeout(600) // a guard against a hang, not a timing assertion: child JVMs start slowly on a loaded machine
    void killedRunsResumeToExactlyTheOutputOfAnUninterruptedRun() throws Exception {
        Path pipeline = pipeline();
        Path history = dir.resolve("history");
        RunResult reference = new SluiceEngine(history, 1L << 30).run(RunRequest.of(pipeline).withThreads(1));
        assertEquals(RunStatus.SUCCEEDED, reference.status(), reference.error());
        List<String> expected = outputs(reference.runId());
        String accounting = reference.accounting().summary();
        Path staging = dir.resolve("out");
        int killed = 0;
        int[] points = { 0, 1, FILES / 2, FILES - 1 }; // none, one, half, all but one committed: a bounded loop
        for (int point : points) {
            for (String n : List.of("good.csv", "quarantine.csv", "unparsable.csv")) {
                Files.deleteIfExists(staging.resolve(n));
            }
            String runId = killAfterParts(pipeline, history, point, "child-" + point);
            killed++;
            assertFalse(Files.exists(staging.resolve("good.csv")), "a killed run must leave no output");
            int committed = RunHistory.open(history).committedFiles(runId, "read").size();
            assertTrue(committed >= point - 1 && committed <= FILES, point + ": " + committed);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = SluiceCli.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            assertEquals(ExitCodes.OK, cl.execute("run", "--resume", runId, "--history", history.toString(), "--threads", "1"),
                    err.toString());
            assertTrue(out.toString().contains(accounting), "kill point " + point + ": " + out + " vs " + accounting);
            assertEquals(expected, outputs(runId), "kill point " + point);
            assertEquals(List.of(), leftovers(), "kill point " + point);
            assertEquals("SUCCEEDED", RunHistory.open(history).find(runId).status());
            assertEquals(accounting, RunHistory.open(history).find(runId).accounting());
        }
        assertEquals(points.length, killed);
    }

    /** A real {@code sluice run} process (a child JVM) whose output goes to NAME.log. */
    Process child(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBinary().toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dsluice.noWarmup=true",
                "-D" + io.sluice.runtime.internal.checkpoint.PartitionedRun.PAUSE_PROPERTY + "=60",
                "-cp", System.getProperty("java.class.path"), SluiceCli.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    /** Starts a run of {@code pipeline} in a child process, kills it (-9) once {@code point} parts are written: its id. */
    String killAfterParts(Path pipeline, Path history, int point, String name) throws Exception {
        Path staging = dir.resolve("out");
        Process p = child(name, "run", pipeline.toString(), "--history", history.toString(), "--threads", "1");
        try {
            // wait for `point` committed parts of the good output, then kill -9
            Path parts = null;
            long deadline = System.nanoTime() + 300_000_000_000L; // a guard against a hang: child JVMs start slowly when loaded
            while (System.nanoTime() < deadline && p.isAlive()) {
                parts = partsDir(staging);
                if (parts != null && countParts(parts) >= point) {
                    break;
                }
                Thread.sleep(5);
            }
            assertTrue(p.isAlive(), "the run ended before kill point " + point + ": " + Files.readString(dir.resolve(name + ".log")));
            assertNotNull(parts, "no staging directory at kill point " + point);
            String n = parts.getFileName().toString(); // .good.csv.RUN.parts
            return n.substring(".good.csv.".length(), n.length() - ".parts".length());
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /**
     * The accounting of a partitioned run is checked before anything is assembled: a resume whose committed files'
     * counts (in the history) do not balance fails in its own process and leaves no output, no part and no checkpoint.
     */
    @Test
    @Timeout(600) // a guard against a hang, not a timing assertion
    void aPartitionedRunThatFailsItsAccountingLeavesNoOutput() throws Exception {
        Path pipeline = pipeline();
        Path history = dir.resolve("history");
        String runId = killAfterParts(pipeline, history, 3, "unbalanced");
        RunHistory h = RunHistory.open(history);
        List<io.sluice.runtime.history.FileCheckpoint> committed = h.committedFiles(runId, "read");
        assertFalse(committed.isEmpty(), "no file committed before the kill");
        // one committed file's checkpoint says the sink took a row more than its filter emitted
        io.sluice.runtime.history.FileCheckpoint first = committed.get(0);
        StringBuilder counts = new StringBuilder();
        for (String line : first.counts().split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("S") && f[1].equals("write")) {
                f[3] = Long.toString(Long.parseLong(f[3]) + 1);
            }
            counts.append(String.join("\t", f)).append('\n');
        }
        assertFalse(counts.toString().equals(first.counts()), first.counts());
        h.commitFile(new io.sluice.runtime.history.FileCheckpoint(runId, "read", first.seq(), first.file(), first.size(),
                first.committedAt(), counts.toString(), first.hash()));

        Process resume = child("resume", "run", "--resume", runId, "--history", history.toString(), "--threads", "1");
        assertEquals(ExitCodes.RUN_FAILED, resume.waitFor(), Files.readString(dir.resolve("resume.log")));
        String log = Files.readString(dir.resolve("resume.log"));
        assertTrue(log.contains("row accounting: step 'write' received"), log);
        for (String n : List.of("good.csv", "quarantine.csv", "unparsable.csv")) {
            assertFalse(Files.exists(dir.resolve("out").resolve(n)), n + " written by a run that failed its accounting");
        }
        assertEquals(List.of(), leftovers(), "parts or temporary files left");
        assertEquals("FAILED", h.find(runId).status());
        assertEquals(List.of(), h.committedFiles(runId, "read"), "checkpoints of a run that restarts whole");
    }

    static Path partsDir(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".good.csv.") && p.getFileName().toString().endsWith(".parts"))
                    .findFirst().orElse(null);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    static long countParts(Path parts) throws Exception {
        try (Stream<Path> s = Files.list(parts)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        } catch (java.nio.file.NoSuchFileException e) {
            return -1;
        }
    }
}
