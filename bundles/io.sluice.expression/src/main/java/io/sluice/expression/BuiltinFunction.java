package io.sluice.expression;

import io.sluice.expression.semantics.Library;
import io.sluice.expression.semantics.NestedRules;
import io.sluice.expression.semantics.Rules;
import io.sluice.expression.semantics.TimeRules;
import io.sluice.expression.types.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The function catalog: the one place that says which functions exist, what they take and return (the type rule the
 * checker reads), what they compute (the scalar rule the interpreter and the runtime's generic column kernel apply,
 * built on {@link Rules}, {@link TimeRules} and {@link Library}), and how a user learns them (a one-line
 * description and an example, shown by the designer's expression editor and {@code docs/expressions.md}).
 * Wall-clock functions ({@code now()}) are deliberately absent: pipelines must be repeatable; {@code run_start_time()}
 * gives a time fixed for the run instead.
 */
public enum BuiltinFunction {
    UPPER("upper", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Upper-cases every letter (locale-independent).", //$NON-NLS-1$
            "upper('straße') = 'STRASSE'", //$NON-NLS-1$
            (a, c) -> str(a, 0).toUpperCase(Locale.ROOT), Param.STRING),
    LOWER("lower", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Lower-cases every letter (locale-independent).", //$NON-NLS-1$
            "lower('ÀB') = 'àb'", //$NON-NLS-1$
            (a, c) -> str(a, 0).toLowerCase(Locale.ROOT), Param.STRING),
    TRIM("trim", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Removes white space at both ends.", //$NON-NLS-1$
            "trim('  a b ') = 'a b'", //$NON-NLS-1$
            (a, c) -> str(a, 0).strip(), Param.STRING),
    LTRIM("ltrim", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Removes white space at the start.", //$NON-NLS-1$
            "ltrim('  a ') = 'a '", //$NON-NLS-1$
            (a, c) -> str(a, 0).stripLeading(), Param.STRING),
    RTRIM("rtrim", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Removes white space at the end.", //$NON-NLS-1$
            "rtrim('  a ') = '  a'", //$NON-NLS-1$
            (a, c) -> str(a, 0).stripTrailing(), Param.STRING),
    LENGTH("length", Result.INT32, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "The number of code points of a STRING, of bytes of a BINARY.", //$NON-NLS-1$
            "length('😀x') = 2", //$NON-NLS-1$
            (a, c) -> NestedRules.length(a[0]), Param.STRING_OR_BINARY),
    SUBSTRING("substring", Result.STRING, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "The part from a 1-based position, optionally of a given length.", //$NON-NLS-1$
            "substring('abcdef', 2, 3) = 'bcd'", //$NON-NLS-1$
            (a, c) -> Rules.substring(str(a, 0), lng(a, 1), a.length > 2 ? lng(a, 2) : 0, a.length > 2), Param.STRING, Param.INTEGER, Param.INTEGER),
    CONCAT("concat", Result.STRING, Nulls.NEVER, 1, Category.STRING, //$NON-NLS-1$
            "Joins the arguments' text, skipping NULLs.", //$NON-NLS-1$
            "concat('a', NULL, 1) = 'a1'", //$NON-NLS-1$
            (a, c) -> concat(a), Param.TO_STRING_VARIADIC),
    REPLACE("replace", Result.STRING, Nulls.PROPAGATE, 3, Category.STRING, //$NON-NLS-1$
            "Replaces every occurrence of a string.", //$NON-NLS-1$
            "replace('a-b-c', '-', '+') = 'a+b+c'", //$NON-NLS-1$
            (a, c) -> Rules.replace(str(a, 0), str(a, 1), str(a, 2)), Param.STRING, Param.STRING, Param.STRING),
    STARTS_WITH("starts_with", Result.BOOLEAN, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "Whether the string starts with the prefix.", //$NON-NLS-1$
            "starts_with('abc', 'ab') = TRUE", //$NON-NLS-1$
            (a, c) -> str(a, 0).startsWith(str(a, 1)), Param.STRING, Param.STRING),
    ENDS_WITH("ends_with", Result.BOOLEAN, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "Whether the string ends with the suffix.", //$NON-NLS-1$
            "ends_with('abc', 'bc') = TRUE", //$NON-NLS-1$
            (a, c) -> str(a, 0).endsWith(str(a, 1)), Param.STRING, Param.STRING),
    CONTAINS("contains", Result.BOOLEAN, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "Whether the string contains the other.", //$NON-NLS-1$
            "contains('abc', 'b') = TRUE", //$NON-NLS-1$
            (a, c) -> str(a, 0).contains(str(a, 1)), Param.STRING, Param.STRING),
    REGEXP_MATCHES("regexp_matches", Result.BOOLEAN, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "Whether a regular expression matches some part of the string.", //$NON-NLS-1$
            "regexp_matches('a1', '[[:digit:]]') = TRUE", //$NON-NLS-1$
            (a, c) -> Rules.regex("regexp_matches", str(a, 1)).matcher(str(a, 0)).find(), Param.STRING, Param.REGEX),
    REGEXP_REPLACE("regexp_replace", Result.STRING, Nulls.PROPAGATE, 3, Category.STRING, //$NON-NLS-1$
            "Replaces every match of a regular expression; \\1 inserts a group.", //$NON-NLS-1$
            "regexp_replace('2024-01-31', '(\\d+)-(\\d+)-(\\d+)', '\\3.\\2.\\1') = '31.01.2024'", //$NON-NLS-1$
            (a, c) -> Library.regexpReplace(str(a, 0), str(a, 1), str(a, 2)), Param.STRING, Param.REGEX, Param.STRING),
    REGEXP_EXTRACT("regexp_extract", Result.STRING, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "A group of the first match (0, the default, is the whole match); '' when none.", //$NON-NLS-1$
            "regexp_extract('id=42;', 'id=(\\d+)', 1) = '42'", //$NON-NLS-1$
            (a, c) -> Library.regexpExtract(str(a, 0), str(a, 1), a.length > 2 ? lng(a, 2) : 0), Param.STRING, Param.REGEX, Param.INTEGER),
    SPLIT_PART("split_part", Result.STRING, Nulls.PROPAGATE, 3, Category.STRING, //$NON-NLS-1$
            "The n-th part between separators (1-based, negative from the end); '' past the end.", //$NON-NLS-1$
            "split_part('a,b,c', ',', 2) = 'b'", //$NON-NLS-1$
            (a, c) -> Library.splitPart(str(a, 0), str(a, 1), lng(a, 2)), Param.STRING, Param.STRING, Param.INTEGER),
    LPAD("lpad", Result.STRING, Nulls.PROPAGATE, 3, Category.STRING, //$NON-NLS-1$
            "Pads on the left with a fill string to a length in code points (cuts a longer string).", //$NON-NLS-1$
            "lpad('7', 3, '0') = '007'", //$NON-NLS-1$
            (a, c) -> Library.pad(str(a, 0), lng(a, 1), str(a, 2), true), Param.STRING, Param.INTEGER, Param.STRING),
    RPAD("rpad", Result.STRING, Nulls.PROPAGATE, 3, Category.STRING, //$NON-NLS-1$
            "Pads on the right with a fill string to a length in code points (cuts a longer string).", //$NON-NLS-1$
            "rpad('ab', 4, '.') = 'ab..'", //$NON-NLS-1$
            (a, c) -> Library.pad(str(a, 0), lng(a, 1), str(a, 2), false), Param.STRING, Param.INTEGER, Param.STRING),
    LEFT("left", Result.STRING, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "The first n code points (a negative n drops the last -n).", //$NON-NLS-1$
            "left('abcdef', 2) = 'ab'", //$NON-NLS-1$
            (a, c) -> Library.left(str(a, 0), lng(a, 1)), Param.STRING, Param.INTEGER),
    RIGHT("right", Result.STRING, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "The last n code points (a negative n drops the first -n).", //$NON-NLS-1$
            "right('abcdef', 2) = 'ef'", //$NON-NLS-1$
            (a, c) -> Library.right(str(a, 0), lng(a, 1)), Param.STRING, Param.INTEGER),
    REVERSE("reverse", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "The code points in reverse order.", //$NON-NLS-1$
            "reverse('abc') = 'cba'", //$NON-NLS-1$
            (a, c) -> Library.reverse(str(a, 0)), Param.STRING),
    REPEAT("repeat", Result.STRING, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "The string repeated n times ('' when n <= 0).", //$NON-NLS-1$
            "repeat('ab', 3) = 'ababab'", //$NON-NLS-1$
            (a, c) -> Library.repeat(str(a, 0), lng(a, 1)), Param.STRING, Param.INTEGER),
    INITCAP("initcap", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Upper-cases the first letter of each word, lower-cases the rest.", //$NON-NLS-1$
            "initcap('hello WORLD-x') = 'Hello World-X'", //$NON-NLS-1$
            (a, c) -> Library.initcap(str(a, 0)), Param.STRING),
    TRANSLATE("translate", Result.STRING, Nulls.PROPAGATE, 3, Category.STRING, //$NON-NLS-1$
            "Replaces each character of 'from' by the one at the same place in 'to' (deletes it when 'to' is shorter).", //$NON-NLS-1$
            "translate('a-b_c', '-_', '+') = 'a+bc'", //$NON-NLS-1$
            (a, c) -> Library.translate(str(a, 0), str(a, 1), str(a, 2)), Param.STRING, Param.STRING, Param.STRING),
    POSITION("position", Result.INT32, Nulls.PROPAGATE, 2, Category.STRING, //$NON-NLS-1$
            "The 1-based position of the first occurrence, 0 when absent.", //$NON-NLS-1$
            "position('banana', 'na') = 3", //$NON-NLS-1$
            (a, c) -> Library.position(str(a, 0), str(a, 1)), Param.STRING, Param.STRING),
    FORMAT("format", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Replaces each {} of the format by the next argument's text.", //$NON-NLS-1$
            "format('{}-{}', 'a', 1) = 'a-1'", //$NON-NLS-1$
            (a, c) -> Library.format(str(a, 0), a, 1), Param.TO_STRING_VARIADIC),
    ASCII("ascii", Result.INT32, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "The code point of the first character (0 for '').", //$NON-NLS-1$
            "ascii('A') = 65", //$NON-NLS-1$
            (a, c) -> Library.ascii(str(a, 0)), Param.STRING),
    CHR("chr", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "The character of a code point.", //$NON-NLS-1$
            "chr(65) = 'A'", //$NON-NLS-1$
            (a, c) -> Library.chr(lng(a, 0)), Param.INTEGER),
    STRIP_ACCENTS("strip_accents", Result.STRING, Nulls.PROPAGATE, 1, Category.STRING, //$NON-NLS-1$
            "Removes accents (combining marks).", //$NON-NLS-1$
            "strip_accents('café') = 'cafe'", //$NON-NLS-1$
            (a, c) -> Library.stripAccents(str(a, 0)), Param.STRING),
    ABS("abs", Result.ARGUMENT, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The absolute value (same type).", //$NON-NLS-1$
            "abs(-3) = 3", //$NON-NLS-1$
            (a, c) -> abs(a[0]), Param.NUMERIC),
    ROUND("round", Result.ARGUMENT, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "Rounds half away from zero at d decimal digits (default 0; negative d rounds to tens…).", //$NON-NLS-1$
            "round(2.675, 2) = 2.68", //$NON-NLS-1$
            (a, c) -> round(a[0], a.length > 1 ? lng(a, 1) : 0), Param.NUMERIC, Param.INTEGER),
    TRUNC("trunc", Result.ARGUMENT, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "Cuts towards zero at d decimal digits (default 0).", //$NON-NLS-1$
            "trunc(-2.79, 1) = -2.7", //$NON-NLS-1$
            (a, c) -> trunc(a[0], a.length > 1 ? lng(a, 1) : 0), Param.NUMERIC, Param.INTEGER),
    FLOOR("floor", Result.ARGUMENT, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The greatest integer not above x (same type).", //$NON-NLS-1$
            "floor(-1.5) = -2.0", //$NON-NLS-1$
            (a, c) -> a[0] instanceof Double d ? Math.floor(d) : a[0] instanceof java.math.BigDecimal d
                    ? d.setScale(0, java.math.RoundingMode.FLOOR).setScale(d.scale()) : a[0], Param.NUMERIC),
    CEIL("ceil", Result.ARGUMENT, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The least integer not below x (same type).", //$NON-NLS-1$
            "ceil(1.2) = 2.0", //$NON-NLS-1$
            (a, c) -> a[0] instanceof Double d ? Math.ceil(d) : a[0] instanceof java.math.BigDecimal d
                    ? d.setScale(0, java.math.RoundingMode.CEILING).setScale(d.scale()) : a[0], Param.NUMERIC),
    SIGN("sign", Result.INT32, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "-1, 0 or 1 by the sign of x (0 for NaN).", //$NON-NLS-1$
            "sign(-7.5) = -1", //$NON-NLS-1$
            (a, c) -> sign(a[0]), Param.NUMERIC),
    MOD("mod", Result.INT64, Nulls.PROPAGATE, 2, Category.NUMBER, //$NON-NLS-1$
            "The remainder of integer division, with the dividend's sign (as %).", //$NON-NLS-1$
            "mod(-7, 3) = -1", //$NON-NLS-1$
            (a, c) -> Rules.mod(lng(a, 0), lng(a, 1)), Param.INTEGER, Param.INTEGER),
    SQRT("sqrt", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The square root (NaN below 0).", //$NON-NLS-1$
            "sqrt(16) = 4.0", //$NON-NLS-1$
            (a, c) -> Math.sqrt(dbl(a, 0)), Param.FLOAT),
    CBRT("cbrt", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The cube root.", //$NON-NLS-1$
            "cbrt(27) = 3.0", //$NON-NLS-1$
            (a, c) -> Math.cbrt(dbl(a, 0)), Param.FLOAT),
    POWER("power", Result.FLOAT64, Nulls.PROPAGATE, 2, Category.NUMBER, //$NON-NLS-1$
            "x raised to y.", //$NON-NLS-1$
            "power(2, 10) = 1024.0", //$NON-NLS-1$
            (a, c) -> Math.pow(dbl(a, 0), dbl(a, 1)), Param.FLOAT, Param.FLOAT),
    EXP("exp", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "e raised to x.", //$NON-NLS-1$
            "exp(0) = 1.0", //$NON-NLS-1$
            (a, c) -> Math.exp(dbl(a, 0)), Param.FLOAT),
    LN("ln", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The natural logarithm (NaN below 0, -Infinity at 0).", //$NON-NLS-1$
            "ln(1) = 0.0", //$NON-NLS-1$
            (a, c) -> Math.log(dbl(a, 0)), Param.FLOAT),
    LOG10("log10", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The base-10 logarithm.", //$NON-NLS-1$
            "log10(1000) = 3.0", //$NON-NLS-1$
            (a, c) -> Math.log10(dbl(a, 0)), Param.FLOAT),
    LOG2("log2", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The base-2 logarithm.", //$NON-NLS-1$
            "log2(8) = 3.0", //$NON-NLS-1$
            (a, c) -> Math.log(dbl(a, 0)) / Math.log(2), Param.FLOAT),
    LOG("log", Result.FLOAT64, Nulls.PROPAGATE, 2, Category.NUMBER, //$NON-NLS-1$
            "The logarithm of x to base b: log(b, x).", //$NON-NLS-1$
            "log(2, 8) = 3.0", //$NON-NLS-1$
            (a, c) -> Library.log(dbl(a, 0), dbl(a, 1)), Param.FLOAT, Param.FLOAT),
    SIN("sin", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The sine (radians).", //$NON-NLS-1$
            "sin(0) = 0.0", //$NON-NLS-1$
            (a, c) -> Math.sin(dbl(a, 0)), Param.FLOAT),
    COS("cos", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The cosine (radians).", //$NON-NLS-1$
            "cos(0) = 1.0", //$NON-NLS-1$
            (a, c) -> Math.cos(dbl(a, 0)), Param.FLOAT),
    TAN("tan", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The tangent (radians).", //$NON-NLS-1$
            "tan(0) = 0.0", //$NON-NLS-1$
            (a, c) -> Math.tan(dbl(a, 0)), Param.FLOAT),
    ASIN("asin", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The arc sine, in radians (NaN outside [-1, 1]).", //$NON-NLS-1$
            "asin(1) = pi() / 2", //$NON-NLS-1$
            (a, c) -> Math.asin(dbl(a, 0)), Param.FLOAT),
    ACOS("acos", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The arc cosine, in radians (NaN outside [-1, 1]).", //$NON-NLS-1$
            "acos(1) = 0.0", //$NON-NLS-1$
            (a, c) -> Math.acos(dbl(a, 0)), Param.FLOAT),
    ATAN("atan", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "The arc tangent, in radians.", //$NON-NLS-1$
            "atan(0) = 0.0", //$NON-NLS-1$
            (a, c) -> Math.atan(dbl(a, 0)), Param.FLOAT),
    ATAN2("atan2", Result.FLOAT64, Nulls.PROPAGATE, 2, Category.NUMBER, //$NON-NLS-1$
            "The angle of the point (x, y): atan2(y, x), in radians.", //$NON-NLS-1$
            "atan2(1, 1) = pi() / 4", //$NON-NLS-1$
            (a, c) -> Math.atan2(dbl(a, 0), dbl(a, 1)), Param.FLOAT, Param.FLOAT),
    PI("pi", Result.FLOAT64, Nulls.NEVER, 0, Category.NUMBER, //$NON-NLS-1$
            "The number π.", //$NON-NLS-1$
            "pi() = 3.141592653589793", //$NON-NLS-1$
            (a, c) -> Math.PI),
    DEGREES("degrees", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "Radians to degrees.", //$NON-NLS-1$
            "degrees(pi()) = 180.0", //$NON-NLS-1$
            (a, c) -> Math.toDegrees(dbl(a, 0)), Param.FLOAT),
    RADIANS("radians", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "Degrees to radians.", //$NON-NLS-1$
            "radians(180) = pi()", //$NON-NLS-1$
            (a, c) -> Math.toRadians(dbl(a, 0)), Param.FLOAT),
    ISNAN("isnan", Result.BOOLEAN, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "Whether x is NaN.", //$NON-NLS-1$
            "isnan(0 / 0) = TRUE", //$NON-NLS-1$
            (a, c) -> Double.isNaN(dbl(a, 0)), Param.FLOAT),
    ISINF("isinf", Result.BOOLEAN, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "Whether x is an infinity.", //$NON-NLS-1$
            "isinf(1 / 0) = TRUE", //$NON-NLS-1$
            (a, c) -> Double.isInfinite(dbl(a, 0)), Param.FLOAT),
    ISFINITE("isfinite", Result.BOOLEAN, Nulls.PROPAGATE, 1, Category.NUMBER, //$NON-NLS-1$
            "Whether x is neither NaN nor an infinity.", //$NON-NLS-1$
            "isfinite(1.5) = TRUE", //$NON-NLS-1$
            (a, c) -> Double.isFinite(dbl(a, 0)), Param.FLOAT),
    TRY_DIVIDE("try_divide", Result.FLOAT64, Nulls.ALWAYS, 2, Category.NUMBER, //$NON-NLS-1$
            "x / y, or NULL when y is 0 (instead of an infinity or NaN).", //$NON-NLS-1$
            "try_divide(1, 0) IS NULL", //$NON-NLS-1$
            (a, c) -> a[0] == null || a[1] == null || dbl(a, 1) == 0 ? null : dbl(a, 0) / dbl(a, 1), Param.FLOAT, Param.FLOAT),
    TRY_CAST("try_cast", Result.CAST_TYPE, Nulls.ALWAYS, 2, Category.NUMBER, //$NON-NLS-1$
            "TRY_CAST(x AS type): the cast, or NULL where CAST would fail.", //$NON-NLS-1$
            "TRY_CAST('x1' AS INT32) IS NULL", //$NON-NLS-1$
            (a, c) -> a[0] == null ? null : io.sluice.expression.semantics.Casts.tryCast(a[0], DataType.parse(str(a, 1))), Param.ANY, Param.TYPE),
    RANDOM("random", Result.FLOAT64, Nulls.NEVER, 1, Category.NUMBER, //$NON-NLS-1$
            "A number in [0, 1) from the run's seed and the keys: the same keys give the same number, also in a rerun.", //$NON-NLS-1$
            "random('order-42') = random('order-42')", //$NON-NLS-1$
            (a, c) -> Library.random(a, c), Param.TO_STRING_VARIADIC),
    YEAR("year", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The year (UTC).", //$NON-NLS-1$
            "year(DATE '2024-02-29') = 2024", //$NON-NLS-1$
            (a, c) -> field("year", a[0]), Param.TEMPORAL),
    QUARTER("quarter", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The quarter, 1–4.", //$NON-NLS-1$
            "quarter(DATE '2024-08-01') = 3", //$NON-NLS-1$
            (a, c) -> field("quarter", a[0]), Param.TEMPORAL),
    MONTH("month", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The month, 1–12.", //$NON-NLS-1$
            "month(DATE '2024-02-29') = 2", //$NON-NLS-1$
            (a, c) -> field("month", a[0]), Param.TEMPORAL),
    WEEK("week", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The ISO week of the year, 1–53 (weeks start on Monday; week 1 holds the year's first Thursday).", //$NON-NLS-1$
            "week(DATE '2021-01-03') = 53", //$NON-NLS-1$
            (a, c) -> field("week", a[0]), Param.TEMPORAL),
    ISOYEAR("isoyear", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The year the ISO week belongs to.", //$NON-NLS-1$
            "isoyear(DATE '2021-01-03') = 2020", //$NON-NLS-1$
            (a, c) -> field("isoyear", a[0]), Param.TEMPORAL),
    DAY("day", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The day of the month.", //$NON-NLS-1$
            "day(DATE '2024-02-29') = 29", //$NON-NLS-1$
            (a, c) -> field("day", a[0]), Param.TEMPORAL),
    DAYOFWEEK("dayofweek", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The day of the week, Sunday = 0 … Saturday = 6.", //$NON-NLS-1$
            "dayofweek(DATE '2024-06-02') = 0", //$NON-NLS-1$
            (a, c) -> field("dayofweek", a[0]), Param.TEMPORAL),
    ISODOW("isodow", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The ISO day of the week, Monday = 1 … Sunday = 7.", //$NON-NLS-1$
            "isodow(DATE '2024-06-02') = 7", //$NON-NLS-1$
            (a, c) -> field("isodow", a[0]), Param.TEMPORAL),
    DAYOFYEAR("dayofyear", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The day of the year, 1–366.", //$NON-NLS-1$
            "dayofyear(DATE '2024-12-31') = 366", //$NON-NLS-1$
            (a, c) -> field("dayofyear", a[0]), Param.TEMPORAL),
    HOUR("hour", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The hour, 0–23 (0 for a DATE).", //$NON-NLS-1$
            "hour(TIMESTAMP '2024-01-31 13:45:00') = 13", //$NON-NLS-1$
            (a, c) -> field("hour", a[0]), Param.TIMESTAMP),
    MINUTE("minute", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The minute, 0–59.", //$NON-NLS-1$
            "minute(TIMESTAMP '2024-01-31 13:45:00') = 45", //$NON-NLS-1$
            (a, c) -> field("minute", a[0]), Param.TIMESTAMP),
    SECOND("second", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The second, 0–59.", //$NON-NLS-1$
            "second(TIMESTAMP '2024-01-31 13:45:07.5') = 7", //$NON-NLS-1$
            (a, c) -> field("second", a[0]), Param.TIMESTAMP),
    MILLISECOND("millisecond", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "Milliseconds within the minute, 0–59999 (seconds included, as in SQL's date_part).", //$NON-NLS-1$
            "millisecond(TIMESTAMP '2024-01-31 13:45:07.5') = 7500", //$NON-NLS-1$
            (a, c) -> field("millisecond", a[0]), Param.TIMESTAMP),
    MICROSECOND("microsecond", Result.INT32, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "Microseconds within the minute, 0–59999999.", //$NON-NLS-1$
            "microsecond(TIMESTAMP '2024-01-31 13:45:07.5') = 7500000", //$NON-NLS-1$
            (a, c) -> field("microsecond", a[0]), Param.TIMESTAMP),
    DATE_PART("date_part", Result.INT64, Nulls.PROPAGATE, 2, Category.TIME, //$NON-NLS-1$
            "One field by name: year, quarter, month, week, isoyear, day, dayofweek, isodow, dayofyear, hour, minute, second, millisecond, microsecond, nanosecond (within the minute).", //$NON-NLS-1$
            "date_part('isodow', DATE '2024-06-02') = 7", //$NON-NLS-1$
            (a, c) -> TimeRules.extract(str(a, 0), Library.typeOf(a[1]), Library.stored(a[1], Library.typeOf(a[1]))), Param.FIELD, Param.TEMPORAL),
    EPOCH("epoch", Result.FLOAT64, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "Seconds since 1970-01-01 00:00 UTC, with the fraction.", //$NON-NLS-1$
            "epoch(TIMESTAMP '1970-01-01 00:00:01.5') = 1.5", //$NON-NLS-1$
            (a, c) -> onTemporal(a[0], TimeRules::epoch), Param.TEMPORAL),
    EPOCH_MS("epoch_ms", Result.INT64, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "Milliseconds since 1970-01-01 00:00 UTC.", //$NON-NLS-1$
            "epoch_ms(DATE '1970-01-02') = 86400000", //$NON-NLS-1$
            (a, c) -> onTemporal(a[0], TimeRules::epochMillis), Param.TEMPORAL),
    DATE_TRUNC("date_trunc", Result.ARGUMENT, Nulls.PROPAGATE, 2, Category.TIME, //$NON-NLS-1$
            "Rounds down to the start of a unit (weeks start on Monday); keeps the type.", //$NON-NLS-1$
            "date_trunc('month', DATE '2024-02-29') = DATE '2024-02-01'", //$NON-NLS-1$
            (a, c) -> dateTrunc(str(a, 0), a[1]), Param.UNIT, Param.TEMPORAL),
    DATE_DIFF("date_diff", Result.INT64, Nulls.PROPAGATE, 3, Category.TIME, //$NON-NLS-1$
            "The unit boundaries crossed from a to b (negative when b is earlier).", //$NON-NLS-1$
            "date_diff('month', DATE '2024-01-31', DATE '2024-02-01') = 1", //$NON-NLS-1$
            (a, c) -> dateDiff(str(a, 0), a[1], a[2]), Param.UNIT, Param.COMMON_TEMPORAL, Param.COMMON_TEMPORAL),
    DATE_ADD("date_add", Result.ARGUMENT, Nulls.PROPAGATE, 3, Category.TIME, //$NON-NLS-1$
            "Adds n units (negative n subtracts); months keep the day, clamped to the month's last day.", //$NON-NLS-1$
            "date_add('month', 1, DATE '2024-01-31') = DATE '2024-02-29'", //$NON-NLS-1$
            (a, c) -> onTemporal(a[2], (t, v) -> Library.temporal(t, TimeRules.dateAdd(str(a, 0), lng(a, 1), t, v))), Param.UNIT, Param.INTEGER, Param.TEMPORAL),
    LAST_DAY("last_day", Result.DATE, Nulls.PROPAGATE, 1, Category.TIME, //$NON-NLS-1$
            "The last day of the month.", //$NON-NLS-1$
            "last_day(DATE '2023-02-10') = DATE '2023-02-28'", //$NON-NLS-1$
            (a, c) -> onTemporal(a[0], (t, v) -> Library.temporal(DataType.DATE, TimeRules.lastDay(t, v))), Param.TEMPORAL),
    MAKE_DATE("make_date", Result.DATE, Nulls.PROPAGATE, 3, Category.TIME, //$NON-NLS-1$
            "The date of a year, month and day (an invalid date is an error).", //$NON-NLS-1$
            "make_date(2024, 2, 29) = DATE '2024-02-29'", //$NON-NLS-1$
            (a, c) -> Library.temporal(DataType.DATE, TimeRules.makeDate(lng(a, 0), lng(a, 1), lng(a, 2))), Param.INTEGER, Param.INTEGER, Param.INTEGER),
    MAKE_TIMESTAMP("make_timestamp", Result.TIMESTAMP, Nulls.PROPAGATE, 6, Category.TIME, //$NON-NLS-1$
            "The UTC timestamp of year, month, day, hour, minute and (fractional) second.", //$NON-NLS-1$
            "make_timestamp(2024, 1, 31, 10, 30, 15.5) = TIMESTAMP '2024-01-31 10:30:15.5'", //$NON-NLS-1$
            (a, c) -> Library.temporal(DataType.TIMESTAMP, TimeRules.makeTimestamp(lng(a, 0), lng(a, 1), lng(a, 2), lng(a, 3), lng(a, 4), dbl(a, 5))), Param.INTEGER, Param.INTEGER, Param.INTEGER, Param.INTEGER, Param.INTEGER, Param.FLOAT),
    DATE_FORMAT("date_format", Result.STRING, Nulls.PROPAGATE, 2, Category.TIME, //$NON-NLS-1$
            "The date or time as text by a strftime pattern (%Y %m %d %H %M %S %f %n %j %a %b %p …).", //$NON-NLS-1$
            "date_format(DATE '2024-02-29', '%d.%m.%Y') = '29.02.2024'", //$NON-NLS-1$
            (a, c) -> onTemporal(a[0], (t, v) -> TimeRules.format(t, v, str(a, 1))), Param.TEMPORAL, Param.STRING),
    PARSE_DATE("parse_date", Result.DATE, Nulls.PROPAGATE, 2, Category.TIME, //$NON-NLS-1$
            "Reads a date from text by a strftime pattern (text that does not match is an error).", //$NON-NLS-1$
            "parse_date('29.02.2024', '%d.%m.%Y') = DATE '2024-02-29'", //$NON-NLS-1$
            (a, c) -> Library.temporal(DataType.DATE, TimeRules.days(DataType.TIMESTAMP, TimeRules.parse(str(a, 0), str(a, 1)))), Param.STRING, Param.STRING),
    PARSE_TIMESTAMP("parse_timestamp", Result.TIMESTAMP, Nulls.PROPAGATE, 2, Category.TIME, //$NON-NLS-1$
            "Reads a UTC timestamp from text by a strftime pattern.", //$NON-NLS-1$
            "parse_timestamp('31/01/2024 10:30', '%d/%m/%Y %H:%M') = TIMESTAMP '2024-01-31 10:30:00'", //$NON-NLS-1$
            (a, c) -> Library.temporal(DataType.TIMESTAMP, TimeRules.parse(str(a, 0), str(a, 1))), Param.STRING, Param.STRING),
    TO_LOCAL_TIME("to_local_time", Result.TIMESTAMP, Nulls.PROPAGATE, 2, Category.TIME, //$NON-NLS-1$
            "The wall-clock time in a time zone (IANA name) at a UTC timestamp.", //$NON-NLS-1$
            "to_local_time(TIMESTAMP '2024-07-01 12:00:00', 'Europe/Paris') = TIMESTAMP '2024-07-01 14:00:00'", //$NON-NLS-1$
            (a, c) -> Library.temporal(DataType.TIMESTAMP, TimeRules.toLocal(Library.stored(a[0], DataType.TIMESTAMP), str(a, 1))), Param.TIMESTAMP, Param.STRING),
    FROM_LOCAL_TIME("from_local_time", Result.TIMESTAMP, Nulls.PROPAGATE, 2, Category.TIME, //$NON-NLS-1$
            "The UTC timestamp of a wall-clock time in a time zone (a repeated hour takes the earlier offset; a skipped one moves forward).", //$NON-NLS-1$
            "from_local_time(TIMESTAMP '2024-07-01 14:00:00', 'Europe/Paris') = TIMESTAMP '2024-07-01 12:00:00'", //$NON-NLS-1$
            (a, c) -> Library.temporal(DataType.TIMESTAMP, TimeRules.fromLocal(Library.stored(a[0], DataType.TIMESTAMP), str(a, 1))), Param.TIMESTAMP, Param.STRING),
    MD5("md5", Result.STRING, Nulls.PROPAGATE, 1, Category.HASH, //$NON-NLS-1$
            "The MD5 digest of the UTF-8 text, 32 hex digits.", //$NON-NLS-1$
            "md5('abc') = '900150983cd24fb0d6963f7d28e17f72'", //$NON-NLS-1$
            (a, c) -> Library.md5(str(a, 0)), Param.STRING),
    SHA256("sha256", Result.STRING, Nulls.PROPAGATE, 1, Category.HASH, //$NON-NLS-1$
            "The SHA-256 digest of the UTF-8 text, 64 hex digits.", //$NON-NLS-1$
            "length(sha256('abc')) = 64", //$NON-NLS-1$
            (a, c) -> Library.sha256(str(a, 0)), Param.STRING),
    HASH("hash", Result.INT64, Nulls.NEVER, 1, Category.HASH, //$NON-NLS-1$
            "A stable 64-bit hash of the arguments' text (NULLs included), the same in every run and engine.", //$NON-NLS-1$
            "hash('a', 1) = hash('a', '1')", //$NON-NLS-1$
            (a, c) -> Library.hash(a), Param.TO_STRING_VARIADIC),
    UUID("uuid", Result.STRING, Nulls.NEVER, 1, Category.HASH, //$NON-NLS-1$
            "A UUID derived from the arguments (name-based, version 3): the same arguments give the same UUID.", //$NON-NLS-1$
            "uuid('order', 42) = uuid('order', '42')", //$NON-NLS-1$
            (a, c) -> Library.uuid(a), Param.TO_STRING_VARIADIC),
    COALESCE("coalesce", Result.COMMON, Nulls.IF_ALL, 1, Category.CONDITIONAL, //$NON-NLS-1$
            "The first non-NULL argument.", //$NON-NLS-1$
            "coalesce(NULL, 2, 3) = 2", //$NON-NLS-1$
            (a, c) -> coalesce(a), Param.COMMON_VARIADIC),
    IFNULL("ifnull", Result.COMMON, Nulls.IF_ALL, 2, Category.CONDITIONAL, //$NON-NLS-1$
            "a unless it is NULL, else b.", //$NON-NLS-1$
            "ifnull(NULL, 'x') = 'x'", //$NON-NLS-1$
            (a, c) -> a[0] != null ? a[0] : a[1], Param.COMMON, Param.COMMON),
    NULLIF("nullif", Result.COMMON, Nulls.ALWAYS, 2, Category.CONDITIONAL, //$NON-NLS-1$
            "NULL when a = b, else a.", //$NON-NLS-1$
            "nullif(0, 0) IS NULL", //$NON-NLS-1$
            (a, c) -> a[0] != null && a[1] != null && Rules.compare(a[0], a[1]) == 0 ? null : a[0], Param.COMMON, Param.COMMON),
    IF("if", Result.COMMON, Nulls.ALWAYS, 3, Category.CONDITIONAL, //$NON-NLS-1$
            "b when the condition is TRUE, else c (NULL counts as not TRUE); both are evaluated — use CASE to guard errors.", //$NON-NLS-1$
            "if(1 < 2, 'yes', 'no') = 'yes'", //$NON-NLS-1$
            (a, c) -> Boolean.TRUE.equals(a[0]) ? a[1] : a[2], Param.BOOLEAN, Param.COMMON, Param.COMMON),
    LEAST("least", Result.COMMON, Nulls.IF_ALL, 1, Category.CONDITIONAL, //$NON-NLS-1$
            "The smallest argument, ignoring NULLs (NULL only when all are).", //$NON-NLS-1$
            "least(3, NULL, 1) = 1", //$NON-NLS-1$
            (a, c) -> extreme(a, true), Param.COMMON_VARIADIC),
    GREATEST("greatest", Result.COMMON, Nulls.IF_ALL, 1, Category.CONDITIONAL, //$NON-NLS-1$
            "The greatest argument, ignoring NULLs (NULL only when all are).", //$NON-NLS-1$
            "greatest(3, NULL, 1) = 3", //$NON-NLS-1$
            (a, c) -> extreme(a, false), Param.COMMON_VARIADIC),
    RUN_ID("run_id", Result.STRING, Nulls.NEVER, 0, Category.RUN, //$NON-NLS-1$
            "The id of the running run, fixed for the run.", //$NON-NLS-1$
            "length(run_id()) > 0", //$NON-NLS-1$
            (a, c) -> Library.requireRun(c, "run_id").runId()),
    RUN_START_TIME("run_start_time", Result.TIMESTAMP, Nulls.NEVER, 0, Category.RUN, //$NON-NLS-1$
            "When the run started (UTC), the same in every row; use it instead of a wall clock.", //$NON-NLS-1$
            "run_start_time() <= TIMESTAMP '9999-12-31'", //$NON-NLS-1$
            (a, c) -> Library.requireRun(c, "run_start_time").startTime()),
    PARAM("param", Result.STRING, Nulls.ALWAYS, 1, Category.RUN, //$NON-NLS-1$
            "The run's value of a pipeline parameter (NULL when unset).", //$NON-NLS-1$
            "param('region') IS NULL OR TRUE", //$NON-NLS-1$
            (a, c) -> Library.requireRun(c, "param").parameters().get(str(a, 0)), Param.NAME),
    // ---------------------------------------------------------------- LIST, STRUCT, MAP (rules in NestedRules)
    STRUCT_EXTRACT("struct_extract", Result.FIELD, Nulls.ALWAYS, 2, Category.NESTED, //$NON-NLS-1$
            "The field of a STRUCT by name (a STRING literal); written s.name or s.\"odd name\".", //$NON-NLS-1$
            "struct_extract(named_struct('city', 'Graz'), 'city') = 'Graz'", //$NON-NLS-1$
            (a, c) -> NestedRules.structField(a[0], str(a, 1)), Param.STRUCT, Param.FIELD_NAME),
    ELEMENT_AT("element_at", Result.ELEMENT, Nulls.ALWAYS, 2, Category.NESTED, //$NON-NLS-1$
            "A LIST's element at a 1-based position (negative counts from the end; NULL at 0 and outside), or a MAP's value for a key (NULL when absent); written x[i] or m['k'].", //$NON-NLS-1$
            "element_at(list_value(10, 20, 30), -1) = 30", //$NON-NLS-1$
            (a, c) -> NestedRules.elementAt(a[0], a[1]), Param.LIST_OR_MAP, Param.INDEX_OR_KEY),
    SIZE("size", Result.INT32, Nulls.PROPAGATE, 1, Category.NESTED, //$NON-NLS-1$
            "The number of elements of a LIST or entries of a MAP (NULL for NULL).", //$NON-NLS-1$
            "size(list_value(1, NULL, 3)) = 3", //$NON-NLS-1$
            (a, c) -> NestedRules.size(a[0]), Param.LIST_OR_MAP),
    ARRAY_CONTAINS("array_contains", Result.BOOLEAN, Nulls.PROPAGATE, 2, Category.NESTED, //$NON-NLS-1$
            "Whether some element of the LIST equals the value (NULL elements equal nothing).", //$NON-NLS-1$
            "array_contains(list_value(1, NULL, 3), 3) = TRUE", //$NON-NLS-1$
            (a, c) -> NestedRules.contains((List<?>) a[0], a[1]), Param.LIST, Param.ELEMENT),
    MAP_KEYS("map_keys", Result.KEYS, Nulls.PROPAGATE, 1, Category.NESTED, //$NON-NLS-1$
            "The keys of a MAP as a LIST, in entry order.", //$NON-NLS-1$
            "map_keys(map_from_arrays(list_value('a', 'b'), list_value(1, 2)))[2] = 'b'", //$NON-NLS-1$
            (a, c) -> NestedRules.entries((java.util.Map<?, ?>) a[0], true), Param.MAP),
    MAP_VALUES("map_values", Result.VALUES, Nulls.PROPAGATE, 1, Category.NESTED, //$NON-NLS-1$
            "The values of a MAP as a LIST, in entry order.", //$NON-NLS-1$
            "map_values(map_from_arrays(list_value('a', 'b'), list_value(1, 2)))[1] = 1", //$NON-NLS-1$
            (a, c) -> NestedRules.entries((java.util.Map<?, ?>) a[0], false), Param.MAP),
    SPLIT("split", Result.STRING_LIST, Nulls.PROPAGATE, 2, Category.NESTED, //$NON-NLS-1$
            "The parts of a string between separators (taken literally, not as a pattern), empty parts kept; an empty separator splits into characters.", //$NON-NLS-1$
            "split('a,b,,c', ',')[4] = 'c'", //$NON-NLS-1$
            (a, c) -> NestedRules.split(str(a, 0), str(a, 1)), Param.STRING, Param.STRING),
    ARRAY_JOIN("array_join", Result.STRING, Nulls.PROPAGATE, 2, Category.NESTED, //$NON-NLS-1$
            "The elements of a LIST<STRING> joined by a separator, skipping NULLs.", //$NON-NLS-1$
            "array_join(list_value('a', NULL, 'b'), '+') = 'a+b'", //$NON-NLS-1$
            (a, c) -> NestedRules.join((List<?>) a[0], str(a, 1)), Param.STRING_LIST, Param.STRING),
    LIST_VALUE("list_value", Result.LIST_OF_COMMON, Nulls.NEVER, 1, Category.NESTED, //$NON-NLS-1$
            "A LIST of the arguments, converted to their common type (NULLs kept).", //$NON-NLS-1$
            "list_value(1, 2)[2] = 2", //$NON-NLS-1$
            (a, c) -> NestedRules.list(a), Param.COMMON_VARIADIC),
    MAP_FROM_ARRAYS("map_from_arrays", Result.MAP_OF, Nulls.PROPAGATE, 2, Category.NESTED, //$NON-NLS-1$
            "A MAP from a LIST of keys to a LIST of values of the same size (a NULL or repeated key is an error).", //$NON-NLS-1$
            "map_from_arrays(list_value('a', 'b'), list_value(1, 2))['b'] = 2", //$NON-NLS-1$
            (a, c) -> NestedRules.map((List<?>) a[0], (List<?>) a[1]), Param.LIST, Param.LIST),
    NAMED_STRUCT("named_struct", Result.STRUCT_OF, Nulls.NEVER, 2, Category.NESTED, //$NON-NLS-1$
            "A STRUCT of name, value pairs; each name is a STRING literal.", //$NON-NLS-1$
            "named_struct('city', 'Graz', 'zip', '8010').zip = '8010'", //$NON-NLS-1$
            (a, c) -> NestedRules.struct(a), Param.NAME_VALUE_VARIADIC, Param.NAME_VALUE_VARIADIC),
    // ---------------------------------------------------------------- BINARY (rules in NestedRules)
    HEX("hex", Result.STRING, Nulls.PROPAGATE, 1, Category.BINARY, //$NON-NLS-1$
            "The bytes as text: two upper-case hex digits a byte (as CAST(b AS STRING) and every text output).", //$NON-NLS-1$
            "hex(unhex('cafe01')) = 'CAFE01'", //$NON-NLS-1$
            (a, c) -> NestedRules.hex((byte[]) a[0]), Param.BINARY),
    UNHEX("unhex", Result.BINARY, Nulls.PROPAGATE, 1, Category.BINARY, //$NON-NLS-1$
            "The bytes spelled by pairs of hex digits, either case (an odd count reads as if led by a 0; another character is an error).", //$NON-NLS-1$
            "octet_length(unhex('00ff10')) = 3", //$NON-NLS-1$
            (a, c) -> NestedRules.unhex(str(a, 0)), Param.STRING),
    OCTET_LENGTH("octet_length", Result.INT32, Nulls.PROPAGATE, 1, Category.BINARY, //$NON-NLS-1$
            "The number of bytes of a BINARY, or of a STRING's UTF-8 form.", //$NON-NLS-1$
            "octet_length('é') = 2", //$NON-NLS-1$
            (a, c) -> NestedRules.octetLength(a[0]), Param.STRING_OR_BINARY);

    /** What an argument position accepts, and what the checker converts it to. */
    public enum Param {
        /** STRING. */
        STRING,
        /** BOOLEAN. */
        BOOLEAN,
        /** Any type, kept. */
        ANY,
        /** A {@code date_part} field STRING literal, one of {@link TimeRules#FIELDS} (case-insensitive). */
        FIELD,
        /** A type name STRING literal (synthesised by the parser for {@code TRY_CAST(x AS type)}). */
        TYPE,
        /** A STRING literal naming something (a parameter). */
        NAME,
        /** A STRING whose value is a {@link java.util.regex.Pattern} (checked when it is a literal). */
        REGEX,
        /** INT32 or INT64, widened to INT64. */
        INTEGER,
        /** Any numeric type, kept; the function's result has that type when its {@link Result} is ARGUMENT. */
        NUMERIC,
        /** Any numeric type, widened to FLOAT64. */
        FLOAT,
        /** DATE or TIMESTAMP, kept; the function's result has that type when its {@link Result} is ARGUMENT. */
        TEMPORAL,
        /** DATE or TIMESTAMP, DATE promoted to TIMESTAMP. */
        TIMESTAMP,
        /** A date-part STRING literal, one of {@link BuiltinFunction#DATE_UNITS} (case-insensitive). */
        UNIT,
        /** DATE or TIMESTAMP, all such arguments promoted to their common type. */
        COMMON_TEMPORAL,
        /** Any type; all such arguments converted to their common type. */
        COMMON,
        /** Like COMMON, repeated: the last parameter of a variadic function. */
        COMMON_VARIADIC,
        /** Any type, converted to STRING; repeated. */
        TO_STRING_VARIADIC,
        // nested and binary values
        /** Any LIST, kept. */
        LIST,
        /** Any MAP, kept. */
        MAP,
        /** Any STRUCT, kept. */
        STRUCT,
        /** A LIST or a MAP, kept. */
        LIST_OR_MAP,
        /** A LIST<STRING> (a LIST of NULLs too). */
        STRING_LIST,
        /** A value converted to the element type of the first argument, a LIST. */
        ELEMENT,
        /** INT32 or INT64 (widened to INT64) after a LIST; a value converted to the key type after a MAP. */
        INDEX_OR_KEY,
        /** A STRING literal naming a field of the first argument, a STRUCT. */
        FIELD_NAME,
        /** Alternating STRING literal names and values of any type, repeated ({@code named_struct}). */
        NAME_VALUE_VARIADIC,
        /** BINARY or FIXED_BINARY, kept. */
        BINARY,
        /** STRING, BINARY or FIXED_BINARY, kept. */
        STRING_OR_BINARY;

        /** Whether this parameter repeats to the end of the argument list. */
        public boolean variadic() {
            return this == COMMON_VARIADIC || this == TO_STRING_VARIADIC || this == NAME_VALUE_VARIADIC;
        }
    }

    /** How the result type is found. */
    public enum Result {
        BOOLEAN, INT32, INT64, FLOAT64, STRING, DATE, TIMESTAMP,
        /** The type named by the TYPE argument ({@code try_cast}). */
        CAST_TYPE,
        /** The type of the (single) NUMERIC or TEMPORAL argument. */
        ARGUMENT,
        /** The common type of the COMMON arguments. */
        COMMON,
        // nested and binary values
        /** The type of the STRUCT field the FIELD_NAME argument names. */
        FIELD,
        /** The element type of the first argument, a LIST, or its value type, a MAP. */
        ELEMENT,
        /** LIST of the first argument's (a MAP's) key type. */
        KEYS,
        /** LIST of the first argument's (a MAP's) value type. */
        VALUES,
        /** LIST<STRING>. */
        STRING_LIST,
        /** LIST of the common type of the COMMON arguments. */
        LIST_OF_COMMON,
        /** MAP from the element type of the first LIST to that of the second. */
        MAP_OF,
        /** STRUCT of the NAME_VALUE_VARIADIC pairs. */
        STRUCT_OF,
        /** BINARY. */
        BINARY;
    }

    /** When the result can be null. */
    public enum Nulls {
        /** Null if any argument is null. */
        PROPAGATE,
        /** Null only if every argument is null ({@code coalesce}). */
        IF_ALL,
        /** Can be null even with non-null arguments ({@code nullif}). */
        ALWAYS,
        /** Never null ({@code concat}, which skips null arguments). */
        NEVER;
    }

    /** The groups the designer and the reference list functions under. */
    public enum Category {
        STRING("Strings"), NUMBER("Numbers"), TIME("Dates and times"), HASH("Hashing and ids"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        CONDITIONAL("Conditionals and NULLs"), RUN("Run context"), //$NON-NLS-1$ //$NON-NLS-2$
        NESTED("Lists, structs and maps"), BINARY("Binary values"); //$NON-NLS-1$ //$NON-NLS-2$

        private final String title;

        Category(String title) {
            this.title = title;
        }

        /** The heading, e.g. "Dates and times". */
        public String title() {
            return title;
        }
    }

    /** A function's value from its arguments' values (the evaluator's Java classes) and the run's context. */
    @FunctionalInterface
    public interface Rule {
        /** The value; nulls reach the rule only when the function's {@link Nulls} rule is not PROPAGATE. */
        Object apply(Object[] args, RunContext run);
    }

    /** The date parts {@code date_trunc} and {@code date_diff} take, lower-case. */
    public static final List<String> DATE_UNITS = List.of("year", "quarter", "month", "week", "day", "hour", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "minute", "second"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String functionName;
    private final Result result;
    private final Nulls nulls;
    private final int minArgs;
    private final List<Param> params;
    private final Category category;
    private final String description;
    private final String example;
    private final Rule rule;

    BuiltinFunction(String functionName, Result result, Nulls nulls, int minArgs, Category category,
            String description, String example, Rule rule, Param... params) {
        this.functionName = functionName;
        this.result = result;
        this.nulls = nulls;
        this.minArgs = minArgs;
        this.category = category;
        this.description = description;
        this.example = example;
        this.rule = rule;
        this.params = List.of(params);
    }

    /** The group it is listed under. */
    public Category category() {
        return category;
    }

    /** One line saying what it computes. */
    public String description() {
        return description;
    }

    /** An example, a BOOLEAN expression that is TRUE ({@code lpad('7', 3, '0') = '007'}). */
    public String example() {
        return example;
    }

    /** Whether its value depends on the run (run id, start time, parameters, random seed): never a constant. */
    public boolean dependsOnRun() {
        return category == Category.RUN || this == RANDOM;
    }

    /**
     * The value of this function for argument values already converted to its parameters' types: the scalar rule
     * that the interpreter and the runtime's column kernels share. Applies the {@link Nulls#PROPAGATE} rule.
     *
     * @throws EvaluationException when the value cannot be computed
     */
    public Object apply(Object[] args, RunContext run) {
        if (nulls == Nulls.PROPAGATE) {
            for (Object a : args) {
                if (a == null) {
                    return null;
                }
            }
        }
        return rule.apply(args, run);
    }

    // ------------------------------------------------------------------------------- helpers of the rules above

    private static String str(Object[] a, int i) {
        return (String) a[i];
    }

    private static long lng(Object[] a, int i) {
        return (Long) a[i];
    }

    private static double dbl(Object[] a, int i) {
        return (Double) a[i];
    }

    private static String concat(Object[] a) {
        StringBuilder sb = new StringBuilder();
        for (Object o : a) {
            if (o != null) {
                sb.append((String) o);
            }
        }
        return sb.toString();
    }

    private static Object coalesce(Object[] a) {
        for (Object o : a) {
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private static Object extreme(Object[] a, boolean least) {
        Object best = null;
        for (Object o : a) {
            if (o != null && (best == null || (least ? Rules.compare(o, best) < 0 : Rules.compare(o, best) > 0))) {
                best = o;
            }
        }
        return best;
    }

    private static Object abs(Object x) {
        return switch (x) {
            case Integer i -> (int) Rules.checkRange(Math.abs((long) i), DataType.INT32, "abs"); //$NON-NLS-1$
            case Long l -> {
                if (l == Long.MIN_VALUE) {
                    throw new EvaluationException(io.sluice.expression.internal.Messages.overflow("abs", DataType.INT64)); //$NON-NLS-1$
                }
                yield Math.abs(l);
            }
            case java.math.BigDecimal d -> d.abs();
            default -> Math.abs((Double) x);
        };
    }

    private static Object round(Object x, long digits) {
        return switch (x) {
            case Integer i -> (int) Rules.round(i, digits, DataType.INT32);
            case Long l -> Rules.round(l, digits, DataType.INT64);
            case java.math.BigDecimal d -> d.setScale((int) Math.max(Math.min(digits, d.scale()), -39), java.math.RoundingMode.HALF_UP)
                    .setScale(d.scale());
            default -> Rules.round((Double) x, digits);
        };
    }

    private static Object trunc(Object x, long digits) {
        return switch (x) {
            case Integer i -> (int) Library.trunc(i, digits);
            case Long l -> Library.trunc(l, digits);
            case java.math.BigDecimal d -> d.setScale((int) Math.max(Math.min(digits, d.scale()), -39), java.math.RoundingMode.DOWN)
                    .setScale(d.scale());
            default -> Rules.trunc((Double) x, digits);
        };
    }

    private static Object sign(Object x) {
        return switch (x) {
            case Integer i -> Integer.signum(i);
            case Long l -> Long.signum(l);
            case java.math.BigDecimal d -> d.signum();
            default -> {
                double d = (Double) x;
                yield d > 0 ? 1 : d < 0 ? -1 : 0;
            }
        };
    }

    // the date functions' scalar rules: a value's stored form in the type Library.typeOf gives, the TimeRules
    // the column kernels call in the column's own unit, the result back as a value of the argument's kind

    /** A rule of a DATE or TIMESTAMP (instant or local) value's type and stored form. */
    private interface OnTemporal<R> {
        R apply(DataType type, long stored);
    }

    private static <R> R onTemporal(Object t, OnTemporal<R> rule) {
        DataType type = Library.typeOf(t);
        return rule.apply(type, Library.stored(t, type));
    }

    private static Object field(String name, Object t) {
        return onTemporal(t, (type, v) -> (int) TimeRules.extract(name, type, v));
    }

    private static Object dateTrunc(String unit, Object t) {
        return onTemporal(t, (type, v) -> Library.temporal(type, TimeRules.trunc(unit, type, v)));
    }

    private static Object dateDiff(String unit, Object a, Object b) {
        DataType x = Library.typeOf(a);
        DataType y = Library.typeOf(b);
        DataType type = x != DataType.DATE && y != DataType.DATE // the checker gave both one type: the finer holds both
                && x.timePrecision().ordinal() < y.timePrecision().ordinal() ? y : x;
        return TimeRules.dateDiff(unit, type, Library.stored(a, type), Library.stored(b, type));
    }

    /** The lower-case name used in expressions. */
    public String functionName() {
        return functionName;
    }

    /** How the result type is found. */
    public Result result() {
        return result;
    }

    /** When the result can be null. */
    public Nulls nulls() {
        return nulls;
    }

    /** The declared parameters; the last one may be {@link Param#variadic() variadic}. */
    public List<Param> params() {
        return params;
    }

    /** The least number of arguments. */
    public int minArgs() {
        return minArgs;
    }

    /** The greatest number of arguments, {@link Integer#MAX_VALUE} for a variadic function. */
    public int maxArgs() {
        return isVariadic() ? Integer.MAX_VALUE : params.size();
    }

    /** Whether the last parameter repeats. */
    public boolean isVariadic() {
        return !params.isEmpty() && params.get(params.size() - 1).variadic();
    }

    /** The parameter that argument {@code index} (0-based) binds to. */
    public Param paramAt(int index) {
        return index < params.size() ? params.get(index) : params.get(params.size() - 1);
    }

    /** The function of this name, case-insensitively. */
    public static Optional<BuiltinFunction> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (BuiltinFunction f : values()) {
            if (f.functionName.equals(lower)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A human-readable signature, e.g. {@code substring(STRING, INT64[, INT64]) → STRING}. */
    public String signature() {
        if (this == TRY_CAST) {
            return "try_cast(any AS type) → type"; //$NON-NLS-1$
        }
        StringBuilder sb = new StringBuilder(functionName).append('(');
        for (int i = 0; i < params.size(); i++) {
            boolean optional = i >= minArgs;
            if (optional) {
                sb.append('[');
            }
            if (i > 0) {
                sb.append(", "); //$NON-NLS-1$
            }
            sb.append(describe(params.get(i)));
            if (params.get(i).variadic()) {
                sb.append(", …"); //$NON-NLS-1$
            }
        }
        for (int i = minArgs; i < params.size(); i++) {
            sb.append(']');
        }
        sb.append(") → ").append(switch (result) { //$NON-NLS-1$
            case ARGUMENT -> params.contains(Param.NUMERIC) ? "same numeric type" : "same temporal type"; //$NON-NLS-1$ //$NON-NLS-2$
            case CAST_TYPE -> "type"; //$NON-NLS-1$
            case COMMON -> "common type"; //$NON-NLS-1$
            case FIELD -> "field type"; //$NON-NLS-1$
            case ELEMENT -> "element type"; //$NON-NLS-1$
            case KEYS -> "LIST<key type>"; //$NON-NLS-1$
            case VALUES -> "LIST<value type>"; //$NON-NLS-1$
            case STRING_LIST -> "LIST<STRING>"; //$NON-NLS-1$
            case LIST_OF_COMMON -> "LIST<common type>"; //$NON-NLS-1$
            case MAP_OF -> "MAP<key type, value type>"; //$NON-NLS-1$
            case STRUCT_OF -> "STRUCT"; //$NON-NLS-1$
            default -> result.name();
        });
        return sb.toString();
    }

    private static String describe(Param p) {
        return switch (p) {
            case STRING, REGEX -> DataType.STRING.name();
            case UNIT -> "'unit'"; //$NON-NLS-1$
            case FIELD -> "'field'"; //$NON-NLS-1$
            case TYPE -> "type"; //$NON-NLS-1$
            case NAME -> "'name'"; //$NON-NLS-1$
            case BOOLEAN -> DataType.BOOLEAN.name();
            case ANY, TO_STRING_VARIADIC -> "any"; //$NON-NLS-1$
            case INTEGER -> "INT64"; //$NON-NLS-1$
            case NUMERIC -> "numeric"; //$NON-NLS-1$
            case FLOAT -> "FLOAT64"; //$NON-NLS-1$
            case TEMPORAL, COMMON_TEMPORAL -> "DATE|TIMESTAMP"; //$NON-NLS-1$
            case TIMESTAMP -> "TIMESTAMP"; //$NON-NLS-1$
            case COMMON, COMMON_VARIADIC -> "any"; //$NON-NLS-1$
            case LIST, MAP, STRUCT -> p.name();
            case LIST_OR_MAP -> "LIST|MAP"; //$NON-NLS-1$
            case STRING_LIST -> "LIST<STRING>"; //$NON-NLS-1$
            case ELEMENT -> "element"; //$NON-NLS-1$
            case INDEX_OR_KEY -> "INT64|key"; //$NON-NLS-1$
            case FIELD_NAME -> "'field'"; //$NON-NLS-1$
            case NAME_VALUE_VARIADIC -> "'name', any"; //$NON-NLS-1$
            case BINARY -> "BINARY"; //$NON-NLS-1$
            case STRING_OR_BINARY -> "STRING|BINARY"; //$NON-NLS-1$
        };
    }
}
