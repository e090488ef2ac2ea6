package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.cli.SluiceCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Every error names its cause: a missing file or folder, a duplicate step id, a bad record under --fail-on-parse-error. */
class ErrorsNameTheirCauseTest {
    @TempDir
    Path dir;

    Path copy(String inputPath) throws Exception {
        TestPipelines t = new TestPipelines("copy");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "src");
        src.setPath(inputPath);
        TestPipelines.columns(src, "id:INT64", "name:STRING");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "out");
        out.setPath(dir.resolve("out.csv").toString());
        t.link(src, out);
        return t.save(dir.resolve("copy.sluice"));
    }

    record Out(int exit, String out, String err) {
    }

    Out cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Out(exit, out.toString(), err.toString());
    }

    @Test
    void aMissingInputFileIsNamedAsSuch() throws Exception {
        Path nope = dir.resolve("nope.csv");
        Out o = cli("run", copy(nope.toString()).toString(), "--no-history");
        assertEquals(ExitCodes.RUN_FAILED, o.exit(), o.err());
        assertTrue(o.err().contains("step 'src': file not found: " + nope), o.err());
    }

    @Test
    void aMissingFolderIsNamedAsSuch() throws Exception {
        Path folder = dir.resolve("no-such-folder");
        Out o = cli("run", copy(folder.resolve("*.csv").toString()).toString(), "--no-history");
        assertTrue(o.exit() == ExitCodes.RUN_FAILED || o.exit() == ExitCodes.VALIDATION_ERRORS, o.err());
        assertTrue(o.err().contains("folder not found: " + folder), o.err());
    }

    @Test
    void aDuplicateStepIdIsReportedAsADuplicate() throws Exception {
        TestPipelines t = new TestPipelines("dup");
        CsvSource a = t.add(TestPipelines.P.getCsvSource(), "a");
        a.setPath("x.csv");
        CsvSource b = t.add(TestPipelines.P.getCsvSource(), "b");
        b.setPath("y.csv");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "out");
        out.setPath("o.csv");
        t.link(b, out);
        Path file = t.save(dir.resolve("dup.sluice"));
        Files.writeString(file, Files.readString(file).replace("id=\"b\"", "id=\"a\"").replace("\"b\"", "\"a\""));
        Out o = cli("validate", file.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, o.exit(), o.out() + o.err());
        String all = o.out() + o.err();
        assertTrue(all.contains("duplicate step id 'a'"), all);
        assertTrue(!all.contains("missing step id"), all);
    }

    @Test
    void failOnParseErrorNamesFileAndLineOnce() throws Exception {
        // one bad value among good ones: a row to reject, not a retyped column (drift looks at most of the sample)
        Path in = Files.writeString(dir.resolve("in.csv"), "id,name\n1,a\nx,b\n3,c\n4,d\n");
        Out o = cli("run", copy(in.toString()).toString(), "--no-history", "--fail-on-parse-error");
        assertEquals(ExitCodes.RUN_FAILED, o.exit(), o.err());
        String where = in + ":3:";
        assertTrue(o.err().contains(where), o.err());
        assertEquals(o.err().indexOf(where), o.err().lastIndexOf(where), "file:line: printed once: " + o.err());
    }
}
