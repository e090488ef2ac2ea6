package io.sluice.runtime;

import io.sluice.runtime.internal.types.Types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.runtime.internal.csv.CsvOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed CSV record costs that record only: unterminated and stray quotes, ragged rows, blank lines and a
 * byte order mark, through the engine as a user runs them; row order kept; preview from the start of the file.
 */
class BadCsvContainedTest {
    @TempDir
    Path dir;

    static final int GOOD = 100_000;

    /** Good lines "i,name i,i*2"; bad lines between them, keyed by their 1-based physical line number. */
    record Input(Path file, Map<Long, String> bad, int blank) {
    }

    Input input() throws Exception {
        StringBuilder sb = new StringBuilder("id,name,v\n");
        Map<Long, String> bad = new TreeMap<>();
        int blank = 0;
        long line = 2;
        for (int i = 1; i <= GOOD; i++) {
            String extra = switch (i) {
                case 20_000 -> "20000x,\"unterminated quote, never closed"; // no quote anywhere after it until line 50,000
                case 50_000 -> "50000x,\"opens here"; // pairs with the stray quote below if nothing bounded it
                case 50_400 -> "50400x,stray\" quote inside,1"; // a quote inside an unquoted field is text
                case 60_000 -> "60000x,ragged";
                case 70_000 -> "60000y,too,many,fields";
                case 80_000 -> "";
                case 90_000 -> "";
                default -> null;
            };
            if (extra != null) {
                if (extra.isEmpty()) {
                    blank++;
                } else if (!extra.startsWith("50400x")) {
                    bad.put(line, extra);
                }
                sb.append(extra).append('\n');
                line++;
            }
            sb.append(i).append(",name ").append(i).append(',').append(i * 2L).append('\n');
            line++;
        }
        sb.append("100001x,\"unterminated at the very end\n");
        bad.put(line, "100001x,\"unterminated at the very end");
        return new Input(Files.writeString(dir.resolve("orders.csv"), sb.toString(), StandardCharsets.UTF_8), bad, blank);
    }

