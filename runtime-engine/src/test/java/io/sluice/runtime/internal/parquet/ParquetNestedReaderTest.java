package io.sluice.runtime.internal.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.runtime.internal.types.Types;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declared nested columns over a file's (wider declarations accepted, other shapes refused naming the column), and
 * column projection over nested columns: a Parquet source reads only the column chunks of its selected columns, so a
 * damaged chunk of a column it does not read cannot fail it, while reading that column names the damage and where.
 */
class ParquetNestedReaderTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheSelectedColumnsChunksAreReadAndADamagedOtherColumnIsNamedWhenRead() throws Exception {
        Path good = dir.resolve("good.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT i AS id, list_transform(range(i % 4), x -> i * 10 + x) AS l, "
                    + "{'a': i, 'b': [i::VARCHAR]} AS s FROM range(0, 3000) t(i)) TO '" + good
                    + "' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 1000)");
        }
        byte[] b = Files.readAllBytes(good);
        long[] page = new long[2];
        ParquetCorpus.rewriteFooter(b, m -> {
            var col = m.getRow_groups().get(1).getColumns().get(1).getMeta_data(); // l.list.element, second row group
            assertEquals(List.of("l", "list", "element"), col.getPath_in_schema());
            page[0] = col.isSetDictionary_page_offset() ? col.getDictionary_page_offset() : col.getData_page_offset();
            page[1] = col.getTotal_compressed_size();
        });
        for (long i = page[0] + 12; i < page[0] + page[1]; i += 2) {
            b[(int) i] ^= (byte) 0x5A;
        }
        Path bad = Files.write(dir.resolve("bad.parquet"), b);

        Schema all = ParquetReader.inferSchema(bad);
        Schema idAndS = new Schema(List.of(all.findField("s"), all.findField("id")));
        assertEquals(duck(good, "to_json(s)::VARCHAR, id"), sluice(bad, idAndS));

        RuntimeException e = assertThrows(RuntimeException.class, () -> sluice(bad, all));
        String why = message(e, "bad.parquet");
        assertTrue(why.contains("damaged Parquet data in row group 1: "), why);
    }

    @Test
    void aDeclaredTypeMayAllowNullsTheFileCannotHoldButNotTheOtherWayRound() throws Exception {
        ParquetNestedCorpus.Legacy two = ParquetNestedCorpus.legacy().stream()
                .filter(l -> l.name().equals("two-level-primitive")).findFirst().orElseThrow();
        Path f = dir.resolve("two-level.parquet");
        ParquetNestedCorpus.write(f, org.apache.parquet.schema.MessageTypeParser.parseMessageType(two.schema()),
                ParquetCorpus.Encoding.V1_DICT, org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY, two.fill(), 0, 50);
        Schema file = ParquetReader.inferSchema(f);
        assertEquals(io.sluice.expression.types.DataType.list(io.sluice.expression.types.DataType.INT32, false),
                Types.of(file.findField("a")), "a two-level list's elements are required");
        Schema wider = new Schema(List.of(Types.field(io.sluice.expression.types.DataType.list(io.sluice.expression.types.DataType.INT32),
                "a", true), file.findField("id")));
        assertEquals(duck(f, "to_json(a)::VARCHAR, id"), sluice(f, wider));

        Schema other = new Schema(List.of(Types.field(io.sluice.expression.types.DataType.list(io.sluice.expression.types.DataType.INT64),
                "a", true)));
        String why = message(assertThrows(RuntimeException.class, () -> sluice(f, other)), "two-level.parquet");
        assertTrue(why.contains("column 'a' is LIST<INT32 NOT NULL>, expected LIST<INT64>"), why);
    }

    private static String message(Throwable e, String file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(file)) {
                return t.getMessage();
            }
        }
        return String.valueOf(e);
    }

    private static List<String> sluice(Path file, Schema schema) {
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "parquetSource", new ParquetReader(file, schema));
        CollectSink rows = new CollectSink(schema, Long.MAX_VALUE);
        g.sink("rows", "collect", rows, src.out());
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(2).withBatchRows(257));
        }
        List<String> out = new ArrayList<>();
        for (List<Object> row : rows.rows()) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < row.size(); k++) {
                Object v = ParquetConformanceTest.sluiceValue(Types.of(schema.getFields().get(k)), row.get(k));
                sb.append(k == 0 ? "" : "|").append(v);
            }
            out.add(sb.toString());
        }
        out.sort(null);
        return out;
    }

    private static List<String> duck(Path file, String columns) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + columns + " FROM read_parquet('" + file + "')")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getLong(2));
            }
        }
        out.sort(null);
        return out;
    }
}
