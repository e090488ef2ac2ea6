package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.model.ArrowIpcSink;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.ParquetSource;
import io.sluice.model.Source;
import io.sluice.model.schema.SourceResolvers;
import io.sluice.model.validation.FileReport;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.runtime.cli.ExitCodes;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.runtime.cli.SluiceCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * One source schema resolver for every entry point: a Parquet or Arrow IPC source needs no declared columns, and
 * {@code validate}, {@code schema} and {@code run} agree on its columns; a changed file is read again.
 */
class SourceSchemasTest {
    @TempDir
    Path dir;

    private Path parquet(String select) throws Exception {
        Path f = dir.resolve("in.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (" + select + ") TO '" + f + "' (FORMAT parquet)");
        }
        return f;
    }

    private Path copyPipeline(Source src, TestPipelines t, String name) throws Exception {
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve(name + ".csv").toString());
        t.link(src, out);
        return t.save(dir.resolve(name + ".sluice"));
    }

    @Test
    void aParquetSourceNeedsNoDeclaredColumns() throws Exception {
        Path data = parquet("SELECT 1::BIGINT AS id, 'a' AS name, 2.5::DOUBLE AS amount UNION ALL SELECT 2, NULL, NULL");
        TestPipelines t = new TestPipelines("pq");
        ParquetSource src = t.add(TestPipelines.P.getParquetSource(), "read");
        src.setPath(data.toString());
        Path file = copyPipeline(src, t, "pq");

        SourceSchemas.install();
        FileReport report = PipelineValidator.validateFile(file);
        assertTrue(report.problems().stream().noneMatch(p -> p.isError()), report.problems().toString());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SluiceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.OK, cl.execute("schema", file.toString(), "read"), err.toString());
        assertTrue(out.toString().contains("id") && out.toString().contains("INT64") && out.toString().contains("FLOAT64"), out.toString());

        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(file).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertEquals("id,name,amount\n1,a,2.5\n2,,\n", Files.readString(dir.resolve("pq.csv")));
    }

    @Test
    void anArrowIpcSourceNeedsNoDeclaredColumns() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "id,when\n1,2024-03-01\n2,\n");
        TestPipelines w = new TestPipelines("w");
        CsvSource c = w.add(TestPipelines.P.getCsvSource(), "read");
        c.setPath(csv.toString());
        TestPipelines.columns(c, "id:INT32!", "when:DATE");
        ArrowIpcSink ipc = w.add(TestPipelines.P.getArrowIpcSink(), "write");
        ipc.setPath(dir.resolve("data.arrow").toString());
        w.link(c, ipc);
        assertEquals(RunStatus.SUCCEEDED, new SluiceEngine(null, 1L << 30).run(RunRequest.of(w.save(dir.resolve("w.sluice")))
                .withHistory(false)).status());

        TestPipelines t = new TestPipelines("ipc");
        io.sluice.model.ArrowIpcSource src = t.add(TestPipelines.P.getArrowIpcSource(), "read");
        src.setPath(dir.resolve("data.arrow").toString());
        Path file = copyPipeline(src, t, "ipc");
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(file).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertEquals("id,when\n1,2024-03-01\n2,\n", Files.readString(dir.resolve("ipc.csv")));
        SourceSchemas.install();
        assertEquals("[id INT32 NOT NULL, when DATE]", SourceResolvers.resolver(dir, Map.of()).resolve(src).orElseThrow().fields().stream()
                .map(f -> f.name() + " " + f.type() + (f.nullable() ? "" : " NOT NULL")).toList().toString());
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        SourceSchemas.install();
        TestPipelines t = new TestPipelines("pq");
        ParquetSource src = t.add(TestPipelines.P.getParquetSource(), "read");
        src.setPath(parquet("SELECT 1::BIGINT AS id").toString());
        assertEquals("[id]", SourceResolvers.resolver(dir, Map.of()).resolve(src).orElseThrow().names().toString());
        assertEquals("[id]", SourceResolvers.resolver(dir, Map.of()).resolve(src).orElseThrow().names().toString());
        parquet("SELECT 1::BIGINT AS id, 'x' AS other_column_name");
        Files.setLastModifiedTime(dir.resolve("in.parquet"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals("[id, other_column_name]", SourceResolvers.resolver(dir, Map.of()).resolve(src).orElseThrow().names().toString());
    }

    /** A JDBC source (a named connection whose driver is loaded from its coordinates) reading an H2 table. */
    private io.sluice.model.JdbcSource jdbcSource(TestPipelines t) throws Exception {
        String url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE";
        try (Connection c = new org.h2.Driver().connect(url, new java.util.Properties()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE T(ID INT NOT NULL, NAME VARCHAR(10))");
        }
        Path project = io.sluice.runtime.connections.Connections.projectFile(dir);
        Files.createDirectories(project.getParent());
        Files.writeString(project, "db.url=" + url + "\ndb.driver=com.h2database:h2:" + org.h2.engine.Constants.VERSION + "\n");
        io.sluice.model.JdbcSource src = t.add(TestPipelines.P.getJdbcSource(), "read");
        src.setConnection("db");
        src.setTable("T");
        return src;
    }

    @Test
    void aJdbcSourceIsDescribedWithTheRegistryItsCallerLends() throws Exception {
        io.sluice.model.JdbcSource src = jdbcSource(new TestPipelines("jdbc"));
        DriverRegistry mine = new DriverRegistry();
        try {
            assertEquals("[ID, NAME]", SourceSchemas.resolver(dir, Map.of(), mine).resolve(src).orElseThrow().names().toString());
            assertEquals(1, mine.loaded().size(), "the lent registry loaded the connection's driver: " + mine.loaded());
        } finally {
            mine.close();
        }

        Map<String, String> why = new java.util.HashMap<>();
        SourceSchemas.install();
        assertTrue(SourceResolvers.resolver(dir, Map.of(), (s, w) -> why.put(s.getName(), w)).resolve(src).isEmpty(),
                "a resolution lent no registry does not reach for one kept elsewhere");
        assertTrue(why.getOrDefault("read", "").contains("no JDBC driver registry"), why.toString());
    }

    @Test
    void aRunPlansAndDescribesJdbcSourcesWithItsOwnRegistry() throws Exception {
        TestPipelines t = new TestPipelines("jdbc");
        io.sluice.model.JdbcSource src = jdbcSource(t);
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve("out.csv").toString());
        t.link(src, out);
        Path file = t.save(dir.resolve("jdbc.sluice"));
        DriverRegistry runs = new DriverRegistry();
        try {
            SluiceEngine engine = new SluiceEngine(null, 1L << 30).withDrivers(runs);
            assertEquals(List.of(), engine.validate(RunRequest.of(file)));
            assertEquals(1, runs.loaded().size(), "validation described the source with the engine's registry: " + runs.loaded());
            RunResult r = engine.run(RunRequest.of(file).withHistory(false));
            assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
            assertEquals("ID,NAME\n", Files.readString(dir.resolve("out.csv")));
        } finally {
            runs.close();
        }
    }
}
