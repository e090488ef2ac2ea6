package io.sluice.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.quality.QualityCheckTest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resume trusts a committed input file only while its content is the same: an in-place edit that keeps the size
 * (which a path-and-size check misses) refuses the resume; with the file restored the resume finishes the run.
 */
class ChangedInputTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aSameSizeEditOfACommittedInputRefusesTheResume() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.csv"), "id,amount\n1,10\n2,20\n");
        Files.writeString(in.resolve("b.csv"), "id,amount\n3,30\n4,40\n");
        Files.writeString(in.resolve("c.csv"), "id,amount\n5,-5\n6,60\n"); // fails the FAIL rule: the run stops here
        TestPipelines t = new TestPipelines("changed");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "amount:INT64");
        QualityCheck q = t.add(TestPipelines.P.getQualityCheck(), "check");
        QualityCheckTest.rule(q, "amount >= 0", QualityRuleKind.RANGE, "amount", QualitySeverity.FAIL).setMin("0");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("out.csv").toString());
        t.link(src, q).link(q, out);
        Path pipeline = t.save(dir.resolve("changed.sluice"));
        Path history = dir.resolve("history");
        SluiceEngine engine = new SluiceEngine(history, 1L << 30);

        RunResult failed = engine.run(RunRequest.of(pipeline).withThreads(1));
        assertEquals(RunStatus.FAILED, failed.status(), failed.error());
        String runId = failed.runId();
        assertEquals(2, RunHistory.open(history).committedFiles(runId, "read").size());

        Files.writeString(in.resolve("c.csv"), "id,amount\n5,05\n6,60\n"); // fixed
        String original = Files.readString(in.resolve("a.csv"));
        Files.writeString(in.resolve("a.csv"), "id,amount\n1,19\n2,20\n"); // committed, edited in place, same size
        RunResult refused = engine.run(RunRequest.of(pipeline).withThreads(1).withResume(runId));
        assertEquals(RunStatus.FAILED, refused.status());
        assertTrue(refused.error().contains("a.csv") && refused.error().contains("changed since it was committed"),
                refused.error());

        Files.writeString(in.resolve("a.csv"), original);
        RunResult resumed = engine.run(RunRequest.of(pipeline).withThreads(1).withResume(runId));
        assertEquals(RunStatus.SUCCEEDED, resumed.status(), resumed.error());
        assertEquals("id,amount\n1,10\n2,20\n3,30\n4,40\n5,5\n6,60\n", Files.readString(dir.resolve("out.csv")));
        assertEquals("SUCCEEDED", RunHistory.open(history).find(runId).status());
    }
}
