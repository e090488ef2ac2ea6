package io.sluice.runtime.internal.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;
import io.sluice.model.ParquetSink;
import io.sluice.model.ParquetSource;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.TestPipelines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntFunction;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timestamps at milli- and nanoseconds, as instants and as local date-times, and times of day at ms and ns, read
 * from a Parquet file and run through a Filter and a Derive: every value the expressions give equals DuckDB's
 * answer to the same SQL. The column kernels once read every such column as microseconds, a silent wrong result.
 *
 * <p>The file holds each value twice: in the typed column Sluice reads and as its raw number ({@code r_*}), from
 * which DuckDB builds the same value exactly (DuckDB reads a nanosecond instant from Parquet at microseconds).
 * DuckDB's session zone is UTC, where its TIMESTAMP_NS holds the instant's fields and order.
 */
@Timeout(180)
class TimePrecisionExpressionsTest {
    @TempDir
    Path dir;

    private static final int ROWS = 3000;
    /** The filter's bound, 1990-01-01 00:00:00 UTC, in seconds: rows around it differ only below a microsecond. */
    private static final long BOUND = 631_152_000L;

    /** Nanoseconds since the epoch: before and after 1970, with every sub-second digit; rows 1..3 straddle the bound. */
    static long nanos(int i) {
        return switch (i) {
            case 1 -> BOUND * 1_000_000_000L + 1; // one nanosecond after: kept
            case 2 -> BOUND * 1_000_000_000L; // equal: dropped
            case 3 -> BOUND * 1_000_000_000L - 1; // one nanosecond before: dropped
            case 4 -> -1; // 1969-12-31 23:59:59.999999999
            default -> (i * 1_234_567_891L - 1_400_000_000_000L) * 1_000_000L + i * 7_919L % 1_000_000L;
        };
    }

    static long millis(int i) {
        return i == 4 ? -1 : Math.floorDiv(nanos(i), 1_000_000L) + i % 3;
    }

    static long timeNanos(int i) {
        return i == 4 ? 86_399_999_999_999L : Math.floorMod(i * 71_000_000_001L + i * 13L, 86_400_000_000_000L);
    }

    static int timeMillis(int i) {
        return (int) Math.floorMod(i * 7_123_457L, 86_400_000L);
    }

    private static ParquetCorpus.Col col(PrimitiveTypeName p, LogicalTypeAnnotation a, String name, IntFunction<Object> v) {
        Types.PrimitiveBuilder<org.apache.parquet.schema.PrimitiveType> b = Types.primitive(p, Type.Repetition.OPTIONAL);
        return new ParquetCorpus.Col((a == null ? b : b.as(a)).named(name), i -> i % 11 == 5 ? null : v.apply(i));
    }

    /** The filter, in both languages: later than the bound (rows 1..3 differ by a nanosecond), or every even row. */
    static final String FILTER = "ins > TIMESTAMP '1990-01-01 00:00:00' OR id % 2 = 0 AND id > 10"; //$NON-NLS-1$

