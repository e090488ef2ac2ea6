package io.sluice.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.ParquetSink;
import io.sluice.model.ParquetSource;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.internal.files.HivePartitions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hive-style partitioned output of file sinks ({@code partitionBy}) and partitioned folders read by file sources,
 * checked against DuckDB in both directions: DuckDB reads what Sluice wrote ({@code hive_partitioning=true}) and
 * Sluice reads what DuckDB wrote ({@code COPY … (PARTITION_BY …)}).
 */
@Timeout(300)
class HivePartitionsTest {
    @TempDir
    Path dir;

    private static final String ROWS = """
            id,country,day,amount
            1,DE,2026-11-30,10.5
            2,DE,2026-11-30,1.0
            3,FR,2026-11-30,2.0
            4,DE,2026-12-01,4.0
            5,,2026-12-01,8.0
            6,A/B=C%:x,2026-12-01,16.0
            """;

    private Path pipeline(String name, Path in, Path out, boolean append) throws Exception {
        TestPipelines t = new TestPipelines(name);
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "country:STRING", "day:DATE", "amount:FLOAT64");
        ParquetSink sink = t.add(TestPipelines.P.getParquetSink(), "write");
        sink.setPath(out.toString());
        sink.getPartitionBy().addAll(List.of("country", "day"));
        sink.setAppend(append);
        t.link(src, sink);
        return t.save(dir.resolve(name + ".sluice"));
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replaceAll("part-[0-9a-f-]+", "part"))
                    .sorted().toList();
        }
    }

    private static List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int j = 1; j <= n; j++) {
                    sb.append(j == 1 ? "" : "|").append(rs.getString(j));
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }

    @Test
    void escapesAsHiveDoes() {
        assertEquals("A%2FB%3DC%25%3Ax", HivePartitions.escape("A/B=C%:x"));
        assertEquals("A/B=C%:x", HivePartitions.unescape("A%2FB%3DC%25%3Ax"));
        assertEquals(HivePartitions.DEFAULT_PARTITION, HivePartitions.escape(null));
        assertEquals(HivePartitions.DEFAULT_PARTITION, HivePartitions.escape(""));
        assertEquals(null, HivePartitions.unescape(HivePartitions.DEFAULT_PARTITION));
        assertEquals("2026-11-30", HivePartitions.unescape("2026-11-30"));
    }

    @Test
    void writesFoldersWithoutThePartitionColumnsThatDuckDbReadsBack() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), ROWS);
        Path out = dir.resolve("sales");
        SluiceEngine engine = new SluiceEngine(dir.resolve("history"), 1L << 30);
        RunResult r = engine.run(RunRequest.of(pipeline("part", in, out, false)));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());

        assertEquals(List.of("country=A%2FB%3DC%25%3Ax/day=2026-12-01/part.parquet", "country=DE/day=2026-11-30/part.parquet",
                "country=DE/day=2026-12-01/part.parquet", "country=FR/day=2026-11-30/part.parquet",
                "country=__HIVE_DEFAULT_PARTITION__/day=2026-12-01/part.parquet"), files(out));
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertEquals(List.of("id", "amount"), io.sluice.runtime.internal.parquet.ParquetReader.inferSchema(f).getFields().stream()
                        .map(Field::getName).toList(), "partition columns are left out of " + f);
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "no staging left");
        }

        // DuckDB reads the folders and unescapes the values; it writes NULL as "NULL" and reads Hive's default partition
        // as that text (Spark and Hive read it as NULL)
        assertEquals(List.of("1|DE|2026-11-30|10.5", "2|DE|2026-11-30|1.0", "3|FR|2026-11-30|2.0", "4|DE|2026-12-01|4.0",
                "5|__HIVE_DEFAULT_PARTITION__|2026-12-01|8.0", "6|A/B=C%:x|2026-12-01|16.0"),
                query("SELECT id, country, CAST(day AS DATE), amount FROM read_parquet('" + out + "/**/*.parquet', hive_partitioning=true)"
                        + " ORDER BY id"));

        // Sluice reads them too, the partition columns typed as declared and the escaped value restored
        TestPipelines back = new TestPipelines("back");
        ParquetSource all = back.add(TestPipelines.P.getParquetSource(), "all");
        all.setPath(out.toString());
        TestPipelines.columns(all, "id:INT64", "country:STRING", "day:DATE", "amount:FLOAT64");
        CsvSink csv = back.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("back.csv").toString());
        back.link(all, csv);
        r = engine.run(RunRequest.of(back.save(dir.resolve("back.sluice"))));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals(ROWS.lines().skip(1).sorted().toList(),
                Files.readAllLines(dir.resolve("back.csv")).stream().skip(1).sorted().toList());
    }

    /** CSV parts: written with a header of the data columns, read back bound by name with the folders' columns. */
    @Test
    void csvFoldersReadBackByName() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), ROWS);
        Path out = dir.resolve("csvparts");
        TestPipelines t = new TestPipelines("csvparts");
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(in.toString());
        TestPipelines.columns(src, "id:INT64", "country:STRING", "day:DATE", "amount:FLOAT64");
        CsvSink sink = t.add(TestPipelines.P.getCsvSink(), "write");
        sink.setPath(out.toString());
        sink.getPartitionBy().add("day");
        t.link(src, sink);
        SluiceEngine engine = new SluiceEngine(dir.resolve("history"), 1L << 30);
        RunResult r = engine.run(RunRequest.of(t.save(dir.resolve("csvparts.sluice"))));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        try (Stream<Path> s = Files.walk(out.resolve("day=2026-11-30"))) {
            Path part = s.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertEquals("id,country,amount", Files.readAllLines(part).get(0));
        }

        TestPipelines back = new TestPipelines("csvback");
        CsvSource all = back.add(TestPipelines.P.getCsvSource(), "all");
        all.setPath(out.toString());
        TestPipelines.columns(all, "day:DATE", "amount:FLOAT64", "id:INT64", "country:STRING"); // STRICT, bound by name
        CsvSink csv = back.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("csvback.csv").toString());
        back.link(all, csv);
        r = engine.run(RunRequest.of(back.save(dir.resolve("csvback.sluice"))));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        assertEquals(List.of("2026-11-30,1.0,2,DE", "2026-11-30,10.5,1,DE", "2026-11-30,2.0,3,FR", "2026-12-01,16.0,6,A/B=C%:x",
                "2026-12-01,4.0,4,DE", "2026-12-01,8.0,5,"),
                Files.readAllLines(dir.resolve("csvback.csv")).stream().skip(1).sorted().toList());
    }

    @Test
    void readsWhatDuckDbPartitionedWithInferredColumns() throws Exception {
        Path out = dir.resolve("duck");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT i AS id, CASE WHEN i % 4 = 0 THEN 'DE' WHEN i % 4 = 1 THEN 'A/B=C%:x' WHEN i % 4 = 2 THEN 'IT'"
                    + " END AS country, 2020 + i % 2 AS year, CAST(i * 1.5 AS DOUBLE) AS amount FROM range(100) t(i)) TO '" + out
                    + "' (FORMAT parquet, PARTITION_BY (country, year))");
        }
        assertTrue(Files.isDirectory(out.resolve("country=DE").resolve("year=2020")), files(out).toString());
        assertTrue(Files.isDirectory(out.resolve("country=NULL")), files(out).toString());

        TestPipelines t = new TestPipelines("fromduck");
        ParquetSource src = t.add(TestPipelines.P.getParquetSource(), "duck");
        src.setPath(out.toString()); // no declared columns: the first file's, then country STRING, year INT64
        CsvSink csv = t.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("duck.csv").toString());
        t.link(src, csv);
        SluiceEngine engine = new SluiceEngine(dir.resolve("history"), 1L << 30);
        RunResult r = engine.run(RunRequest.of(t.save(dir.resolve("fromduck.sluice"))));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + r.problems());
        List<String> lines = Files.readAllLines(dir.resolve("duck.csv"));
        assertEquals("id,amount,country,year", lines.get(0));
        List<String> expected = query("SELECT id || ',' || amount || ',' || coalesce(country, '') || ',' || year FROM read_parquet('" + out
                + "/**/*.parquet', hive_partitioning=true) ORDER BY id");
        assertEquals(expected,
                lines.stream().skip(1).sorted((a, b) -> Long.compare(Long.parseLong(a.split(",")[0]), Long.parseLong(b.split(",")[0])))
                        .toList());
    }

    @Test
    void appendAddsPartsPerRunAndAFailedRunAddsNothing() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), ROWS);
        Path out = dir.resolve("sales");
        SluiceEngine engine = new SluiceEngine(dir.resolve("history"), 1L << 30);
        Path p = pipeline("append", in, out, true);
        assertEquals(RunStatus.SUCCEEDED, engine.run(RunRequest.of(p)).status());
        assertEquals(RunStatus.SUCCEEDED, engine.run(RunRequest.of(p)).status());
        try (Stream<Path> s = Files.list(out.resolve("country=DE").resolve("day=2026-11-30"))) {
            assertEquals(2, s.count(), "one part per run");
        }
        List<String> before = files(out);

        Files.writeString(in, ROWS + "7,DE,2026-11-30,not-a-number\n");
        RunResult failed = engine.run(RunRequest.of(p).withFailOnParseError(true));
        assertEquals(RunStatus.FAILED, failed.status(), String.valueOf(failed.error()));
        assertEquals(before, files(out), "a failed run adds no part");
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(x -> x.getFileName().toString().startsWith(".sales.")), "no staging folder left");
        }
        assertEquals(List.of("12"), query("SELECT count(*) FROM read_parquet('" + out + "/**/*.parquet', hive_partitioning=true)"));
    }
}
