package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.Filter;
import io.sluice.model.ParquetSink;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.internal.exec.Accounting;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Row accounting at the end of a run, --fail-on-parse-error, and the CLI's summary line. */
class AccountingTest {
    @TempDir
    Path dir;

    Path pipeline() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "id,v\n1,10\n2,oops\n3,30\n4,\n5,50\n");
        TestPipelines t = new TestPipelines("acc");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(csv.toString());
        TestPipelines.columns(src, "id:INT64", "v:INT64");
        Filter f = t.add(TestPipelines.P.getFilter(), "big");
        f.setCondition("v > 20");
        ParquetSink out = t.add(TestPipelines.P.getParquetSink(), "write");
        out.setPath(dir.resolve("out.parquet").toString());
        CsvSink rej = t.add(TestPipelines.P.getCsvSink(), "quarantine");
        rej.setPath(dir.resolve("rejects.csv").toString());
        t.link(src, f).link(f, out).link(src, "rejects", rej, "in");
        return t.save(dir.resolve("acc.sluice"));
    }

    @Test
    void aSuccessfulRunAccountsForEveryRow() throws Exception {
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(pipeline()).withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        RowAccounting a = r.accounting();
        assertTrue(a.ok(), a.mismatches().toString());
        assertEquals("read 5 = to sinks 3 + filtered 2 + quarantined 0 + folded 0; lost 0", a.summary());
        assertEquals(1, a.rejected());
    }

    @Test
    void failOnParseErrorMakesTheBadRecordFatal() throws Exception {
        RunResult r = new SluiceEngine(null, 1L << 30)
                .run(RunRequest.of(pipeline()).withHistory(false).withFailOnParseError(true));
        assertEquals(RunStatus.FAILED, r.status());
        assertTrue(r.error().contains("in.csv:3"), r.error());
        assertTrue(r.error().contains("read"), r.error());
        assertFalse(Files.exists(dir.resolve("out.parquet")));
    }

    @Test
    void cliPrintsTheSummaryAndHonoursTheOption() throws Exception {
        Path p = pipeline();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.OK, cl.execute("run", p.toString(), "--no-history"), err.toString());
        assertTrue(out.toString().contains("read 5 = to sinks 3 + filtered 2 + quarantined 0 + folded 0; lost 0"), out.toString());
        assertEquals(ExitCodes.RUN_FAILED, cl.execute("run", p.toString(), "--no-history", "--fail-on-parse-error"));
    }

    @Test
    void aMismatchIsReported() throws Exception {
        TestPipelines t = new TestPipelines("m");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        Filter f = t.add(TestPipelines.P.getFilter(), "keep");
        ParquetSink out = t.add(TestPipelines.P.getParquetSink(), "write");
        t.link(src, f).link(f, out);
        RunSnapshot fin = new RunSnapshot("r", RunStatus.SUCCEEDED, Instant.now(), 1, List.of(
                metrics("read", 0, 10, 0, 0), metrics("keep", 10, 7, 0, 2), metrics("write", 6, 0, 0, 0)), true);
        RowAccounting a = Accounting.check(t.pipeline(), fin);
        assertFalse(a.ok());
        assertEquals(List.of("step 'keep': in 10 != out 7 + filtered 2 + rejected 0",
                "step 'write' received 6 rows, its inputs emitted 7"), a.mismatches());
        assertEquals(2, a.lost());
    }

    static StepMetrics metrics(String step, long in, long out, long rejected, long filtered) {
        return new StepMetrics(step, "x", StepState.DONE, in, out, rejected, 1, 1, 0, 0, -1, 0, 0, null, filtered);
    }
}
