package io.sluice.runtime.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Harness;
import io.sluice.runtime.internal.json.JsonLinesWriter;
import io.sluice.runtime.internal.json.JsonLinesReader;
import io.sluice.runtime.internal.types.Rejects;
import io.sluice.runtime.internal.types.Types;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TIME, TIMESTAMP at ms/µs/ns (instant and local) and BINARY/FIXED_BINARY through the two text formats, read from
 * declared columns and written: exact values, an instant written with {@code Z} and a local date-time without, bytes
 * as hex; what a column cannot hold is a reject naming why; DuckDB reads the written file to the same values.
 */
class TextPrecisionTypesTest {
    @TempDir
    Path dir;

    static final Schema SCHEMA = new Schema(List.of(
            Types.field(DataType.time(TimePrecision.MILLI), "t_ms", true), //$NON-NLS-1$
            Types.field(DataType.time(TimePrecision.NANO), "t_ns", true), //$NON-NLS-1$
            Types.field(DataType.timestamp(TimePrecision.NANO, true), "at_ns", true), //$NON-NLS-1$
            Types.field(DataType.timestamp(TimePrecision.MILLI, false), "local_ms", true), //$NON-NLS-1$
            Types.field(DataType.timestamp(TimePrecision.MICRO, false), "local_us", true), //$NON-NLS-1$
            Types.field(DataType.TIMESTAMP, "at_us", true), //$NON-NLS-1$
            Types.field(DataType.BINARY, "bytes", true), //$NON-NLS-1$
            Types.field(DataType.fixedBinary(2), "pair", true))); //$NON-NLS-1$

    static final String HEADER = "t_ms,t_ns,at_ns,local_ms,local_us,at_us,bytes,pair"; //$NON-NLS-1$
    /** The good row as both formats write it back. */
    static final List<String> GOOD = List.of("12:34:56.789", "00:00:00.000000001", "2024-01-02 02:04:05.123456789Z", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "1969-12-31 23:59:59.5", "2262-04-11 23:47:16.854775", "2024-01-31 10:00:00Z", "FFFF0102", "00FF"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** The good row's stored values: units of each column's precision. */
    static final List<Object> VALUES = List.of(45_296_789, 1L, 1_704_161_045_123_456_789L, -500L, 9_223_372_036_854_775L,
            1_706_695_200_000_000L);

    @Test
    void csvReadsAndWritesEveryPrecisionExactlyAndRejectsWhatItCannotHold() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), String.join("\n", HEADER, //$NON-NLS-1$ //$NON-NLS-2$
                "12:34:56.789,00:00:00.000000001,2024-01-02T03:04:05.123456789+01:00,1969-12-31 23:59:59.500," //$NON-NLS-1$
                        + "2262-04-11T23:47:16.854775,2024-01-31 10:00:00Z,ffff0102,00FF", //$NON-NLS-1$
                "12:00:00.0001,,,,,,,", // below a millisecond //$NON-NLS-1$
                ",,,2024-01-01 00:00:00+01:00,,,,", // an offset into a local column //$NON-NLS-1$
                ",,,,,,,00", // one byte for FIXED_BINARY(2) //$NON-NLS-1$
                ",,,,,,xyz,", // not hex //$NON-NLS-1$
                ",,2300-01-01 00:00:00,,,,,", // beyond TIMESTAMP(ns) //$NON-NLS-1$
                "25:00:00,,,,,,,") + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Path out = dir.resolve("out.csv"); //$NON-NLS-1$
        List<String> rejects = copy(new CsvReader(in, SCHEMA, CsvOptions.defaults()), new CsvWriter(out, SCHEMA, CsvOptions.defaults()));
        assertEquals(List.of(HEADER, String.join(",", GOOD)), Files.readAllLines(out)); //$NON-NLS-1$
        assertEquals(6, rejects.size(), rejects.toString());
        String all = rejects.toString();
        for (String why : List.of("'12:00:00.0001' as TIME(ms): more fraction digits than TIME(ms) holds", //$NON-NLS-1$
                "as TIMESTAMP_NTZ(ms): a local date-time (TIMESTAMP_NTZ(ms)) takes no zone or offset", //$NON-NLS-1$
                "'00' as FIXED_BINARY(2): 1 bytes, the column takes 2", "'xyz' as BINARY: expected hex digits", //$NON-NLS-1$ //$NON-NLS-2$
                "'2300-01-01 00:00:00' as TIMESTAMP(ns)", "'25:00:00' as TIME(ms)")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(all.contains(why), why + " in " + all); //$NON-NLS-1$
        }
        assertEquals(VALUES, read(new CsvReader(out, SCHEMA, CsvOptions.defaults())).subList(0, VALUES.size()));

