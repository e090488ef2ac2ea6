package io.sluice.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.DriftPolicy;
import io.sluice.model.JsonLinesSource;
import io.sluice.model.Source;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.history.RunHistory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import picocli.CommandLine;

/**
 * Schema drift by policy: a source declares {@code id INT64, name STRING, amount INT64}; its file arrives with the
 * columns reordered, one added, one removed, one renamed or one retyped. Columns bind by header name; STRICT fails
 * before a row is written naming the columns, EVOLVE carries new columns and widens types, RESCUE gathers unexpected
 * columns into {@code _rescued}.
 */
@Timeout(120)
class SchemaDriftTest {
    @TempDir
    Path dir;

    static final String DECLARED = "id,name,amount\n1,ann,10\n2,bob,20\n";

    enum Change {
        REORDERED("amount,id,name\n10,1,ann\n20,2,bob\n"),
        ADDED("id,name,amount,country\n1,ann,10,DE\n2,bob,20,FR\n"),
        REMOVED("id,name\n1,ann\n2,bob\n"),
        RENAMED("id,full_name,amount\n1,ann,10\n2,bob,20\n"),
        RETYPED("id,name,amount\n1,ann,10.5\n2,bob,20\n");

        final String csv;

        Change(String csv) {
            this.csv = csv;
        }
    }

    RunResult run(Source src, String policyName, TestPipelines t, Path out) throws Exception {
        CsvSink sink = t.add(TestPipelines.P.getCsvSink(), "write");
        sink.setPath(out.toString());
        t.link(src, sink);
        return new SluiceEngine(dir.resolve("history"), 1L << 30).run(RunRequest.of(t.save(dir.resolve(policyName + ".sluice"))));
    }

    RunResult csv(Change change, DriftPolicy policy, Path out) throws Exception {
        Path in = Files.writeString(dir.resolve(change + ".csv"), change.csv);
        TestPipelines t = new TestPipelines("drift");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        src.setDriftPolicy(policy);
        TestPipelines.columns(src, "id:INT64", "name:STRING", "amount:INT64");
        return run(src, change + "-" + policy, t, out);
    }

