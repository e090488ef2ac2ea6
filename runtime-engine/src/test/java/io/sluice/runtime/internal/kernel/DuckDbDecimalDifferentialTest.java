package io.sluice.runtime.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sluice.expression.CheckResult;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Expressions;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.runtime.internal.types.Types;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DECIMAL and the narrow numeric types against DuckDB: the interpreter and the column kernels give DuckDB's values,
 * row by row, on edge and random rows (DECIMAL(12,2), DECIMAL(38,10), DECIMAL(5,0), INT8, INT16, FLOAT32, INT32,
 * INT64, FLOAT64, STRING). A row where only one side fails is a difference, except where {@link #INTENDED} says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbDecimalDifferentialTest {

    static final Schema SCHEMA = new Schema(List.of(Field.nullable("a", DataType.decimal(12, 2)),
            Field.nullable("b", DataType.decimal(38, 10)), Field.nullable("c", DataType.decimal(5, 0)),
            Field.nullable("t8", DataType.INT8), Field.nullable("t16", DataType.INT16),
            Field.nullable("f", DataType.FLOAT32), Field.nullable("i", DataType.INT32),
            Field.nullable("l", DataType.INT64), Field.nullable("d", DataType.FLOAT64),
            Field.nullable("s", DataType.STRING)));

    /** {@link #SCHEMA} in DuckDB's words. */
    static final String DUCK_COLUMNS = "a DECIMAL(12,2), b DECIMAL(38,10), c DECIMAL(5,0), "
            + "t8 TINYINT, t16 SMALLINT, f REAL, i INTEGER, l BIGINT, d DOUBLE, s VARCHAR";

    /** Sluice expression, DuckDB SQL. */
    static final String[][] CASES = {
        { "a + a", "a + a" }, { "a - c", "a - c" }, { "a * c", "a * c" }, { "a + b", "a + b" }, { "a * a", "a * a" },
        { "-a", "-a" }, { "a + i", "a + i" }, { "c * l", "c * l" }, { "a % c", "a % c" }, { "a + d", "a + d" },
        { "a < b", "a < b" }, { "a = c", "a = c" }, { "a BETWEEN c AND b", "a BETWEEN c AND b" },
        { "a IN (c, DECIMAL '0.10')", "a IN (c, 0.10)" }, { "abs(a)", "abs(a)" }, { "round(a, 1)", "round(a, 1)" },
        { "floor(a)", "floor(a)" }, { "ceil(b)", "ceil(b)" }, { "sign(a)", "sign(a)" }, { "least(a, c)", "least(a, c)" },
        { "greatest(a, b)", "greatest(a, b)" }, { "CAST(a AS INT64)", "CAST(a AS BIGINT)" },
        { "CAST(a AS FLOAT64)", "CAST(a AS DOUBLE)" }, { "CAST(a AS STRING)", "CAST(a AS VARCHAR)" },
        { "CAST(s AS DECIMAL(12,2))", "CAST(s AS DECIMAL(12,2))" }, { "CAST(i AS DECIMAL(12,2))", "CAST(i AS DECIMAL(12,2))" },
        { "CAST(d AS DECIMAL(12,2))", "CAST(d AS DECIMAL(12,2))" }, { "CAST(b AS DECIMAL(12,2))", "CAST(b AS DECIMAL(12,2))" },
        { "CAST(a AS DECIMAL(5,1))", "CAST(a AS DECIMAL(5,1))" }, { "CAST(l AS INT16)", "CAST(l AS SMALLINT)" },
        { "CAST(i AS INT8)", "CAST(i AS TINYINT)" }, { "t8 + t16", "t8::INTEGER + t16" }, { "t16 * i", "t16 * i" },
        { "-t8", "-(t8::INTEGER)" }, { "f + d", "f::DOUBLE + d" }, { "f < d", "f::DOUBLE < d" },
        { "CAST(f AS STRING)", "CAST(f AS VARCHAR)" }, { "abs(t16)", "abs(t16::INTEGER)" },
        { "CAST(t8 AS DECIMAL(12,2))", "CAST(t8 AS DECIMAL(12,2))" }, { "CAST(a AS FLOAT32)", "CAST(a AS REAL)" },
    };

    static final Map<String, String> INTENDED = Map.of(
            "a * a", "DuckDB fails to multiply two DECIMAL(12,2) whose product needs more than 18 digits (its "
                    + "64-bit path); Sluice's DECIMAL(25,4) holds 9999999999.99² exactly",
            "a % c", "x % 0 is an error (a reject), as for integers; DuckDB gives NULL for a DECIMAL remainder by 0",
            "CAST(f AS STRING)", "FLOAT32 text is Java's Float.toString (3.4028235E38); DuckDB writes 3.4028235e+38");

    BufferAllocator allocator;
    DuckDbHarness duck;
    List<List<Object>> rows;

    static List<List<Object>> rows() {
        List<List<Object>> out = new ArrayList<>();
        String[] as = { "9999999999.99", "-9999999999.99", "0.00", "0.01", "-0.01", "0.05", "-0.05", "12.50", "1.25" };
        String[] bs = { "1234567890123456789012345678.0123456789", "-0.0000000001", "0E-10", "0.0050000000", "1" };
        long[] cs = { 99999, -99999, 0, 1, -1, 3, 7 };
        String[] ss = { "12.345", "-0.005", "1e3", "abc", " 7 ", "99999999999.999", "0.125", "", "2.675" };
        double[] ds = { 0.125, 2.675, -1.5, 1e300, Double.NaN, 0.1, -0.0, 12345678901.234 };
        Random r = new Random(1130);
        for (int k = 0; k < 90; k++) {
            List<Object> row = new ArrayList<>();
            row.add(k % 11 == 10 ? null : k < as.length ? new BigDecimal(as[k])
                    : BigDecimal.valueOf(r.nextLong() % 1_000_000_00L, 2));
            row.add(k % 13 == 12 ? null : new BigDecimal(bs[k % bs.length]).setScale(10));
            row.add(k % 7 == 6 ? null : BigDecimal.valueOf(cs[k % cs.length]));
            row.add(k % 9 == 8 ? null : (int) (byte) (k * 37));
            row.add(k % 9 == 7 ? null : (int) (short) (k * 7919));
            row.add(k % 10 == 9 ? null : (float) (k % 4 == 0 ? 3.4028235E38 : (r.nextInt(2000) - 1000) / 8.0));
            row.add(k % 8 == 7 ? null : k < 4 ? new int[] { Integer.MAX_VALUE, Integer.MIN_VALUE, 128, -129 }[k]
                    : r.nextInt(100_000) - 50_000);
            row.add(k % 12 == 11 ? null : k < 3 ? new long[] { 40000, -32769, 32767 }[k] : (long) r.nextInt(10_000));
            row.add(k % 6 == 5 ? null : ds[k % ds.length]);
            row.add(k % 10 == 8 ? null : ss[k % ss.length]);
            out.add(row);
        }
        return out;
    }

    @BeforeAll
    void open() throws SQLException {
        allocator = new RootAllocator(64L << 20);
        rows = rows();
        duck = new DuckDbHarness(DUCK_COLUMNS, rows, v -> v);
    }

    @AfterAll
    void close() throws SQLException {
        duck.close();
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1]));
    }

    private static TypedExpr typed(String text) {
        CheckResult r = Expressions.compile(text, SCHEMA);
        if (!r.ok()) {
            fail(text + ": " + r.problems());
        }
        return r.typed();
    }

    @Test
    void decimalResultTypesFollowTheRules() {
        assertEquals(DataType.decimal(13, 2), typed("a + a").type());
        assertEquals(DataType.decimal(38, 10), typed("a + b").type(), "precision capped at 38, the scale kept");
        assertEquals(DataType.decimal(13, 2), typed("round(a, 1)").type(), "rounding up may add a digit");
        assertEquals(DataType.decimal(18, 2), typed("a * c").type());
        assertEquals(DataType.decimal(18, 8), typed("a / c").type()); // scale max(6, 2+5+1) = 8, precision 12-2+0+8
        assertEquals(DataType.INT32, typed("t8 + t16").type());
        assertEquals(DataType.FLOAT64, typed("a + d").type());
        assertEquals(DataType.FLOAT64, typed("a * 1.1").type(), "a fixed-point literal is FLOAT64");
        assertEquals(DataType.decimal(15, 3), typed("a * DECIMAL '1.1'").type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithDuckDb(String sluice, String sql) throws Exception {
        TypedExpr e = typed(sluice);
        List<Object> ours = duck.evaluate(e);
        List<String> diffs = duck.diffs(ours, duck.values(sql), DuckDbDecimalDifferentialTest::same);
        String reason = INTENDED.get(sluice);
        if (reason == null || reason.startsWith("none expected")) {
            assertTrue(diffs.isEmpty(), sluice + " differs from DuckDB's " + sql + ":\n"
                    + String.join("\n", diffs.subList(0, Math.min(8, diffs.size()))));
        } else {
            assertTrue(!diffs.isEmpty(), "stale intended difference, remove it: " + sluice);
        }
        // the kernels give the interpreter's values (and fail where it fails)
        try (VectorSchemaRoot root = load()) {
            ExprKernel k = ExprKernel.compile(e, ExprKernelTest.RUN);
            if (ours.stream().noneMatch(o -> o instanceof EvaluationException)) {
                assertEquals(ours, k.evaluateToObjects(root), sluice);
            } else {
                try {
                    k.evaluateToObjects(root);
                    fail(sluice + ": the interpreter fails on a row, the kernel does not");
                } catch (EvaluationException expected) {
                    // as the interpreter
                }
            }
        }
    }

    private VectorSchemaRoot load() {
        VectorSchemaRoot root = VectorSchemaRoot.create(Types.arrow(SCHEMA), allocator);
        root.allocateNew();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < SCHEMA.size(); c++) {
                Object v = rows.get(r).get(c);
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
                    case DecimalVector x -> x.setSafe(r, (BigDecimal) v);
                    case TinyIntVector x -> x.setSafe(r, (byte) (int) (Integer) v);
                    case SmallIntVector x -> x.setSafe(r, (short) (int) (Integer) v);
                    case Float4Vector x -> x.setSafe(r, (Float) v);
                    case IntVector x -> x.setSafe(r, (Integer) v);
                    case BigIntVector x -> x.setSafe(r, (Long) v);
                    case Float8Vector x -> x.setSafe(r, (Double) v);
                    case VarCharVector x -> x.setSafe(r, ((String) v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    default -> throw new IllegalStateException(fv.getClass().getName());
                }
            }
        }
        root.setRowCount(rows.size());
        return root;
    }

    private static boolean same(Object ours, Object theirs) {
        if (ours instanceof Exception || theirs instanceof Exception) {
            return ours instanceof Exception && theirs instanceof Exception;
        }
        if (ours == null || theirs == null) {
            return ours == null && theirs == null;
        }
        return switch (ours) {
            case BigDecimal x -> theirs instanceof BigDecimal y ? x.compareTo(y) == 0
                    : theirs instanceof Number n && !(theirs instanceof Double) && x.compareTo(new BigDecimal(n.toString())) == 0;
            case Integer x -> theirs instanceof Number n && !(theirs instanceof Double) && !(theirs instanceof Float)
                    && new BigDecimal(n.toString()).compareTo(BigDecimal.valueOf(x)) == 0;
            case Long x -> theirs instanceof Number n && !(theirs instanceof Double) && !(theirs instanceof Float)
                    && new BigDecimal(n.toString()).compareTo(BigDecimal.valueOf(x)) == 0;
            case Double x -> theirs instanceof Number n && Double.compare(x, n.doubleValue()) == 0
                    || (x == 0 && ((Number) theirs).doubleValue() == 0);
            case Float x -> theirs instanceof Number n && Float.compare(x, n.floatValue()) == 0;
            case Boolean x -> x.equals(theirs);
            case String x -> x.equals(String.valueOf(theirs));
            default -> false;
        };
    }
}
