package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.ParquetSink;
import io.sluice.model.ParquetSource;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * A corpus of nasty inputs. Each gives a result or a clear error naming the file and line — never a stack trace on
 * the command line, never a hang (timeouts), never a silently dropped row (the accounting is asserted).
 */
@Timeout(30)
class BadInputTest {
    @TempDir
    Path dir;

    /** CSV (id INT64, text STRING) → good.csv, its rejects → rejects.csv. */
    Path csvPipeline(Path input) throws Exception {
        TestPipelines t = new TestPipelines("bad");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(input.toString());
        TestPipelines.columns(src, "id:INT64", "text:STRING");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("good.csv").toString());
        CsvSink rej = t.add(TestPipelines.P.getCsvSink(), "rejects");
        rej.setPath(dir.resolve("rejects.csv").toString());
        t.link(src, out).link(src, "rejects", rej, "in");
        return t.save(dir.resolve("bad.sluice"));
    }

    record Cli(int exit, String out, String err) {
    }

    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        Cli c = new Cli(code, out.toString(), err.toString());
        assertFalse(c.err.contains("\tat ") || c.out.contains("\tat ") || c.err.contains("Exception in thread"),
                "a stack trace on the command line: " + c.err);
        return c;
    }

    /** Runs bytes through the CSV pipeline; asserts the accounting; returns the good and rejected lines. */
    List<List<String>> csv(byte[] bytes, long read, long good) throws Exception {
        Path in = Files.write(dir.resolve("in.csv"), bytes);
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(csvPipeline(in)).withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());
        assertEquals(read, r.accounting().read(), r.accounting().summary());
        assertEquals(read, r.accounting().written(), "every row read is written to good or rejects");
        assertEquals(read - good, r.accounting().rejected());
        assertEquals(0, r.accounting().quarantined(), "rejects that reach a sink are counted there only");
        assertEquals(read, r.accounting().accountedFor(), r.accounting().summary());
        Cli c = cli("run", dir.resolve("bad.sluice").toString(), "--no-history");
        assertEquals(ExitCodes.OK, c.exit(), c.err());
        return List.of(Files.readAllLines(dir.resolve("good.csv")), Files.readAllLines(dir.resolve("rejects.csv")));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void quotesAndNewlinesInsideFields() throws Exception {
        List<List<String>> r = csv(utf8("id,text\n1,\"say \"\"hi\"\"\nand, bye\"\n2,plain\n"), 2, 2);
        assertEquals(List.of("id,text", "1,\"say \"\"hi\"\"", "and, bye\"", "2,plain"), r.get(0));
    }

    @Test
    void crlfLineEnds() throws Exception {
        List<List<String>> r = csv(utf8("id,text\r\n1,a\r\n2,\"b\"\r\n"), 2, 2);
        assertEquals(List.of("id,text", "1,a", "2,b"), r.get(0));
    }

    @Test
    void byteOrderMark() throws Exception {
        byte[] body = utf8("id,text\n1,a\n");
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertEquals(List.of("id,text", "1,a"), csv(b, 1, 1).get(0));
    }

    @Test
    void emptyFileAndHeaderOnly() throws Exception {
        assertEquals(List.of("id,text"), csv(new byte[0], 0, 0).get(0));
        assertEquals(List.of("id,text"), csv(utf8("id,text\n"), 0, 0).get(0));
        assertEquals(List.of("id,text"), csv(utf8("id,text"), 0, 0).get(0));
    }

    @Test
    void raggedRowsAreRejectedWithFileAndLine() throws Exception {
        List<List<String>> r = csv(utf8("id,text\n1,a\n2\n3,c,extra\n4,d\n"), 4, 2);
        assertEquals(List.of("id,text", "1,a", "4,d"), r.get(0));
        String rejects = String.join("\n", r.get(1));
        assertTrue(rejects.contains("in.csv:3: expected 2 fields, found 1"), rejects);
        assertTrue(rejects.contains("in.csv:4: expected 2 fields, found 3"), rejects);
    }

    @Test
    void invalidUtf8IsRejectedNotMangled() throws Exception {
        byte[] b = utf8("id,text\n1,ok\n2,bad?byte\n3,\u00e9t\u00e9\n");
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '?') {
                b[i] = (byte) 0xC3; // a lead byte followed by ASCII
            }
        }
        List<List<String>> r = csv(b, 3, 2);
        assertEquals(List.of("id,text", "1,ok", "3,\u00e9t\u00e9"), r.get(0));
        assertTrue(String.join("\n", r.get(1)).contains("in.csv:3: invalid UTF-8 (byte 0xc3 at position 4 of the field)"),
                r.get(1).toString());
    }

    @Test
    void unterminatedQuoteAtTheEnd() throws Exception {
        // the open quote costs its own line; the next line is a record again
        List<List<String>> r = csv(utf8("id,text\n1,a\n2,\"never closed\n3,c\n"), 3, 2);
        assertEquals(List.of("id,text", "1,a", "3,c"), r.get(0));
        assertTrue(String.join("\n", r.get(1)).contains("in.csv:3: unterminated quoted field starting at line 3"), r.get(1).toString());
    }

    @Test
    void aTenMegabyteField() throws Exception {
        char[] big = new char[10 << 20];
        Arrays.fill(big, 'x');
        List<List<String>> r = csv(utf8("id,text\n1,\"" + new String(big) + "\"\n2,b\n"), 2, 2);
        assertEquals(3, r.get(0).size());
        assertTrue(r.get(0).contains("2,b"));
        assertTrue(r.get(0).stream().anyMatch(l -> l.length() == 2 + (10 << 20)), "the 10 MB field survives whole");
    }

    Path parquetPipeline(Path input) throws Exception {
        TestPipelines t = new TestPipelines("pq");
        ParquetSource src = t.add(TestPipelines.P.getParquetSource(), "read");
        src.setPath(input.toString());
        TestPipelines.columns(src, "id:INT64", "text:STRING");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("from-parquet.csv").toString());
        t.link(src, out);
        return t.save(dir.resolve("pq.sluice"));
    }

    Path goodParquet() throws Exception {
        StringBuilder sb = new StringBuilder("id,text\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(",row ").append(i).append('\n');
        }
        Path in = Files.writeString(dir.resolve("src.csv"), sb);
        TestPipelines t = new TestPipelines("mk");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "text:STRING");
        ParquetSink out = t.add(TestPipelines.P.getParquetSink(), "write");
        out.setPath(dir.resolve("good.parquet").toString());
        t.link(src, out);
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(t.save(dir.resolve("mk.sluice"))).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        return dir.resolve("good.parquet");
    }

    void parquetFails(byte[] bytes, String name) throws Exception {
        Path bad = Files.write(dir.resolve(name), bytes);
        Path p = parquetPipeline(bad);
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(p).withHistory(false));
        assertEquals(RunStatus.FAILED, r.status(), name);
        assertTrue(r.error().contains("step 'read'") && r.error().contains(name), r.error());
        assertFalse(Files.exists(dir.resolve("from-parquet.csv")), "no partial output");
        Cli c = cli("run", p.toString(), "--no-history");
        assertEquals(ExitCodes.RUN_FAILED, c.exit());
        assertTrue(c.err().contains(name), c.err());
    }

    @Test
    void truncatedParquet() throws Exception {
        byte[] good = Files.readAllBytes(goodParquet());
        parquetFails(Arrays.copyOf(good, good.length / 2), "truncated.parquet");
        parquetFails(Arrays.copyOf(good, 3), "tiny.parquet");
        parquetFails(new byte[0], "empty.parquet");
    }

    @Test
    void corruptParquet() throws Exception {
        byte[] good = Files.readAllBytes(goodParquet());
        byte[] b = good.clone();
        for (int i = 4; i < b.length / 2; i++) {
            b[i] = (byte) (i * 31); // the column chunks, not the footer
        }
        parquetFails(b, "corrupt-pages.parquet");
        byte[] f = good.clone();
        for (int i = f.length - 200; i < f.length - 8; i++) {
            f[i] = (byte) (i * 17); // the footer
        }
        parquetFails(f, "corrupt-footer.parquet");
    }

    @Test
    void aModelWithAMissingStepReference() throws Exception {
        Path m = Files.writeString(dir.resolve("missing.sluice"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <sluice:Pipeline xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sluice="http://sluice.io/model/pipeline" name="m" formatVersion="2">
                  <steps xsi:type="sluice:CsvSource" id="read" name="read" path="in.csv"/>
                  <links source="read" sourcePort="out" target="nowhere" targetPort="in"/>
                </sluice:Pipeline>
                """);
        Cli c = cli("run", m.toString(), "--no-history");
        assertEquals(ExitCodes.VALIDATION_ERRORS, c.exit(), c.err());
        assertTrue(c.err().contains("missing.sluice") && c.err().contains("nowhere"), c.err());
        assertTrue(c.err().matches("(?s).*missing\\.sluice.*:\\d+.*"), "names the line: " + c.err());
    }

    @Test
    void aModelWithAnUnknownStepKind() throws Exception {
        Path m = Files.writeString(dir.resolve("unknown.sluice"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <sluice:Pipeline xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sluice="http://sluice.io/model/pipeline" name="m" formatVersion="2">
                  <steps xsi:type="sluice:CsvSource" id="read" name="read" path="in.csv"/>
                  <steps xsi:type="sluice:TeleportRows" id="beam" name="beam"/>
                </sluice:Pipeline>
                """);
        Cli c = cli("run", m.toString(), "--no-history");
        assertEquals(ExitCodes.VALIDATION_ERRORS, c.exit(), c.err());
        assertTrue(c.err().contains("unknown.sluice") && c.err().contains("TeleportRows"), c.err());
        assertTrue(c.err().matches("(?s).*unknown\\.sluice.*:\\d+.*"), "names the line: " + c.err());
        Cli v = cli("validate", m.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, v.exit(), v.err() + v.out());
    }
}
