package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TemporalValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluatorTest {

    /** Columns of every type, all nullable, for null and edge-value tests. */
    private static final Schema ALL = Schema.of(
            Field.nullable("b", DataType.BOOLEAN), Field.nullable("c", DataType.BOOLEAN),
            Field.nullable("i", DataType.INT32), Field.nullable("j", DataType.INT32),
            Field.nullable("l", DataType.INT64), Field.nullable("x", DataType.FLOAT64),
            Field.nullable("y", DataType.FLOAT64), Field.nullable("s", DataType.STRING),
            Field.nullable("t", DataType.STRING), Field.nullable("d", DataType.DATE),
            Field.nullable("ts", DataType.TIMESTAMP));

    private static Object eval(String text, Map<String, Object> row) {
        CheckResult r = Expressions.compile(text, ALL);
        assertTrue(r.ok(), () -> text + ": " + r.problems());
        Map<String, Object> full = new HashMap<>();
        for (String name : ALL.names()) {
            full.put(name, null);
        }
        full.putAll(row);
        return Evaluator.evaluate(r.typed(), full);
    }

    private static Object eval(String text) {
        return eval(text, Map.of());
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            row.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return row;
    }

    /** The evaluation error; a constant that fails is already a check problem, with the same reason. */
    private static String error(String text, Map<String, Object> row) {
        CheckResult r = Expressions.compile(text, ALL);
        String prefix = "this constant part always fails: ";
        if (!r.ok() && r.problems().get(0).message().startsWith(prefix)) {
            return r.problems().get(0).message().substring(prefix.length());
        }
        return assertThrows(EvaluationException.class, () -> eval(text, row)).getMessage();
    }

    private static Boolean bool(String v) {
        return v.equals("N") ? null : v.equals("T");
    }

    // ------------------------------------------------------------------------------------ three-valued logic

    @ParameterizedTest(name = "{0} AND/OR {1}")
    @CsvSource(textBlock = """
            T, T, T, T
            T, F, F, T
            T, N, N, T
            F, T, F, T
            F, F, F, F
            F, N, F, N
            N, T, N, T
            N, F, F, N
            N, N, N, N
            """)
    void threeValuedTruthTable(String a, String c, String and, String or) {
        Map<String, Object> row = new HashMap<>();
        row.put("b", bool(a));
        row.put("c", bool(c));
        assertEquals(bool(and), eval("b AND c", row));
        assertEquals(bool(or), eval("b OR c", row));
        assertEquals(bool(a) == null ? null : !bool(a), eval("NOT b", row));
        assertEquals(bool(a) == null, eval("b IS NULL", row));
        assertEquals(bool(a) != null, eval("b IS NOT NULL", row));
    }

    // ------------------------------------------------------------------------------------------------- nulls

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"i + 1", "1 - i", "i * 2", "i / 2", "i % 2", "2 % i", "-i", "-x", "l + 1", "x * 2.0",
        "i = 1", "i <> 1", "i < 1", "i <= 1", "i > 1", "i >= 1", "s = 'a'", "d = DATE '2024-01-01'",
        "s || 'x'", "'x' || s", "s LIKE 'a%'", "'a' LIKE s", "s NOT LIKE 'a%'", "i BETWEEN 1 AND 2",
        "1 BETWEEN i AND 2", "i NOT BETWEEN 1 AND 2", "i IN (1, 2)", "i NOT IN (1, 2)", "NOT b",
        "CAST(i AS STRING)", "CAST(s AS INT32)", "CAST(d AS TIMESTAMP)", "upper(s)", "lower(s)", "trim(s)",
        "ltrim(s)", "rtrim(s)", "length(s)", "substring(s, 1)", "substring('abc', i)", "substring('abc', 1, i)",
        "replace(s, 'a', 'b')", "replace('a', s, 'b')", "starts_with(s, 'a')", "ends_with('a', s)",
        "contains(s, 'a')", "regexp_matches(s, 'a')", "regexp_matches('a', s)", "nullif(i, 1)", "abs(i)",
        "round(x)", "round(x, i)", "round(1.5, i)", "floor(x)", "ceil(x)", "sqrt(x)", "power(x, 2)",
        "power(2, x)", "least(i, j)", "greatest(i, NULL)", "year(d)", "month(d)", "day(d)", "hour(ts)",
        "date_trunc('day', d)", "date_diff('day', d, DATE '2024-01-01')", "coalesce(i, j)",
        "CASE WHEN b THEN 1 END", "CASE i WHEN 1 THEN 'a' END", "NULL = NULL", "NULL + 1"})
    void nullOperandGivesNull(String text) {
        assertNull(eval(text), text);
    }

    @Test
    void operatorsThatAreNotNullStrict() {
        assertEquals(Boolean.TRUE, eval("i IS NULL"));
        assertEquals(Boolean.FALSE, eval("i IS NOT NULL"));
        assertEquals(7, eval("coalesce(i, j, 7)"));
        assertEquals("ab", eval("concat('a', s, 'b')"));
        assertEquals("", eval("concat(s)"));
        assertEquals(Boolean.FALSE, eval("b AND FALSE"));
        assertEquals(Boolean.TRUE, eval("b OR TRUE"));
        assertEquals(2, eval("CASE WHEN b THEN 1 ELSE 2 END"));
        assertEquals(2, eval("CASE i WHEN 1 THEN 1 ELSE 2 END"));
        assertEquals(Boolean.FALSE, eval("5 BETWEEN 6 AND i"));
        assertEquals(Boolean.TRUE, eval("5 NOT BETWEEN 6 AND i"));
        assertEquals(1, eval("nullif(1, i)"));
    }

    @Test
    void inWithNulls() {
        assertEquals(Boolean.TRUE, eval("1 IN (1, NULL)"));
        assertNull(eval("1 IN (2, NULL)"));
        assertNull(eval("1 NOT IN (2, NULL)"));
        assertEquals(Boolean.FALSE, eval("1 NOT IN (1, NULL)"));
        assertEquals(Boolean.FALSE, eval("1 IN (2, 3)"));
    }

    @Test
    void filterKeepsOnlyTrue() {
        CheckResult r = Expressions.compilePredicate("i > 1", ALL);
        Map<String, Object> row = new HashMap<>();
        row.put("i", null);
        assertNotTrue(Evaluator.evaluate(r.typed(), row));
    }

    private static void assertNotTrue(Object value) {
        assertFalse(Boolean.TRUE.equals(value));
    }

    // --------------------------------------------------------------------------------------------------- NaN

    @Test
    void nanIsEqualToItselfAndGreatest() {
        Map<String, Object> nan = row("x", Double.NaN, "y", 1.0e308);
        assertEquals(Boolean.TRUE, eval("x = x", nan));
        assertEquals(Boolean.FALSE, eval("x <> x", nan));
        assertEquals(Boolean.TRUE, eval("x > y", nan));
        assertEquals(Boolean.TRUE, eval("x > CAST('Infinity' AS FLOAT64)", nan));
        assertEquals(Boolean.FALSE, eval("x < x", nan));
        assertEquals(Boolean.TRUE, eval("x IN (1.0, x)", nan));
        assertEquals(Boolean.TRUE, eval("x BETWEEN 0.0 AND x", nan));
        assertEquals(1.0e308, eval("least(x, y)", nan));
        assertEquals(Double.NaN, eval("greatest(x, y)", nan));
        assertNull(eval("nullif(x, x)", nan));
        assertEquals(Double.NaN, eval("x + 1", nan));
        assertEquals(Double.NaN, eval("round(x, 2)", nan));
        assertEquals(Double.NaN, eval("abs(x)", nan));
        assertEquals("NaN", eval("CAST(x AS STRING)", nan));
        assertEquals(Double.NaN, eval("CAST('NaN' AS FLOAT64)"));
        assertEquals("cannot cast NaN to INT64", error("CAST(x AS INT64)", nan));
        assertEquals(Boolean.FALSE, eval("x IS NULL", nan));
    }

    @Test
    void ieeeArithmetic() {
        assertEquals(Double.POSITIVE_INFINITY, eval("1 / 0"));
        assertEquals(Double.NEGATIVE_INFINITY, eval("-1 / 0"));
        assertEquals(Double.NaN, eval("0 / 0"));
        assertEquals(Double.NaN, eval("sqrt(-1)"));
        assertEquals(Double.POSITIVE_INFINITY, eval("1e308 * 10"));
        assertEquals(Boolean.TRUE, eval("-0.0 = 0.0"));
        assertEquals(Boolean.FALSE, eval("-0.0 < 0.0"));
    }

    // ------------------------------------------------------------------------------------------ integer overflow

    @Test
    void integerOverflowIsAnError() {
        assertEquals("integer overflow in '+' (INT32)", error("i + 2147483647", row("i", 1)));
        assertEquals("integer overflow in '-' (INT32)", error("-2147483648 - i", row("i", 1)));
        assertEquals("integer overflow in '*' (INT32)", error("i * i", row("i", 65536)));
        assertEquals("integer overflow in '+' (INT64)", error("9223372036854775807 + 1", Map.of()));
        assertEquals("integer overflow in '*' (INT64)", error("l * l", row("l", 10_000_000_000L)));
        assertEquals("integer overflow in negation (INT64)", error("-l", row("l", Long.MIN_VALUE)));
        assertEquals("integer overflow in negation (INT32)", error("-i", row("i", Integer.MIN_VALUE)));
        assertEquals("integer overflow in abs (INT32)", error("abs(i)", row("i", Integer.MIN_VALUE)));
        assertEquals("integer overflow in round (INT64)", error("round(l, -1)", row("l", Long.MAX_VALUE)));
        assertEquals("cannot cast 3.0E10 to INT32 (out of range)", error("CAST(3e10 AS INT32)", Map.of()));
        assertEquals("cannot cast 10000000000 to INT32 (out of range)",
                error("CAST(l AS INT32)", row("l", 10_000_000_000L)));
        assertEquals("cannot cast 1.0E19 to INT64 (out of range)", error("CAST(1e19 AS INT64)", Map.of()));
        // widening first, then no overflow
        assertEquals(4_294_967_296L, eval("i * l", row("i", 65536, "l", 65536L)));
        assertEquals(2_147_483_648L, eval("2147483647 + CAST(1 AS INT64)"));
    }

    @Test
    void integerDivisionAndModulo() {
        assertEquals("division by zero", error("i % 0", row("i", 7)));
        assertEquals(-1, eval("-7 % 3"));
        assertEquals(1, eval("7 % -3"));
        assertEquals(0L, eval("l % -1", row("l", Long.MIN_VALUE)));
        assertEquals(3.5, eval("7 / 2"));
    }

    @Test
    void onlyCaseIsLazy() {
        Map<String, Object> zero = row("i", 7, "j", 0);
        assertNull(eval("CASE WHEN j <> 0 THEN i % j END", zero));
        assertEquals("division by zero", error("j <> 0 AND i % j = 1", zero));
        assertEquals("division by zero", error("coalesce(1, i % j)", zero));
    }

    // ----------------------------------------------------------------------------------------------- strings

    @Test
    void unicodeStrings() {
        assertEquals("STRASSE", eval("upper('straße')"));
        assertEquals("äöü", eval("lower('ÄÖÜ')"));
        assertEquals(6, eval("length('straße')"));
        assertEquals(1, eval("length('😀')"));
        assertEquals(2, eval("length('👍🏽')"));
        assertEquals("😀b", eval("substring('a😀b', 2)"));
        assertEquals("😀", eval("substring('😀😁😂', 1, 1)"));
        assertEquals("😂", eval("substring('😀😁😂', 3)"));
        assertEquals(Boolean.TRUE, eval("'a😀b' LIKE 'a_b'"));
        assertEquals(Boolean.FALSE, eval("'a😀b' LIKE 'a__b'"));
        assertEquals("😀x😀", eval("replace('😀a😀', 'a', 'x')"));
        assertEquals(Boolean.TRUE, eval("starts_with('😀a', '😀')"));
        assertEquals("é!", eval("trim(' é ') || '!'"));
        assertEquals(Boolean.TRUE, eval("regexp_matches('straße', 'ß')"));
        // code point order, not UTF-16 order: U+FFFF sorts before U+1F600
        assertEquals(Boolean.TRUE, eval("'\uFFFF' < '😀'"));
        assertEquals(Boolean.TRUE, eval("'a' < 'b' AND 'B' < 'a' AND 'ab' > 'a'"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '"', textBlock = """
            substring('abc', 0, 2)      | a
            substring('abc', -1)        | abc
            substring('abc', 2, 0)      | ""
            substring('abc', 5)         | ""
            substring('abc', 2, 100)    | bc
            substring('abc', 1, 9223372036854775807) | abc
            replace('abc', '', 'x')     | abc
            replace('aaa', 'a', 'bb')   | bbbbbb
            trim('  a b  ')             | a b
            ltrim('  a ')               | "a "
            rtrim(' a  ')               | " a"
            concat('a', 1, 2.5, TRUE)   | a12.5true
            'x' || DATE '2024-01-31'    | x2024-01-31
            CAST(TIMESTAMP '2024-01-31 10:00:00.000120' AS STRING) | 2024-01-31 10:00:00.00012Z
            CAST(1e10 AS STRING)        | 1.0E10
            CAST(-0.5 AS STRING)        | -0.5
            """)
    void stringEdgeCases(String text, String expected) {
        assertEquals(expected, eval(text));
    }

    @Test
    void stringPredicates() {
        assertEquals(Boolean.TRUE, eval("contains('abc', '')"));
        assertEquals(Boolean.FALSE, eval("contains('abc', 'C')"));
        assertEquals(Boolean.TRUE, eval("ends_with('abc', 'bc')"));
        assertEquals(Boolean.TRUE, eval("'100%' LIKE '100%'"));
        assertEquals(Boolean.TRUE, eval("'a.c' LIKE 'a.c' AND NOT 'abc' LIKE 'a.c'"));
        assertEquals(Boolean.TRUE, eval("'line1\nline2' LIKE 'line1%'"));
        assertEquals(Boolean.FALSE, eval("'ABC' LIKE 'abc'"));
        assertEquals(Boolean.TRUE, eval("regexp_matches('x-42-y', '[0-9]+')"));
        assertEquals("substring length must not be negative, got -1", error("substring('abc', 1, -1)", Map.of()));
        assertTrue(error("regexp_matches('a', s)", row("s", "(")).startsWith(
                "function 'regexp_matches' got an invalid regular expression: Unclosed group"));
    }

    // ------------------------------------------------------------------------------------------------- casts

    @Test
    void casts() {
        assertEquals(12, eval("CAST(' 12 ' AS INT)"));
        assertEquals(-12L, eval("CAST('-12' AS BIGINT)"));
        assertEquals(1.5, eval("CAST('1.5' AS DOUBLE)"));
        assertEquals(Boolean.TRUE, eval("CAST('TRUE' AS BOOLEAN)"));
        assertEquals(Boolean.FALSE, eval("CAST(' false' AS BOOL)"));
        assertEquals(3, eval("CAST(2.5 AS INT)"));
        assertEquals(-3, eval("CAST(-2.5 AS INT)"));
        assertEquals(2, eval("CAST(2.4999 AS INT)"));
        assertEquals(7.0, eval("CAST(7 AS FLOAT64)"));
        assertEquals(LocalDate.of(2024, 1, 31), eval("CAST('2024-01-31' AS DATE)"));
        assertEquals(LocalDate.of(2024, 1, 31), eval("CAST(TIMESTAMP '2024-01-31 23:59:59' AS DATE)"));
        assertEquals(Instant.parse("2024-01-31T10:00:00Z"), eval("CAST('2024-01-31T10:00:00Z' AS TIMESTAMP)"));
        assertEquals(Instant.parse("2024-01-31T00:00:00Z"), eval("CAST(DATE '2024-01-31' AS TIMESTAMP)"));
        assertEquals("true", eval("CAST(TRUE AS STRING)"));
        assertEquals("cannot cast 'abc' to INT32", error("CAST('abc' AS INT32)", Map.of()));
        assertEquals("cannot cast 'yes' to BOOLEAN", error("CAST('yes' AS BOOLEAN)", Map.of()));
        assertEquals("cannot cast '2024-02-30' to DATE", error("CAST('2024-02-30' AS DATE)", Map.of()));
        assertNull(eval("CAST(NULL AS DATE)"));
    }

    // ------------------------------------------------------------------------------------------------- numbers

    @Test
    void numericFunctions() {
        assertEquals(2.68, eval("round(2.675, 2)"));
        assertEquals(3.0, eval("round(2.5)"));
        assertEquals(-3.0, eval("round(-2.5)"));
        assertEquals(1200.0, eval("round(1234.5, -2)"));
        assertEquals(-1300, eval("round(-1250, -2)"));
        assertEquals(7L, eval("round(l)", row("l", 7L)));
        assertEquals(0, eval("round(7, -5)"));
        assertEquals(-3.0, eval("floor(-2.5)"));
        assertEquals(-2.0, eval("ceil(-2.5)"));
        assertEquals(5, eval("floor(5)"));
        assertEquals(2.5, eval("abs(-2.5)"));
        assertEquals(9L, eval("abs(l)", row("l", -9L)));
        assertEquals(0.5, eval("power(2, -1)"));
        assertEquals(3.0, eval("sqrt(9)"));
        assertEquals("b", eval("greatest('a', 'b', 'ab')"));
        assertEquals(LocalDate.of(2024, 1, 1), eval("least(DATE '2024-01-01', DATE '2024-06-01')"));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"),
                eval("least(DATE '2024-01-01', TIMESTAMP '2024-01-01 00:00:01')"));
        assertEquals(Boolean.TRUE, eval("greatest(FALSE, TRUE)"));
    }

    // ------------------------------------------------------------------------------------------------- dates

    @Test
    void dates() {
        Map<String, Object> r = row("d", LocalDate.of(2024, 1, 31), "ts", Instant.parse("2024-05-15T10:30:15.5Z"));
        assertEquals(2024, eval("year(d)", r));
        assertEquals(1, eval("month(d)", r));
        assertEquals(31, eval("day(d)", r));
        assertEquals(0, eval("hour(d)", r));
        assertEquals(10, eval("hour(ts)", r));
        assertEquals(5, eval("month(ts)", r));
        assertEquals(LocalDate.of(2024, 1, 29), eval("date_trunc('week', d)", r));
        assertEquals(LocalDate.of(2024, 1, 1), eval("date_trunc('quarter', d)", r));
        assertEquals(LocalDate.of(2024, 1, 31), eval("date_trunc('hour', d)", r));
        assertEquals(Instant.parse("2024-04-01T00:00:00Z"), eval("date_trunc('quarter', ts)", r));
        assertEquals(Instant.parse("2024-05-15T10:00:00Z"), eval("date_trunc('hour', ts)", r));
        assertEquals(Instant.parse("2024-05-15T10:30:15Z"), eval("date_trunc('second', ts)", r));
        assertEquals(Instant.parse("2024-05-13T00:00:00Z"), eval("date_trunc('week', ts)", r));
        assertEquals(1L, eval("date_diff('month', DATE '2024-01-31', DATE '2024-02-01')"));
        assertEquals(0L, eval("date_diff('month', DATE '2024-02-01', DATE '2024-02-29')"));
        assertEquals(-1L, eval("date_diff('year', DATE '2024-01-01', DATE '2023-12-31')"));
        assertEquals(29L, eval("date_diff('day', DATE '2024-02-01', DATE '2024-03-01')"));
        assertEquals(1L, eval("date_diff('week', DATE '2024-01-28', DATE '2024-01-29')"));
        assertEquals(1L, eval("date_diff('quarter', DATE '2024-03-31', DATE '2024-04-01')"));
        assertEquals(1L, eval("date_diff('hour', TIMESTAMP '2024-01-01 10:59:59', TIMESTAMP '2024-01-01 11:00:00')"));
        assertEquals(34L, eval("date_diff('hour', d, ts)", row("d", LocalDate.of(2024, 1, 1),
                "ts", Instant.parse("2024-01-02T10:30:00Z"))));
        assertEquals(Boolean.TRUE, eval("DATE '2024-01-31' < TIMESTAMP '2024-01-31 00:00:01'"));
        assertEquals(Boolean.TRUE, eval("DATE '2024-01-31' = TIMESTAMP '2024-01-31 00:00:00'"));
        assertEquals(1969, eval("year(TIMESTAMP '1969-12-31 23:59:59.5')"));
    }

    @Test
    void temporalValuesMatchTheStoredForm() {
        Instant before = Instant.parse("1969-12-31T23:59:59.5Z");
        assertEquals(-500_000L, TemporalValues.toMicros(before));
        assertEquals(before, TemporalValues.fromMicros(-500_000L));
        assertEquals(19753, TemporalValues.toDays(LocalDate.of(2024, 1, 31)));
        assertEquals(LocalDate.of(2024, 1, 31), TemporalValues.fromDays(19753));
        // nanoseconds below a microsecond are dropped on input
        Object v = eval("ts", row("ts", Instant.parse("2024-01-31T10:00:00.123456789Z")));
        assertEquals(Instant.parse("2024-01-31T10:00:00.123456Z"), v);
    }

    // --------------------------------------------------------------------------------------------- the API

    @Test
    void positionalRowsAndConstants() {
        CheckResult r = Expressions.compile("i + j", ALL);
        assertEquals(5, Evaluator.evaluate(r.typed(), Arrays.asList(null, null, 2, 3)));
        TypedExpr constant = Expressions.compile("upper('a') || 1", ALL).typed();
        assertTrue(Evaluator.isConstant(constant));
        assertFalse(Evaluator.isConstant(r.typed()));
        assertEquals("A1", Evaluator.evaluateConstant(constant));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluateConstant(r.typed()));
    }

    @Test
    void badRowsAreProgrammingErrors() {
        TypedExpr e = Expressions.compile("i + 1", ALL).typed();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Evaluator.evaluate(e, Map.of()));
        assertEquals("the row has no value for column 'i'", missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluate(e, Map.of("i", 1L)));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluate(e, List.of()));
    }

    @Test
    void javaClasses() {
        assertEquals(Integer.class, Evaluator.javaClass(DataType.INT32));
        assertEquals(Long.class, Evaluator.javaClass(DataType.INT64));
        assertEquals(Instant.class, Evaluator.javaClass(DataType.TIMESTAMP));
        assertEquals(LocalDate.class, Evaluator.javaClass(DataType.DATE));
    }
}