    /**
     * Name, Sluice expression, DuckDB SQL over the view {@code v}. The date functions compute on a nanosecond value
     * at nanoseconds; DuckDB's own date functions turn a TIMESTAMP_NS into microseconds first (its cast moves a value
     * before 1970 forwards, e.g. 18:20:14.692095028 to .692096), so where only digits above a microsecond matter they
     * are compared with DuckDB's on {@code insu} (the value rounded towards the past), and where the nanoseconds
     * matter with a value DuckDB builds from the raw number.
     */
    static final String[][] DERIVED = {
        // an instant's text ends with Z (as the file outputs write it); a local date-time's has none
        { "s_ins", "CAST(ins AS STRING)", "CAST(ins AS VARCHAR) || 'Z'" },
        { "s_ims", "CAST(ims AS STRING)", "CAST(ims AS VARCHAR) || 'Z'" },
        { "s_lns", "CAST(lns AS STRING)", "CAST(lns AS VARCHAR)" },
        { "s_lms", "CAST(lms AS STRING)", "CAST(lms AS VARCHAR)" },
        { "s_tms", "CAST(tms AS STRING)", "CAST(tms AS VARCHAR)" },
        { "s_tns", "CAST(tns AS STRING)", "substr(CAST(tns_day AS VARCHAR), 12)" },
        { "d_lns", "CAST(CAST(lns AS DATE) AS STRING)", "CAST(CAST(lns AS DATE) AS VARCHAR)" },
        { "y_ins", "year(ins)", "year(insu)" },
        { "y_lms", "year(lms)", "year(lms)" },
        { "mo_ims", "month(ims)", "month(ims)" },
        { "h_lns", "hour(lns)", "hour(insu)" },
        { "us_ins", "microsecond(ins)", "microsecond(insu)" },
        { "ms_ims", "millisecond(ims)", "millisecond(ims)" },
        { "ms_lns", "millisecond(lns)", "millisecond(insu)" },
        { "dow_lms", "dayofweek(lms)", "dayofweek(lms)" },
        { "x_ins", "date_part('minute', ins)", "date_part('minute', insu)" },
        { "ep_ins", "epoch_ms(ins)", floorMs("epoch_us(insu)") },
        { "ep_lms", "epoch_ms(lms)", floorMs("epoch_us(lms)") },
        { "tr_ins", "epoch_ms(date_trunc('second', ins))", floorMs("epoch_us(date_trunc('second', insu))") },
        { "tr_lns", "CAST(date_trunc('minute', lns) AS STRING)", "CAST(date_trunc('minute', insu) AS VARCHAR)" },
        { "tr_lms", "epoch_ms(date_trunc('hour', lms))", floorMs("epoch_us(date_trunc('hour', lms))") },
        { "tr_ims", "CAST(date_trunc('month', ims) AS STRING)", "CAST(CAST(date_trunc('month', ims) AS TIMESTAMP) AS VARCHAR) || 'Z'" },
        { "dd_s", "date_diff('second', ims, ins)", "date_diff('second', ims, insu)" },
        { "dd_min", "date_diff('minute', ins, ims)", "date_diff('minute', insu, ims)" },
        { "dd_day", "date_diff('day', lms, lns)", "date_diff('day', lms, insu)" },
        // every date function at the column's precision and kind: truncations (local in, local out), sums exact to
        // the nanosecond (DuckDB's own date_add/+ INTERVAL of a TIMESTAMP_NS gives microseconds, so the expected
        // value is built from the raw nanoseconds), differences, fields and strftime, values before 1970 included
        { "tr_lns_d", "CAST(date_trunc('day', lns) AS STRING)", "CAST(CAST(date_trunc('day', insu) AS TIMESTAMP) AS VARCHAR)" },
        { "tr_ins_y", "CAST(date_trunc('year', ins) AS STRING)", "CAST(CAST(date_trunc('year', insu) AS TIMESTAMP) AS VARCHAR) || 'Z'" },
        { "tr_lms_w", "CAST(date_trunc('week', lms) AS STRING)", "CAST(CAST(date_trunc('week', lms) AS TIMESTAMP) AS VARCHAR)" },
        { "tr_lns_q", "CAST(date_trunc('quarter', lns) AS STRING)", "CAST(CAST(date_trunc('quarter', insu) AS TIMESTAMP) AS VARCHAR)" },
        { "ad_lns_d", "CAST(date_add('day', 3, lns) AS STRING)", "CAST(make_timestamp_ns(r_ns + 3 * 86400000000000) AS VARCHAR)" },
        { "ad_ins_h", "CAST(date_add('hour', -5, ins) AS STRING)", "CAST(make_timestamp_ns(r_ns - 5 * 3600000000000) AS VARCHAR) || 'Z'" },
        { "ad_lns_s", "CAST(date_add('second', 61, lns) AS STRING)", "CAST(make_timestamp_ns(r_ns + 61000000000) AS VARCHAR)" },
        { "ad_lns_mo", "CAST(date_add('month', 1, lns) AS STRING)", "CAST(make_timestamp_ns(epoch_ns(CAST(CAST(insu AS DATE) "
                + "+ INTERVAL 1 MONTH AS TIMESTAMP_NS)) + (r_ns % 86400000000000 + 86400000000000) % 86400000000000) AS VARCHAR)" },
        { "ad_ims_q", "epoch_ms(date_add('quarter', 2, ims))", floorMs("epoch_us(ims + INTERVAL 6 MONTH)") },
        { "ad_lms_s", "CAST(date_add('second', 90, lms) AS STRING)", "CAST(lms + INTERVAL 90 SECOND AS VARCHAR)" },
        { "dd_lns_s", "date_diff('second', lms, lns)", "(r_ns - (r_ns % 1000000000 + 1000000000) % 1000000000) // 1000000000 "
                + "- (r_ms - (r_ms % 1000 + 1000) % 1000) // 1000" },
        { "dd_lms_mo", "date_diff('month', lms, lns)", "date_diff('month', lms, insu)" },
        { "dd_ins_y", "date_diff('year', ins, ims)", "date_diff('year', insu, ims)" },
        { "x_lns_ns", "date_part('nanosecond', lns)", "(r_ns % 60000000000 + 60000000000) % 60000000000" },
        { "x_lms_doy", "dayofyear(lms)", "dayofyear(lms)" },
        { "x_ins_iy", "isoyear(ins)", "isoyear(insu)" },
        { "x_ins_wk", "week(ins)", "week(insu)" },
        { "x_lns_q", "quarter(lns)", "quarter(insu)" },
        { "f_lns", "date_format(lns, '%Y-%m-%d %H:%M:%S.%f %j %a %b')", "strftime(insu, '%Y-%m-%d %H:%M:%S.%f %j %a %b')" },
        // DuckDB's %n of a TIMESTAMP_NS gives the microseconds' digits: the nanoseconds from the raw number
        { "f_lns_n", "date_format(lns, '%n')", "lpad(CAST((r_ns % 1000000000 + 1000000000) % 1000000000 AS VARCHAR), 9, '0')" },
        { "f_ims", "date_format(ims, '%Y-%m-%d %H:%M:%S.%f')", "strftime(ims, '%Y-%m-%d %H:%M:%S.%f')" },
        { "gt", "ins > ims", "ins > ims" },
        { "ge_lit", "lns >= CAST('1926-02-08 18:20:14.692095' AS TIMESTAMP_NTZ(ns))", "lns >= TIMESTAMP_NS '1926-02-08 18:20:14.692095'" },
        { "eq", "lns = lms", "lns = lms" },
        { "t_gt", "tns > tms", "r_tns > CAST(r_tms AS BIGINT) * 1000000" },
        { "t_lt", "tms < tns", "CAST(r_tms AS BIGINT) * 1000000 < r_tns" },
    };

