package io.sluice.expression;

import io.sluice.expression.internal.Interpreter;
import io.sluice.expression.types.DataType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference, row-at-a-time evaluator of a {@link TypedExpr}. The runtime uses it to fold constants and as the
 * test oracle of its vector kernels, so <b>this javadoc is the specification of the language's semantics</b>.
 *
 * <h2>Java values</h2>
 * <table>
 * <caption>Value classes</caption>
 * <tr><th>type</th><th>Java class</th><th>stored form (Arrow)</th></tr>
 * <tr><td>BOOLEAN</td><td>{@link Boolean}</td><td>Bit</td></tr>
 * <tr><td>INT32</td><td>{@link Integer}</td><td>Int(32)</td></tr>
 * <tr><td>INT64</td><td>{@link Long}</td><td>Int(64)</td></tr>
 * <tr><td>FLOAT64</td><td>{@link Double}</td><td>FloatingPoint(DOUBLE)</td></tr>
 * <tr><td>STRING</td><td>{@link String}</td><td>Utf8</td></tr>
 * <tr><td>DATE</td><td>{@link java.time.LocalDate}</td><td>Date(DAY): days since 1970-01-01</td></tr>
 * <tr><td>TIMESTAMP</td><td>{@link java.time.Instant}, microsecond precision</td>
 * <td>Timestamp(MICROSECOND, "UTC")</td></tr>
 * <tr><td>TIMESTAMP(ms|ns), TIMESTAMP_NTZ[(…)]</td><td>{@link java.time.Instant} for an instant,
 * {@link java.time.LocalDateTime} for a local date-time, at the type's precision</td>
 * <td>Timestamp(unit[, "UTC"]): units since the epoch</td></tr>
 * <tr><td>TIME[(ms|ns)]</td><td>{@link java.time.LocalTime}, at the type's precision</td>
 * <td>Time(unit): units since midnight</td></tr>
 * <tr><td>any, null</td><td>{@code null}</td><td>validity bit unset</td></tr>
 * </table>
 * {@link io.sluice.expression.types.TemporalValues} converts between the two forms. A row value of the wrong class
 * is a programming error ({@link IllegalArgumentException}); times and timestamps are cut to their column's
 * precision on input. The date functions ({@code year}, {@code date_trunc}, {@code date_diff} …) compute on a
 * timestamp of any precision as a TIMESTAMP (microseconds; a local date-time read as UTC, so its fields are its
 * own); comparisons and casts keep the wider precision.
 *
 * <h2>Nulls: SQL three-valued logic</h2>
 * <ul>
 * <li>Every operator and function returns null when any operand is null, except: {@code AND}, {@code OR},
 * {@code IS [NOT] NULL}, {@code IN}, {@code BETWEEN}, {@code CASE}, {@code coalesce}, {@code ifnull},
 * {@code nullif}, {@code if}, {@code least}, {@code greatest}, {@code try_divide}, {@code try_cast}, {@code concat},
 * {@code hash}, {@code uuid}, {@code random} and {@code param}, as below and in {@code docs/expressions.md}. An operand of type NULL is null in every row.</li>
 * <li>{@code AND}: FALSE if either side is FALSE, else NULL if either is NULL, else TRUE. {@code OR}: TRUE if
 * either side is TRUE, else NULL if either is NULL, else FALSE. {@code NOT NULL} is NULL.</li>
 * <li>{@code x IS NULL} / {@code IS NOT NULL} are never null.</li>
 * <li>{@code x IN (v…)}: TRUE if x equals some v; otherwise NULL if x or some v is null; otherwise FALSE.
 * {@code NOT IN} is {@code NOT (x IN (…))}.</li>
 * <li>{@code x BETWEEN a AND b} is {@code x >= a AND x <= b} (three-valued); {@code NOT BETWEEN} its negation.</li>
 * <li>{@code CASE}: the first arm whose condition is TRUE (NULL counts as not TRUE) gives the result, else the
 * ELSE value (null when absent). {@code CASE x WHEN v} compares with {@code =}, so a null x matches no arm.</li>
 * <li>{@code coalesce}: the first non-null argument, else null. {@code nullif(a, b)}: null if {@code a = b} is
 * TRUE, else a. {@code concat}: null arguments are skipped (it is never null); {@code ||} propagates nulls.
 * {@code least}/{@code greatest} ignore nulls (null only when all arguments are).</li>
 * <li>A filter keeps a row only when its condition is TRUE.</li>
 * </ul>
 *
 * <h2>Evaluation order and errors</h2> Errors are {@link EvaluationException}s. Every operand is evaluated, in all
 * rows, even when the other operand already decides the result ({@code AND}, {@code OR}, {@code coalesce} …), as
 * vector kernels do; the only exception is {@code CASE}: a THEN/ELSE result is evaluated only for the rows that
 * select it, so {@code CASE WHEN b <> 0 THEN a % b END} never fails.
 *
 * <h2>Numbers</h2>
 * <ul>
 * <li>{@code + - *} on INT32 or INT64 are exact: a result outside the type's range is an error
 * ("integer overflow in …"), never a wrap-around. The same holds for unary {@code -}, {@code abs}, {@code round}
 * and casts to an integer type.</li>
 * <li>{@code /} converts both operands to FLOAT64 and divides per IEEE 754: {@code 1 / 0} is Infinity,
 * {@code 0 / 0} NaN.</li>
 * <li>{@code %} takes integers only; the result has the dividend's sign ({@code -7 % 3 = -1}); {@code x % 0} is an
 * error ("division by zero").</li>
 * <li>FLOAT64 follows IEEE 754 ({@code sqrt(-1)} is NaN, overflow gives ±Infinity) except in comparisons, where
 * NaN equals NaN and is greater than every other number, and {@code -0.0 = 0.0}; this total order is also used by
 * {@code least}/{@code greatest}, {@code IN} and {@code nullif}.</li>
 * <li>{@code round(x[, d])} rounds half away from zero at {@code d} decimal digits (default 0; negative d rounds to
 * tens, hundreds …), working on the shortest decimal representation of a FLOAT64 ({@code round(2.675, 2) = 2.68});
 * the result keeps x's type. {@code floor}/{@code ceil} keep the type (integers unchanged). NaN and infinities are
 * returned unchanged. {@code sqrt} and {@code power} are {@link Math#sqrt} and {@link Math#pow}.</li>
 * </ul>
 *
 * <h2>Comparisons</h2> Operands are first converted to their common type (INT32 &lt; INT64 &lt; FLOAT64; DATE to
 * TIMESTAMP at midnight UTC). Strings compare by Unicode code point (the order of their UTF-8 bytes), case-sensitive;
 * FALSE &lt; TRUE.
 *
 * <h2>Strings</h2> Lengths and positions count Unicode code points, not UTF-16 chars ({@code length('😀') = 1}).
 * <ul>
 * <li>{@code upper}/{@code lower}: {@link String#toUpperCase(java.util.Locale)} with {@link java.util.Locale#ROOT}
 * ({@code upper('straße') = 'STRASSE'}).</li>
 * <li>{@code trim}/{@code ltrim}/{@code rtrim} remove {@link Character#isWhitespace(int) white space} at the
 * ends.</li>
 * <li>{@code substring(s, start[, len])}: 1-based; positions before 1 exist but hold nothing, so
 * {@code substring('abc', 0, 2) = 'a'}; past the end gives ''; a negative len is an error.</li>
 * <li>{@code replace(s, from, to)} replaces every occurrence; an empty {@code from} leaves s unchanged.</li>
 * <li>{@code starts_with}, {@code ends_with}, {@code contains}: case-sensitive; the empty string is found in any
 * string.</li>
 * <li>{@code regexp_matches(s, p)}: TRUE if {@link java.util.regex.Pattern} p (plus the POSIX bracket classes such as
 * {@code [[:alpha:]]}) matches some part of s
 * ({@code find()}, not whole-string); an invalid pattern is a check-time problem when it is a literal, otherwise an
 * error.</li>
 * <li>{@code s LIKE p}: whole-string match where {@code %} matches any sequence and {@code _} exactly one code point;
 * case-sensitive; there is no escape character.</li>
 * <li>{@code ||} and {@code concat} join; a non-STRING operand is cast to STRING first.</li>
 * </ul>
 *
 * <h2>Casts</h2>
 * <ul>
 * <li>numeric to numeric: widening is exact; FLOAT64 to an integer rounds half away from zero, exactly, and NaN, infinities
 * and out-of-range values are errors; INT64 to INT32 out of range is an error.</li>
 * <li>to STRING: integers in decimal, FLOAT64 by {@link Double#toString(double)} ({@code 1.0E10}, {@code NaN}),
 * BOOLEAN {@code true}/{@code false}, DATE {@code 2024-01-31}, TIMESTAMP {@code 2024-01-31 10:00:00} plus
 * {@code .ffffff} without trailing zeros when there are sub-seconds.</li>
 * <li>from STRING (surrounding ASCII white space ignored): integers as an optional sign and ASCII digits, FLOAT64 as
 * a decimal number with an optional exponent or {@code nan}/{@code inf}/{@code infinity} (not {@code '1d'}), BOOLEAN from
 * {@code true}/{@code false} in any case, DATE from {@code yyyy-MM-dd}, TIMESTAMP from
 * {@code yyyy-MM-dd[( |T)HH:mm[:ss[.f…]]][Z]} (digits below a microsecond dropped); anything else is an error ("cannot cast 'abc' to INT32").</li>
 * <li>DATE to TIMESTAMP: midnight UTC; TIMESTAMP to DATE: the UTC date.</li>
 * <li>BOOLEAN to or from a number, and temporal to or from a number, are check-time problems.</li>
 * </ul>
 *
 * <p>Every function (about 100) is listed with its rule, description and example in {@link BuiltinFunction} and
 * {@code docs/expressions.md}; the per-value rules live in {@code io.sluice.expression.semantics}.
 *
 * <h2>Dates and times</h2> All in UTC. {@code year}, {@code month}, {@code day}, {@code hour} extract fields
 * ({@code hour} of a DATE is 0). {@code date_trunc(unit, t)} rounds down to the start of the unit (week starts on
 * Monday) and keeps t's type; for a DATE a unit below a day changes nothing. {@code date_diff(unit, a, b)} counts
 * the unit boundaries crossed from a to b: {@code date_trunc(unit, b) - date_trunc(unit, a)} in units
 * ({@code date_diff('month', DATE '2024-01-31', DATE '2024-02-01') = 1}); negative when b is before a. Units:
 * {@link BuiltinFunction#DATE_UNITS}.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates {@code expr} over a row given by column name.
     *
     * @throws EvaluationException      when the row's value cannot be computed (see above)
     * @throws IllegalArgumentException when the row lacks a referenced column or holds a value of the wrong class
     */
    public static Object evaluate(TypedExpr expr, Map<String, ?> row) {
        Objects.requireNonNull(row, "row"); //$NON-NLS-1$
        return Interpreter.evaluate(expr, column -> {
            if (!row.containsKey(column.name())) {
                throw new IllegalArgumentException("the row has no value for column '" + column.name() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return row.get(column.name());
        });
    }

    /**
     * Evaluates {@code expr} over a row given by position in the schema it was checked against
     * ({@link TypedExpr.Column#index()}).
     */
    public static Object evaluate(TypedExpr expr, List<?> row) {
        Objects.requireNonNull(row, "row"); //$NON-NLS-1$
        return Interpreter.evaluate(expr, column -> {
            if (column.index() >= row.size()) {
                throw new IllegalArgumentException("the row has no value at position " + column.index() //$NON-NLS-1$
                        + " for column '" + column.name() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return row.get(column.index());
        });
    }

    /**
     * Evaluates {@code expr} over a row given by position, with the run's context (run id, start time, parameters,
     * random seed) for the run-context functions.
     */
    public static Object evaluate(TypedExpr expr, List<?> row, RunContext run) {
        Objects.requireNonNull(row, "row"); //$NON-NLS-1$
        Objects.requireNonNull(run, "run"); //$NON-NLS-1$
        return Interpreter.evaluate(expr, column -> {
            if (column.index() >= row.size()) {
                throw new IllegalArgumentException("the row has no value at position " + column.index() //$NON-NLS-1$
                        + " for column '" + column.name() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return row.get(column.index());
        }, run);
    }

    /**
     * Whether {@code expr} reads no column and no run context, so that {@link #evaluateConstant(TypedExpr)} can fold
     * it.
     */
    public static boolean isConstant(TypedExpr expr) {
        return Expressions.referencedColumns(expr).isEmpty() && !dependsOnRun(expr);
    }

    private static boolean dependsOnRun(TypedExpr e) {
        return switch (e) {
            case TypedExpr.Literal l -> false;
            case TypedExpr.Column c -> false;
            case TypedExpr.Unary u -> dependsOnRun(u.operand());
            case TypedExpr.Binary b -> dependsOnRun(b.left()) || dependsOnRun(b.right());
            case TypedExpr.IsNull n -> dependsOnRun(n.operand());
            case TypedExpr.In in -> dependsOnRun(in.operand()) || in.values().stream().anyMatch(Evaluator::dependsOnRun);
            case TypedExpr.Between b -> dependsOnRun(b.operand()) || dependsOnRun(b.low()) || dependsOnRun(b.high());
            case TypedExpr.Like l -> dependsOnRun(l.operand()) || dependsOnRun(l.pattern());
            case TypedExpr.Case c -> dependsOnRun(c.otherwise()) || c.whens().stream()
                    .anyMatch(w -> dependsOnRun(w.condition()) || dependsOnRun(w.result()));
            case TypedExpr.Cast c -> dependsOnRun(c.operand());
            case TypedExpr.Call c -> c.function().dependsOnRun() || c.args().stream().anyMatch(Evaluator::dependsOnRun);
        };
    }

    /**
     * Evaluates an expression that reads no column.
     *
     * @throws IllegalArgumentException if it reads a column
     * @throws EvaluationException      if its value cannot be computed
     */
    public static Object evaluateConstant(TypedExpr expr) {
        return Interpreter.evaluate(expr, column -> {
            throw new IllegalArgumentException("not a constant: reads column '" + column.name() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    /** The Java class of the values of {@code type} ({@link Void} for NULL). */
    public static Class<?> javaClass(DataType type) {
        return Values.javaClass(type);
    }
}
