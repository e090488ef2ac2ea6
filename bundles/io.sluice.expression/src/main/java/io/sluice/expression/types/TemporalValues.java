package io.sluice.expression.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one place of date and time units and text. Conversions between the {@link io.sluice.expression.Evaluator evaluator's} Java values for {@link DataType#DATE}
 * ({@link LocalDate}) and {@link DataType#TIMESTAMP} ({@link Instant}) and their stored forms (days and microseconds
 * since the epoch, UTC), as Arrow holds them; and, for every DATE, TIME and TIMESTAMP type at any
 * {@link TimePrecision}, between a value and its stored number in that type's own unit ({@link #toStored},
 * {@link #fromStored}): the one conversion the interpreter, the column kernels and previews share.
 *
 * <p>And the text forms of DATE (days since 1970-01-01), TIME (units since midnight) and TIMESTAMP (units since the
 * epoch: UTC for an instant, the wall clock for a local date-time) at each {@link TimePrecision}: allocation-free
 * parsing over ASCII bytes (parsers return {@link #INVALID} for text they do not accept) and formatting, which
 * literals, casts, previews and the file readers and writers share.
 */
public final class TemporalValues {

    private TemporalValues() {
    }

    /** Days since 1970-01-01. */
    public static int toDays(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /** The date that many days after 1970-01-01. */
    public static LocalDate fromDays(long days) {
        return LocalDate.ofEpochDay(days);
    }

    /** Microseconds since the epoch; nanoseconds below a microsecond are dropped (rounded towards the past). */
    public static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** The instant that many microseconds after the epoch. */
    public static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** A stored TIME or TIMESTAMP number in unit {@code from} as unit {@code to}: exact, or cut towards the past. */
    public static long rescale(long value, TimePrecision from, TimePrecision to) {
        if (from == to) {
            return value;
        }
        return from.perSecond() < to.perSecond() ? Math.multiplyExact(value, to.perSecond() / from.perSecond())
                : Math.floorDiv(value, from.perSecond() / to.perSecond());
    }

    /**
     * The stored number of a DATE ({@link LocalDate}: days), TIME ({@link LocalTime}: units since midnight) or
     * TIMESTAMP ({@link Instant}, or {@link LocalDateTime} read as UTC: units since the epoch) value, in
     * {@code type}'s {@link TimePrecision}; digits below the unit are dropped (rounded towards the past).
     */
    public static long toStored(Object value, DataType type) {
        return switch (type.id()) {
            case DATE -> ((LocalDate) value).toEpochDay();
            case TIME -> ((LocalTime) value).toNanoOfDay() / nanosPerUnit(type.timePrecision());
            case TIMESTAMP -> {
                Instant at = value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : (Instant) value;
                TimePrecision p = type.timePrecision();
                yield Math.addExact(Math.multiplyExact(at.getEpochSecond(), p.perSecond()),
                        at.getNano() / nanosPerUnit(p));
            }
            default -> throw new IllegalArgumentException("not a date or time type: " + type); //$NON-NLS-1$
        };
    }

    /**
     * A stored DATE, TIME or TIMESTAMP number in {@code type}'s unit as the evaluator's value: {@link LocalDate},
     * {@link LocalTime}, {@link Instant} for an instant and {@link LocalDateTime} for a local date-time.
     */
    public static Object fromStored(long stored, DataType type) {
        return switch (type.id()) {
            case DATE -> fromDays(stored);
            case TIME -> LocalTime.ofNanoOfDay(stored * nanosPerUnit(type.timePrecision()));
            case TIMESTAMP -> {
                long per = type.timePrecision().perSecond();
                long seconds = Math.floorDiv(stored, per);
                int nanos = (int) (Math.floorMod(stored, per) * nanosPerUnit(type.timePrecision()));
                yield type.isInstant() ? Instant.ofEpochSecond(seconds, nanos)
                        : LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
            }
            default -> throw new IllegalArgumentException("not a date or time type: " + type); //$NON-NLS-1$
        };
    }

    /**
     * A TIME or TIMESTAMP value as {@code type} holds it: cut to its precision (towards the past) and, for a
     * TIMESTAMP, as an instant or a local date-time (a local date-time is read as UTC, as {@link #toStored} does).
     */
    public static Object fit(Object value, DataType type) {
        return fromStored(toStored(value, type), type);
    }

    private static long nanosPerUnit(TimePrecision p) {
        return 1_000_000_000L / p.perSecond();
    }

    // -------------------------------------------------------------------------------------------------- text

    /** Marker for "not a valid date/timestamp". */
    public static final long INVALID = Long.MIN_VALUE;
    /** Marker for "a date-time with a zone or offset, for a local (zone-less) TIMESTAMP column". */
    public static final long ZONE_IN_LOCAL = Long.MIN_VALUE + 1;
    /** Marker for "a fraction of a second finer than the column's unit" (its digits would be lost). */
    public static final long TOO_PRECISE = Long.MIN_VALUE + 2;
    /** Microseconds in a day. */
    public static final long MICROS_PER_DAY = 86_400_000_000L;

    /** Days since the epoch of a proleptic Gregorian date; no validation. */
    public static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month, day} of a day number. */
    public static int[] civilFromDays(long z) {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        return new int[] { (int) (y + (m <= 2 ? 1 : 0)), m, d };
    }

    static boolean leap(long y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    static int monthLength(long y, int m) {
        return switch (m) {
            case 2 -> leap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int c = b[s + i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** Parses {@code YYYY-MM-DD} in b[s, e); returns days or {@link #INVALID}. */
    public static long parseDate(byte[] b, int s, int e) {
        if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
            return INVALID;
        }
        int y = digits(b, s, 4);
        int m = digits(b, s + 5, 2);
        int d = digits(b, s + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) {
            return INVALID;
        }
        return daysFromCivil(y, m, d);
    }

    /**
     * Parses {@code YYYY-MM-DD[( |T)HH:MM[:SS[.fraction]]][Z|(+|-)HH[:]MM]} in b[s, e); returns microseconds
     * since the epoch (UTC), {@link #INVALID} or {@link #TOO_PRECISE}.
     */
    public static long parseTimestamp(byte[] b, int s, int e) {
        return parseTimestamp(b, s, e, TimePrecision.MICRO, true);
    }

    /**
     * Parses {@code YYYY-MM-DD[( |T)HH:MM[:SS[.fraction]]][Z|(+|-)HH[:]MM]} in b[s, e) as a value of a TIMESTAMP
     * column at {@code unit}: an instant ({@code instant}) takes an offset and converts it to UTC (none means UTC);
     * a local date-time takes none ({@link #ZONE_IN_LOCAL}). Returns units since the epoch, {@link #INVALID},
     * {@link #ZONE_IN_LOCAL} or {@link #TOO_PRECISE} (non-zero digits below the unit); a value the unit cannot hold (nanoseconds
     * outside 1677..2262) is {@link #INVALID}.
     */
    public static long parseTimestamp(byte[] b, int s, int e, TimePrecision unit, boolean instant) {
        if (e - s < 10) {
            return INVALID;
        }
        long days = parseDate(b, s, s + 10);
        if (days == INVALID) {
            return INVALID;
        }
        int p = s + 10;
        if (p == e) {
            return atDay(days, 0, unit);
        }
        if (b[p] != ' ' && b[p] != 'T') {
            return INVALID;
        }
        int zone = p + 1;
        while (zone < e && b[zone] != 'Z' && b[zone] != '+' && b[zone] != '-') {
            zone++;
        }
        long clock = parseTime(b, p + 1, zone, unit);
        if (clock == INVALID || clock == TOO_PRECISE) {
            return clock;
        }
        if (zone < e) {
            long offset = parseOffset(b, zone, e);
            if (offset == INVALID) {
                return INVALID;
            }
            if (!instant) {
                return ZONE_IN_LOCAL;
            }
            clock -= offset * unit.perSecond();
        }
        return atDay(days, clock, unit);
    }

    /** Why a parse returned one of the markers, to follow "cannot read 'text' as TYPE"; empty for {@link #INVALID}. */
    public static String reason(long marker, DataType type) {
        if (marker == ZONE_IN_LOCAL) {
            return ": a local date-time (" + type + ") takes no zone or offset"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (marker == TOO_PRECISE) {
            return ": more fraction digits than " + type + " holds (" + type.timePrecision().digits() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return ""; //$NON-NLS-1$
    }

    /** Whether a parse result is a value (not {@link #INVALID}, {@link #ZONE_IN_LOCAL} or {@link #TOO_PRECISE}). */
    public static boolean isValue(long parsed) {
        return parsed > TOO_PRECISE;
    }

    private static long atDay(long days, long clock, TimePrecision unit) {
        try {
            return Math.addExact(Math.multiplyExact(days, 86_400L * unit.perSecond()), clock);
        } catch (ArithmeticException tooLarge) {
            return INVALID;
        }
    }

    /** {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM} in b[s, e) as seconds east of UTC, or {@link #INVALID}. */
    private static long parseOffset(byte[] b, int s, int e) {
        if (b[s] == 'Z') {
            return s + 1 == e ? 0 : INVALID;
        }
        int sign = b[s] == '+' ? 1 : -1;
        int oh;
        int om;
        if (e - s == 6 && b[s + 3] == ':') {
            oh = digits(b, s + 1, 2);
            om = digits(b, s + 4, 2);
        } else if (e - s == 5) {
            oh = digits(b, s + 1, 2);
            om = digits(b, s + 3, 2);
        } else if (e - s == 3) {
            oh = digits(b, s + 1, 2);
            om = 0;
        } else {
            return INVALID;
        }
        if (oh < 0 || oh > 18 || om < 0 || om > 59) {
            return INVALID;
        }
        return sign * (oh * 3600L + om * 60L);
    }

    /**
     * Parses a time of day {@code HH:MM[:SS[.fraction]]} in b[s, e) into units of {@code unit} since midnight,
     * {@link #INVALID}, or {@link #TOO_PRECISE} when non-zero digits go below the unit (zeros may).
     */
    public static long parseTime(byte[] b, int s, int e, TimePrecision unit) {
        if (e - s < 5 || b[s + 2] != ':') {
            return INVALID;
        }
        int hh = digits(b, s, 2);
        int mm = digits(b, s + 3, 2);
        if (hh < 0 || hh > 23 || mm < 0 || mm > 59) {
            return INVALID;
        }
        long seconds = hh * 3600L + mm * 60L;
        long fraction = 0;
        int p = s + 5;
        if (p < e) {
            if (b[p] != ':' || e - p < 3) {
                return INVALID;
            }
            int ss = digits(b, p + 1, 2);
            if (ss < 0 || ss > 59) {
                return INVALID;
            }
            seconds += ss;
            p += 3;
            if (p < e) {
                if (b[p] != '.' || p + 1 == e) {
                    return INVALID;
                }
                int n = 0;
                for (p++; p < e; p++) {
                    int d = b[p] - '0';
                    if (d < 0 || d > 9) {
                        return INVALID;
                    }
                    if (n < unit.digits()) {
                        fraction = fraction * 10 + d;
                        n++;
                    } else if (d != 0) {
                        return TOO_PRECISE;
                    }
                }
                for (; n < unit.digits(); n++) {
                    fraction *= 10;
                }
            }
        }
        return seconds * unit.perSecond() + fraction;
    }

    /** ISO {@code YYYY-MM-DD}. */
    public static String formatDate(long days) {
        return appendDate(new StringBuilder(10), days).toString();
    }

    /** Appends ISO {@code YYYY-MM-DD} (no intermediate string: sinks call it per value). */
    public static StringBuilder appendDate(StringBuilder sb, long days) {
        int[] c = civilFromDays(days);
        pad(sb, c[0], 4).append('-');
        pad(sb, c[1], 2).append('-');
        return pad(sb, c[2], 2);
    }

    /** {@code YYYY-MM-DD HH:MM:SS[.ffffff]} (UTC; fraction only when non-zero, without trailing zeros). */
    public static String formatTimestamp(long micros) {
        return appendTimestamp(new StringBuilder(26), micros).toString();
    }

    /** Appends {@link #formatTimestamp}'s text (no intermediate string: sinks call it per value). */
    public static StringBuilder appendTimestamp(StringBuilder sb, long micros) {
        return appendTimestamp(sb, micros, TimePrecision.MICRO);
    }

    /**
     * Appends {@code YYYY-MM-DD HH:MM:SS[.fraction]} of a value in {@code unit}s since the epoch (fraction only when
     * non-zero, at most the unit's digits, without trailing zeros), without a zone.
     */
    public static StringBuilder appendTimestamp(StringBuilder sb, long value, TimePrecision unit) {
        long perDay = 86_400L * unit.perSecond();
        appendDate(sb, Math.floorDiv(value, perDay)).append(' ');
        return appendTime(sb, Math.floorMod(value, perDay), unit);
    }

    /**
     * Appends a TIMESTAMP column's value as text outputs write it: {@link #appendTimestamp(StringBuilder, long,
     * TimePrecision)}, and {@code Z} after an instant (a local date-time has no zone).
     */
    public static StringBuilder appendTimestamp(StringBuilder sb, long value, DataType type) {
        appendTimestamp(sb, value, type.timePrecision());
        return type.isInstant() ? sb.append('Z') : sb;
    }

    /** Appends {@code HH:MM:SS[.fraction]} of a time of day in {@code unit}s (fraction as in {@link #appendTimestamp}). */
    public static StringBuilder appendTime(StringBuilder sb, long value, TimePrecision unit) {
        long secs = value / unit.perSecond();
        pad(sb, (int) (secs / 3600), 2).append(':');
        pad(sb, (int) (secs / 60 % 60), 2).append(':');
        pad(sb, (int) (secs % 60), 2);
        long frac = value % unit.perSecond();
        if (frac != 0) {
            sb.append('.');
            int len = sb.length();
            pad(sb, (int) frac, unit.digits());
            int end = sb.length();
            while (end > len && sb.charAt(end - 1) == '0') {
                end--;
            }
            sb.setLength(end);
        }
        return sb;
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        int digits = 1;
        for (int x = v; x >= 10; x /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sb.append('0');
        }
        return sb.append(v);
    }

    /**
     * STRING text as a value of DATE, TIME or TIMESTAMP {@code type}, as a cast reads it: the forms of
     * {@link #parseDate}, {@link #parseTime} and {@link #parseTimestamp}, blanks around ignored; a TIMESTAMP keeps
     * every digit its unit holds and cuts the ones below (towards the past); an offset converts to UTC for an
     * instant and is refused for a local date-time. Returns the stored number, or a marker ({@link #isValue}).
     */
    public static long parse(String text, DataType type) {
        byte[] b = text.strip().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (type.id()) {
            case DATE -> parseDate(b, 0, b.length);
            case TIME -> cut(b, type, (bytes, e, unit) -> parseTime(bytes, 0, e, unit));
            case TIMESTAMP -> cut(b, type, (bytes, e, unit) -> parseTimestamp(bytes, 0, e, unit, type.isInstant()));
            default -> throw new IllegalArgumentException("not a date or time type: " + type); //$NON-NLS-1$
        };
    }

    private interface Parser {
        long parse(byte[] b, int e, TimePrecision unit);
    }

    /** Parses at ns to keep every digit, then cuts to {@code type}'s unit; beyond ns's range, at the type's unit. */
    private static long cut(byte[] b, DataType type, Parser parser) {
        long at = parser.parse(b, b.length, TimePrecision.NANO);
        TimePrecision unit = type.timePrecision();
        if (isValue(at)) {
            return unit == TimePrecision.NANO ? at : Math.floorDiv(at, 1_000_000_000L / unit.perSecond());
        }
        if (at == ZONE_IN_LOCAL) {
            return at;
        }
        // out of ns's range (or finer than ns): read at the type's unit, digits below it dropped
        int end = b.length;
        int dot = -1;
        for (int i = 0; i < end; i++) {
            if (b[i] == '.') {
                dot = i;
            }
        }
        if (dot >= 0) {
            int last = dot + 1;
            while (last < end && b[last] >= '0' && b[last] <= '9') {
                last++;
            }
            int keep = Math.min(last, dot + 1 + unit.digits());
            byte[] shorter = new byte[end - (last - keep)];
            System.arraycopy(b, 0, shorter, 0, keep);
            System.arraycopy(b, last, shorter, keep, end - last);
            b = shorter;
        }
        return parser.parse(b, b.length, unit);
    }

    /** The number of fraction digits in a date-time or time text (0 when it has none). */
    public static int fractionDigits(String text) {
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            n++;
        }
        return n;
    }

    /**
     * A value's text, as casts, previews and text outputs write it: DATE {@code 2024-01-31}; TIME
     * {@code 10:00:00[.f…]}; TIMESTAMP {@code 2024-01-31 10:00:00[.f…]} with {@code Z} after an instant and none
     * after a local date-time; the fraction down to the value's nanosecond, without trailing zeros.
     */
    public static String format(Object value) {
        StringBuilder sb = new StringBuilder(30);
        return switch (value) {
            case LocalDate d -> appendDate(sb, d.toEpochDay()).toString();
            case LocalTime t -> appendTime(sb, t.toNanoOfDay(), TimePrecision.NANO).toString();
            case Instant i -> appendTimestamp(sb, i, true).toString();
            case LocalDateTime l -> appendTimestamp(sb, l.toInstant(ZoneOffset.UTC), false).toString();
            default -> throw new IllegalArgumentException("not a date or time value: " + value.getClass()); //$NON-NLS-1$
        };
    }

    private static StringBuilder appendTimestamp(StringBuilder sb, Instant at, boolean instant) {
        boolean nanos = Math.abs(at.getEpochSecond()) < Long.MAX_VALUE / 1_000_000_000L - 1;
        DataType type = DataType.timestamp(nanos ? TimePrecision.NANO : TimePrecision.MICRO, instant);
        return appendTimestamp(sb, toStored(at, type), type);
    }
}
