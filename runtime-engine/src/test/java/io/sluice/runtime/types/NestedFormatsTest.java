package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.model.schema.SourceResolvers;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.SourceSchemas;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested JSON lines (objects, arrays, maps; nulls, empty arrays and missing fields at every level) read by inference
 * and by declared columns, written back as JSON lines, Arrow IPC and CSV (nested values as JSON text): every output
 * read by DuckDB equals DuckDB's reading of the input.
 */
class NestedFormatsTest {
    @TempDir
    Path dir;

    static final String LINES = """
            {"id": 1, "items": [{"sku": "a", "qty": 2}, {"sku": "b\\u00e9", "qty": null}], "addr": {"city": "Oslo", "zip": {"code": 150}}, "tags": [1, 2]}
            {"id": 2, "items": [], "addr": {"city": null}, "tags": null}
            {"id": 3, "items": null, "addr": null, "tags": [null, 3]}
            {"id": 4, "items": [null, {"qty": 7}], "tags": []}
            {"id": 5, "items": [{"sku": "c", "qty": 1}], "addr": {"zip": null, "city": "Bergen"}, "tags": [5]}
            """;

    Path input() throws Exception {
        return Files.writeString(dir.resolve("in.jsonl"), LINES);
    }

    static List<String> duckRows(String from) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, to_json(items), to_json(addr), to_json(tags) FROM " + from + " ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return out;
    }

    static String duckType(String from, String column) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT typeof(" + column + ") FROM " + from + " LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void inferredNestedJsonRoundTripsThroughJsonIpcAndCsvAsDuckDbReadsIt() throws Exception {
        Path in = input();
        TestPipelines t = new TestPipelines("nested");
        io.sluice.model.JsonLinesSource src = t.add(TestPipelines.P.getJsonLinesSource(), "src");
        src.setPath(in.toString());
        io.sluice.model.JsonLinesSink json = t.add(TestPipelines.P.getJsonLinesSink(), "json");
        json.setPath(dir.resolve("out.jsonl").toString());
        io.sluice.model.ArrowIpcSink ipc = t.add(TestPipelines.P.getArrowIpcSink(), "ipc");
        ipc.setPath(dir.resolve("out.arrow").toString());
        io.sluice.model.CsvSink csv = t.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("out.csv").toString());
        t.link(src, json).link(src, ipc).link(src, csv);

        SourceSchemas.install();
        var schema = SourceResolvers.resolver(dir, Map.of()).resolve(src).orElseThrow();
        assertEquals(DataType.parse("LIST<STRUCT<sku: STRING, qty: INT64>>"), schema.field("items").get().type());
        assertEquals(DataType.parse("STRUCT<city: STRING, zip: STRUCT<code: INT64>>"), schema.field("addr").get().type());
        assertEquals(DataType.list(DataType.INT64), schema.field("tags").get().type());
        String readIn = "read_json('" + in + "')";
        for (String c : List.of("items", "addr", "tags")) {
            assertEquals(schema.field(c).get().type(), DataType.parse(duckType(readIn, c)), "DuckDB infers " + c + " alike");
        }

        for (int batch : new int[] {2, 1024}) {
            RunResult r = new SluiceEngine(null, 256L << 20).withBatchRows(batch)
                    .run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
            List<String> want = duckRows(readIn);
            assertEquals(5, want.size());
            assertEquals(want, duckRows("read_json('" + dir.resolve("out.jsonl") + "', columns = {id: 'BIGINT', "
                    + "items: 'STRUCT(sku VARCHAR, qty BIGINT)[]', addr: 'STRUCT(city VARCHAR, zip STRUCT(code BIGINT))', tags: 'BIGINT[]'})"));
            // DuckDB reads Arrow IPC only through an extension (not available offline): the IPC file is read back by Sluice below
            assertEquals(want, duckRows("(SELECT id, items::STRUCT(sku VARCHAR, qty BIGINT)[] AS items, "
                    + "addr::STRUCT(city VARCHAR, zip STRUCT(code BIGINT)) AS addr, tags::BIGINT[] AS tags FROM read_csv('"
                    + dir.resolve("out.csv") + "', all_varchar = true))"), "CSV holds nested values as JSON text");
        }

        // the IPC file read back by Sluice and written as JSON lines gives the same rows again
        TestPipelines back = new TestPipelines("back");
        io.sluice.model.ArrowIpcSource again = back.add(TestPipelines.P.getArrowIpcSource(), "again");
        again.setPath(dir.resolve("out.arrow").toString());
        io.sluice.model.JsonLinesSink json2 = back.add(TestPipelines.P.getJsonLinesSink(), "json2");
        json2.setPath(dir.resolve("back.jsonl").toString());
        back.link(again, json2);
        RunResult r = new SluiceEngine(null, 256L << 20).run(RunRequest.of(back.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        assertEquals(Files.readString(dir.resolve("out.jsonl")), Files.readString(dir.resolve("back.jsonl")));
    }

    @Test
    void aJdbcSinkWritesNestedValuesAsJsonText() throws Exception {
        Path in = input();
        TestPipelines t = new TestPipelines("jdbc");
        io.sluice.model.JsonLinesSource src = t.add(TestPipelines.P.getJsonLinesSource(), "src");
        src.setPath(in.toString());
        io.sluice.model.JdbcSink db = t.add(TestPipelines.P.getJdbcSink(), "db");
        String url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE";
        db.setUrl(url);
        db.setTable("nested");
        t.link(src, db);
        RunResult r = new SluiceEngine(null, 256L << 20).run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, ITEMS, ADDR, TAGS FROM NESTED ORDER BY ID")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        // LIST<STRUCT> and STRUCT as JSON text; a LIST of scalars (tags) as a database array (H2's text of it here)
        assertEquals(List.of(
                "1 [{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\u00e9\",\"qty\":null}] {\"city\":\"Oslo\",\"zip\":{\"code\":150}} [1, 2]",
                "2 [] {\"city\":null,\"zip\":null} null",
                "3 null null [null, 3]",
                "4 [null,{\"sku\":null,\"qty\":7}] null []",
                "5 [{\"sku\":\"c\",\"qty\":1}] {\"city\":\"Bergen\",\"zip\":null} [5]"), rows);
    }

    @Test
    void declaredNestedColumnsReadOnlyTheirFieldsAndRejectWrongShapes() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), LINES + "{\"id\": 6, \"tags\": {\"not\": \"a list\"}}\n");
        TestPipelines t = new TestPipelines("declared");
        io.sluice.model.JsonLinesSource src = t.add(TestPipelines.P.getJsonLinesSource(), "src");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64!");
        for (String[] c : new String[][] {{"addr", "STRUCT<city: STRING>"}, {"tags", "LIST<INT32>"}, {"items", "STRING"}}) {
            io.sluice.model.ColumnDef d = TestPipelines.F.createColumnDef();
            d.setName(c[0]);
            d.setType(c[1]);
            d.setNullable(true);
            src.getColumns().add(d);
        }
        io.sluice.model.JsonLinesSink json = t.add(TestPipelines.P.getJsonLinesSink(), "json");
        json.setPath(dir.resolve("out.jsonl").toString());
        io.sluice.model.JsonLinesSink bad = t.add(TestPipelines.P.getJsonLinesSink(), "bad");
        bad.setPath(dir.resolve("bad.jsonl").toString());
        t.link(src, json).link(src, "rejects", bad, "in");
        RunResult r = new SluiceEngine(null, 256L << 20).run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        List<String> out = Files.readAllLines(dir.resolve("out.jsonl"));
        assertEquals(5, out.size());
        assertEquals("{\"id\":1,\"addr\":{\"city\":\"Oslo\"},\"tags\":[1,2],"
                + "\"items\":\"[{\\\"sku\\\":\\\"a\\\",\\\"qty\\\":2},{\\\"sku\\\":\\\"b\u00e9\\\",\\\"qty\\\":null}]\"}", out.get(0));
        assertEquals("{\"id\":4,\"addr\":null,\"tags\":[],\"items\":\"[null,{\\\"qty\\\":7}]\"}", out.get(3));
        String rejected = Files.readString(dir.resolve("bad.jsonl"));
        assertTrue(rejected.contains("expected a JSON array for LIST<INT32> column tags"), rejected);
    }
}
