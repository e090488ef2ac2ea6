package io.sluice.runtime.internal.kernel;

import io.sluice.expression.EvaluationException;
import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.types.Temporal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Per-value helpers the column kernels call in their loops; semantics are those of the expression Evaluator. */
final class Scalars {
    private Scalars() {
    }

    /** Total order of FLOAT64 in comparisons: NaN equals NaN and is greater than everything; -0.0 = 0.0. */
    static int cmp(double a, double b) {
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

    /** Strings by Unicode code point (the order of their UTF-8 bytes). */
    static int cmp(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fix(x) - fix(y);
            }
        }
        return a.length() - b.length();
    }

    private static int fix(char c) {
        // surrogates (U+D800..DFFF) encode code points above U+FFFF: move them above U+E000..FFFF
        if (c >= 0xD800) {
            return c >= 0xE000 ? c - 0x800 : c + 0x2000;
        }
        return c;
    }

    static long checkInt32(long v, String what) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new EvaluationException("integer overflow in " + what); //$NON-NLS-1$
        }
        return v;
    }

    static EvaluationException overflow(String what) {
        return new EvaluationException("integer overflow in " + what); //$NON-NLS-1$
    }

    /** FLOAT64 to an integer: half away from zero; NaN, infinities and out-of-range values are errors. */
    static long doubleToLong(double x, DataType target) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new EvaluationException("cannot cast " + Double.toString(x) + " to " + target); //$NON-NLS-1$ //$NON-NLS-2$
        }
        double r = Math.signum(x) * Math.floor(Math.abs(x) + 0.5);
        double lo = target == DataType.INT32 ? Integer.MIN_VALUE : -9.223372036854775808E18;
        double hi = target == DataType.INT32 ? Integer.MAX_VALUE : 9.223372036854775807E18;
        if (r < lo || r > hi || (target == DataType.INT64 && r >= 9.223372036854775807E18)) {
            throw new EvaluationException("cannot cast " + Double.toString(x) + " to " + target + ": out of range"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return (long) r;
    }

    static String toText(DataType type, long l, double d) {
        return switch (type) {
            case BOOLEAN -> l != 0 ? "true" : "false"; //$NON-NLS-1$ //$NON-NLS-2$
            case INT32, INT64 -> Long.toString(l);
            case FLOAT64 -> Double.toString(d);
            case DATE -> Temporal.formatDate(l);
            case TIMESTAMP -> Temporal.formatTimestamp(l);
            default -> throw new IllegalStateException(type.toString());
        };
    }

    static EvaluationException cannotCast(String s, DataType target) {
        return new EvaluationException("cannot cast '" + s + "' to " + target); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** STRING to a non-string type; returns the long form (BOOLEAN 0/1, DATE days, TIMESTAMP micros, integers). */
    static long parseLongForm(String text, DataType target) {
        String t = text.strip();
        switch (target) {
            case INT32, INT64 -> {
                try {
                    long v = Long.parseLong(t);
                    if (target == DataType.INT32 && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                        throw cannotCast(text, target);
                    }
                    return v;
                } catch (NumberFormatException e) {
                    throw cannotCast(text, target);
                }
            }
            case BOOLEAN -> {
                if (t.equalsIgnoreCase("true")) { //$NON-NLS-1$
                    return 1;
                }
                if (t.equalsIgnoreCase("false")) { //$NON-NLS-1$
                    return 0;
                }
                throw cannotCast(text, target);
            }
            case DATE -> {
                byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
                long d = isAscii(t) ? Temporal.parseDate(b, 0, b.length) : Temporal.INVALID;
                if (d == Temporal.INVALID) {
                    throw cannotCast(text, target);
                }
                return d;
            }
            case TIMESTAMP -> {
                byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
                long v = Temporal.INVALID;
                if (isAscii(t) && !hasOffset(t)) {
                    v = Temporal.parseTimestamp(b, 0, b.length);
                }
                if (v == Temporal.INVALID) {
                    throw cannotCast(text, target);
                }
                return v;
            }
            default -> throw new IllegalStateException(target.toString());
        }
    }

    private static boolean isAscii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasOffset(String t) {
        for (int i = 10; i < t.length(); i++) {
            if (t.charAt(i) == '+' || t.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw cannotCast(text, DataType.FLOAT64);
        }
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String substring(String s, long start, long len, boolean hasLen) {
        if (hasLen && len < 0) {
            throw new EvaluationException("negative length " + len + " in substring"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int cps = s.codePointCount(0, s.length());
        long from = Math.max(start, 1);
        long to = !hasLen ? Long.MAX_VALUE : (len > Long.MAX_VALUE - Math.max(start, 0) ? Long.MAX_VALUE : start + len);
        to = Math.min(to, (long) cps + 1);
        if (from >= to) {
            return ""; //$NON-NLS-1$
        }
        int b = s.offsetByCodePoints(0, (int) (from - 1));
        int e = s.offsetByCodePoints(b, (int) (to - from));
        return s.substring(b, e);
    }

    static double round(double x, long digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        int scale = (int) Math.max(-400, Math.min(400, digits));
        return new BigDecimal(Double.toString(x)).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    static long round(long x, long digits, DataType type) {
        if (digits >= 0) {
            return x;
        }
        if (digits < -18) {
            return 0;
        }
        long p = 1;
        for (int i = 0; i < -digits; i++) {
            p *= 10;
        }
        long q = x / p;
        long r = x % p;
        long res;
        try {
            if (Math.abs(r) * 2 >= p) {
                q += x < 0 ? -1 : 1;
            }
            res = Math.multiplyExact(q, p);
        } catch (ArithmeticException e) {
            throw overflow("round"); //$NON-NLS-1$
        }
        return type == DataType.INT32 ? checkInt32(res, "round") : res; //$NON-NLS-1$
    }

    // ------------------------------------------------------------------------------------------ dates

    static long micros(DataType t, long v) {
        return t == DataType.DATE ? v * Temporal.MICROS_PER_DAY : v;
    }

    /** date_trunc on micros since the epoch. */
    static long truncMicros(String unit, long micros) {
        long days = Math.floorDiv(micros, Temporal.MICROS_PER_DAY);
        return switch (unit) {
            case "second" -> Math.floorDiv(micros, 1_000_000L) * 1_000_000L; //$NON-NLS-1$
            case "minute" -> Math.floorDiv(micros, 60_000_000L) * 60_000_000L; //$NON-NLS-1$
            case "hour" -> Math.floorDiv(micros, 3_600_000_000L) * 3_600_000_000L; //$NON-NLS-1$
            default -> truncDays(unit, days) * Temporal.MICROS_PER_DAY;
        };
    }

    /** date_trunc on days since the epoch (units below a day change nothing). */
    static long truncDays(String unit, long days) {
        switch (unit) {
            case "second", "minute", "hour", "day": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                return days;
            case "week": //$NON-NLS-1$
                // 1970-01-01 was a Thursday; Monday-based weeks
                return days - Math.floorMod(days + 3, 7);
            default:
                break;
        }
        int[] c = Temporal.civilFromDays(days);
        return switch (unit) {
            case "month" -> Temporal.daysFromCivil(c[0], c[1], 1); //$NON-NLS-1$
            case "quarter" -> Temporal.daysFromCivil(c[0], (c[1] - 1) / 3 * 3 + 1, 1); //$NON-NLS-1$
            case "year" -> Temporal.daysFromCivil(c[0], 1, 1); //$NON-NLS-1$
            default -> throw new EvaluationException("unknown date unit '" + unit + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    static long dateDiff(String unit, DataType type, long a, long b) {
        switch (unit) {
            case "year", "quarter", "month" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                long da = type == DataType.DATE ? a : Math.floorDiv(a, Temporal.MICROS_PER_DAY);
                long db = type == DataType.DATE ? b : Math.floorDiv(b, Temporal.MICROS_PER_DAY);
                int[] x = Temporal.civilFromDays(da);
                int[] y = Temporal.civilFromDays(db);
                return switch (unit) {
                    case "year" -> (long) y[0] - x[0]; //$NON-NLS-1$
                    case "quarter" -> (y[0] * 4L + (y[1] - 1) / 3) - (x[0] * 4L + (x[1] - 1) / 3); //$NON-NLS-1$
                    default -> (y[0] * 12L + y[1]) - (x[0] * 12L + x[1]);
                };
            }
            case "week" -> { //$NON-NLS-1$
                long da = type == DataType.DATE ? a : Math.floorDiv(a, Temporal.MICROS_PER_DAY);
                long db = type == DataType.DATE ? b : Math.floorDiv(b, Temporal.MICROS_PER_DAY);
                return (truncDays("week", db) - truncDays("week", da)) / 7; //$NON-NLS-1$ //$NON-NLS-2$
            }
            case "day" -> { //$NON-NLS-1$
                long da = type == DataType.DATE ? a : Math.floorDiv(a, Temporal.MICROS_PER_DAY);
                long db = type == DataType.DATE ? b : Math.floorDiv(b, Temporal.MICROS_PER_DAY);
                return db - da;
            }
            default -> {
                long unitMicros = switch (unit) {
                    case "hour" -> 3_600_000_000L; //$NON-NLS-1$
                    case "minute" -> 60_000_000L; //$NON-NLS-1$
                    case "second" -> 1_000_000L; //$NON-NLS-1$
                    default -> throw new EvaluationException("unknown date unit '" + unit + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                };
                long ma = micros(type, a);
                long mb = micros(type, b);
                return Math.floorDiv(mb, unitMicros) - Math.floorDiv(ma, unitMicros);
            }
        }
    }

    /** year, month, day, hour of a DATE (days) or TIMESTAMP (micros). */
    static long extract(String field, DataType type, long v) {
        long days = type == DataType.DATE ? v : Math.floorDiv(v, Temporal.MICROS_PER_DAY);
        if (field.equals("hour")) { //$NON-NLS-1$
            return type == DataType.DATE ? 0 : Math.floorMod(v, Temporal.MICROS_PER_DAY) / 3_600_000_000L;
        }
        int[] c = Temporal.civilFromDays(days);
        return switch (field) {
            case "year" -> c[0]; //$NON-NLS-1$
            case "month" -> c[1]; //$NON-NLS-1$
            default -> c[2];
        };
    }

    /** A LIKE pattern as a regular expression: % any sequence, _ one code point, no escape. */
    static java.util.regex.Pattern likePattern(String p) {
        StringBuilder sb = new StringBuilder();
        StringBuilder lit = new StringBuilder();
        p.codePoints().forEach(cp -> {
            if (cp == '%' || cp == '_') {
                if (lit.length() > 0) {
                    sb.append(java.util.regex.Pattern.quote(lit.toString()));
                    lit.setLength(0);
                }
                sb.append(cp == '%' ? ".*" : "."); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                lit.appendCodePoint(cp);
            }
        });
        if (lit.length() > 0) {
            sb.append(java.util.regex.Pattern.quote(lit.toString()));
        }
        return java.util.regex.Pattern.compile(sb.toString(), java.util.regex.Pattern.DOTALL);
    }
}
