package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.FileSink;
import io.sluice.model.FileSource;
import io.sluice.model.Source;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * DECIMAL, INT8, INT16 and FLOAT32 values written to each file format and read back by the declared types give the
 * same canonical CSV text: nothing rounded, widened or lost on the way.
 */
class NewTypesRoundTripTest {
    @TempDir
    Path dir;

    static final String[] COLUMNS = { "id:INT64", "amount:DECIMAL(12,2)", "big:DECIMAL(38,10)", "tiny:INT8",
        "small:INT16", "f:FLOAT32" };

    static final String INPUT = """
            id,amount,big,tiny,small,f
            1,12.50,1234567890123456789012345678.0123456789,-128,-32768,1.5
            2,-9999999999.99,-0.0000000001,127,32767,-0.25
            3,0.00,0E-10,0,0,3.4028235E38
            4,,,,,
            """;

    @ParameterizedTest
    @ValueSource(strings = { "csv", "jsonl", "arrow" })
    void valuesSurviveTheFormat(String format) throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), INPUT);
        Path mid = dir.resolve("mid." + format);
        Path out = dir.resolve("out.csv");
        TestPipelines t = new TestPipelines("write-" + format);
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, COLUMNS);
        FileSink sink = t.add(sinkKind(format), "write");
        sink.setPath(mid.toString());
        t.link(src, sink);
        run(t.save(dir.resolve("w.sluice")));

        TestPipelines back = new TestPipelines("read-" + format);
        FileSource again = back.add(sourceKind(format), "again");
        again.setPath(mid.toString());
        TestPipelines.columns((Source) again, COLUMNS);
        CsvSink text = back.add(TestPipelines.P.getCsvSink(), "text");
        text.setPath(out.toString());
        back.link(again, text);
        run(back.save(dir.resolve("r.sluice")));
        assertEquals(List.of("id,amount,big,tiny,small,f",
                "1,12.50,1234567890123456789012345678.0123456789,-128,-32768,1.5",
                "2,-9999999999.99,-0.0000000001,127,32767,-0.25",
                "3,0.00,0.0000000000,0,0,3.4028235E38",
                "4,,,,,"), Files.readAllLines(out));
    }

    private static void run(Path p) {
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(p).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), () -> r.error() + " " + r.problems());
    }

    private static EClass sinkKind(String format) {
        return switch (format) {
            case "csv" -> TestPipelines.P.getCsvSink();
            case "jsonl" -> TestPipelines.P.getJsonLinesSink();
            default -> TestPipelines.P.getArrowIpcSink();
        };
    }

    private static EClass sourceKind(String format) {
        return switch (format) {
            case "csv" -> TestPipelines.P.getCsvSource();
            case "jsonl" -> TestPipelines.P.getJsonLinesSource();
            default -> TestPipelines.P.getArrowIpcSource();
        };
    }
}
