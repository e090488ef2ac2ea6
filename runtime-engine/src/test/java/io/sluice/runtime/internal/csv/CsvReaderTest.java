package io.sluice.runtime.internal.csv;

import io.sluice.runtime.internal.types.Types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.types.Rejects;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@SuppressWarnings({ "rawtypes", "unchecked" })
class CsvReaderTest {
    @TempDir
    Path dir;

    static final Schema PEOPLE = new Schema(List.of(Types.field(DataType.INT64, "id", false), Types.field(DataType.STRING, "name", true),
            Types.field(DataType.FLOAT64, "score", true), Types.field(DataType.DATE, "born", true)));

    record Result(List<List<Object>> rows, List<List<Object>> rejects) {
    }

    Result read(String content, Schema schema, CsvOptions options, int threads, int batchRows) throws Exception {
        return read(content.getBytes(StandardCharsets.UTF_8), schema, options, threads, batchRows);
    }

    Result read(byte[] content, Schema schema, CsvOptions options, int threads, int batchRows) throws Exception {
        Path f = Files.createTempFile(dir, "in", ".csv");
        Files.write(f, content);
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "csvSource", new CsvReader(f, schema, options), Map.of("rejects", Rejects.SCHEMA));
        CollectSink rows = new CollectSink(schema, Long.MAX_VALUE);
        CollectSink rejects = new CollectSink(Rejects.SCHEMA, Long.MAX_VALUE);
        g.sink("rows", "collect", rows, src.out());
        g.sink("rejects", "collect", rejects, src.port("rejects"));
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(threads).withBatchRows(batchRows));
            assertEquals(rows.rows().size(), h.step("src").snapshot().rowsOut());
            assertEquals(rejects.rows().size(), h.step("src").snapshot().rowsRejected());
        }
        List<List<Object>> r = new ArrayList<>(rows.rows());
        r.sort(Comparator.comparing(x -> (Comparable) x.get(0), Comparator.nullsLast(Comparator.naturalOrder())));
        List<List<Object>> j = new ArrayList<>(rejects.rows());
        j.sort(Comparator.comparing(x -> (Long) x.get(1)));
        return new Result(r, j);
    }

    static List<Object> row(Object... v) {
        return Arrays.asList(v);
    }

    @Test
    void quotesEscapesNewlinesCrlfAndBom() throws Exception {
        String csv = "\uFEFFid,name,score,born\r\n" + "1,\"Smith, John\",1.5,2020-01-31\r\n"
                + "2,\"say \"\"hi\"\"\",-2,1999-12-31\r\n" + "3,\"multi\r\nline\nname\",,\r\n" + "4,Zoë 漢字 🙂,NaN,\r\n"
                + "5,\"\",1e3,2024-02-29";
        Result r = read(csv, PEOPLE, CsvOptions.defaults(), 2, 2);
        assertEquals(List.of(), r.rejects());
        assertEquals(List.of(row(1L, "Smith, John", 1.5, 18292), row(2L, "say \"hi\"", -2.0, 10956),
                row(3L, "multi\r\nline\nname", null, null), row(4L, "Zoë 漢字 🙂", Double.NaN, null),
                row(5L, "", 1000.0, 19782)), r.rows());
    }

    @Test
    void badRowsGoToRejectsWithLineAndReason() throws Exception {
        String csv = "id,name,score,born\n" + "1,a,1,2020-01-01\n" + "x,b,2,2020-01-01\n" + "3,c,notanumber,\n"
                + "4,\"multi\nline\",1,2020-02-30\n" + "5,too,many,fields,here\n" + "6,few\n" + "7,ok,7,\n"
                + "8,\"unterminated,1,\n9,x,1,\n";
        Result r = read(csv, PEOPLE, CsvOptions.defaults(), 1, 100);
        // the unterminated quote on line 10 costs that line only: line 11 is read again as a record of its own
        assertEquals(List.of(row(1L, "a", 1.0, 18262), row(7L, "ok", 7.0, null), row(9L, "x", 1.0, null)), r.rows());
        assertEquals(6, r.rejects().size(), r.rejects().toString());
        List<Long> lines = r.rejects().stream().map(x -> (Long) x.get(1)).toList();
        assertEquals(List.of(3L, 4L, 5L, 7L, 8L, 10L), lines);
        assertEquals("x,b,2,2020-01-01", r.rejects().get(0).get(2));
        assertEquals("id", r.rejects().get(0).get(3));
        assertTrue(((String) r.rejects().get(0).get(4)).contains("column 'id'"), r.rejects().get(0).toString());
        assertTrue(((String) r.rejects().get(2).get(4)).contains("column 'born'"), r.rejects().get(2).toString());
        assertEquals("4,\"multi\nline\",1,2020-02-30", r.rejects().get(2).get(2));
        assertTrue(((String) r.rejects().get(3).get(4)).contains("expected 4 fields, found 5"));
        assertTrue(((String) r.rejects().get(4).get(4)).contains("expected 4 fields, found 2"));
        assertTrue(((String) r.rejects().get(5).get(4)).contains("unterminated"));
        assertEquals("src", r.rejects().get(0).get(5));
        assertEquals("test", r.rejects().get(0).get(6));
    }

    @Test
    void emptyFileAndHeaderOnly() throws Exception {
        assertEquals(0, read("", PEOPLE, CsvOptions.defaults(), 2, 10).rows().size());
        assertEquals(0, read("id,name,score,born\n", PEOPLE, CsvOptions.defaults(), 2, 10).rows().size());
        assertEquals(0, read("id,name,score,born", PEOPLE, CsvOptions.defaults(), 2, 10).rows().size());
    }

    @Test
    void noHeaderOtherDelimiterAndOneRow() throws Exception {
        Result r = read("42;x;0.25;1970-01-02", PEOPLE, CsvOptions.defaults().withHeader(false).withDelimiter(';'), 2, 1);
        assertEquals(List.of(row(42L, "x", 0.25, 1)), r.rows());
    }

    /**
     * Quoted newlines across many chunk boundaries: with tiny chunks every cut point lands inside some quoted
     * field at some point; the result must be identical to a single-chunk read.
     */
    @ParameterizedTest
    @ValueSource(ints = { 1, 7, 64, 1000, 1 << 20 })
    void chunkBoundariesInsideQuotedFields(int splitBytes) throws Exception {
        StringBuilder sb = new StringBuilder("id,name,score,born\n");
        List<List<Object>> expected = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(splitBytes);
        for (int i = 0; i < 3000; i++) {
            String name = switch (i % 5) {
                case 0 -> "plain" + i;
                case 1 -> "line\nbreak,\"q\"" + i;
                case 2 -> "crlf\r\ninside" + i;
                case 3 -> "\n\n" + i + "\n";
                default -> "ünï,cödé" + i;
            };
            String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
            double score = rnd.nextInt(1000) / 4.0;
            sb.append(i).append(',').append(i % 5 == 0 ? name : quoted).append(',').append(score).append(',')
                    .append(i % 7 == 0 ? "" : "2000-01-01").append(i % 3 == 0 ? "\r\n" : "\n");
            expected.add(row((long) i, name, score, i % 7 == 0 ? null : 10957));
        }
        Result r = read(sb.toString(), PEOPLE, CsvOptions.defaults().withSplitBytes(splitBytes), 2, 97);
        assertEquals(List.of(), r.rejects());
        assertEquals(expected, r.rows());
    }

    @Test
    void allTypes() throws Exception {
        Schema s = new Schema(List.of(Types.field(DataType.INT32, "i", true), Types.field(DataType.BOOLEAN, "b", true),
                Types.field(DataType.TIMESTAMP, "t", true), Types.field(DataType.INT64, "l", true)));
        Result r = read("i,b,t,l\n-2147483648,true,2024-01-02 03:04:05.123456,-9223372036854775808\n"
                + "2147483647,F,2024-01-02T03:04:05Z,9223372036854775807\n" + ",,,\n" + "2147483648,x,2024-13-01,1\n",
                s, CsvOptions.defaults(), 1, 10);
        assertEquals(3, r.rows().size());
        assertEquals(row(-2147483648, true, 1704164645123456L, Long.MIN_VALUE), r.rows().get(0));
        assertEquals(row(2147483647, false, 1704164645000000L, Long.MAX_VALUE), r.rows().get(1));
        assertEquals(row(null, null, null, null), r.rows().get(2));
        assertEquals(1, r.rejects().size());
    }
}
