package io.sluice.runtime.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.CheckResult;
import io.sluice.expression.RunContext;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.Expressions;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TemporalValues;
import io.sluice.runtime.internal.types.Types;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernels against the expression bundle's reference {@link Evaluator} (the specification), on generated
 * batches with nulls, NaN, signed zeros, infinities, unicode, empty and one-row batches.
 */
class ExprKernelTest {
    static final Schema SCHEMA = new Schema(List.of(Field.nullable("i", DataType.INT32),
            Field.nullable("l", DataType.INT64), Field.nullable("d", DataType.FLOAT64),
            Field.nullable("s", DataType.STRING), Field.nullable("b", DataType.BOOLEAN),
            Field.nullable("dt", DataType.DATE), Field.nullable("ts", DataType.TIMESTAMP),
            Field.required("k", DataType.INT32), Field.nullable("t", DataType.STRING),
            Field.nullable("e", DataType.INT64), Field.nullable("ed", DataType.DATE),
            Field.nullable("ets", DataType.TIMESTAMP), Field.nullable("u", DataType.STRING),
            Field.nullable("ef", DataType.FLOAT64)));

    /** The run the run-context functions read in these tests. */
    static final RunContext RUN = new RunContext("run-7", java.time.Instant.parse("2024-05-01T08:00:00.123456Z"), 7,
            java.util.Map.of("region", "north"));

    /** Edge values: extremes, month ends, leap days, DST transitions (Europe and the US), casts' corner cases. */
    static final long[] EDGE_LONGS = { Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
        -1, 0, 1, 4503599627370497L, 5_000_000_000_000_000_000L, -9_000_000_000_000_000_000L };
    static final String[] EDGE_DATES = { "2024-02-29", "2023-02-28", "2024-01-31", "2023-12-31", "2021-01-03",
        "2020-12-31", "1970-01-01", "1969-12-31", "2000-02-29", "1900-03-01", "0001-01-01", "9999-12-31" };
    static final String[] EDGE_TIMESTAMPS = { "2024-03-31T00:59:59.999999Z", "2024-03-31T01:00:00Z",
        "2024-10-27T00:30:00Z", "2024-10-27T01:30:00Z", "2024-03-10T07:00:00Z", "2024-11-03T05:30:00Z",
        "2024-11-03T06:30:00Z", "2024-02-29T23:59:59.5Z", "1969-12-31T23:59:59.999999Z", "1970-01-01T00:00:00Z",
        "2024-12-30T12:00:00Z", "2024-01-31T10:11:12.000001Z" };
    static final String[] EDGE_STRINGS = { "١٢", "\u00A012", " 12 ", "+7", "1d", "1e3", "0x10", "-0", "inf",
        "-Infinity", "nan", "9223372036854775808", "-9223372036854775808", "2147483648", "e\u0301", "İ", "ǅ", "",
        " ", "a,b,,c", "Hello wORLD", "2024-02-30", "2024-02-29 24:00:00", "café", "\uD83D\uDE00\uD83D\uDE01" };
    static final double[] EDGE_DOUBLES = { 0.49999999999999994, -0.49999999999999994, 4503599627370497.0,
        -4503599627370497.0, 2.5, -2.5, 0.5, -0.5, 9.223372036854775807E18, -9.223372036854775808E18, 2147483647.5,
        -2147483648.5, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 123456.789 };

    BufferAllocator allocator;

    @BeforeEach
    void open() {
        allocator = new RootAllocator(256L << 20);
        assertEquals(0, allocator.getAllocatedMemory());
    }

    @AfterEach
    void close() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    static final String[] STRINGS = { "", "a", "abc", "ABC", "Zoë", "straße", "漢字", "😀x", "\uE000", " pad ", "a%b",
            "paid", "2024-01-31", "42", " -7 ", "1.5", "NaN", "true", "2024-02-29 10:11:12.5" };
    static final double[] DOUBLES = { 0.0, -0.0, 1.5, -2.5, 2.675, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e300, 3.0, -7.25, 0.1 };

