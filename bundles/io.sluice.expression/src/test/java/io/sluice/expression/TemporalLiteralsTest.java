package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TimePrecision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date and time literals: their type (kind from the prefix, precision from the digits, µs at least), their value to
 * the last digit, how they print and read back, and the casts from text that share their parser.
 */
class TemporalLiteralsTest {
    static final Schema NONE = new Schema(List.of(Field.nullable("x", DataType.INT32))); //$NON-NLS-1$

    private static TypedExpr typed(String text) {
        CheckResult r = Expressions.compile(text, NONE);
        assertTrue(r.ok(), text + ": " + r.problems()); //$NON-NLS-1$
        return r.typed();
    }

    private static Object value(String text) {
        return Evaluator.evaluate(typed(text), java.util.Arrays.asList(new Object[1]));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TIMESTAMP '2024-01-02 03:04:05'|TIMESTAMP", //$NON-NLS-1$
        "TIMESTAMP '2024-01-02 03:04:05.123456789'|TIMESTAMP(ns)", //$NON-NLS-1$
        "TIMESTAMP '2024-01-02 03:04:05.5+02:00'|TIMESTAMP", //$NON-NLS-1$
        "TIMESTAMPTZ '2024-01-02 03:04:05Z'|TIMESTAMP", //$NON-NLS-1$
        "TIMESTAMP_NTZ '2024-01-02 03:04:05.123'|TIMESTAMP_NTZ", //$NON-NLS-1$
        "TIMESTAMP_NTZ '2024-01-02 03:04:05.123456789'|TIMESTAMP_NTZ(ns)", //$NON-NLS-1$
        "DATETIME '1900-01-02 03:04:05'|TIMESTAMP_NTZ", //$NON-NLS-1$
        "TIMESTAMP_MS '2024-01-02 03:04:05.123'|TIMESTAMP(ms)", //$NON-NLS-1$
        "TIMESTAMP_NS '2024-01-02 03:04:05'|TIMESTAMP(ns)", //$NON-NLS-1$
        "TIME '12:34:56.789'|TIME", //$NON-NLS-1$
        "TIME '12:34:56.789012345'|TIME(ns)", //$NON-NLS-1$
        "DATE '1969-12-31'|DATE" }) //$NON-NLS-1$
    void aLiteralsTypeIsItsPrefixsKindAtThePrecisionOfItsDigits(String text, String type) {
        assertEquals(DataType.parse(type), typed(text).type(), text);
        String printed = Expressions.print(typed(text));
        assertEquals(typed(text).type(), typed(printed).type(), text + " printed as " + printed); //$NON-NLS-1$
        assertEquals(value(text), value(printed), text + " printed as " + printed); //$NON-NLS-1$
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "TIMESTAMP '2024-01-02 03:04:05.123456789' = CAST('2024-01-02 03:04:05.123456789' AS TIMESTAMP(ns))", //$NON-NLS-1$
        "TIMESTAMP '2024-01-02 05:04:05+02:00' = TIMESTAMP '2024-01-02 03:04:05Z'", //$NON-NLS-1$
        "TIMESTAMP_NTZ '1969-12-31 23:59:59.999999999' < TIMESTAMP_NTZ '1970-01-01 00:00:00'", //$NON-NLS-1$
        "TIME '12:34:56.789' = CAST('12:34:56.789' AS TIME)", //$NON-NLS-1$
        "CAST('12:34:56.789123456' AS TIME(ns)) > TIME '12:34:56.789123455'", //$NON-NLS-1$
        "CAST(TIME '12:34:56.789' AS STRING) = '12:34:56.789'", //$NON-NLS-1$
        "CAST(TIMESTAMP_NTZ '1969-12-31 23:59:59.999999999' AS STRING) = '1969-12-31 23:59:59.999999999'", //$NON-NLS-1$
        "CAST('2024-01-02 03:04:05.123456789' AS TIMESTAMP) = TIMESTAMP '2024-01-02 03:04:05.123456'", //$NON-NLS-1$
        "CAST('1969-12-31 23:59:59.9999999' AS TIMESTAMP) = TIMESTAMP '1969-12-31 23:59:59.999999'", //$NON-NLS-1$
        "TRY_CAST('2024-01-02 03:04:05Z' AS TIMESTAMP_NTZ) IS NULL", //$NON-NLS-1$
        "date_trunc('hour', TIMESTAMP_NTZ '2024-01-02 03:04:05.123456789') = TIMESTAMP_NTZ '2024-01-02 03:00:00'", //$NON-NLS-1$
        "date_add('day', 1, TIMESTAMP_NS '2024-01-02 03:04:05.000000001') = TIMESTAMP '2024-01-03 03:04:05.000000001'" }) //$NON-NLS-1$
    void literalsAndCastsKeepEveryDigit(String text) {
        assertEquals(Boolean.TRUE, value(text), text);
    }

    @org.junit.jupiter.api.Test
    void valuesAreExactAndOfTheirKind() {
        assertEquals(Instant.parse("2024-01-02T03:04:05.123456789Z"), value("TIMESTAMP '2024-01-02 03:04:05.123456789'")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(LocalDateTime.parse("1969-12-31T23:59:59.999999999"), value("TIMESTAMP_NTZ '1969-12-31 23:59:59.999999999'")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(LocalTime.parse("12:34:56.789"), value("TIME '12:34:56.789'")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(DataType.timestamp(TimePrecision.NANO, false),
                typed("date_add('month', 1, TIMESTAMP_NTZ '2024-01-31 00:00:00.000000001')").type()); //$NON-NLS-1$
        assertEquals(LocalDateTime.parse("2024-02-29T00:00:00.000000001"), //$NON-NLS-1$
                value("date_add('month', 1, TIMESTAMP_NTZ '2024-01-31 00:00:00.000000001')")); //$NON-NLS-1$
    }

    @ParameterizedTest
    @ValueSource(strings = { "TIMESTAMP_NTZ '2024-01-02 03:04:05Z'", "TIMESTAMP_NTZ '2024-01-02 03:04:05+01:00'", //$NON-NLS-1$ //$NON-NLS-2$
        "TIMESTAMP '2024-13-02 03:04:05'", "TIME '25:00:00'", "TIMESTAMP_NS '2300-01-01 00:00:00'", "DATE '2024-02-30'" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    void aLiteralItsTypeCannotHoldIsASyntaxError(String text) {
        assertFalse(Expressions.parse(text).ok(), text);
    }
}