    /**
     * DuckDB's epoch_ms truncates towards zero; Sluice's, like every date part, rounds towards the past (an intended
     * difference, see {@code DuckDbDifferentialTest}): the floor of DuckDB's microseconds.
     */
    private static String floorMs(String micros) {
        return "(" + micros + " - ((" + micros + " % 1000 + 1000) % 1000)) // 1000"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void filterAndDeriveOnMillisecondAndNanosecondColumnsAgreeWithDuckDb() throws Exception {
        Path in = dir.resolve("times.parquet"); //$NON-NLS-1$
        List<ParquetCorpus.Col> cols = List.of(
                new ParquetCorpus.Col(Types.required(PrimitiveTypeName.INT64).named("id"), i -> (long) i), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timestampType(true, TimeUnit.NANOS), "ins", TimePrecisionExpressionsTest::nanos), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timestampType(true, TimeUnit.MILLIS), "ims", TimePrecisionExpressionsTest::millis), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timestampType(false, TimeUnit.NANOS), "lns", TimePrecisionExpressionsTest::nanos), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timestampType(false, TimeUnit.MILLIS), "lms", TimePrecisionExpressionsTest::millis), //$NON-NLS-1$
                col(PrimitiveTypeName.INT32, LogicalTypeAnnotation.timeType(false, TimeUnit.MILLIS), "tms", TimePrecisionExpressionsTest::timeMillis), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timeType(false, TimeUnit.NANOS), "tns", TimePrecisionExpressionsTest::timeNanos), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, null, "r_ns", TimePrecisionExpressionsTest::nanos), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, null, "r_ms", TimePrecisionExpressionsTest::millis), //$NON-NLS-1$
                col(PrimitiveTypeName.INT32, null, "r_tms", TimePrecisionExpressionsTest::timeMillis), //$NON-NLS-1$
                col(PrimitiveTypeName.INT64, null, "r_tns", TimePrecisionExpressionsTest::timeNanos)); //$NON-NLS-1$
        ParquetCorpus.writeJava(in, ParquetCorpus.schema(cols), ParquetCorpus.Encoding.V1_PLAIN.props(),
                org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY, ParquetCorpus.flat(cols, 0, ROWS));

        Path out = dir.resolve("out.parquet"); //$NON-NLS-1$
        TestPipelines t = new TestPipelines("times"); //$NON-NLS-1$
        ParquetSource src = t.add(TestPipelines.P.getParquetSource(), "read"); //$NON-NLS-1$
        src.setPath(in.toString()); // the types from the footer
        Filter f = t.add(TestPipelines.P.getFilter(), "recent"); //$NON-NLS-1$
        f.setCondition(FILTER); //$NON-NLS-1$
        Derive d = t.add(TestPipelines.P.getDerive(), "derive"); //$NON-NLS-1$
        for (String[] def : DERIVED) {
            Derivation dv = TestPipelines.F.createDerivation();
            dv.setName(def[0]);
            dv.setExpression(def[1]);
            d.getDerivations().add(dv);
        }
        ParquetSink sink = t.add(TestPipelines.P.getParquetSink(), "write"); //$NON-NLS-1$
        sink.setPath(out.toString());
        t.link(src, f).link(f, d).link(d, sink);
        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(t.save(dir.resolve("times.sluice"))) //$NON-NLS-1$
                .withHistory(false).withThreads(2));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error() + " " + r.problems()); //$NON-NLS-1$

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) { //$NON-NLS-1$
            s.execute("SET TimeZone = 'UTC'"); //$NON-NLS-1$
            s.execute("CREATE VIEW v AS SELECT id, make_timestamp_ns(r_ns) AS ins, make_timestamp_ms(r_ms) AS ims, " //$NON-NLS-1$
                    + "make_timestamp_ns(r_ns) AS lns, make_timestamp_ms(r_ms) AS lms, tms, " //$NON-NLS-1$
                    + "make_timestamp((r_ns - ((r_ns % 1000 + 1000) % 1000)) // 1000) AS insu, " //$NON-NLS-1$
                    + "make_timestamp_ns(r_tns) AS tns_day, r_tms, r_tns, r_ns, r_ms FROM read_parquet('" + in + "')"); //$NON-NLS-1$ //$NON-NLS-2$
            // DuckDB's own reading of the typed columns is the raw numbers' value (microseconds where it reads so)
            assertEquals(List.of(), rows(s, "SELECT id FROM read_parquet('" + in + "') p JOIN v USING (id) " //$NON-NLS-1$ //$NON-NLS-2$
                    + "WHERE p.lns IS DISTINCT FROM v.lns OR epoch_us(p.ims) IS DISTINCT FROM epoch_us(v.ims) " //$NON-NLS-1$
                    + "OR epoch_us(p.ins) IS DISTINCT FROM epoch_us(v.ins)")); //$NON-NLS-1$
            StringJoiner mine = new StringJoiner(", "); //$NON-NLS-1$
            StringJoiner duck = new StringJoiner(", "); //$NON-NLS-1$
            for (String[] def : DERIVED) {
                mine.add(def[0]);
                duck.add(def[2]);
            }
            List<String> want = rows(s, "SELECT id, " + duck + " FROM v WHERE " + FILTER + " ORDER BY id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List<String> got = rows(s, "SELECT id, " + mine + " FROM read_parquet('" + out + "') ORDER BY id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            assertEquals(want.size(), got.size(), "rows kept by the filter"); //$NON-NLS-1$
            assertEquals(true, got.get(0).startsWith("1|"), "one nanosecond after the bound is after it: " + got.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < want.size(); i++) {
                assertEquals(want.get(i), got.get(i), "row " + i + " (" + String.join(", ", mine.toString()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringJoiner row = new StringJoiner("|"); //$NON-NLS-1$
                for (int k = 1; k <= n; k++) {
                    row.add(String.valueOf(rs.getString(k)));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