        // DuckDB reads the written text to the same instants, wall clocks, times of day and bytes
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement(); //$NON-NLS-1$
                ResultSet rs = st.executeQuery("SELECT epoch_ms(DATE '1970-01-01' + t_ms::TIME), t_ns, epoch_ns(at_ns::TIMESTAMP_NS), " //$NON-NLS-1$
                        + "epoch_ms(local_ms::TIMESTAMP), epoch_us(local_us::TIMESTAMP), epoch_us(at_us::TIMESTAMP), hex(unhex(bytes)), " //$NON-NLS-1$
                        + "octet_length(unhex(pair)) FROM read_csv('" + out + "', all_varchar = true)")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(rs.next());
            assertEquals(45_296_789L, rs.getLong(1));
            assertEquals("00:00:00.000000001", rs.getString(2)); //$NON-NLS-1$
            assertEquals(1_704_161_045_123_456_789L, rs.getLong(3));
            assertEquals(-500L, rs.getLong(4));
            assertEquals(9_223_372_036_854_775L, rs.getLong(5));
            assertEquals(1_706_695_200_000_000L, rs.getLong(6));
            assertEquals("FFFF0102", rs.getString(7)); //$NON-NLS-1$
            assertEquals(2L, rs.getLong(8));
        }
    }

    @Test
    void jsonLinesWritesEveryPrecisionExactlyAndReadsItBack() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
                "{\"t_ms\":\"12:34:56.789\",\"t_ns\":\"00:00:00.000000001\",\"at_ns\":\"2024-01-02T03:04:05.123456789+01:00\"," //$NON-NLS-1$
                        + "\"local_ms\":\"1969-12-31 23:59:59.500\",\"local_us\":\"2262-04-11T23:47:16.854775\"," //$NON-NLS-1$
                        + "\"at_us\":\"2024-01-31 10:00:00Z\",\"bytes\":\"ffff0102\",\"pair\":\"00FF\"}", //$NON-NLS-1$
                "{\"local_us\":\"2024-01-01 00:00:00Z\"}", //$NON-NLS-1$
                "{\"at_us\":\"2024-01-01 00:00:00.0000001\"}") + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Path out = dir.resolve("out.jsonl"); //$NON-NLS-1$
        List<String> rejects = copy(new JsonLinesReader(in, SCHEMA), new JsonLinesWriter(out, SCHEMA));
        String[] names = HEADER.split(","); //$NON-NLS-1$
        StringBuilder expected = new StringBuilder("{"); //$NON-NLS-1$
        for (int i = 0; i < names.length; i++) {
            expected.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":\"").append(GOOD.get(i)).append('"'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        assertEquals(List.of(expected.append('}').toString()), Files.readAllLines(out));
        assertEquals(2, rejects.size(), rejects.toString());
        assertTrue(rejects.toString().contains("takes no zone or offset"), rejects.toString()); //$NON-NLS-1$
        assertTrue(rejects.toString().contains("more fraction digits than TIMESTAMP holds"), rejects.toString()); //$NON-NLS-1$
        assertEquals(VALUES, read(new JsonLinesReader(out, SCHEMA)).subList(0, VALUES.size()));
    }

    /** Runs source → sink; returns the rejects' text. */
    private static List<String> copy(BatchSource<?, ?> source, BatchSink<?, ?> sink) {
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "source", source, Map.of("rejects", Rejects.SCHEMA)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CollectSink rejects = new CollectSink(Rejects.SCHEMA, Long.MAX_VALUE);
        g.sink("out", "sink", sink, src.out()); //$NON-NLS-1$ //$NON-NLS-2$
        g.sink("rejects", "collect", rejects, src.port("rejects")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(1).withBatchRows(100));
        }
        return rejects.rows().stream().map(Object::toString).toList();
    }

    /** The first row a source reads, as {@link CollectSink} holds it. */
    private static List<Object> read(BatchSource<?, ?> source) {
        ExecGraph g = new ExecGraph();
        var src = g.source("src", "source", source, Map.of("rejects", Rejects.SCHEMA)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CollectSink rows = new CollectSink(SCHEMA, Long.MAX_VALUE);
        CollectSink rejects = new CollectSink(Rejects.SCHEMA, Long.MAX_VALUE);
        g.sink("rows", "collect", rows, src.out()); //$NON-NLS-1$ //$NON-NLS-2$
        g.sink("rejects", "collect", rejects, src.port("rejects")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (Harness h = new Harness()) {
            h.run(g, ExecOptions.defaults().withThreads(1).withBatchRows(100));
        }
        assertEquals(0, rejects.rows().size(), rejects.rows().toString());
        return rows.rows().get(0);
    }
}
