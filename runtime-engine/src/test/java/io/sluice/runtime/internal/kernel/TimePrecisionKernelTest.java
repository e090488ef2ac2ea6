package io.sluice.runtime.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.CheckResult;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.Expressions;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TemporalValues;
import io.sluice.expression.semantics.TimeRules;
import io.sluice.expression.types.TimePrecision;
import io.sluice.runtime.internal.types.Types;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The column kernels agree with the reference evaluator on timestamps at ms and ns (instant and local) and times of
 * day at ms and ns, edge values included (before 1970, the last nanosecond of a day): each column is read in its
 * own unit, never as microseconds, and a result at ns keeps its nanoseconds, in objects and in Arrow vectors.
 */
class TimePrecisionKernelTest {
    static final DataType INS = DataType.timestamp(TimePrecision.NANO, true);
    static final DataType IMS = DataType.timestamp(TimePrecision.MILLI, true);
    static final DataType LNS = DataType.timestamp(TimePrecision.NANO, false);
    static final DataType LMS = DataType.timestamp(TimePrecision.MILLI, false);
    static final DataType TNS = DataType.time(TimePrecision.NANO);
    static final DataType TMS = DataType.time(TimePrecision.MILLI);
    static final Schema SCHEMA = new Schema(List.of(Field.nullable("ins", INS), Field.nullable("ims", IMS), //$NON-NLS-1$ //$NON-NLS-2$
            Field.nullable("lns", LNS), Field.nullable("lms", LMS), Field.nullable("tns", TNS), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Field.nullable("tms", TMS))); //$NON-NLS-1$

    static final long[] EDGE_NANOS = { -1, 0, 1, 999, 1_000, -1_000_000_001L, 1_704_164_645_123_456_789L,
        -1_385_185_185_307_904_972L, 631_152_000_000_000_001L, 86_399_999_999_999L };

