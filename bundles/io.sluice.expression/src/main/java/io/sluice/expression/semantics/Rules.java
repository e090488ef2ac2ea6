package io.sluice.expression.semantics;

import io.sluice.expression.EvaluationException;
import io.sluice.expression.internal.Messages;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The per-value rules of the expression language, written once: the reference interpreter calls them on Java values
 * and the runtime's column kernels call them in their loops on primitive forms (DATE as days, TIMESTAMP as
 * microseconds since the epoch). {@link io.sluice.expression.Evaluator}'s javadoc and {@code docs/expressions.md}
 * state what they compute.
 */
public final class Rules {

    private static final Map<String, Pattern> LIKE_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> REGEX_CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 512;
    private static final double TWO_POW_52 = 4503599627370496.0;

    private Rules() {
    }

    // ---------------------------------------------------------------------------------------------- comparisons

    /** The language's FLOAT64 order: NaN equals NaN and is greater than every number; {@code -0.0 = 0.0}. */
    public static int compare(double a, double b) {
        if (a == b) {
            return 0;
        }
        boolean na = Double.isNaN(a);
        boolean nb = Double.isNaN(b);
        if (na || nb) {
            return na && nb ? 0 : na ? 1 : -1;
        }
        return a < b ? -1 : 1;
    }

