package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unnest against DuckDB's {@code UNNEST} (with {@code generate_subscripts} for the position) and Flatten against
 * {@code struct.*}, on the same JSON lines file: nulls, empty lists, NULL lists, NULL structs, NULL elements,
 * unicode; batch sizes 1 and large; the emitted schema equal to the propagated one (the engine checks it).
 */
class UnnestFlattenTest {
    @TempDir
    Path dir;

    static final String LINES = """
            {"id": 1, "items": [{"sku": "a", "qty": 2}, {"sku": "b\\u00e9", "qty": null}], "addr": {"city": "Oslo", "zip": 150}}
            {"id": 2, "items": [], "addr": {"city": null, "zip": 7}}
            {"id": 3, "items": null, "addr": null}
            {"id": 4, "items": [null, {"sku": "\\u65e5\\u672c", "qty": 7}, {"sku": "c", "qty": 1}], "addr": {"city": "Bergen", "zip": null}}
            """;
    static final String COLUMNS = "columns = {id: 'BIGINT', items: 'STRUCT(sku VARCHAR, qty BIGINT)[]', "
            + "addr: 'STRUCT(city VARCHAR, zip BIGINT)'}";

    static List<String> duck(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sb.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    RunResult run(TestPipelines t, int batch) {
        RunResult r = new SluiceEngine(null, 256L << 20).withBatchRows(batch)
                .run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        assertTrue(r.accounting().ok(), r.accounting().mismatches().toString());
        assertEquals(r.accounting().read(), r.accounting().accountedFor(), r.accounting().summary());
        return r;
    }

    @ParameterizedTest(name = "batch {0}")
    @ValueSource(ints = {1, 4096})
    void unnestAsDuckDbUnnestsAndFlattenAsStructStar(int batch) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), LINES);
        TestPipelines t = new TestPipelines("nested");
        io.sluice.model.JsonLinesSource src = t.add(TestPipelines.P.getJsonLinesSource(), "src");
        src.setPath(in.toString());
        io.sluice.model.Unnest unnest = t.add(TestPipelines.P.getUnnest(), "unnest");
        unnest.setColumn("items");
        unnest.setPositionColumn("pos");
        io.sluice.model.Flatten flatten = t.add(TestPipelines.P.getFlatten(), "flatten");
        flatten.setColumn("addr");
        io.sluice.model.JsonLinesSink out = t.add(TestPipelines.P.getJsonLinesSink(), "out");
        out.setPath(dir.resolve("out.jsonl").toString());
        io.sluice.model.Unnest kept = t.add(TestPipelines.P.getUnnest(), "kept");
        kept.setColumn("items");
        kept.setKeepEmpty(true);
        io.sluice.model.JsonLinesSink keptOut = t.add(TestPipelines.P.getJsonLinesSink(), "keptOut");
        keptOut.setPath(dir.resolve("kept.jsonl").toString());
        t.link(src, unnest).link(unnest, flatten).link(flatten, out).link(src, kept).link(kept, keptOut);
        RunResult r = run(t, batch);
        assertEquals(4, r.finalSnapshot().step("unnest").rowsIn());
        assertEquals(5, r.finalSnapshot().step("unnest").rowsOut());
        assertEquals(7, r.finalSnapshot().step("kept").rowsOut());

        String read = "read_json('" + in + "', " + COLUMNS + ")";
        List<String> want = duck("SELECT id, to_json(unnest(items)), generate_subscripts(items, 1), addr.city, addr.zip FROM "
                + read + " ORDER BY id, 3");
        assertEquals(want, duck("SELECT id, to_json(items), pos, city, zip FROM read_json('" + dir.resolve("out.jsonl")
                + "', columns = {id: 'BIGINT', items: 'STRUCT(sku VARCHAR, qty BIGINT)', pos: 'BIGINT', city: 'VARCHAR', zip: 'BIGINT'}) ORDER BY id, pos"));
        assertEquals("[\"id\",\"items\",\"city\",\"zip\",\"pos\"]", keys(Files.readAllLines(dir.resolve("out.jsonl")).get(0)));
        // keepEmpty: the empty and the NULL list each give one row with NULL element and position
        assertEquals(List.of("1 | 2", "2 | 0", "3 | 0", "4 | 3"), duck("SELECT id, count(position) FROM read_json('"
                + dir.resolve("kept.jsonl") + "', columns = {id: 'BIGINT', position: 'BIGINT'}) GROUP BY id ORDER BY id"));
    }

    static String keys(String jsonLine) throws Exception {
        return duck("SELECT to_json(json_keys('" + jsonLine.replace("'", "''") + "'))").get(0);
    }
}