    TestPipelines copy(Path in) {
        TestPipelines t = new TestPipelines("copy");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "src");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:STRING!", "name:STRING", "v:INT64");
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "out");
        out.setPath(dir.resolve("out.csv").toString());
        CsvSink rej = t.add(TestPipelines.P.getCsvSink(), "rej");
        rej.setPath(dir.resolve("rejects.csv").toString());
        t.link(src, out).link(src, "rejects", rej, "in");
        return t;
    }

    @Test
    void unterminatedQuotesInTheMiddleOfAHundredThousandGoodLinesCostTheirOwnLineOnly() throws Exception {
        Input in = input();
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(copy(in.file()).pipeline(), null, dir)
                .withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        List<String> out = Files.readAllLines(dir.resolve("out.csv"));
        // every good line arrives (the line with a quote inside an unquoted field is a good record too), in order
        List<String> expected = new ArrayList<>();
        expected.add("id,name,v");
        for (int i = 1; i <= GOOD; i++) {
            if (i == 50_400) {
                expected.add("50400x,\"stray\"\" quote inside\",1");
            }
            expected.add(i + ",name " + i + "," + (i * 2L));
        }
        assertEquals(expected.size(), out.size());
        assertEquals(expected, out);
        // each bad record is one reject with its file and line, holding the text of its own line only
        List<String> rejects = Files.readAllLines(dir.resolve("rejects.csv"));
        assertEquals(in.bad().size() + 1, rejects.size(), String.join("\n", rejects));
        for (Map.Entry<Long, String> e : in.bad().entrySet()) {
            assertTrue(rejects.stream().anyMatch(l -> l.contains(in.file().toString()) && l.contains("," + e.getKey() + ",")),
                    "no reject for line " + e.getKey() + " in " + rejects);
        }
        assertTrue(rejects.stream().anyMatch(l -> l.contains("unterminated quoted field starting at line 20001")), rejects.toString());
        RowAccounting a = r.accounting();
        assertEquals(GOOD + 1 + in.bad().size() + in.blank(), a.read(), a.summary());
        assertEquals(in.blank(), a.skipped(), "blank lines are counted as skipped");
        assertEquals(a.read(), a.accountedFor(), a.summary());
        assertTrue(a.summary().contains(" + skipped 2 + "), a.summary());
    }

    @Test
    void theSplitterResynchronisesLikeTheParserAcrossManySmallChunks() throws Exception {
        // tiny chunks and a tight line limit through the engine's CSV source directly, many threads: the same result
        Input in = input();
        var schema = new org.apache.arrow.vector.types.pojo.Schema(List.of(
                Types.field(io.sluice.expression.types.DataType.STRING, "id", false),
                Types.field(io.sluice.expression.types.DataType.STRING, "name", true),
                Types.field(io.sluice.expression.types.DataType.INT64, "v", true)));
        var g = new io.sluice.runtime.internal.exec.ExecGraph();
        var src = g.source("src", "csvSource", new io.sluice.runtime.internal.csv.CsvReader(in.file(), schema,
                CsvOptions.defaults().withSplitBytes(4096).withQuotedLimits(50, 1 << 16)),
                Map.of("rejects", io.sluice.runtime.internal.types.Rejects.SCHEMA));
        var rows = new io.sluice.runtime.internal.exec.CollectSink(schema, Long.MAX_VALUE);
        var rejects = new io.sluice.runtime.internal.exec.CollectSink(io.sluice.runtime.internal.types.Rejects.SCHEMA, Long.MAX_VALUE);
        g.sink("rows", "collect", rows, src.out());
        g.sink("rejects", "collect", rejects, src.port("rejects"));
        try (var h = new io.sluice.runtime.internal.exec.Harness()) {
            h.run(g, io.sluice.runtime.internal.exec.ExecOptions.defaults().withThreads(3).withBatchRows(1000));
            assertEquals(in.blank(), h.step("src").snapshot().rowsFiltered());
        }
        assertEquals(GOOD + 1, rows.rows().size());
        assertEquals(in.bad().size(), rejects.rows().size());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        Path in = Files.writeString(dir.resolve("bom.csv"), "\uFEFFid,name\n1,a\n2,b\n", StandardCharsets.UTF_8);
        TestPipelines t = new TestPipelines("bom");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "src"); // columns inferred from the header
        src.setPath(in.toString());
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "out");
        out.setPath(dir.resolve("bom-out.csv").toString());
        t.link(src, out);
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals(List.of("id,name", "1,a", "2,b"), Files.readAllLines(dir.resolve("bom-out.csv")));
    }

    @Test
    void previewReadsFromTheStartOfALargeFileEveryTime() throws Exception {
        StringBuilder sb = new StringBuilder("id,name\n");
        for (int i = 1; i <= 600_000; i++) { // about 11 MB: more than one chunk, so two workers could race
            sb.append(i).append(",n").append(i).append('\n');
        }
        Path in = Files.writeString(dir.resolve("big.csv"), sb.toString());
        TestPipelines t = new TestPipelines("big");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "src");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "name:STRING");
        io.sluice.model.Filter f = t.add(TestPipelines.P.getFilter(), "even");
        f.setCondition("id % 2 = 0");
        t.link(src, f);
        SluiceEngine engine = new SluiceEngine(null, 1L << 30);
        for (int call = 0; call < 3; call++) {
            PreviewResult p = engine.preview(RunRequest.of(t.pipeline(), null, dir).withThreads(2), "even", 5);
            assertEquals(null, p.error());
            assertEquals(List.of(List.of(2L, "n2"), List.of(4L, "n4"), List.of(6L, "n6"), List.of(8L, "n8"),
                    List.of(10L, "n10")), p.rows());
        }
        // and a plain copy with two threads keeps the row order
        TestPipelines c = new TestPipelines("copy");
        CsvSource read = c.add(TestPipelines.P.getCsvSource(), "src");
        read.setPath(in.toString());
        TestPipelines.columns(read, "id:INT64", "name:STRING");
        CsvSink out = c.add(TestPipelines.P.getCsvSink(), "out");
        out.setPath(dir.resolve("big-out.csv").toString());
        c.link(read, out);
        RunResult r = engine.run(RunRequest.of(c.pipeline(), null, dir).withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertEquals(sb.toString(), Files.readString(dir.resolve("big-out.csv")));
    }
}
