package io.sluice.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.TimePrecision;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.JdbcSink;
import io.sluice.model.JdbcSource;
import io.sluice.model.LoadMethod;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.internal.jdbc.Jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The JDBC type mapping ({@code JdbcTypes}) on a real PostgreSQL, one test per type family: a table created with plain
 * DDL and filled with extremes, nulls, pre-1970 values and empty arrays; the columns inferred from the table
 * ({@link Jdbc#describe}, what the designer's Schema view shows); a pipeline reads it (no declared columns) into a CSV
 * file (what Sluice read, compared exactly) and into new tables by batched INSERT and by COPY; the copies compared
 * with the original by the database itself, value by value, and their created column types checked.
 */
class PostgresTypesTest extends PostgresTestBase {

    List<String> udtNames(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT column_name || ' ' || udt_name FROM information_schema.columns WHERE table_name = '"
                        + table + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    Jdbc.Target target() {
        return new Jdbc.Target(url, db.user(), null, List.of(), DriverRegistry.shared());
    }

    RunResult run(TestPipelines t) throws Exception {
        return new SluiceEngine(dir.resolve("history"), 1L << 30).run(RunRequest.of(t.save(dir.resolve(t.pipeline().getName() + ".sluice"))));
    }

    /**
     * Reads table {@code src} (columns inferred, or {@code declared}) into {@code read.csv} and into tables
     * {@code copy_batch} and {@code copy_copy}; returns the CSV's lines, rows ordered by the first column.
     */
    List<String> readAndCopy(String src, String... declared) throws Exception {
        TestPipelines t = new TestPipelines("copy");
        JdbcSource in = t.add(TestPipelines.P.getJdbcSource(), "read");
        in.setUrl(url);
        in.setUser(db.user());
        in.setQuery("SELECT * FROM " + src + " ORDER BY 1");
        if (declared.length > 0) {
            TestPipelines.columns(in, declared);
        }
        CsvSink csv = t.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("read.csv").toString());
        t.link(in, csv);
        for (LoadMethod m : LoadMethod.values()) {
            JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write_" + m.getLiteral().toLowerCase());
            out.setUrl(url);
            out.setUser(db.user());
            out.setTable("copy_" + m.getLiteral().toLowerCase());
            out.setLoadMethod(m);
            t.link(in, out);
        }
        RunResult r = run(t);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        return Files.readAllLines(dir.resolve("read.csv"));
    }

    /** Every column of {@code copy} equals the same column of {@code src}, row by row (NULLs included). */
    void assertSameRows(String src, String copy, List<String> columns) throws SQLException {
        StringBuilder q = new StringBuilder("SELECT count(*) FROM " + src + " o JOIN " + copy + " c ON o.id = c.id WHERE true");
        for (String col : columns) {
            q.append(" AND c.").append(col).append(" IS NOT DISTINCT FROM o.").append(col);
        }
        long rows = db.count("SELECT count(*) FROM " + src);
        assertEquals(rows, db.count("SELECT count(*) FROM " + copy), copy);
        assertEquals(rows, db.count(q.toString()), copy + ": " + q);
    }

    void assertBothCopies(String src, List<String> columns, List<String> createdTypes) throws SQLException {
        for (String copy : List.of("copy_batch", "copy_copy")) {
            assertSameRows(src, copy, columns);
            assertEquals(createdTypes, udtNames(copy), copy);
        }
    }

    static List<DataType> types(io.sluice.expression.types.Schema s) {
        return s.fields().stream().map(Field::type).toList();
    }

    @Test
    void integersAndFloatsKeepTheirWidth() throws Exception {
        db.execute("CREATE TABLE nums (id INT, s SMALLINT, i INTEGER, b BIGINT, r REAL, d DOUBLE PRECISION)",
                "INSERT INTO nums VALUES (1, -32768, -2147483648, -9223372036854775808, 3.4028235e38, 4.9e-324),"
                        + "(2, 32767, 2147483647, 9223372036854775807, 1.4e-45, 'Infinity'),"
                        + "(3, 0, 0, 0, 0.1, 0.1), (4, NULL, NULL, NULL, NULL, NULL), (5, 1, 1, 1, 'NaN', '-Infinity')");
        assertEquals(List.of(DataType.INT32, DataType.INT16, DataType.INT32, DataType.INT64, DataType.FLOAT32, DataType.FLOAT64),
                types(Jdbc.describe(target(), "SELECT * FROM nums")));
        assertEquals(List.of("id,s,i,b,r,d",
                "1,-32768,-2147483648,-9223372036854775808,3.4028235E38,4.9E-324",
                "2,32767,2147483647,9223372036854775807,1.4E-45,Infinity",
                "3,0,0,0,0.1,0.1", "4,,,,,", "5,1,1,1,NaN,-Infinity"), readAndCopy("nums"));
        assertBothCopies("nums", List.of("s", "i", "b", "r", "d"),
                List.of("id int4", "s int2", "i int4", "b int8", "r float4", "d float8"));
    }

    @Test
    void byteaReadsAsBinaryAndWritesBackAsBytea() throws Exception {
        db.execute("CREATE TABLE bins (id INT, bin BYTEA)",
                "INSERT INTO bins VALUES (1, '\\xdeadbeef'), (2, ''), (3, NULL), (4, '\\x00ff0a2c22'),"
                        + "(5, decode(repeat('ab', 5000), 'hex'))");
        assertEquals(List.of(DataType.INT32, DataType.BINARY), types(Jdbc.describe(target(), "SELECT * FROM bins")));
        List<String> lines = readAndCopy("bins");
        assertEquals(List.of("id,bin", "1,DEADBEEF", "2,", "3,", "4,00FF0A2C22"), lines.subList(0, 5));
        assertEquals("5," + "AB".repeat(5000), lines.get(5));
        assertBothCopies("bins", List.of("bin"), List.of("id int4", "bin bytea"));
        assertEquals(1, db.count("SELECT count(*) FROM copy_copy WHERE id = 2 AND bin = ''::bytea"), "empty bytes stay empty, not NULL");
    }

    @Test
    void timesAndTimestampsKeepLocalOrInstant() throws Exception {
        db.execute("CREATE TABLE times (id INT, t TIME, ts TIMESTAMP, tz TIMESTAMPTZ, day DATE)",
                "INSERT INTO times VALUES (1, '00:00:00', '1969-12-31 23:59:59.999999', '1969-12-31 23:59:59.999999Z', '1969-12-31'),"
                        + "(2, '23:59:59.999999', '1900-01-01 00:00:00', '2026-02-28 13:14:15.654321+05:30', '1900-01-01'),"
                        + "(3, '12:34:56.000001', '2262-01-01 00:00:00.000001', '0001-01-01 00:00:00Z', '9999-12-31'),"
                        + "(4, NULL, NULL, NULL, NULL)");
        assertEquals(List.of(DataType.INT32, DataType.TIME, DataType.timestamp(TimePrecision.MICRO, false), DataType.TIMESTAMP,
                DataType.DATE), types(Jdbc.describe(target(), "SELECT * FROM times")));
        assertEquals(List.of("id,t,ts,tz,day",
                "1,00:00:00,1969-12-31 23:59:59.999999,1969-12-31 23:59:59.999999Z,1969-12-31",
                "2,23:59:59.999999,1900-01-01 00:00:00,2026-02-28 07:44:15.654321Z,1900-01-01",
                "3,12:34:56.000001,2262-01-01 00:00:00.000001,0001-01-01 00:00:00Z,9999-12-31",
                "4,,,,"), readAndCopy("times"));
        assertBothCopies("times", List.of("t", "ts", "tz", "day"),
                List.of("id int4", "t time", "ts timestamp", "tz timestamptz", "day date"));
    }

    @Test
    void arraysReadAsListsAndWriteBackAsArrays() throws Exception {
        db.execute("CREATE TABLE arrs (id INT, ia INT4[], ba INT8[], ta TEXT[], na NUMERIC(10,2)[], tza TIMESTAMPTZ[], bo BOOL[], fa FLOAT8[])",
                "INSERT INTO arrs VALUES (1, '{1,NULL,-2147483648}', '{9223372036854775807}', '{\"a,b\",\"q\\\"t\",\"back\\\\slash\",\"NULL\",NULL,\"\"}',"
                        + " '{1.50,-99999999.99,NULL}', '{\"1969-12-31 23:59:59.999999Z\",\"2026-01-01 00:00:00Z\"}', '{t,f,NULL}', '{0.1,NaN,-Infinity}'),"
                        + "(2, '{}', '{}', '{}', '{}', '{}', '{}', '{}'),"
                        + "(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        assertEquals(List.of(DataType.INT32, DataType.list(DataType.INT32), DataType.list(DataType.INT64), DataType.list(DataType.STRING),
                DataType.list(DataType.decimal(10, 2)), DataType.list(DataType.TIMESTAMP), DataType.list(DataType.BOOLEAN),
                DataType.list(DataType.FLOAT64)), types(Jdbc.describe(target(), "SELECT * FROM arrs")));
        List<String> lines = readAndCopy("arrs");
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("1,\"[1,null,-2147483648]\",[9223372036854775807],"), lines.get(1));
        assertTrue(lines.get(1).contains("[1.50,-99999999.99,null]"), lines.get(1));
        assertTrue(lines.get(1).contains("[true,false,null]"), lines.get(1));
        assertEquals("2,[],[],[],[],[],[],[]", lines.get(2));
        assertEquals("3,,,,,,,", lines.get(3));
        assertBothCopies("arrs", List.of("ia", "ba", "ta", "na", "tza", "bo", "fa"), List.of("id int4", "ia _int4", "ba _int8",
                "ta _text", "na _numeric", "tza _timestamptz", "bo _bool", "fa _float8"));
    }

    /** A UUID declared FIXED_BINARY(16) reads as its 16 bytes; FIXED_BINARY(n) is written as BYTEA, by INSERT and COPY. */
    @Test
    void uuidAsFixedBinaryAndFixedBinaryAsBytea() throws Exception {
        db.execute("CREATE TABLE ids (id INT, u UUID)",
                "INSERT INTO ids VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (2, NULL), (3, '00000000-0000-0000-0000-000000000000')");
        assertEquals(List.of("id,u", "1,A0EEBC999C0B4EF8BB6D6BB9BD380A11", "2,", "3,00000000000000000000000000000000"),
                readAndCopy("ids", "id:INT32", "u:FIXED_BINARY(16)"));
        for (String copy : List.of("copy_batch", "copy_copy")) {
            assertEquals(3, db.count("SELECT count(*) FROM ids o JOIN " + copy + " c ON o.id = c.id"
                    + " WHERE c.u IS NOT DISTINCT FROM decode(replace(o.u::text, '-', ''), 'hex')"), copy);
            assertEquals(List.of("id int4", "u bytea"), udtNames(copy));
        }
    }

    @Test
    void aMultiDimensionalArrayIsARejectNamingTheColumn() throws Exception {
        db.execute("CREATE TABLE grid (id INT, m INT4[])", "INSERT INTO grid VALUES (1, '{1,2}'), (2, '{{1,2},{3,4}}'), (3, NULL)");
        TestPipelines t = new TestPipelines("grid");
        JdbcSource in = t.add(TestPipelines.P.getJdbcSource(), "read");
        in.setUrl(url);
        in.setUser(db.user());
        in.setTable("grid");
        CsvSink csv = t.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("grid.csv").toString());
        t.link(in, csv);
        CsvSink rejects = t.add(TestPipelines.P.getCsvSink(), "rejects");
        rejects.setPath(dir.resolve("rejects.csv").toString());
        t.link(in, "rejects", rejects, "in");
        RunResult r = run(t);
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        assertEquals(List.of("id,m", "1,\"[1,2]\"", "3,"), Files.readAllLines(dir.resolve("grid.csv")));
        String rejected = Files.readString(dir.resolve("rejects.csv"));
        assertTrue(rejected.contains("multi-dimensional") && rejected.contains(",m,"), rejected);
    }

    @Test
    void textLikeTypesReadAsStringsAndUnknownTypesAreNamed() throws Exception {
        db.execute("CREATE TABLE texts (id INT, u UUID, j JSON, jb JSONB, iv INTERVAL, v VARCHAR(5), c CHAR(2))",
                "INSERT INTO texts VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\": [1, 2]}', '{\"k\": null}', '1 day 02:00:00', 'abc', 'x'),"
                        + "(2, NULL, NULL, NULL, NULL, NULL, NULL), (3, '00000000-0000-0000-0000-000000000000', 'null', '[]', '-3 mons', '', '')",
                "CREATE TABLE shapes (id INT, p POINT)");
        assertEquals(List.of(DataType.INT32, DataType.STRING, DataType.STRING, DataType.STRING, DataType.STRING, DataType.STRING,
                DataType.STRING), types(Jdbc.describe(target(), "SELECT * FROM texts")));
        readAndCopy("texts");
        for (String copy : List.of("copy_batch", "copy_copy")) {
            assertEquals(3, db.count("SELECT count(*) FROM texts o JOIN " + copy + " c ON o.id = c.id WHERE c.u IS NOT DISTINCT FROM o.u::text"
                    + " AND c.j::jsonb IS NOT DISTINCT FROM o.j::jsonb AND c.jb::jsonb IS NOT DISTINCT FROM o.jb"
                    + " AND c.iv::interval IS NOT DISTINCT FROM o.iv AND c.v IS NOT DISTINCT FROM o.v AND c.c IS NOT DISTINCT FROM o.c::text || repeat(' ', 2 - length(o.c))"));
        }
        SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> Jdbc.describe(target(), "SELECT * FROM shapes"));
        assertTrue(e.getMessage().contains("column 'p' has database type point"), e.getMessage());
    }

    @Test
    void nanosecondsGoToPostgresOnlyWhenExact() throws Exception {
        Path exact = Files.writeString(dir.resolve("exact.csv"), "id,at,t\n1,2026-01-01 00:00:00.123456000Z,10:00:00.000001000\n"
                + "2,1969-12-31 23:59:59.999999Z,\n");
        Path finer = Files.writeString(dir.resolve("finer.csv"), "id,at,t\n1,2026-01-01 00:00:00.123456789Z,10:00:00\n");
        for (LoadMethod m : LoadMethod.values()) {
            String table = "ns_" + m.getLiteral().toLowerCase();
            assertEquals(RunStatus.SUCCEEDED, csvToPostgres(exact, table, m).status());
            assertEquals(1, db.count("SELECT count(*) FROM " + table + " WHERE id = 1 AND at = '2026-01-01 00:00:00.123456Z'"
                    + " AND t = '10:00:00.000001'"));
            assertEquals(1, db.count("SELECT count(*) FROM " + table + " WHERE id = 2 AND at = '1969-12-31 23:59:59.999999Z'"));
            RunResult r = csvToPostgres(finer, table, m);
            assertEquals(RunStatus.FAILED, r.status(), m.toString());
            assertTrue(r.error().contains("column at: 2026-01-01 00:00:00.123456789Z has digits below the microsecond"), r.error());
            assertEquals(2, db.count("SELECT count(*) FROM " + table), "nothing of the failed run was written");
        }
    }

    RunResult csvToPostgres(Path csv, String table, LoadMethod m) throws Exception {
        TestPipelines t = new TestPipelines("ns");
        CsvSource in = t.add(TestPipelines.P.getCsvSource(), "read");
        in.setPath(csv.toString());
        TestPipelines.columns(in, "id:INT64", "at:TIMESTAMP_NS", "t:TIME(ns)");
        JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write");
        out.setUrl(url);
        out.setUser(db.user());
        out.setTable(table);
        out.setLoadMethod(m);
        t.link(in, out);
        return run(t);
    }

    /**
     * Incremental loads over a {@code timestamp} (local) and a {@code timestamptz} column: the mark keeps the column's
     * own kind (a local date-time, an instant) and the second run reads exactly the new rows.
     */
    @Test
    void highWaterMarksCompareAsTheirColumn() throws Exception {
        for (String type : List.of("TIMESTAMP", "TIMESTAMPTZ")) {
            String src = "ev_" + type.toLowerCase();
            db.execute("CREATE TABLE " + src + " (id BIGINT, at " + type + ")",
                    "INSERT INTO " + src + " SELECT g, TIMESTAMP '2026-01-01' + g * INTERVAL '1 minute' FROM generate_series(1, 10) g");
            TestPipelines t = new TestPipelines("inc_" + type.toLowerCase());
            JdbcSource in = t.add(TestPipelines.P.getJdbcSource(), "read");
            in.setUrl(url);
            in.setUser(db.user());
            in.setTable(src);
            in.setHighWaterColumn("at");
            JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write");
            out.setUrl(url);
            out.setUser(db.user());
            out.setTable(src + "_loaded");
            t.link(in, out);
            Path file = t.save(dir.resolve(src + ".sluice"));
            SluiceEngine engine = new SluiceEngine(dir.resolve("history"), 1L << 30);
            assertEquals(RunStatus.SUCCEEDED, engine.run(RunRequest.of(file)).status());
            String mark = RunHistory.open(dir.resolve("history")).marks(file.toAbsolutePath().normalize().toString()).get("read");
            assertEquals(type.equals("TIMESTAMP") ? "T:2026-01-01T00:10" : "Z:2026-01-01T00:10:00Z", mark, type);
            db.execute("INSERT INTO " + src + " SELECT g, TIMESTAMP '2026-01-01' + g * INTERVAL '1 minute' FROM generate_series(11, 15) g");
            RunResult second = engine.run(RunRequest.of(file));
            assertEquals(RunStatus.SUCCEEDED, second.status(), second.error());
            assertEquals(5, second.finalSnapshot().steps().stream().filter(s -> s.step().equals("read")).findFirst().get().rowsOut());
            assertEquals(15, db.count("SELECT count(DISTINCT id) FROM " + src + "_loaded"));
            assertEquals(15, db.count("SELECT count(*) FROM " + src + "_loaded l JOIN " + src + " o USING (id) WHERE l.at = o.at"));
        }
    }
}
