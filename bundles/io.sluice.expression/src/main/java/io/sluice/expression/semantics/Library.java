package io.sluice.expression.semantics;

import io.sluice.expression.EvaluationException;
import io.sluice.expression.RunContext;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.expression.types.TimePrecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * The rules of the function library on the evaluator's Java values ({@code String}, {@code Long}, {@code Double},
 * {@code LocalDate}, {@code Instant} …), for functions whose column kernel applies them row by row. The catalog
 * ({@link io.sluice.expression.BuiltinFunction}) points at these; nulls are handled by the caller unless the
 * function's null rule says otherwise.
 */
public final class Library {

    /** The longest string {@code repeat}, {@code lpad} and {@code rpad} build, in code points. */
    public static final long MAX_STRING = 1L << 26;

    private Library() {
    }

    // ------------------------------------------------------------------------------------------------ temporal

    /**
     * The type the date functions compute a value in: DATE for a {@link LocalDate}; for a TIMESTAMP value
     * ({@link Instant}: an instant, {@link LocalDateTime}: a local date-time, kept so) the coarsest of µs and ns
     * that holds all its digits (ms beyond µs's range). Any precision that holds the value gives the same fields,
     * truncations, differences and sums; the caller fits the result to the expression's declared type, where a
     * value that type cannot hold is an error, as it is in the column kernels computing in that type's unit.
     */
    public static DataType typeOf(Object t) {
        return switch (t) {
            case LocalDate d -> DataType.DATE;
            case Instant i -> timestampFor(i.getEpochSecond(), i.getNano(), true);
            case LocalDateTime l -> timestampFor(l.toEpochSecond(ZoneOffset.UTC), l.getNano(), false);
            default -> throw new IllegalArgumentException("not temporal: " + t.getClass()); //$NON-NLS-1$
        };
    }

    private static DataType timestampFor(long seconds, int nanos, boolean instant) {
        TimePrecision p = nanos % 1000 != 0 && Math.abs(seconds) < Long.MAX_VALUE / 1_000_000_000L - 1
                ? TimePrecision.NANO
                : Math.abs(seconds) < Long.MAX_VALUE / 1_000_000L - 1 ? TimePrecision.MICRO : TimePrecision.MILLI;
        return DataType.timestamp(p, instant);
    }

    /** A temporal value's stored form in {@code type} ({@link #typeOf}): days, or units since the epoch. */
    public static long stored(Object t, DataType type) {
        return TemporalValues.toStored(t, type);
    }

    /** A stored form of {@code type} back as a value (a local TIMESTAMP as a {@link LocalDateTime}). */
    public static Object temporal(DataType type, long v) {
        return TemporalValues.fromStored(v, type);
    }

