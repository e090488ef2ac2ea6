package io.sluice.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSource;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;
import io.sluice.model.ParquetSink;
import io.sluice.runtime.TestPipelines;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** validate, diff, schema, preview: help, usage errors, success and every exit code, output captured. */
public class CliCommandsTest {
    @TempDir
    Path dir;
    Path csv;
    Path good;

    public record Out(int code, String out, String err) {
    }

    public static Out run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Out(code, out.toString(), err.toString());
    }

    TestPipelines pipeline(String condition) {
        TestPipelines t = new TestPipelines("people");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(csv.toString());
        TestPipelines.columns(src, "id:INT64!", "name:STRING", "score:FLOAT64");
        Filter f = t.add(TestPipelines.P.getFilter(), "keep");
        f.setCondition(condition);
        Derive d = t.add(TestPipelines.P.getDerive(), "double");
        Derivation dv = TestPipelines.F.createDerivation();
        dv.setName("twice");
        dv.setExpression("score * 2");
        d.getDerivations().add(dv);
        ParquetSink sink = t.add(TestPipelines.P.getParquetSink(), "write");
        sink.setPath(dir.resolve("out.parquet").toString());
        t.link(src, f).link(f, d).link(d, sink);
        return t;
    }

    @BeforeEach
    void files() throws Exception {
        csv = Files.writeString(dir.resolve("people.csv"), "id,name,score\n1,Zoë,1.5\n2,,2.5\n3,李,\n",
                StandardCharsets.UTF_8);
        good = pipeline("id > 0").save(dir.resolve("good.sluice"));
    }

    @Test
    void bareAndHelp() {
        Out o = run();
        assertEquals(ExitCodes.OK, o.code());
        for (String c : new String[] { "validate", "diff", "schema", "preview", "run", "runs" }) {
            assertTrue(o.out().contains(c), c);
        }
        for (String c : new String[] { "validate", "diff", "schema", "preview" }) {
            Out h = run(c, "--help");
            assertEquals(ExitCodes.OK, h.code());
            assertTrue(h.out().contains("Usage: sluice " + c), h.out());
        }
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCodes.USAGE, run("validate").code());
        assertEquals(ExitCodes.USAGE, run("diff", "a").code());
        assertEquals(ExitCodes.USAGE, run("diff", "a", "b", "c").code());
        assertEquals(ExitCodes.USAGE, run("schema", good.toString()).code());
        assertEquals(ExitCodes.USAGE, run("preview", good.toString(), "read", "--rows", "x").code());
        assertEquals(ExitCodes.USAGE, run("preview", good.toString(), "read", "--rows", "0").code());
        assertEquals(ExitCodes.USAGE, run("validate", "--bogus", good.toString()).code());
    }

    @Test
    void validate() throws Exception {
        Out ok = run("validate", good.toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        assertEquals("", ok.out());
        assertTrue(ok.err().contains("0 errors"), ok.err());
        Path bad = pipeline("nme = 'x'").save(dir.resolve("bad.sluice"));
        Out o = run("validate", good.toString(), bad.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, o.code());
        assertTrue(o.out().startsWith(bad + ": step 'keep': "), o.out());
        assertTrue(o.out().contains("nme"), o.out());
        Out j = run("validate", "--json", bad.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, j.code());
        assertTrue(j.out().startsWith("{\"files\":[{\"file\":"), j.out());
        Path broken = Files.writeString(dir.resolve("broken.sluice"), "<not xml");
        Out b = run("validate", broken.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, b.code());
        assertTrue(b.out().startsWith(broken.toString() + ":"), b.out());
    }

    @Test
    void diffPlainAndGitForm() throws Exception {
        Path changed = pipeline("id > 1").save(dir.resolve("changed.sluice"));
        Out o = run("diff", good.toString(), changed.toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        assertEquals("~ step 'keep': condition: \"id > 0\" -> \"id > 1\"\n", o.out());
        assertEquals("no changes\n", run("diff", good.toString(), good.toString()).out());
        Out g = run("diff", "pipes/people.sluice", good.toString(), "abc1234", "100644", changed.toString(), "def5678",
                "100644");
        assertEquals(ExitCodes.OK, g.code(), g.err());
        assertEquals("diff --sluice pipes/people.sluice\n~ step 'keep': condition: \"id > 0\" -> \"id > 1\"\n", g.out());
        Out added = run("diff", "p.sluice", "/dev/null", ".", ".", good.toString(), "abc", "100644");
        assertEquals(ExitCodes.OK, added.code(), added.err());
        assertTrue(added.out().contains("+ step 'keep' (Filter, id keep)"), added.out());
        Out json = run("diff", "--json", good.toString(), changed.toString());
        assertTrue(json.out().startsWith("{\"changes\":[{\"kind\":\"STEP_PROPERTY\""), json.out());
        Out missing = run("diff", good.toString(), dir.resolve("nope.sluice").toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, missing.code());
        assertTrue(missing.err().contains("nope.sluice"), missing.err());
    }

    @Test
    void schema() throws Exception {
        Out o = run("schema", good.toString(), "double");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        assertEquals("id     INT64      NOT NULL\nname   STRING\nscore  FLOAT64\ntwice  FLOAT64\n", o.out());
        Out rej = run("schema", good.toString(), "read", "--port", "rejects");
        assertEquals(ExitCodes.OK, rej.code(), rej.err());
        assertTrue(rej.out().startsWith("_file "), rej.out());
        assertEquals(ExitCodes.VALIDATION_ERRORS, run("schema", good.toString(), "nosuch").code());
        Out filterRejects = run("schema", good.toString(), "keep", "--port", "rejects");
        assertEquals(ExitCodes.OK, filterRejects.code(), filterRejects.err());
        assertTrue(filterRejects.out().contains("_rule "), filterRejects.out());
        assertEquals(ExitCodes.VALIDATION_ERRORS, run("schema", good.toString(), "keep", "--port", "errors").code());
        Path bad = pipeline("nme = 'x'").save(dir.resolve("bad.sluice"));
        Out unknown = run("schema", bad.toString(), "double");
        assertEquals(ExitCodes.VALIDATION_ERRORS, unknown.code());
        assertTrue(unknown.err().contains("unknown"), unknown.err());
    }

    @Test
    void preview() throws Exception {
        Out o = run("preview", good.toString(), "double", "--rows", "2");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        String[] lines = o.out().split("\n");
        assertEquals("id | name | score | twice", lines[0].replaceAll(" +", " "));
        assertEquals("INT64 | STRING | FLOAT64 | FLOAT64", lines[1].replaceAll(" +", " "));
        assertTrue(lines[2].startsWith("------+-"), lines[2]);
        assertEquals(6, lines.length, o.out());
        assertEquals("(2 rows)", lines[5]);
        Out all = run("preview", good.toString(), "read");
        assertTrue(all.out().contains("李"), all.out());
        assertTrue(all.out().contains("NULL"), all.out());
        assertTrue(all.out().endsWith("(3 rows)\n"), all.out());
        assertEquals(ExitCodes.VALIDATION_ERRORS, run("preview", good.toString(), "write").code());
        assertEquals(ExitCodes.VALIDATION_ERRORS, run("preview", good.toString(), "nosuch").code());
        Files.delete(csv);
        Out failed = run("preview", good.toString(), "read");
        assertEquals(ExitCodes.RUN_FAILED, failed.code(), failed.out() + failed.err());
        assertTrue(failed.err().contains("step 'read'"), failed.err());
    }
}
