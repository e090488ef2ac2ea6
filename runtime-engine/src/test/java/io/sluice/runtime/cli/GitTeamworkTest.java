package io.sluice.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.ConflictKind;
import io.sluice.model.CsvSource;
import io.sluice.model.Filter;
import io.sluice.model.ParquetCompression;
import io.sluice.model.ParquetSink;
import io.sluice.model.Pipeline;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.cli.CliCommandsTest.Out;
import io.sluice.runtime.history.GitRevision;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git teamwork from the command line: {@code sluice merge} (Git's merge driver), {@code sluice git-setup}, a real
 * {@code git merge} and {@code git diff} through the drivers in a scratch repository, and runs stamped with the
 * revision of their pipeline. Git runs with a scratch HOME and no system config, so the user's config plays no part.
 */
class GitTeamworkTest {
    @TempDir
    Path dir;
    Path repo;
    Path csv;

    @BeforeEach
    void setUp() throws Exception {
        repo = Files.createDirectories(dir.resolve("repo"));
        csv = Files.writeString(dir.resolve("people.csv"), "id,name,score\n1,a,1.5\n2,b,2.5\n", StandardCharsets.UTF_8);
    }

    private Pipeline pipeline() {
        TestPipelines t = new TestPipelines("people");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(csv.toString());
        TestPipelines.columns(src, "id:INT64!", "name:STRING", "score:FLOAT64");
        Filter f = t.add(TestPipelines.P.getFilter(), "keep");
        f.setCondition("id > 0");
        ParquetSink sink = t.add(TestPipelines.P.getParquetSink(), "write");
        sink.setPath(dir.resolve("out.parquet").toString());
        t.link(src, f).link(f, sink);
        return t.pipeline();
    }

    private Path write(Path file, Consumer<Pipeline> edit) throws IOException {
        Pipeline p = pipeline();
        edit.accept(p);
        SluiceModel.save(p, file);
        return file;
    }

    private static Pipeline load(Path file) {
        LoadResult r = SluiceModel.load(file);
        assertTrue(r.ok(), r.problems()::toString);
        return r.pipeline();
    }

    private static Filter keep(Pipeline p) {
        return (Filter) p.findStep("keep");
    }

    // --- sluice merge ------------------------------------------------------------------------------------------

    @Test
    void mergeIntoOursCleanly() throws Exception {
        Path base = write(dir.resolve("base.sluice"), p -> { });
        Path ours = write(dir.resolve("ours.sluice"), p -> keep(p).setCondition("id > 1"));
        Path theirs = write(dir.resolve("theirs.sluice"), p -> ((ParquetSink) p.findStep("write")).setCompression(ParquetCompression.ZSTD));
        Out o = CliCommandsTest.run("merge", base.toString(), ours.toString(), theirs.toString(), "--path", "pipes/people.sluice");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        assertEquals("sluice merge: pipes/people.sluice: merged cleanly\n", o.out());
        Pipeline merged = load(ours);
        assertEquals("id > 1", keep(merged).getCondition());
        assertEquals(ParquetCompression.ZSTD, ((ParquetSink) merged.findStep("write")).getCompression());
        assertTrue(merged.getConflicts().isEmpty());
    }

    @Test
    void mergeWithConflictsRecordsThemAndExitsNonZero() throws Exception {
        Path base = write(dir.resolve("base.sluice"), p -> { });
        Path ours = write(dir.resolve("ours.sluice"), p -> keep(p).setCondition("id > 1"));
        Path theirs = write(dir.resolve("theirs.sluice"), p -> keep(p).setCondition("id > 2"));
        Path out = dir.resolve("merged.sluice");
        byte[] oursBefore = Files.readAllBytes(ours);
        Out o = CliCommandsTest.run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());
        assertEquals(ExitCodes.MERGE_CONFLICTS, o.code());
        assertTrue(o.err().contains("1 conflict(s)") && o.err().contains("condition changed on both sides"), o.err());
        assertEquals(new String(oursBefore, StandardCharsets.UTF_8), Files.readString(ours), "-o leaves OURS alone");
        Pipeline merged = load(out);
        assertEquals(1, merged.getConflicts().size());
        assertEquals(ConflictKind.PROPERTY, merged.getConflicts().get(0).getKind());
        assertEquals("id > 2", merged.getConflicts().get(0).getTheirs());
        Out v = CliCommandsTest.run("validate", out.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, v.code());
        assertTrue(v.out().contains("unresolved merge conflict"), v.out());
    }

    @Test
    void mergeOfAnUnreadableFileFallsBackToText() throws Exception {
        Path base = write(dir.resolve("base.sluice"), p -> { });
        Path ours = Files.writeString(dir.resolve("ours.sluice"), "<not a pipeline\n");
        Path theirs = write(dir.resolve("theirs.sluice"), p -> keep(p).setCondition("id > 2"));
        Out o = CliCommandsTest.run("merge", base.toString(), ours.toString(), theirs.toString(), "--path", "p.sluice");
        assertEquals(ExitCodes.MERGE_CONFLICTS, o.code());
        assertTrue(o.err().startsWith("sluice merge: p.sluice: ") && o.err().contains("merged as text"), o.err());
        assertTrue(Files.readString(ours).contains("<<<<<<< ours"), Files.readString(ours));
    }

    @Test
    void mergeWithoutCommonAncestorMatchesStepsById() throws Exception {
        Path base = Files.writeString(dir.resolve("base.sluice"), ""); // Git's %O for an add/add conflict
        Path ours = write(dir.resolve("ours.sluice"), p -> keep(p).setCondition("id > 1"));
        Path theirs = write(dir.resolve("theirs.sluice"), p -> keep(p).setCondition("id > 2"));
        Out o = CliCommandsTest.run("merge", base.toString(), ours.toString(), theirs.toString());
        assertEquals(ExitCodes.MERGE_CONFLICTS, o.code());
        Pipeline merged = load(ours);
        assertEquals(3, merged.getSteps().size());
        assertEquals(1, merged.getConflicts().size(), () -> merged.getConflicts().toString());
        assertEquals("condition", merged.getConflicts().get(0).getProperty());
        assertNull(merged.getConflicts().get(0).getBase());
    }

    @Test
    void mergeUsage() {
        assertEquals(ExitCodes.USAGE, CliCommandsTest.run("merge", "a", "b").code());
        Out h = CliCommandsTest.run("merge", "--help");
        assertEquals(ExitCodes.OK, h.code());
        assertTrue(h.out().contains("Usage: sluice merge"), h.out());
    }

    // --- git-setup, git merge, git diff --------------------------------------------------------------------

    /** Runs git in the scratch repository with a scratch HOME; returns exit code and output. */
    private Out git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git")); //$NON-NLS-1$
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", dir.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", "Ann");
        env.put("GIT_AUTHOR_EMAIL", "ann@example.org");
        env.put("GIT_COMMITTER_NAME", "Ann");
        env.put("GIT_COMMITTER_EMAIL", "ann@example.org");
        Path errFile = dir.resolve("git.err");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Out(code, out, Files.readString(errFile));
    }

    /** A launcher for this test's classpath, as Git will call it. */
    private Path launcher() throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path script = dir.resolve("sluice-launcher.sh");
        Files.writeString(script, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + cp
                + "' io.sluice.runtime.cli.SluiceCli \"$@\"\n");
        assertTrue(script.toFile().setExecutable(true));
        return script;
    }

    private void initRepo() throws Exception {
        assertEquals(0, git("init", "-q", "-b", "main").code());
        Out setup = CliCommandsTest.run("git-setup", "--repo", repo.toString(), "--command", launcher().toString());
        assertEquals(ExitCodes.OK, setup.code(), setup.err());
    }

    private void commitAll(String message) throws Exception {
        assertEquals(0, git("add", "-A").code());
        Out c = git("commit", "-q", "-m", message);
        assertEquals(0, c.code(), c.err());
    }

    @Test
    void gitSetupIsIdempotentAndKeepsOtherAttributes() throws Exception {
        assertEquals(0, git("init", "-q").code());
        Files.writeString(repo.resolve(".gitattributes"), "*.csv text\n*.sluice diff=sluice eol=lf\n");
        Out first = CliCommandsTest.run("git-setup", "--repo", repo.toString(), "--command", "/opt/sluice/sluice");
        assertEquals(ExitCodes.OK, first.code(), first.err());
        assertEquals("*.csv text\n*.sluice diff=sluice eol=lf merge=sluice\n", Files.readString(repo.resolve(".gitattributes")));
        assertEquals("/opt/sluice/sluice merge %O %A %B --path %P", git("config", "merge.sluice.driver").out().strip());
        assertEquals("/opt/sluice/sluice diff", git("config", "diff.sluice.command").out().strip());
        Out second = CliCommandsTest.run("git-setup", "--repo", repo.toString(), "--command", "/opt/sluice/sluice");
        assertEquals(ExitCodes.OK, second.code());
        assertFalse(second.out().contains("set:"), second.out());
        assertEquals("*.csv text\n*.sluice diff=sluice eol=lf merge=sluice\n", Files.readString(repo.resolve(".gitattributes")));
        Out notARepo = CliCommandsTest.run("git-setup", "--repo", dir.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, notARepo.code());
    }

    @Test
    void realGitMergeOfTwoBranchesThroughTheDriver() throws Exception {
        initRepo();
        Path file = repo.resolve("people.sluice");
        write(file, p -> { });
        commitAll("base");
        assertEquals(0, git("checkout", "-q", "-b", "theirs").code());
        write(file, p -> ((ParquetSink) p.findStep("write")).setCompression(ParquetCompression.ZSTD));
        commitAll("zstd");
        assertEquals(0, git("checkout", "-q", "main").code());
        write(file, p -> {
            keep(p).setCondition("id > 1");
            keep(p).getLayout().setY(400);
        });
        commitAll("stricter");
        // a text merge of these two XMI files would be clean too; what matters is that the driver ran and
        // produced the semantic result
        Out merge = git("merge", "--no-edit", "theirs");
        assertEquals(0, merge.code(), merge.out() + merge.err());
        assertTrue(merge.out().contains("sluice merge: people.sluice: merged cleanly"), merge.out());
        Pipeline merged = load(file);
        assertEquals("id > 1", keep(merged).getCondition());
        assertEquals(400, keep(merged).getLayout().getY());
        assertEquals(ParquetCompression.ZSTD, ((ParquetSink) merged.findStep("write")).getCompression());

        // now a true conflict
        assertEquals(0, git("checkout", "-q", "theirs").code());
        write(file, p -> keep(p).setCondition("id > 5"));
        commitAll("theirs: id > 5");
        assertEquals(0, git("checkout", "-q", "main").code());
        write(file, p -> {
            keep(p).setCondition("id > 3");
            ((ParquetSink) p.findStep("write")).setCompression(ParquetCompression.ZSTD);
        });
        commitAll("ours: id > 3");
        Out conflicted = git("merge", "--no-edit", "theirs");
        assertEquals(1, conflicted.code(), conflicted.out() + conflicted.err());
        assertTrue(git("status", "--porcelain").out().contains("UU people.sluice"));
        Pipeline withConflicts = load(file);
        assertEquals(1, withConflicts.getConflicts().size());
        assertEquals("condition", withConflicts.getConflicts().get(0).getProperty());
        assertEquals("id > 3", withConflicts.getConflicts().get(0).getOurs());
        assertEquals("id > 5", withConflicts.getConflicts().get(0).getTheirs());
        assertFalse(Files.readString(file).contains("<<<<<<<"), "no text conflict markers");
    }

    @Test
    void gitDiffIsNotBlockedByAnUnreadableFile() throws Exception {
        initRepo();
        write(repo.resolve("a.sluice"), p -> { });
        Files.writeString(repo.resolve("b.sluice"), "<?xml version=\"1.0\"?>\n<sluice:Pipeline broken\nline 3\n");
        write(repo.resolve("c.sluice"), p -> { });
        commitAll("three files");
        write(repo.resolve("a.sluice"), p -> keep(p).setCondition("id > 1"));
        Files.writeString(repo.resolve("b.sluice"), "<?xml version=\"1.0\"?>\n<sluice:Pipeline still broken\nline 3\n");
        write(repo.resolve("c.sluice"), p -> keep(p).setCondition("id > 2"));
        Out diff = git("diff");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("diff --sluice a.sluice\n~ step 'keep': condition: \"id > 0\" -> \"id > 1\""), diff.out());
        assertTrue(diff.out().contains("diff --text b.sluice"), diff.out());
        assertTrue(diff.out().contains("-<sluice:Pipeline broken\n+<sluice:Pipeline still broken\n"), diff.out());
        assertTrue(diff.out().contains("diff --sluice c.sluice\n~ step 'keep': condition: \"id > 0\" -> \"id > 2\""), diff.out());
        List<String> errLines = diff.err().lines().filter(l -> l.contains("sluice diff")).toList();
        assertEquals(1, errLines.size(), diff.err());
        assertTrue(errLines.get(0).startsWith("sluice diff: b.sluice: ") && errLines.get(0).endsWith("; showing a text diff"), diff.err());
    }

    // --- runs know their revision ------------------------------------------------------------------------------

    @Test
    void runsRecordTheCommitAndWhetherTheFileDiffered() throws Exception {
        initRepo();
        Path file = repo.resolve("people.sluice");
        write(file, p -> { });
        commitAll("pipeline");
        String head = git("rev-parse", "HEAD").out().strip();
        Path history = dir.resolve("history");
        SluiceEngine engine = new SluiceEngine(history, 1L << 30);
        RunResult clean = engine.run(RunRequest.of(file));
        assertEquals(RunStatus.SUCCEEDED, clean.status(), clean::toString);
        write(file, p -> keep(p).setCondition("id > 1"));
        RunResult dirty = engine.run(RunRequest.of(file));
        assertEquals(RunStatus.SUCCEEDED, dirty.status(), dirty::toString);

        RunHistory h = RunHistory.open(history);
        RunRecord first = h.find(clean.runId());
        assertEquals(new GitRevision(head, false), first.revision());
        RunRecord second = h.find(dirty.runId());
        assertEquals(new GitRevision(head, true), second.revision());
        assertEquals(head.substring(0, 8) + "+", h.list(null, 1).get(0).revision().shortForm());

        Out detail = CliCommandsTest.run("runs", "--history", history.toString(), "--detail", dirty.runId());
        assertTrue(detail.out().contains("revision " + head + " (the file differed from this commit)"), detail.out());
        Out list = CliCommandsTest.run("runs", "--history", history.toString());
        assertTrue(list.out().contains(head.substring(0, 8) + "+ "), list.out());
        assertTrue(list.out().contains(head.substring(0, 8) + "  "), list.out());

        Path outside = write(dir.resolve("loose.sluice"), p -> { });
        RunResult loose = engine.run(RunRequest.of(outside));
        assertNull(h.find(loose.runId()).revision(), "not in a Git working tree");
        assertNotNull(first.contentHash());
    }
}