    /** Rows as lists in schema order, Evaluator classes. */
    static List<List<Object>> rows(int n, long seed) {
        Random r = new Random(seed);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>();
            row.add(r.nextInt(6) == 0 ? null : r.nextInt(21) - 10);
            row.add(r.nextInt(6) == 0 ? null : (long) (r.nextInt(2001) - 1000));
            row.add(r.nextInt(6) == 0 ? null : DOUBLES[r.nextInt(DOUBLES.length)]);
            row.add(r.nextInt(6) == 0 ? null : STRINGS[r.nextInt(STRINGS.length)]);
            row.add(r.nextInt(4) == 0 ? null : r.nextBoolean());
            row.add(r.nextInt(6) == 0 ? null : TemporalValues.fromDays(18000 + r.nextInt(2000)));
            row.add(r.nextInt(6) == 0 ? null
                    : TemporalValues.fromMicros(1_600_000_000_000_000L + (long) (r.nextDouble() * 1e14)));
            row.add(r.nextInt(7) + 1);
            row.add(r.nextInt(3) == 0 ? null : STRINGS[r.nextInt(STRINGS.length)]);
            row.add(r.nextInt(6) == 0 ? null : EDGE_LONGS[r.nextInt(EDGE_LONGS.length)]);
            row.add(r.nextInt(6) == 0 ? null : java.time.LocalDate.parse(EDGE_DATES[r.nextInt(EDGE_DATES.length)]));
            row.add(r.nextInt(6) == 0 ? null : java.time.Instant.parse(EDGE_TIMESTAMPS[r.nextInt(EDGE_TIMESTAMPS.length)]));
            row.add(r.nextInt(6) == 0 ? null : EDGE_STRINGS[r.nextInt(EDGE_STRINGS.length)]);
            row.add(r.nextInt(6) == 0 ? null : EDGE_DOUBLES[r.nextInt(EDGE_DOUBLES.length)]);
            rows.add(row);
        }
        return rows;
    }

    VectorSchemaRoot load(List<List<Object>> rows) {
        return loadWith(allocator, rows);
    }

    /** The rows as an Arrow batch of {@link #SCHEMA} in {@code alloc}. */
    VectorSchemaRoot loadWith(BufferAllocator alloc, List<List<Object>> rows) {
        VectorSchemaRoot root = VectorSchemaRoot.create(Types.arrow(SCHEMA), alloc);
        root.allocateNew();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                FieldVector fv = root.getVector(c);
                if (v == null) {
                    if (fv instanceof VarCharVector vc) {
                        vc.setNull(r);
                    } else {
                        ((org.apache.arrow.vector.BaseFixedWidthVector) fv).setNull(r);
                    }
                    continue;
                }
                switch (fv) {
                    case IntVector x -> x.setSafe(r, (Integer) v);
                    case BigIntVector x -> x.setSafe(r, (Long) v);
                    case Float8Vector x -> x.setSafe(r, (Double) v);
                    case VarCharVector x -> x.setSafe(r, ((String) v).getBytes(StandardCharsets.UTF_8));
                    case BitVector x -> x.setSafe(r, ((Boolean) v) ? 1 : 0);
                    case DateDayVector x -> x.setSafe(r, TemporalValues.toDays((java.time.LocalDate) v));
                    case TimeStampVector x -> x.setSafe(r, TemporalValues.toMicros((java.time.Instant) v));
                    default -> throw new IllegalStateException();
                }
            }
        }
        root.setRowCount(rows.size());
        return root;
    }

    static TypedExpr typed(String text) {
        CheckResult r = Expressions.compile(text, SCHEMA);
        if (!r.ok()) {
            fail(text + ": " + r.problems());
        }
        return r.typed();
    }

    static boolean oracleAvailable() {
        try {
            Evaluator.evaluateConstant(typed("1 + 1"));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static final String[] CASES = { "i + k", "l - i", "i * k", "l * l * l * l * l * l * l", "d + 1", "d * d",
            "i / k", "d / i", "l % k", "i % 3", "-i", "-d", "NOT b", "b AND i > 0", "b OR d > 1", "i = k", "d = d",
            "d < 1.5", "d >= 0", "s = 'abc'", "'abc' = s", "s < 'b'", "s <> t", "s >= t", "s IS NULL",
            "d IS NOT NULL", "i IN (1, 2, NULL)", "s IN ('a', 'abc')", "d NOT IN (0.0, 3.0)", "i BETWEEN -2 AND 5",
            "d NOT BETWEEN 0 AND 2", "s LIKE 'a%'", "s LIKE '_'", "t NOT LIKE '%b%'", "s || t", "concat(s, i, NULL, d)",
            "CASE WHEN i > 0 THEN 'pos' WHEN i < 0 THEN 'neg' ELSE NULL END", "CASE WHEN k <> 0 THEN l % k END",
            "CASE i WHEN 1 THEN d WHEN 2 THEN -d ELSE 0 END", "CAST(i AS STRING)", "CAST(d AS STRING)",
            "CAST(dt AS STRING)", "CAST(ts AS STRING)", "CAST(b AS STRING)", "CAST(d AS INT64)", "CAST(l AS INT32)",
            "CAST(s AS INT32)", "CAST(t AS FLOAT64)", "CAST(s AS DATE)", "CAST(s AS TIMESTAMP)", "CAST(s AS BOOLEAN)",
            "CAST(dt AS TIMESTAMP)", "CAST(ts AS DATE)", "dt < ts", "upper(s)", "lower(t)", "trim(s)", "ltrim(s)",
            "rtrim(s)", "length(s)", "substring(s, 2)", "substring(s, 0, 2)", "substring(s, i, k)",
            "replace(s, 'a', 'xy')", "replace(s, '', 'z')", "starts_with(s, t)", "ends_with(s, 'c')",
            "contains(s, 'b')", "regexp_matches(s, '^[a-z]+$')", "coalesce(i, l, 0)", "coalesce(s, t)",
            "nullif(i, 1)", "nullif(d, d)", "abs(i)", "abs(d)", "round(d)", "round(d, 2)", "round(l, -2)", "floor(d)",
            "ceil(d)", "floor(i)", "sqrt(d)", "power(d, 2)", "least(i, k, 3)", "greatest(d, 1.0)", "year(dt)",
            "month(ts)", "day(dt)", "hour(ts)", "date_trunc('month', dt)", "date_trunc('week', ts)",
            "date_trunc('quarter', dt)", "date_trunc('hour', ts)", "date_diff('day', dt, ts)",
            "date_diff('month', dt, dt)", "date_diff('week', ts, ts)", "date_diff('hour', dt, ts)",
            "date_diff('year', ts, dt)", "NULL", "i + NULL", "NULL AND b", "NULL OR b" };

    /**
     * Every function of the catalog with columns bound to each parameter (normal and edge columns), at its least
     * and greatest arity: generated from the catalog, so a new function is covered without a new line here.
     */
    static List<String> functionCases() {
        List<String> out = new ArrayList<>();
        for (BuiltinFunction f : BuiltinFunction.values()) {
            if (f == BuiltinFunction.TRY_CAST) {
                for (String col : List.of("s", "u", "d", "ef", "l", "e", "ts")) {
                    for (DataType t : List.of(DataType.INT32, DataType.INT64, DataType.FLOAT64, DataType.DATE,
                            DataType.TIMESTAMP, DataType.STRING, DataType.BOOLEAN)) {
                        String text = "TRY_CAST(" + col + " AS " + t.typeName() + ")";
                        if (Expressions.compile(text, SCHEMA).ok()) {
                            out.add(text);
                        }
                    }
                }
                continue;
            }
            int max = f.isVariadic() ? f.minArgs() + 2 : f.params().size();
            for (int arity = f.minArgs(); arity <= max; arity++) {
                for (int variant = 0; variant < 2; variant++) {
                    List<String> args = new ArrayList<>();
                    List<List<String>> choices = new ArrayList<>();
                    for (int p = 0; p < arity; p++) {
                        choices.add(argumentsFor(f, f.paramAt(p), variant, p));
                    }
                    expand(f, choices, 0, args, out);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static void expand(BuiltinFunction f, List<List<String>> choices, int at, List<String> args,
            List<String> out) {
        if (at == choices.size()) {
            String text = f.functionName() + "(" + String.join(", ", args) + ")";
            if (Expressions.compile(text, SCHEMA).ok()) {
                out.add(text);
            }
            return;
        }
        for (String c : choices.get(at)) {
            args.add(c);
            expand(f, choices, at + 1, args, out);
            args.remove(args.size() - 1);
        }
    }

    private static List<String> argumentsFor(BuiltinFunction f, BuiltinFunction.Param p, int variant, int position) {
        boolean edge = variant == 1;
        return switch (p) {
            case STRING -> switch (f) {
                case DATE_FORMAT -> List.of("'%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %I %u %w %V %G %y %%'");
                case PARSE_DATE, PARSE_TIMESTAMP -> position == 0 ? List.of(edge ? "u" : "s")
                        : List.of("'%Y-%m-%d'", "'%Y-%m-%d %H:%M:%S'");
                case TO_LOCAL_TIME, FROM_LOCAL_TIME -> List.of("'Europe/Paris'", "'America/New_York'", "'UTC'");
                case LPAD, RPAD, TRANSLATE -> position == 0 ? List.of(edge ? "u" : "s") : List.of("t", "'xy'");
                default -> List.of(edge ? "u" : "s", position == 0 ? "t" : "'a'");
            };
            case REGEX -> List.of("'[[:alpha:]]+'", "'(a)(b)?'", "'^[0-9]+$'", "'\\s'");
            case INTEGER -> f == BuiltinFunction.REGEXP_EXTRACT ? List.of("0", "1")
                    : f == BuiltinFunction.MAKE_DATE || f == BuiltinFunction.MAKE_TIMESTAMP
                            ? List.of(position == 0 ? (edge ? "e" : "2024") : "k")
                            : List.of(edge ? "e" : "i", "k");
            case NUMERIC -> edge ? List.of("e", "ef") : List.of("i", "l", "d");
            case FLOAT -> edge ? List.of("ef", "e") : List.of("d", "i");
            case TEMPORAL, COMMON_TEMPORAL -> edge ? List.of("ed", "ets") : List.of("dt", "ts");
            case TIMESTAMP -> edge ? List.of("ets") : List.of("ts");
            case UNIT -> BuiltinFunction.DATE_UNITS.stream().map(u -> "'" + u + "'").toList();
            case FIELD -> io.sluice.expression.semantics.TimeRules.FIELDS.stream().map(u -> "'" + u + "'").toList();
            case BOOLEAN -> List.of("b");
            case NAME -> List.of("'region'", "'missing'");
            case ANY, TO_STRING_VARIADIC -> edge ? List.of("u", "ef", "ed") : List.of("s", "i", "NULL");
            case COMMON, COMMON_VARIADIC -> edge ? List.of("e", "ef", "u") : List.of("i", "d", "s", "NULL");
            case TYPE -> List.of("'INT64'");
            // nested and binary values, built from the columns (the kernels carry them boxed)
            case LIST, LIST_OR_MAP -> edge ? List.of("list_value(e, NULL, l)", "map_from_arrays(list_value('a', 'b'), list_value(i, k))")
                    : List.of("split(s, ',')", "list_value(i, k)", "split(u, '')");
            case MAP -> List.of("map_from_arrays(list_value('a', 'b'), list_value(i, k))",
                    "map_from_arrays(list_value(1, 2), list_value(s, NULL))");
            case STRUCT -> List.of("named_struct('x', i, 's', s)");
            case STRING_LIST -> edge ? List.of("split(u, 'a')") : List.of("split(s, ',')", "list_value(s, NULL, t)");
            case ELEMENT -> List.of("'a'", "t", "k", "NULL");
            case INDEX_OR_KEY -> edge ? List.of("e", "-1", "0") : List.of("i", "k", "'a'", "2");
            case FIELD_NAME -> List.of("'x'", "'s'");
            case NAME_VALUE_VARIADIC -> position % 2 == 0 ? List.of("'f" + position + "'") : List.of("i", "s", "dt");
            case BINARY -> List.of("unhex(md5(s))", "CAST(u AS BINARY)");
            case STRING_OR_BINARY -> edge ? List.of("u", "unhex(md5(u))") : List.of("s", "unhex(md5(s))");
        };
    }

    static Stream<Arguments> cases() {
        List<Arguments> args = new ArrayList<>();
        int[] sizes = { 0, 1, 257 };
        List<String> all = new ArrayList<>(List.of(CASES));
        all.addAll(functionCases());
        for (String c : all) {
            for (int size : sizes) {
                args.add(Arguments.of(c, size));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} over {1} rows")
    @MethodSource("cases")
    void kernelAgreesWithEvaluator(String text, int size) {
        org.junit.jupiter.api.Assumptions.assumeTrue(oracleAvailable(), "reference Evaluator not implemented yet");
        TypedExpr e = typed(text);
        List<List<Object>> rows = rows(size, text.hashCode() * 31L + size);
        List<Object> expected = new ArrayList<>();
        EvaluationException oracleError = null;
        for (List<Object> row : rows) {
            try {
                expected.add(Evaluator.evaluate(e, row, RUN));
            } catch (EvaluationException ex) {
                oracleError = ex;
                break;
            }
        }
        ExprKernel k = ExprKernel.compile(e, RUN);
        try (VectorSchemaRoot root = load(rows)) {
            if (oracleError != null) {
                assertThrows(EvaluationException.class, () -> k.evaluateToObjects(root),
                        "oracle failed with: " + oracleError.getMessage());
                return;
            }
            List<Object> actual = k.evaluateToObjects(root);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(comparable(expected.get(i)), comparable(actual.get(i)), text + " row " + i + " " + rows.get(i));
            }
            // and through Arrow vectors (the path Derive takes)
            if (e.type() != DataType.NULL) {
                try (FieldVector out = Types.arrow(new Field("x", e.type(), true)).createVector(allocator)) {
                    k.evaluateInto(root, out);
                    assertEquals(size, out.getValueCount());
                    for (int i = 0; i < size; i++) {
                        assertEquals(expected.get(i) == null, out.isNull(i), text + " row " + i);
                    }
                }
            }
        }
    }

    /** A value whose equals compares content: bytes as hex, also inside lists and maps. */
    static Object comparable(Object v) {
        return switch (v) {
            case byte[] b -> "0x" + java.util.HexFormat.of().formatHex(b);
            case List<?> l -> l.stream().map(x -> x == null ? "NULL" : comparable(x)).toList();
            case java.util.Map<?, ?> m -> {
                java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
                m.forEach((k, x) -> out.put(comparable(k), x == null ? "NULL" : comparable(x)));
                yield out;
            }
            case null -> null;
            default -> v;
        };
    }

    /** Hand-checked values, independent of the oracle. */
    @Test
    void knownValues() {
        List<List<Object>> rows = List.of(
                Arrays.asList(5, 7L, Double.NaN, "straße", true, TemporalValues.fromDays(19753), null, 2, "ß"),
                Arrays.asList(null, -3L, -0.0, "😀x", null, null, null, 3, null));
        try (VectorSchemaRoot root = load(rows)) {
            assertEquals(Arrays.asList(7, null), ExprKernel.compile(typed("i + k")).evaluateToObjects(root));
            assertEquals(Arrays.asList(true, true), ExprKernel.compile(typed("d = d")).evaluateToObjects(root));
            assertEquals(Arrays.asList(false, true), ExprKernel.compile(typed("d = 0.0")).evaluateToObjects(root));
            assertEquals(Arrays.asList("STRASSE", "😀X"), ExprKernel.compile(typed("upper(s)")).evaluateToObjects(root));
            assertEquals(Arrays.asList(6, 2), ExprKernel.compile(typed("length(s)")).evaluateToObjects(root));
            assertEquals(Arrays.asList(true, null), ExprKernel.compile(typed("b OR i > 100")).evaluateToObjects(root));
            assertEquals(Arrays.asList(false, false), ExprKernel.compile(typed("NULL AND FALSE OR FALSE")).evaluateToObjects(root));
            assertEquals(Arrays.asList(1L, 0L), ExprKernel.compile(typed("l % k")).evaluateToObjects(root));
            assertEquals(Arrays.asList("str", "😀x"), ExprKernel.compile(typed("substring(s, 0, 4)")).evaluateToObjects(root));
            assertEquals(Arrays.asList(2.68, 2.68), ExprKernel.compile(typed("round(2.675, 2)")).evaluateToObjects(root));
            assertEquals(Arrays.asList(TemporalValues.fromDays(19753 - 30), null),
                    ExprKernel.compile(typed("date_trunc('month', dt)")).evaluateToObjects(root));
            assertEquals(Arrays.asList("pos", null),
                    ExprKernel.compile(typed("CASE WHEN i > 0 THEN 'pos' END")).evaluateToObjects(root));
            assertThrows(EvaluationException.class, () -> ExprKernel.compile(typed("k % (k - k)")).evaluateToObjects(root));
            assertThrows(EvaluationException.class,
                    () -> ExprKernel.compile(typed("l * 4611686018427387904")).evaluateToObjects(root));
            assertEquals(Arrays.asList(0L, 0L), ExprKernel.compile(typed("CASE WHEN k = 0 THEN l % (k - k) ELSE 0 END"))
                    .evaluateToObjects(root).stream().map(o -> ((Number) o).longValue()).toList());
            int[] sel = new int[2];
            assertEquals(1, ExprKernel.compile(typed("s = 'straße' AND k > 1")).select(root, sel));
            assertEquals(0, sel[0]);
            assertTrue(ExprKernel.compile(typed("s < t")).evaluateToObjects(root).get(0) instanceof Boolean);
        }
    }
}
