package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested columns through Parquet in whole pipelines: nested JSON lines written as Parquet (LIST, STRUCT and MAP as
 * the specification's standard forms) read by DuckDB as it reads the JSON; the Parquet file read back with its
 * columns inferred from the footer gives the same JSON lines again; declared columns read only theirs.
 */
class NestedParquetTest {
    @TempDir
    Path dir;

    static final String MAPS = """
            {"id": 1, "m": {"a": 1, "b": null}}
            {"id": 2, "m": {}}
            {"id": 3, "m": null}
            {"id": 4}
            {"id": 5, "m": {"c": 3}}
            """;

    @Test
    void nestedJsonWrittenAsParquetReadsInDuckDbAsTheJsonAndBackInSluiceUnchanged() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), NestedFormatsTest.LINES);
        for (int batch : new int[] {2, 1024}) {
            TestPipelines t = new TestPipelines("toParquet");
            io.sluice.model.JsonLinesSource src = t.add(TestPipelines.P.getJsonLinesSource(), "src");
            src.setPath(in.toString());
            io.sluice.model.ParquetSink pq = t.add(TestPipelines.P.getParquetSink(), "pq");
            pq.setPath(dir.resolve("out.parquet").toString());
            io.sluice.model.JsonLinesSink json = t.add(TestPipelines.P.getJsonLinesSink(), "json");
            json.setPath(dir.resolve("direct.jsonl").toString());
            t.link(src, pq).link(src, json);
            RunResult r = new SluiceEngine(null, 256L << 20).withBatchRows(batch)
                    .run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
            List<String> want = NestedFormatsTest.duckRows("read_json('" + in + "')");
            assertEquals(5, want.size());
            String parquet = "read_parquet('" + dir.resolve("out.parquet") + "')";
            assertEquals(want, NestedFormatsTest.duckRows(parquet));
            assertEquals("STRUCT(sku VARCHAR, qty BIGINT)[]", NestedFormatsTest.duckType(parquet, "items"));

            // the Parquet file as a source without declared columns: the nested types come from its footer
            TestPipelines back = new TestPipelines("fromParquet");
            io.sluice.model.ParquetSource again = back.add(TestPipelines.P.getParquetSource(), "again");
            again.setPath(dir.resolve("out.parquet").toString());
            io.sluice.model.JsonLinesSink json2 = back.add(TestPipelines.P.getJsonLinesSink(), "json2");
            json2.setPath(dir.resolve("back.jsonl").toString());
            back.link(again, json2);
            SourceSchemas.install();
            var schema = SourceResolvers.resolver(dir, Map.of()).resolve(again).orElseThrow();
            assertEquals(DataType.parse("LIST<STRUCT<sku: STRING, qty: INT64>>"), schema.field("items").get().type());
            assertEquals(DataType.parse("STRUCT<city: STRING, zip: STRUCT<code: INT64>>"), schema.field("addr").get().type());
            r = new SluiceEngine(null, 256L << 20).withBatchRows(batch).run(RunRequest.of(back.pipeline(), null, dir).withHistory(false));
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
            // sorted: two sinks fed by one source run on several workers, and the Parquet sink's row groups then
            // follow the workers, not the input
            assertEquals(Files.readAllLines(dir.resolve("direct.jsonl")).stream().sorted().toList(),
                    Files.readAllLines(dir.resolve("back.jsonl")).stream().sorted().toList());
        }
    }

    @Test
    void aMapColumnRoundTripsThroughParquetAndDeclaredColumnsReadOnlyTheirs() throws Exception {
        Path in = Files.writeString(dir.resolve("maps.jsonl"), MAPS);
        TestPipelines t = new TestPipelines("maps");
        io.sluice.model.JsonLinesSource src = t.add(TestPipelines.P.getJsonLinesSource(), "src");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64!");
        src.getColumns().add(mapColumn());
        io.sluice.model.ParquetSink pq = t.add(TestPipelines.P.getParquetSink(), "pq");
        pq.setPath(dir.resolve("maps.parquet").toString());
        t.link(src, pq);
        RunResult r = new SluiceEngine(null, 256L << 20).run(RunRequest.of(t.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        String parquet = "read_parquet('" + dir.resolve("maps.parquet") + "')";
        assertEquals("MAP(VARCHAR, BIGINT)", NestedFormatsTest.duckType(parquet, "m"));

        // only the declared column 'm' of the file is read, written as JSON lines
        TestPipelines back = new TestPipelines("back");
        io.sluice.model.ParquetSource again = back.add(TestPipelines.P.getParquetSource(), "again");
        again.setPath(dir.resolve("maps.parquet").toString());
        again.getColumns().add(mapColumn());
        io.sluice.model.JsonLinesSink json = back.add(TestPipelines.P.getJsonLinesSink(), "json");
        json.setPath(dir.resolve("maps-back.jsonl").toString());
        back.link(again, json);
        r = new SluiceEngine(null, 256L << 20).run(RunRequest.of(back.pipeline(), null, dir).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        assertEquals(List.of("{\"m\":{\"a\":1,\"b\":null}}", "{\"m\":{}}", "{\"m\":null}", "{\"m\":null}", "{\"m\":{\"c\":3}}"),
                Files.readAllLines(dir.resolve("maps-back.jsonl")));
    }

    private static io.sluice.model.ColumnDef mapColumn() {
        io.sluice.model.ColumnDef m = TestPipelines.F.createColumnDef();
        m.setName("m");
        m.setType("MAP<STRING, INT64>");
        m.setNullable(true);
        return m;
    }
}