    @Test
    void aFileAsDeclaredHasNoDrift() throws Exception {
        Path in = Files.writeString(dir.resolve("same.csv"), DECLARED);
        TestPipelines t = new TestPipelines("same");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "name:STRING", "amount:INT64");
        Path out = dir.resolve("same-out.csv");
        RunResult r = run(src, "same", t, out);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals(DECLARED, Files.readString(out));
        assertTrue(RunHistory.open(dir.resolve("history")).drift(r.runId()).isEmpty());
    }

    /** Timestamps with an offset (as psql writes TIMESTAMPTZ) are timestamps to the drift check as to the reader. */
    @Test
    void timestampsWithAnOffsetAreNoDrift() throws Exception {
        Path in = Files.writeString(dir.resolve("tz.csv"), "id,ts\n1,2026-01-01 00:00:01+00\n2,2026-01-01 02:00:00+01:00\n");
        TestPipelines t = new TestPipelines("tz");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "ts:TIMESTAMP");
        Path out = dir.resolve("tz-out.csv");
        RunResult r = run(src, "tz", t, out);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals("id,ts\n1,2026-01-01 00:00:01\n2,2026-01-01 01:00:00\n", Files.readString(out));
    }

    /** Reordered columns bind by name under every policy: the values land in their own columns. */
    @ParameterizedTest
    @EnumSource(DriftPolicy.class)
    void reorderedColumnsBindByName(DriftPolicy policy) throws Exception {
        Path out = dir.resolve("out.csv");
        RunResult r = csv(Change.REORDERED, policy, out);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        String expected = policy == DriftPolicy.RESCUE ? "id,name,amount,_rescued\n1,ann,10,\n2,bob,20,\n" : DECLARED;
        assertEquals(expected, Files.readString(out));
        List<RunHistory.Drift> d = RunHistory.open(dir.resolve("history")).drift(r.runId());
        assertEquals(1, d.size());
        assertTrue(d.get(0).description().contains("reordered"), d.toString());
    }

    /** STRICT: any added, missing, renamed or retyped column fails the run before a row is written, naming the columns. */
    @ParameterizedTest
    @EnumSource(value = Change.class, names = { "ADDED", "REMOVED", "RENAMED", "RETYPED" })
    void strictFailsBeforeAnyRowNamingTheColumns(Change change) throws Exception {
        Path out = dir.resolve("out.csv");
        RunResult r = csv(change, DriftPolicy.STRICT, out);
        assertEquals(RunStatus.INVALID, r.status());
        String message = r.problems().toString();
        assertTrue(message.contains(strictMessage(change)), message);
        assertTrue(Files.notExists(out), "nothing written");
    }

    /** EVOLVE: new columns carried as nullable, missing ones NULL, types widened. */
    @ParameterizedTest
    @EnumSource(value = Change.class, names = { "ADDED", "REMOVED", "RENAMED", "RETYPED" })
    void evolveCarriesTheChange(Change change) throws Exception {
        Path out = dir.resolve("out.csv");
        RunResult r = csv(change, DriftPolicy.EVOLVE, out);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals(evolved(change), Files.readString(out));
        assertEquals(1, RunHistory.open(dir.resolve("history")).drift(r.runId()).size());
    }

    /** What STRICT names for a change of {@link #DECLARED}'s columns. */
    static String strictMessage(Change change) {
        return switch (change) {
            case ADDED -> "added [country]";
            case REMOVED -> "missing [amount]";
            case RENAMED -> "added [full_name], missing [name]";
            default -> "retyped [amount INT64 → FLOAT64]";
        };
    }

    /** What EVOLVE writes for a change of {@link #DECLARED}'s columns. */
    static String evolved(Change change) {
        return switch (change) {
            case ADDED -> "id,name,amount,country\n1,ann,10,DE\n2,bob,20,FR\n";
            case REMOVED -> "id,name,amount\n1,ann,\n2,bob,\n";
            case RENAMED -> "id,name,amount,full_name\n1,,10,ann\n2,,20,bob\n";
            default -> "id,name,amount\n1,ann,10.5\n2,bob,20.0\n";
        };
    }

    /** RESCUE: unexpected columns gathered into _rescued (JSON text), missing ones NULL. */
    @ParameterizedTest
    @EnumSource(value = Change.class, names = { "ADDED", "REMOVED", "RENAMED" })
    void rescueGathersUnexpectedColumns(Change change) throws Exception {
        Path out = dir.resolve("out.csv");
        RunResult r = csv(change, DriftPolicy.RESCUE, out);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        String expected = switch (change) {
            case ADDED -> "id,name,amount,_rescued\n1,ann,10,\"{\"\"country\"\":\"\"DE\"\"}\"\n2,bob,20,\"{\"\"country\"\":\"\"FR\"\"}\"\n";
            case REMOVED -> "id,name,amount,_rescued\n1,ann,,\n2,bob,,\n";
            default -> "id,name,amount,_rescued\n1,,10,\"{\"\"full_name\"\":\"\"ann\"\"}\"\n2,,20,\"{\"\"full_name\"\":\"\"bob\"\"}\"\n";
        };
        assertEquals(expected, Files.readString(out));
    }

    /** RESCUE keeps declared types: a retyped value does not parse and its row is quarantined, never silently cast. */
    @Test
    void rescueQuarantinesRetypedValues() throws Exception {
        Path out = dir.resolve("out.csv");
        RunResult r = csv(Change.RETYPED, DriftPolicy.RESCUE, out);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals("id,name,amount,_rescued\n2,bob,20,\n", Files.readString(out));
        assertEquals(1, r.finalSnapshot().steps().stream().filter(s -> s.step().equals("read")).findFirst().get().rowsRejected());
    }

    /** JSON lines bind by field name too: STRICT names an added field. */
    @Test
    void jsonLinesStrictNamesAnAddedField() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1,\"name\":\"ann\",\"extra\":true}\n");
        TestPipelines t = new TestPipelines("json");
        JsonLinesSource src = t.add(TestPipelines.P.getJsonLinesSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "name:STRING");
        RunResult r = run(src, "json", t, dir.resolve("out.csv"));
        assertEquals(RunStatus.INVALID, r.status());
        assertTrue(r.problems().toString().contains("added [extra]"), r.problems().toString());
    }

    /** {@code sluice validate --against DATA} reports the drift before a run; a STRICT source that would fail gives exit 1. */
    @Test
    void validateAgainstReportsDrift() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), DECLARED);
        TestPipelines t = new TestPipelines("v");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "name:STRING", "amount:INT64");
        CsvSink sink = t.add(TestPipelines.P.getCsvSink(), "write");
        sink.setPath(dir.resolve("o.csv").toString());
        t.link(src, sink);
        Path file = t.save(dir.resolve("v.sluice"));
        Path renamed = Files.writeString(dir.resolve("renamed.csv"), Change.RENAMED.csv);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new io.sluice.runtime.cli.SluiceCli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(1, cli.execute("validate", file.toString(), "--against", renamed.toString()));
        assertTrue(out.toString().contains("step 'read': schema drift against " + renamed
                + " (policy STRICT): added [full_name], missing [name] — the run would fail"), out.toString());
        StringWriter ok = new StringWriter();
        cli.setOut(new PrintWriter(ok));
        assertEquals(0, cli.execute("validate", file.toString(), "--against", in.toString()));
        assertTrue(ok.toString().contains("no schema drift"), ok.toString());
    }
}