    /** Strings by Unicode code point (the order of their UTF-8 bytes), without decoding code points. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointOrder(x) - codePointOrder(y);
            }
        }
        return a.length() - b.length();
    }

    /** The total order of the language on evaluator values of one type (numbers, code points, FALSE &lt; TRUE, time, unsigned bytes). */
    @SuppressWarnings("unchecked")
    public static int compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return compare((double) x, (double) y);
        }
        if (a instanceof String x && b instanceof String y) {
            return compare(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.compareUnsigned(x, y); // bytes as unsigned, as DuckDB's BLOB order
        }
        if (a.getClass() != b.getClass()) {
            throw new IllegalStateException("cannot compare " + a.getClass() + " with " + b.getClass()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    private static int codePointOrder(char c) {
        // surrogates (U+D800..DFFF) encode code points above U+FFFF: move them above U+E000..FFFF
        if (c >= 0xD800) {
            return c >= 0xE000 ? c - 0x800 : c + 0x2000;
        }
        return c;
    }

    // ---------------------------------------------------------------------------------------------- arithmetic

    /** The error of an integer result outside its type's range ("integer overflow in …"). */
    public static EvaluationException overflow(String what, DataType type) {
        return new EvaluationException(Messages.overflow(what, type));
    }

    /** An INT32 or INT64 result, checked against its type's range. */
    public static long checkRange(long v, DataType type, String what) {
        if (!inRange(v, type)) {
            throw new EvaluationException(Messages.overflow(what, type));
        }
        return v;
    }

    /** Whether {@code v} is a value of integer type {@code type} (INT8, INT16, INT32 or INT64). */
    public static boolean inRange(long v, DataType type) {
        return switch (type.id()) {
            case INT8 -> v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE;
            case INT16 -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
            case INT32 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            default -> true;
        };
    }

    /** {@code a % b} on integers: the dividend's sign; {@code x % 0} is an error. */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw new EvaluationException(Messages.DIVISION_BY_ZERO);
        }
        return b == -1 ? 0 : a % b;
    }

    /** {@code round(x, d)} of a FLOAT64: half away from zero on the shortest decimal form of x. */
    public static double round(double x, long digits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || digits > 350) {
            return x;
        }
        int scale = (int) Math.max(digits, -400);
        return BigDecimal.valueOf(x).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code round(x, d)} of an integer: half away from zero at 10^-d; a result out of the type's range is an error. */
    public static long round(long x, long digits, DataType type) {
        if (digits >= 0) {
            return x;
        }
        if (digits < -19) {
            return 0; // 10^20 / 2 exceeds every INT64, so every value rounds to 0
        }
        BigDecimal r = BigDecimal.valueOf(x).setScale((int) digits, RoundingMode.HALF_UP);
        try {
            return checkRange(r.longValueExact(), type, "round"); //$NON-NLS-1$
        } catch (ArithmeticException e) {
            throw new EvaluationException(Messages.overflow("round", type), e); //$NON-NLS-1$
        }
    }

    /** {@code trunc(x, d)}: towards zero at d decimal digits, on the shortest decimal form of x. */
    public static double trunc(double x, long digits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || digits > 350) {
            return x;
        }
        int scale = (int) Math.max(digits, -400);
        double r = BigDecimal.valueOf(x).setScale(scale, RoundingMode.DOWN).doubleValue();
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    // ---------------------------------------------------------------------------------------------------- casts

    /** FLOAT64 to INT32/INT64: exactly half away from zero; NaN, infinities and out-of-range values are errors. */
    public static long toInteger(double x, DataType to) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new EvaluationException(Messages.cannotCastValue(Double.toString(x), to));
        }
        double a = Math.abs(x);
        double r;
        if (a >= TWO_POW_52) {
            r = a; // already an integer
        } else {
            double t = Math.floor(a);
            r = a - t >= 0.5 ? t + 1 : t; // a - t is exact below 2^52
        }
        r = Math.copySign(r, x);
        boolean in = to == DataType.INT64 ? r >= -9.223372036854775808E18 && r < 9.223372036854775807E18
                : inRange((long) r, to) && Math.abs(r) < 4.0E9;
        if (!in) {
            throw new EvaluationException(Messages.cannotCastValue(Double.toString(x), to) + " (out of range)"); //$NON-NLS-1$
        }
        return (long) r;
    }

    /** INT64 to INT32: out of range is an error. */
    public static long toInt32(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new EvaluationException(Messages.cannotCastValue(Long.toString(v), DataType.INT32) + " (out of range)"); //$NON-NLS-1$
        }
        return v;
    }

    /** Whether {@code c} is white space a cast from STRING ignores: ASCII space, tab, LF, VT, FF, CR only. */
    public static boolean isCastSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@code s} without the surrounding {@linkplain #isCastSpace(char) ASCII white space}. */
    public static String stripCastSpace(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isCastSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isCastSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static EvaluationException cannotCast(String text, DataType to) {
        return new EvaluationException(Messages.cannotCastValue("'" + text + "'", to)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** STRING to INT32/INT64: optional sign and ASCII digits only, surrounding ASCII white space ignored. */
    public static long parseInteger(String text, DataType to) {
        String t = stripCastSpace(text);
        int i = 0;
        int n = t.length();
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        if (i == n) {
            throw cannotCast(text, to);
        }
        long v = 0;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw cannotCast(text, to);
            }
            try {
                v = Math.subtractExact(Math.multiplyExact(v, 10), c - '0'); // accumulate negatively: MIN_VALUE fits
            } catch (ArithmeticException e) {
                throw new EvaluationException(Messages.cannotCastValue("'" + text + "'", to) + " (out of range)", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        if (!negative) {
            if (v == Long.MIN_VALUE) {
                throw new EvaluationException(Messages.cannotCastValue("'" + text + "'", to) + " (out of range)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            v = -v;
        }
        if (!inRange(v, to)) {
            throw new EvaluationException(Messages.cannotCastValue("'" + text + "'", to) + " (out of range)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return v;
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?"); //$NON-NLS-1$
    private static final Pattern SPECIAL = Pattern.compile("(?i)([+-]?)(nan|inf|infinity)"); //$NON-NLS-1$

    /**
     * STRING to FLOAT64: a decimal number with an optional exponent ({@code -1.5e3}, {@code .5}, {@code 5.}), or
     * {@code nan}, {@code inf}, {@code infinity} with an optional sign in any case; surrounding ASCII white space
     * ignored. Java's suffixes ({@code 1d}, {@code 1f}) and hexadecimal forms are errors.
     */
    public static double parseFloat(String text) {
        String t = stripCastSpace(text);
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        var m = SPECIAL.matcher(t);
        if (m.matches()) {
            if (m.group(2).equalsIgnoreCase("nan")) { //$NON-NLS-1$
                return Double.NaN;
            }
            return m.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; //$NON-NLS-1$
        }
        throw cannotCast(text, DataType.FLOAT64);
    }

    /** STRING to BOOLEAN: {@code true}/{@code false} in any case. */
    public static boolean parseBoolean(String text) {
        String t = stripCastSpace(text);
        if (t.equalsIgnoreCase("true")) { //$NON-NLS-1$
            return true;
        }
        if (t.equalsIgnoreCase("false")) { //$NON-NLS-1$
            return false;
        }
        throw cannotCast(text, DataType.BOOLEAN);
    }

    /** STRING to DATE, as days since the epoch: {@code yyyy-MM-dd}. */
    public static long parseDate(String text) {
        return parseTemporal(text, DataType.DATE);
    }

    /** STRING to TIMESTAMP, as microseconds since the epoch: {@code yyyy-MM-dd[( |T)HH:mm[:ss[.f…]]][Z|±hh:mm]}. */
    public static long parseTimestamp(String text) {
        return parseTemporal(text, DataType.TIMESTAMP);
    }

    /**
     * STRING to a DATE, TIME or TIMESTAMP of any precision and kind, as its stored number ({@link
     * TemporalValues#parse}: digits below the unit cut, an offset into a local date-time refused).
     */
    public static long parseTemporal(String text, DataType type) {
        long v = TemporalValues.parse(stripCastSpace(text), type);
        if (!TemporalValues.isValue(v)) {
            throw new EvaluationException(cannotCast(text, type).getMessage() + TemporalValues.reason(v, type));
        }
        return v;
    }

    /** A FLOAT64 as text: {@link Double#toString(double)}. */
    public static String toText(double d) {
        return Double.toString(d);
    }

    /** A DATE (days) as text: {@code 2024-01-31}. */
    public static String dateText(long days) {
        return TemporalValues.formatDate(days);
    }

    /** A TIMESTAMP (micros, an instant) as text: {@code 2024-01-31 10:00:00[.ffffff]Z}. */
    public static String timestampText(long micros) {
        return Casts.toText(TemporalValues.fromMicros(micros));
    }

    // -------------------------------------------------------------------------------------------------- strings

    /** {@code substring(s, start[, len])}, 1-based code points; positions before 1 hold nothing. */
    public static String substring(String s, long start, long length, boolean hasLength) {
        if (hasLength && length < 0) {
            throw new EvaluationException(Messages.negativeLength(length));
        }
        long codePoints = s.codePointCount(0, s.length());
        long end = !hasLength ? Long.MAX_VALUE : saturatedAdd(start, length); // exclusive, 1-based
        long from = Math.max(start, 1);
        long to = Math.min(end, codePoints + 1);
        if (to <= from) {
            return ""; //$NON-NLS-1$
        }
        int begin = s.offsetByCodePoints(0, (int) (from - 1));
        int stop = s.offsetByCodePoints(begin, (int) (to - from));
        return s.substring(begin, stop);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
    }

    /** {@code replace(s, from, to)}: every occurrence; an empty {@code from} leaves s unchanged. */
    public static String replace(String s, String from, String to) {
        return from.isEmpty() ? s : s.replace(from, to);
    }

    /** The {@code LIKE} pattern as a regular expression: {@code %} any sequence, {@code _} one code point. */
    public static Pattern likePattern(String like) {
        Pattern cached = LIKE_CACHE.get(like);
        if (cached != null) {
            return cached;
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        like.codePoints().forEach(cp -> {
            if (cp == '%' || cp == '_') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(cp == '%' ? ".*" : "."); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                literal.appendCodePoint(cp);
            }
        });
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
        if (LIKE_CACHE.size() > CACHE_LIMIT) {
            LIKE_CACHE.clear();
        }
        LIKE_CACHE.put(like, pattern);
        return pattern;
    }

    /** {@code s LIKE p}. */
    public static boolean like(String s, String pattern) {
        return likePattern(pattern).matcher(s).matches();
    }

    private static final String[][] POSIX_CLASSES = { { "[:alpha:]", "\\p{Alpha}" }, { "[:digit:]", "\\p{Digit}" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        { "[:alnum:]", "\\p{Alnum}" }, { "[:upper:]", "\\p{Upper}" }, { "[:lower:]", "\\p{Lower}" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        { "[:space:]", "\\s" }, { "[:punct:]", "\\p{Punct}" }, { "[:xdigit:]", "\\p{XDigit}" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        { "[:blank:]", "\\p{Blank}" }, { "[:cntrl:]", "\\p{Cntrl}" }, { "[:print:]", "\\p{Print}" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        { "[:graph:]", "\\p{Graph}" }, { "[:word:]", "\\w" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /**
     * A regular expression of the language: {@link Pattern} syntax, plus the POSIX bracket classes
     * ({@code [[:alpha:]]}, {@code [[:digit:]]} …, ASCII as in RE2 and POSIX), which Java alone reads as plain
     * character sets.
     *
     * @throws PatternSyntaxException if it is invalid
     */
    public static Pattern regex(String pattern) {
        Pattern cached = REGEX_CACHE.get(pattern);
        if (cached != null) {
            return cached;
        }
        String p = pattern;
        if (p.contains("[:")) { //$NON-NLS-1$
            for (String[] c : POSIX_CLASSES) {
                p = p.replace(c[0], c[1]);
            }
        }
        Pattern compiled = Pattern.compile(p);
        if (REGEX_CACHE.size() > CACHE_LIMIT) {
            REGEX_CACHE.clear();
        }
        REGEX_CACHE.put(pattern, compiled);
        return compiled;
    }

    /** {@link #regex(String)}, an invalid pattern being an evaluation error of {@code function}. */
    public static Pattern regex(String function, String pattern) {
        try {
            return regex(pattern);
        } catch (PatternSyntaxException e) {
            throw new EvaluationException(Messages.invalidRegex(function, e.getDescription()), e);
        }
    }
}