    // ------------------------------------------------------------------------------------------------- strings

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String firstCodePoints(String s, long n) {
        if (n <= 0) {
            return ""; //$NON-NLS-1$
        }
        if (n >= codePoints(s)) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, (int) n));
    }

    private static String lastCodePoints(String s, long n) {
        int count = codePoints(s);
        if (n <= 0) {
            return ""; //$NON-NLS-1$
        }
        if (n >= count) {
            return s;
        }
        return s.substring(s.offsetByCodePoints(0, (int) (count - n)));
    }

    /** left(s, n): the first n code points; a negative n drops the last -n. */
    public static String left(String s, long n) {
        return n >= 0 ? firstCodePoints(s, n) : firstCodePoints(s, codePoints(s) + n);
    }

    /** right(s, n): the last n code points; a negative n drops the first -n. */
    public static String right(String s, long n) {
        return n >= 0 ? lastCodePoints(s, n) : lastCodePoints(s, codePoints(s) + n);
    }

    /** lpad/rpad: s padded with fill (repeated) to n code points, or cut to n when longer. */
    public static String pad(String s, long n, String fill, boolean leftSide) {
        if (n > MAX_STRING) {
            throw new EvaluationException("pad length " + n + " exceeds " + MAX_STRING); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int count = codePoints(s);
        if (n <= count) {
            return firstCodePoints(s, n);
        }
        if (fill.isEmpty()) {
            throw new EvaluationException("cannot pad with an empty string"); //$NON-NLS-1$
        }
        int[] f = fill.codePoints().toArray();
        StringBuilder p = new StringBuilder();
        for (long i = 0; i < n - count; i++) {
            p.appendCodePoint(f[(int) (i % f.length)]);
        }
        return leftSide ? p + s : s + p;
    }

    /** reverse(s): the code points in reverse order. */
    public static String reverse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = cps.length - 1; i >= 0; i--) {
            sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }

    /** repeat(s, n): s n times; none when n ≤ 0. */
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        if (n > MAX_STRING / Math.max(1, codePoints(s))) {
            throw new EvaluationException("repeat: result longer than " + MAX_STRING + " code points"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return s.repeat((int) n);
    }

    /** initcap(s): each word's first letter upper-case and the rest lower-case; words are runs of letters/digits. */
    public static String initcap(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inWord = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wordChar = Character.isLetterOrDigit(cp);
            sb.appendCodePoint(wordChar ? (inWord ? Character.toLowerCase(cp) : Character.toTitleCase(cp)) : cp);
            inWord = wordChar;
        }
        return sb.toString();
    }

    /** translate(s, from, to): each code point of from becomes the one at the same place in to, or is deleted. */
    public static String translate(String s, String from, String to) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            for (int k = 0; k < f.length; k++) {
                if (f[k] == cp) {
                    if (k < t.length) {
                        sb.appendCodePoint(t[k]);
                    }
                    return;
                }
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    /** position(s, sub): the 1-based code point position of the first sub in s, 0 when absent (1 for ''). */
    public static int position(String s, String sub) {
        int at = s.indexOf(sub);
        return at < 0 ? 0 : s.codePointCount(0, at) + 1;
    }

    /** split_part(s, sep, n): the n-th part (1-based; negative from the end), '' past the end; '' sep splits code points. */
    public static String splitPart(String s, String sep, long n) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
            if (parts.isEmpty()) {
                parts.add(""); //$NON-NLS-1$
            }
        } else {
            int from = 0;
            int at;
            while ((at = s.indexOf(sep, from)) >= 0) {
                parts.add(s.substring(from, at));
                from = at + sep.length();
            }
            parts.add(s.substring(from));
        }
        long index = n > 0 ? n - 1 : parts.size() + n;
        return n == 0 || index < 0 || index >= parts.size() ? "" : parts.get((int) index); //$NON-NLS-1$
    }

    /** format(fmt, args…): each {} replaced by the next argument's text; {{ and }} are literal braces. */
    public static String format(String fmt, Object[] args, int first) {
        StringBuilder sb = new StringBuilder();
        int next = first;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i++;
            } else if (c == '}' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                sb.append('}');
                i++;
            } else if (c == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                if (next >= args.length) {
                    throw new EvaluationException("format: more {} than arguments in '" + fmt + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                sb.append((String) args[next++]);
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** ascii(s): the first code point, 0 for ''. */
    public static int ascii(String s) {
        return s.isEmpty() ? 0 : s.codePointAt(0);
    }

    /** chr(n): the code point n as a string; an invalid code point is an error. */
    public static String chr(long n) {
        if (n < 0 || n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
            throw new EvaluationException("chr: " + n + " is not a code point"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new String(Character.toChars((int) n));
    }

    /** strip_accents(s): s without combining marks after canonical decomposition ({@code é} → {@code e}). */
    public static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** regexp_replace(s, p, r): every match replaced; {@code \0}…{@code \9} in r insert groups. */
    public static String regexpReplace(String s, String pattern, String replacement) {
        Matcher m = Rules.regex("regexp_replace", pattern).matcher(s); //$NON-NLS-1$
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                int g = replacement.charAt(++i) - '0';
                if (g > m.groupCount()) {
                    throw new EvaluationException("regexp_replace: no group " + g + " in '" + pattern + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                r.append('$').append(g);
            } else if (c == '\\' && i + 1 < replacement.length()) {
                r.append(Matcher.quoteReplacement(String.valueOf(replacement.charAt(++i))));
            } else {
                r.append(Matcher.quoteReplacement(String.valueOf(c)));
            }
        }
        return m.replaceAll(r.toString());
    }

    /** regexp_extract(s, p[, g]): group g (default 0, the whole match) of the first match, '' when none matches. */
    public static String regexpExtract(String s, String pattern, long group) {
        Matcher m = Rules.regex("regexp_extract", pattern).matcher(s); //$NON-NLS-1$
        if (group < 0 || group > m.groupCount()) {
            throw new EvaluationException("regexp_extract: no group " + group + " in '" + pattern + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!m.find()) {
            return ""; //$NON-NLS-1$
        }
        String g = m.group((int) group);
        return g == null ? "" : g; //$NON-NLS-1$
    }

    // ------------------------------------------------------------------------------------------------- numbers

    /** trunc(x, d) of an integer: towards zero at 10^-d. */
    public static long trunc(long x, long digits) {
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
        return x / p * p;
    }

    /** log(b, x) = ln x / ln b. */
    public static double log(double base, double x) {
        return Math.log(x) / Math.log(base);
    }

    // ---------------------------------------------------------------------------------------------- hashing, ids

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }

    /** md5(s) as 32 lower-case hex digits of s's UTF-8 bytes. */
    public static String md5(String s) {
        return HexFormat.of().formatHex(digest("MD5", s)); //$NON-NLS-1$
    }

    /** sha256(s) as 64 lower-case hex digits of s's UTF-8 bytes. */
    public static String sha256(String s) {
        return HexFormat.of().formatHex(digest("SHA-256", s)); //$NON-NLS-1$
    }

    /**
     * The canonical text hash, uuid and random read: each argument's text (as a cast to STRING gives it) prefixed
     * by its length, or {@code -1:} for a null, so that ('ab','c') and ('a','bc') differ.
     */
    public static String canonical(Object[] args, int first) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < args.length; i++) {
            String s = (String) args[i];
            if (s == null) {
                sb.append("-1:"); //$NON-NLS-1$
            } else {
                sb.append(s.length()).append(':').append(s);
            }
        }
        return sb.toString();
    }

    /** hash(args…): the first 8 bytes of the SHA-256 of the canonical text, as a signed INT64 (big-endian). */
    public static long hash(Object[] args) {
        byte[] d = digest("SHA-256", canonical(args, 0)); //$NON-NLS-1$
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = h << 8 | (d[i] & 0xff);
        }
        return h;
    }

    /** uuid(args…): a name-based UUID (version 3) of the canonical text: the same arguments give the same UUID. */
    public static String uuid(Object[] args) {
        return UUID.nameUUIDFromBytes(canonical(args, 0).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** random(keys…): a number in [0, 1) from the run's seed and the keys; the same in a rerun with that seed. */
    public static double random(Object[] args, RunContext ctx) {
        byte[] d = digest("SHA-256", ctx.seed() + "|" + canonical(args, 0)); //$NON-NLS-1$ //$NON-NLS-2$
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = bits << 8 | (d[i] & 0xff);
        }
        return (bits >>> 3) * 0x1.0p-53;
    }

    /** A run-context function outside a run is an error. */
    public static RunContext requireRun(RunContext ctx, String function) {
        if (ctx.isNone()) {
            throw new EvaluationException(function + "() needs a run: it is evaluated only when a pipeline runs"); //$NON-NLS-1$
        }
        return ctx;
    }
}
