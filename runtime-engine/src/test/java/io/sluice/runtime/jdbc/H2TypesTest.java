package io.sluice.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.TimePrecision;
import io.sluice.model.CsvSink;
import io.sluice.model.JdbcSink;
import io.sluice.model.JdbcSource;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.runtime.internal.jdbc.Jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC type mapping on H2 for the types H2 has: binary, narrow integers, REAL, TIME and TIMESTAMP with and
 * without time zone at nanoseconds (H2 holds them, so they round-trip exactly), arrays. Read with inferred columns
 * into a CSV file and a new table; the copy compared with the original by H2, value by value.
 */
class H2TypesTest {
    @TempDir
    Path dir;

    String url() {
        return "jdbc:h2:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE";
    }

    List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void binaryTimesAndTimestampsRoundTripExactly() throws Exception {
        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE SRC (ID INT, B VARBINARY, F BINARY(4), T TIME(9), TS TIMESTAMP(9), TZ TIMESTAMP(9) WITH TIME ZONE, "
                    + "TI TINYINT, S SMALLINT, R REAL, IA INTEGER ARRAY)");
            st.execute("INSERT INTO SRC VALUES (1, X'DEADBEEF', X'00FF0102', '23:59:59.999999999', '1969-12-31 23:59:59.123456789', "
                    + "'2026-02-28 13:14:15.123456789+05:30', -128, -32768, 3.4028235e38, ARRAY[1, NULL, -2147483648]),"
                    + "(2, X'', X'00000000', '00:00:00', '1900-01-01 00:00:00', '1969-12-31 23:59:59.999999999Z', 127, 32767, 0.1, ARRAY[]),"
                    + "(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        }
        Jdbc.Target target = new Jdbc.Target(url(), null, null, List.of(), DriverRegistry.shared());
        assertEquals(List.of(DataType.INT32, DataType.BINARY, DataType.BINARY, DataType.time(TimePrecision.NANO),
                DataType.timestamp(TimePrecision.NANO, false), DataType.timestamp(TimePrecision.NANO, true), DataType.INT8,
                DataType.INT16, DataType.FLOAT32, DataType.list(DataType.INT32)),
                Jdbc.describe(target, "SELECT * FROM SRC").fields().stream().map(Field::type).toList());

        TestPipelines t = new TestPipelines("h2types");
        JdbcSource in = t.add(TestPipelines.P.getJdbcSource(), "read");
        in.setUrl(url());
        in.setQuery("SELECT * FROM SRC ORDER BY ID");
        CsvSink csv = t.add(TestPipelines.P.getCsvSink(), "csv");
        csv.setPath(dir.resolve("read.csv").toString());
        JdbcSink out = t.add(TestPipelines.P.getJdbcSink(), "write");
        out.setUrl(url());
        out.setTable("COPIED");
        t.link(in, csv);
        t.link(in, out);
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(t.save(dir.resolve("h2.sluice"))).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems());
        assertEquals(List.of("ID,B,F,T,TS,TZ,TI,S,R,IA",
                "1,DEADBEEF,00FF0102,23:59:59.999999999,1969-12-31 23:59:59.123456789,2026-02-28 07:44:15.123456789Z,-128,-32768,"
                        + "3.4028235E38,\"[1,null,-2147483648]\"",
                "2,,00000000,00:00:00,1900-01-01 00:00:00,1969-12-31 23:59:59.999999999Z,127,32767,0.1,[]",
                "3,,,,,,,,,"), Files.readAllLines(dir.resolve("read.csv")));
        assertEquals(List.of("3"), query("SELECT count(*) FROM SRC O JOIN COPIED C ON O.ID = C.ID WHERE C.B IS NOT DISTINCT FROM O.B "
                + "AND C.F IS NOT DISTINCT FROM O.F AND C.T IS NOT DISTINCT FROM O.T AND C.TS IS NOT DISTINCT FROM O.TS "
                + "AND C.TZ IS NOT DISTINCT FROM O.TZ AND C.TI IS NOT DISTINCT FROM O.TI AND C.S IS NOT DISTINCT FROM O.S "
                + "AND C.R IS NOT DISTINCT FROM O.R AND C.IA IS NOT DISTINCT FROM O.IA"));
        assertEquals(List.of("ID INTEGER", "B BINARY VARYING", "F BINARY VARYING", "T TIME 9", "TS TIMESTAMP 9",
                "TZ TIMESTAMP WITH TIME ZONE 9", "TI TINYINT", "S SMALLINT", "R REAL", "IA ARRAY"),
                query("SELECT COLUMN_NAME || ' ' || DATA_TYPE || COALESCE(' ' || DATETIME_PRECISION, '') FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_NAME = 'COPIED' ORDER BY ORDINAL_POSITION").stream()
                        .map(s -> s.replaceAll("^(\\w+ (INTEGER|BINARY VARYING|TINYINT|SMALLINT|REAL|ARRAY)) \\d+$", "$1")).toList());
    }
}