    @ParameterizedTest
    @ValueSource(strings = { "ins", "ims", "lns", "lms", "tns", "tms", "CAST(ins AS STRING)", "CAST(lms AS STRING)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        "CAST(lns AS STRING)", "CAST(tns AS STRING)", "CAST(tms AS STRING)", "CAST(ins AS DATE)", "CAST(lns AS DATE)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        "CAST(ins AS TIMESTAMP)", "CAST(lns AS TIMESTAMP(ns))", "CAST(ims AS TIMESTAMP_NTZ(ns))", "year(lns)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        "microsecond(ins)", "millisecond(ims)", "hour(lms)", "date_part('second', lns)", "epoch_ms(ins)", "epoch(lms)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        "date_trunc('second', ins)", "date_trunc('day', lns)", "date_diff('second', ims, ins)", "date_diff('day', lms, lns)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        "date_add('hour', 1, ins)", "date_format(lns, '%Y-%m-%d %H:%M:%S.%f')", "ins > ims", "ins = TIMESTAMP '1970-01-01 00:00:00'", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        "lns < lms", "tns > tms", "tms <= tns", "coalesce(ins, ims)", "greatest(lns, lms)", "CASE WHEN ins > ims THEN ins ELSE ims END", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        "ins IN (ims, TIMESTAMP '1970-01-01 00:00:00')", "ins BETWEEN ims AND TIMESTAMP '2100-01-01 00:00:00'" }) //$NON-NLS-1$ //$NON-NLS-2$
    void kernelAgreesWithEvaluator(String text) {
        CheckResult checked = Expressions.compile(text, SCHEMA);
        if (!checked.ok()) {
            fail(text + ": " + checked.problems()); //$NON-NLS-1$
        }
        TypedExpr e = checked.typed();
        List<List<Object>> rows = rows(300, text.hashCode());
        List<Object> expected = new ArrayList<>();
        for (List<Object> row : rows) {
            expected.add(Evaluator.evaluate(e, row));
        }
        ExprKernel k = ExprKernel.compile(e);
        try (BufferAllocator allocator = new RootAllocator(64L << 20); VectorSchemaRoot root = load(allocator, rows)) {
            assertEquals(expected, k.evaluateToObjects(root), text);
            try (FieldVector out = Types.arrow(new Field("x", e.type(), true)).createVector(allocator)) { //$NON-NLS-1$
                k.evaluateInto(root, out);
                for (int i = 0; i < rows.size(); i++) {
                    assertEquals(expected.get(i), stored(out, i, e.type()), text + " row " + i + " " + rows.get(i)); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
    }

    /**
     * Every date function over timestamps at ns and ms, instant and local: the kernels (computing in the column's
     * own unit) give the interpreter's values, and date_trunc/date_add keep the argument's type.
     */
    @ParameterizedTest
    @MethodSource("dateFunctionCases")
    void everyDateFunctionAtEveryPrecisionAgreesWithEvaluator(String text) {
        kernelAgreesWithEvaluator(text);
        DataType type = Expressions.compile(text, SCHEMA).typed().type();
        if (text.startsWith("date_trunc") || text.startsWith("date_add")) { //$NON-NLS-1$ //$NON-NLS-2$
            String column = text.substring(text.lastIndexOf(", ") + 2, text.length() - 1); //$NON-NLS-1$
            assertEquals(SCHEMA.field(column).orElseThrow().type(), type, text + ": the argument's type, local or instant"); //$NON-NLS-1$
        }
    }

    static Stream<String> dateFunctionCases() {
        List<String> cases = new ArrayList<>();
        for (String col : List.of("ins", "ims", "lns", "lms")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            String other = col.endsWith("ns") ? col.replace("ns", "ms") : col.replace("ms", "ns"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            for (String field : TimeRules.FIELDS) {
                cases.add("date_part('" + field + "', " + col + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (String unit : BuiltinFunction.DATE_UNITS) {
                cases.add("date_trunc('" + unit + "', " + col + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                cases.add("date_diff('" + unit + "', " + other + ", " + col + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                cases.add("date_add('" + unit + "', 7, " + col + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                cases.add("date_add('" + unit + "', -13, " + col + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (String f : List.of("year", "quarter", "month", "week", "isoyear", "day", "dayofweek", "isodow", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                    "dayofyear", "hour", "minute", "second", "millisecond", "microsecond", "epoch", "epoch_ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                    "last_day")) { //$NON-NLS-1$
                cases.add(f + "(" + col + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            cases.add("date_format(" + col + ", '%Y-%m-%d %H:%M:%S.%f %n %j %a')"); //$NON-NLS-1$ //$NON-NLS-2$
            cases.add("date_diff('second', " + col + ", date_add('second', 1, " + col + "))"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        cases.add("date_diff('minute', ins, lms)"); // an instant with a local date-time: as the instant (UTC) //$NON-NLS-1$
        return cases.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = { "date_add('year', 300, ins)", "date_add('day', 200000, lns)", "date_add('day', -200000, ins)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        "date_add('second', 9223372036, lns)", "date_add('year', 300000000, lms)", "date_trunc('year', date_add('month', -5067, lns))" }) // 1677-10-01, truncated before ns's first day //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    void aResultTheTypeCannotHoldIsAnErrorNeverAWrappedValue(String text) {
        TypedExpr e = Expressions.compile(text, SCHEMA).typed();
        List<Object> row = new ArrayList<>();
        for (Field f : SCHEMA.fields()) {
            row.add(TemporalValues.fit(f.type().id() == io.sluice.expression.types.TypeId.TIME ? LocalTime.NOON
                    : LocalDateTime.of(2100, 1, 1, 0, 0, 0, 123_456_789), f.type()));
        }
        assertThrows(EvaluationException.class, () -> Evaluator.evaluate(e, row), text);
        ExprKernel k = ExprKernel.compile(e);
        try (BufferAllocator allocator = new RootAllocator(64L << 20); VectorSchemaRoot root = load(allocator, List.of(row))) {
            assertThrows(EvaluationException.class, () -> k.evaluateToObjects(root), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "date_add('second', 1, CAST('1969-12-31 23:59:59.999999999' AS TIMESTAMP_NTZ(ns))) = CAST('1970-01-01 00:00:00.999999999' AS TIMESTAMP_NTZ(ns))", //$NON-NLS-1$
        "date_add('month', 1, CAST('2024-01-31 10:00:00.000000001' AS TIMESTAMP(ns))) = CAST('2024-02-29 10:00:00.000000001' AS TIMESTAMP(ns))", //$NON-NLS-1$
        "date_trunc('day', CAST('1969-12-31 23:59:59.999999999' AS TIMESTAMP_NTZ(ns))) = CAST('1969-12-31 00:00:00' AS TIMESTAMP_NTZ(ns))", //$NON-NLS-1$
        "date_trunc('second', CAST('1969-12-31 23:59:59.999' AS TIMESTAMP_NTZ(ms))) = CAST('1969-12-31 23:59:59' AS TIMESTAMP_NTZ(ms))", //$NON-NLS-1$
        "date_diff('second', CAST('1969-12-31 23:59:59.999999999' AS TIMESTAMP(ns)), CAST('1970-01-01 00:00:00' AS TIMESTAMP(ns))) = 1", //$NON-NLS-1$
        "date_part('nanosecond', CAST('2024-01-02 03:04:05.123456789' AS TIMESTAMP_NTZ(ns))) = 5123456789", //$NON-NLS-1$
        "date_part('microsecond', CAST('1969-12-31 23:59:59.999999999' AS TIMESTAMP(ns))) = 59999999", //$NON-NLS-1$
        "date_format(CAST('1900-01-02 03:04:05.000000042' AS TIMESTAMP_NTZ(ns)), '%n') = '000000042'", //$NON-NLS-1$
        "epoch(CAST('1969-12-31 23:59:59.999999' AS TIMESTAMP(ns))) = -0.000001", //$NON-NLS-1$
        "epoch_ms(CAST('1969-12-31 23:59:59.999999999' AS TIMESTAMP(ns))) = -1" }) //$NON-NLS-1$
    void knownValuesAtNanoseconds(String text) {
        TypedExpr e = Expressions.compile(text, SCHEMA).typed();
        assertEquals(Boolean.TRUE, Evaluator.evaluate(e, java.util.Arrays.asList(new Object[SCHEMA.fields().size()])), text);
        kernelAgreesWithEvaluator(text);
    }

    /** A row's value read back from an Arrow vector: times and timestamps through the one conversion. */
    private static Object stored(FieldVector v, int i, DataType type) {
        if (v.isNull(i)) {
            return null;
        }
        return switch (type.id()) {
            case TIMESTAMP -> TemporalValues.fromStored(((TimeStampVector) v).get(i), type);
            case TIME -> TemporalValues.fromStored(io.sluice.runtime.internal.types.Types.timeValue(v, i), type);
            case DATE -> TemporalValues.fromDays(((org.apache.arrow.vector.DateDayVector) v).get(i));
            case BOOLEAN -> ((org.apache.arrow.vector.BitVector) v).get(i) != 0;
            case INT32 -> ((org.apache.arrow.vector.IntVector) v).get(i);
            case INT64 -> ((org.apache.arrow.vector.BigIntVector) v).get(i);
            case FLOAT64 -> ((org.apache.arrow.vector.Float8Vector) v).get(i);
            case STRING -> new String(((org.apache.arrow.vector.VarCharVector) v).get(i), java.nio.charset.StandardCharsets.UTF_8);
            default -> throw new IllegalStateException(type.toString());
        };
    }

    /** Random rows (and the edge values) as the evaluator's values, each cut to its column's precision. */
    static List<List<Object>> rows(int n, long seed) {
        Random r = new Random(seed);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>();
            for (Field f : SCHEMA.fields()) {
                if (r.nextInt(8) == 0) {
                    row.add(null);
                    continue;
                }
                long nanos = i < EDGE_NANOS.length * 2 ? EDGE_NANOS[(i + f.name().length()) % EDGE_NANOS.length]
                        : r.nextLong(-4_000_000_000_000_000_000L, 4_000_000_000_000_000_000L);
                Object v = f.type().id() == io.sluice.expression.types.TypeId.TIME
                        ? LocalTime.ofNanoOfDay(Math.floorMod(nanos, 86_400_000_000_000L))
                        : f.type().isInstant() ? Instant.ofEpochSecond(0, nanos)
                                : LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                                        (int) Math.floorMod(nanos, 1_000_000_000L), java.time.ZoneOffset.UTC);
                row.add(TemporalValues.fit(v, f.type()));
            }
            rows.add(row);
        }
        return rows;
    }

    static VectorSchemaRoot load(BufferAllocator allocator, List<List<Object>> rows) {
        VectorSchemaRoot root = VectorSchemaRoot.create(Types.arrow(SCHEMA), allocator);
        root.allocateNew();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < SCHEMA.fields().size(); c++) {
                Object v = rows.get(r).get(c);
                FieldVector fv = root.getVector(c);
                if (v == null) {
                    ((BaseFixedWidthVector) fv).setNull(r);
                    continue;
                }
                long stored = TemporalValues.toStored(v, SCHEMA.fields().get(c).type());
                switch (fv) {
                    case TimeMilliVector x -> x.setSafe(r, (int) stored);
                    case TimeNanoVector x -> x.setSafe(r, stored);
                    case TimeStampVector x -> x.setSafe(r, stored);
                    default -> throw new IllegalStateException(fv.getClass().getName());
                }
            }
        }
        root.setRowCount(rows.size());
        return root;
    }
}
