package io.sluice.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.DriftPolicy;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.drift.SchemaDriftTest.Change;
import io.sluice.runtime.history.RunHistory;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Drift against the last-seen schema: a CSV source that declares no columns reads {@code id,name,amount} in a first
 * successful run; the history keeps those columns, and the next run, whose file has them reordered, added, removed,
 * renamed or retyped, applies the source's policy against them.
 */
@Timeout(180)
class LastSeenDriftTest {
    @TempDir
    Path dir;

    private Path in;
    private Path out;
    private Path pipeline;
    private SluiceEngine engine;

    private void setUp(DriftPolicy policy) throws Exception {
        in = dir.resolve("in.csv");
        out = dir.resolve("out.csv");
        TestPipelines t = new TestPipelines("lastseen");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        src.setDriftPolicy(policy); // no declared columns
        CsvSink sink = t.add(TestPipelines.P.getCsvSink(), "write");
        sink.setPath(out.toString());
        t.link(src, sink);
        pipeline = t.save(dir.resolve("lastseen.sluice"));
        engine = new SluiceEngine(dir.resolve("history"), 1L << 30);
    }

    private RunResult run(String csv) throws Exception {
        Files.writeString(in, csv);
        Files.deleteIfExists(out);
        return engine.run(RunRequest.of(pipeline));
    }

    private int drift(RunResult r) throws Exception {
        return RunHistory.open(dir.resolve("history")).drift(r.runId()).size();
    }

    @ParameterizedTest
    @EnumSource(DriftPolicy.class)
    void reorderedColumnsKeepTheLastSeenOrder(DriftPolicy policy) throws Exception {
        setUp(policy);
        RunResult first = run(SchemaDriftTest.DECLARED);
        assertEquals(RunStatus.SUCCEEDED, first.status(), first.error() + first.problems());
        assertEquals(0, drift(first), "nothing to compare with yet");
        RunResult r = run(Change.REORDERED.csv);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        String header = policy == DriftPolicy.RESCUE ? "id,name,amount,_rescued\n1,ann,10,\n2,bob,20,\n" : "id,name,amount\n1,ann,10\n2,bob,20\n";
        assertEquals(header, Files.readString(out));
        assertEquals(1, drift(r));
    }

    /** STRICT: a change against the last-seen columns fails before a row is written, naming them. */
    @ParameterizedTest
    @EnumSource(value = Change.class, names = { "ADDED", "REMOVED", "RENAMED", "RETYPED" })
    void strictFailsOnAChangeAgainstTheLastSeenColumns(Change change) throws Exception {
        setUp(DriftPolicy.STRICT);
        assertEquals(RunStatus.SUCCEEDED, run(SchemaDriftTest.DECLARED).status());
        RunResult r = run(change.csv);
        assertEquals(RunStatus.INVALID, r.status());
        assertTrue(r.problems().toString().contains(SchemaDriftTest.strictMessage(change)), r.problems().toString());
        assertTrue(Files.notExists(out), "nothing written");
        // the failed run did not move the last-seen columns: the original file still reads cleanly
        RunResult again = run(SchemaDriftTest.DECLARED);
        assertEquals(RunStatus.SUCCEEDED, again.status(), again.error() + again.problems());
        assertEquals(0, drift(again));
    }

    /** EVOLVE: the change is carried, and what the run read becomes the last-seen schema (no drift on the next run). */
    @ParameterizedTest
    @EnumSource(value = Change.class, names = { "ADDED", "REMOVED", "RENAMED", "RETYPED" })
    void evolveCarriesTheChangeAndRemembersIt(Change change) throws Exception {
        setUp(DriftPolicy.EVOLVE);
        assertEquals(RunStatus.SUCCEEDED, run(SchemaDriftTest.DECLARED).status());
        RunResult r = run(change.csv);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        String expected = SchemaDriftTest.evolved(change);
        assertEquals(expected, Files.readString(out));
        assertEquals(1, drift(r));
        RunResult next = run(change.csv);
        assertEquals(RunStatus.SUCCEEDED, next.status(), next.error() + next.problems());
        assertEquals(expected, Files.readString(out));
        assertEquals(change == Change.ADDED || change == Change.RETYPED ? 0 : 1, drift(next),
                "added and widened columns are remembered; a missing column stays in the schema (NULL) and is reported");
    }

    /** RESCUE: unexpected columns go to _rescued on every run; the last-seen columns stay the first run's. */
    @Test
    void rescueKeepsRescuingAgainstTheFirstColumns() throws Exception {
        setUp(DriftPolicy.RESCUE);
        assertEquals(RunStatus.SUCCEEDED, run(SchemaDriftTest.DECLARED).status());
        for (int i = 0; i < 2; i++) {
            RunResult r = run(Change.ADDED.csv);
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
            assertEquals("id,name,amount,_rescued\n1,ann,10,\"{\"\"country\"\":\"\"DE\"\"}\"\n2,bob,20,\"{\"\"country\"\":\"\"FR\"\"}\"\n",
                    Files.readString(out));
            assertEquals(1, drift(r));
        }
    }
}
