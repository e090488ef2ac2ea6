package io.sluice.expression.semantics;

import io.sluice.expression.EvaluationException;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TypeId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-value rules of dates and times, on their stored forms: a DATE is days and a TIMESTAMP microseconds since
 * 1970-01-01 (UTC). The interpreter converts its {@code LocalDate}/{@code Instant} values to these forms; the column
 * kernels use them as they are.
 */
public final class TimeRules {

    /** Microseconds in a day. */
    public static final long MICROS_PER_DAY = 86_400_000_000L;

    private static final DataType MICROS = DataType.TIMESTAMP;

    /** The fields {@code date_part} extracts, lower-case. */
    public static final List<String> FIELDS = List.of("year", "quarter", "month", "week", "isoyear", "day", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "dayofweek", "isodow", "dayofyear", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private TimeRules() {
    }

    /**
     * Units of {@code type} in a day: 1 for a DATE (days), 86 400 × units per second for a TIMESTAMP at any
     * precision, instant or local (a local date-time's stored number is its wall clock read as UTC, so its fields
     * are computed exactly as an instant's are in UTC).
     */
    public static long perDay(DataType type) {
        return type.id() == TypeId.DATE ? 1 : 86_400L * type.timePrecision().perSecond();
    }

    private static long nanosPerUnit(DataType type) {
        return 1_000_000_000L / type.timePrecision().perSecond();
    }

    /** Days of a DATE, or of the (UTC or wall-clock) date of a TIMESTAMP in its own unit. */
    public static long days(DataType type, long v) {
        return Math.floorDiv(v, perDay(type));
    }

    /** Nanoseconds since midnight of a TIMESTAMP in its own unit (0 for a DATE). */
    private static long nanoOfDay(DataType type, long v) {
        return type.id() == TypeId.DATE ? 0 : Math.floorMod(v, perDay(type)) * nanosPerUnit(type);
    }

    /** A TIMESTAMP value of {@code type} from days and a time of day in its own unit; overflow is an error. */
    private static long at(DataType type, long days, long clock) {
        try {
            return Math.addExact(Math.multiplyExact(days, perDay(type)), clock);
        } catch (ArithmeticException e) {
            throw new EvaluationException("timestamp out of range for " + type, e); //$NON-NLS-1$
        }
    }

    /** The size of a unit below a day in {@code type}'s unit (a unit finer than the type's is 1). */
    private static long unitSize(String unit, DataType type) {
        long per = type.timePrecision().perSecond();
        return switch (unit) {
            case "hour" -> 3600 * per; //$NON-NLS-1$
            case "minute" -> 60 * per; //$NON-NLS-1$
            case "second" -> per; //$NON-NLS-1$
            default -> throw new IllegalArgumentException("unknown date unit '" + unit + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    /** The date-time of a DATE (its midnight) or a TIMESTAMP in its own unit, exact to the nanosecond. */
    private static LocalDateTime dateTime(DataType type, long v) {
        return LocalDate.ofEpochDay(days(type, v)).atStartOfDay().plusNanos(nanoOfDay(type, v));
    }

    private static long toMicros(LocalDateTime t) {
        try {
            long seconds = t.toEpochSecond(ZoneOffset.UTC);
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), t.getNano() / 1000);
        } catch (ArithmeticException e) {
            throw new EvaluationException("timestamp out of range: " + t, e); //$NON-NLS-1$
        }
    }

    /** date_trunc on days since the epoch (units below a day change nothing; weeks start on Monday). */
    public static long truncDays(String unit, long days) {
        return switch (unit) {
            case "second", "minute", "hour", "day" -> days; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "week" -> days - Math.floorMod(days + 3, 7); // 1970-01-01 was a Thursday //$NON-NLS-1$
            default -> {
                LocalDate d = LocalDate.ofEpochDay(days);
                yield switch (unit) {
                    case "month" -> d.withDayOfMonth(1).toEpochDay(); //$NON-NLS-1$
                    case "quarter" -> d.withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1).toEpochDay(); //$NON-NLS-1$
                    case "year" -> d.withDayOfYear(1).toEpochDay(); //$NON-NLS-1$
                    default -> throw new IllegalArgumentException("unknown date unit '" + unit + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                };
            }
        };
    }

    /**
     * date_trunc of a DATE (days) or a TIMESTAMP in its own unit, instant or local: the result is of the same type,
     * towards the past; a result the type cannot hold is an error.
     */
    public static long trunc(String unit, DataType type, long v) {
        if (type.id() == TypeId.DATE) {
            return truncDays(unit, v);
        }
        return switch (unit) {
            case "second", "minute", "hour" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                long size = unitSize(unit, type);
                yield Math.floorDiv(v, size) * size; // never below Long.MIN_VALUE: v's own day starts after it
            }
            default -> at(type, truncDays(unit, days(type, v)), 0);
        };
    }

    /**
     * date_diff: the unit boundaries crossed from a to b, both of {@code type} (DATE, or a TIMESTAMP in its own
     * unit).
     */
    public static long dateDiff(String unit, DataType type, long a, long b) {
        switch (unit) {
            case "year", "quarter", "month" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                LocalDate x = LocalDate.ofEpochDay(days(type, a));
                LocalDate y = LocalDate.ofEpochDay(days(type, b));
                return switch (unit) {
                    case "year" -> (long) y.getYear() - x.getYear(); //$NON-NLS-1$
                    case "quarter" -> (y.getYear() * 4L + (y.getMonthValue() - 1) / 3) //$NON-NLS-1$
                            - (x.getYear() * 4L + (x.getMonthValue() - 1) / 3);
                    default -> (y.getYear() * 12L + y.getMonthValue()) - (x.getYear() * 12L + x.getMonthValue());
                };
            }
            case "week" -> { //$NON-NLS-1$
                return (truncDays(unit, days(type, b)) - truncDays(unit, days(type, a))) / 7;
            }
            case "day" -> { //$NON-NLS-1$
                return days(type, b) - days(type, a);
            }
            default -> {
                if (type.id() == TypeId.DATE) {
                    long perDay = 86_400L / (unitSize(unit, DataType.TIMESTAMP) / 1_000_000L);
                    return Math.multiplyExact(b - a, perDay);
                }
                long size = unitSize(unit, type);
                return Math.floorDiv(b, size) - Math.floorDiv(a, size);
            }
        }
    }

    /**
     * date_add: {@code n} units after t (before when negative), t a DATE or a TIMESTAMP in its own unit (instant or
     * local; the result has t's type). Months, quarters and years keep the day of month and clamp it to the last
     * day of a shorter month ({@code date_add('month', 1, DATE '2024-01-31') = 2024-02-29}); the time of day is
     * kept to the last digit. A result the type cannot hold is an error, never a wrapped value.
     */
    public static long dateAdd(String unit, long n, DataType type, long t) {
        try {
            if (type.id() == TypeId.DATE) {
                LocalDate d = LocalDate.ofEpochDay(t);
                LocalDate r = switch (unit) {
                    case "year" -> d.plusYears(n); //$NON-NLS-1$
                    case "quarter" -> d.plusMonths(Math.multiplyExact(n, 3)); //$NON-NLS-1$
                    case "month" -> d.plusMonths(n); //$NON-NLS-1$
                    case "week" -> d.plusWeeks(n); //$NON-NLS-1$
                    case "day" -> d.plusDays(n); //$NON-NLS-1$
                    default -> throw new IllegalArgumentException("date_add of a DATE by " + unit); //$NON-NLS-1$
                };
                return checkDays(r.toEpochDay());
            }
            long perDay = perDay(type);
            return switch (unit) {
                case "year", "quarter", "month" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    long months = unit.equals("year") ? Math.multiplyExact(n, 12) //$NON-NLS-1$
                            : unit.equals("quarter") ? Math.multiplyExact(n, 3) : n; //$NON-NLS-1$
                    long day = LocalDate.ofEpochDay(days(type, t)).plusMonths(months).toEpochDay();
                    yield Math.addExact(Math.multiplyExact(day, perDay), Math.floorMod(t, perDay));
                }
                case "week" -> Math.addExact(t, Math.multiplyExact(n, 7 * perDay)); //$NON-NLS-1$
                case "day" -> Math.addExact(t, Math.multiplyExact(n, perDay)); //$NON-NLS-1$
                default -> Math.addExact(t, Math.multiplyExact(n, unitSize(unit, type)));
            };
        } catch (ArithmeticException | DateTimeException e) {
            throw new EvaluationException("date_add(" + unit + ", " + n + ") is out of range for " + type, e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static long checkDays(long days) {
        if (days < Integer.MIN_VALUE || days > Integer.MAX_VALUE) {
            throw new EvaluationException("date out of range: " + days + " days"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return days;
    }

    /**
     * One {@link #FIELDS field} of a DATE (days; time fields 0) or a TIMESTAMP in its own unit (the fields of the
     * UTC date-time of an instant, of the wall clock of a local date-time); {@code nanosecond} is nanoseconds within
     * the minute, seconds included (as DuckDB's).
     */
    public static long extract(String field, DataType type, long v) {
        long days = days(type, v);
        long nanos = nanoOfDay(type, v);
        switch (field) {
            case "hour": //$NON-NLS-1$
                return nanos / 3_600_000_000_000L;
            case "minute": //$NON-NLS-1$
                return nanos / 60_000_000_000L % 60;
            case "second": //$NON-NLS-1$
                return nanos / 1_000_000_000L % 60;
            case "millisecond": //$NON-NLS-1$
                return nanos / 1_000_000L % 60_000;
            case "microsecond": //$NON-NLS-1$
                return nanos / 1000 % 60_000_000L;
            case "nanosecond": //$NON-NLS-1$
                return nanos % 60_000_000_000L;
            case "dayofweek": //$NON-NLS-1$
                return Math.floorMod(days + 4, 7); // Sunday = 0; 1970-01-01 was a Thursday
            case "isodow": //$NON-NLS-1$
                return Math.floorMod(days + 3, 7) + 1; // Monday = 1
            default:
                break;
        }
        LocalDate d = LocalDate.ofEpochDay(days);
        return switch (field) {
            case "year" -> d.getYear(); //$NON-NLS-1$
            case "quarter" -> (d.getMonthValue() + 2) / 3; //$NON-NLS-1$
            case "month" -> d.getMonthValue(); //$NON-NLS-1$
            case "day" -> d.getDayOfMonth(); //$NON-NLS-1$
            case "week" -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR); //$NON-NLS-1$
            case "isoyear" -> d.get(IsoFields.WEEK_BASED_YEAR); //$NON-NLS-1$
            case "dayofyear" -> d.getDayOfYear(); //$NON-NLS-1$
            default -> throw new IllegalArgumentException("unknown field '" + field + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    /**
     * Seconds since the epoch, with the fraction: microseconds / 10⁶ (as DuckDB computes it), and for a value with
     * digits below a microsecond its whole seconds plus its fraction; a value gives the same double at every
     * precision that holds it.
     */
    public static double epoch(DataType type, long v) {
        if (type.id() == TypeId.DATE) {
            return v * 86_400.0;
        }
        return switch (type.timePrecision()) {
            case NANO -> v % 1000 == 0 ? (v / 1000) / 1e6 : v / 1_000_000_000L + (v % 1_000_000_000L) / 1e9;
            case MICRO -> v / 1e6;
            case MILLI -> Math.abs(v) < Long.MAX_VALUE / 1000 ? (v * 1000) / 1e6 : v / 1e3;
        };
    }

    /** Milliseconds since the epoch, rounded towards the past. */
    public static long epochMillis(DataType type, long v) {
        if (type.id() == TypeId.DATE) {
            return Math.multiplyExact(v, 86_400_000L);
        }
        long per = type.timePrecision().perSecond();
        return per == 1000 ? v : Math.floorDiv(v, per / 1000);
    }

    /** The last day of t's month, as days. */
    public static long lastDay(DataType type, long v) {
        return LocalDate.ofEpochDay(days(type, v)).with(TemporalAdjusters.lastDayOfMonth()).toEpochDay();
    }

    /** make_date: the date of a year, month and day; an invalid date is an error. */
    public static long makeDate(long year, long month, long day) {
        try {
            return LocalDate.of(Math.toIntExact(year), Math.toIntExact(month), Math.toIntExact(day)).toEpochDay();
        } catch (DateTimeException | ArithmeticException e) {
            throw new EvaluationException("make_date(" + year + ", " + month + ", " + day + "): no such date", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    /** make_timestamp: UTC, seconds with a fraction rounded to the nearest microsecond. */
    public static long makeTimestamp(long year, long month, long day, long hour, long minute, double second) {
        long days = makeDate(year, month, day);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || !(second >= 0 && second < 60)) {
            throw new EvaluationException("make_timestamp: no such time " + hour + ":" + minute + ":" + second); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        long micros = hour * 3_600_000_000L + minute * 60_000_000L + Math.round(second * 1e6);
        return days * MICROS_PER_DAY + micros;
    }

    private static ZoneId zone(String name) {
        ZoneId z = ZONES.get(name);
        if (z == null) {
            try {
                z = ZoneId.of(name);
            } catch (DateTimeException e) {
                throw new EvaluationException("unknown time zone '" + name + "'", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
            ZONES.put(name, z);
        }
        return z;
    }

    /** to_local_time: the wall-clock time in {@code zone} at the UTC instant t. */
    public static long toLocal(long micros, String zone) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int offset = zone(zone).getRules().getOffset(java.time.Instant.ofEpochSecond(seconds)).getTotalSeconds();
        return Math.addExact(micros, offset * 1_000_000L);
    }

    /**
     * from_local_time: the UTC instant of wall-clock time t in {@code zone}. A time that occurs twice (clocks set
     * back) takes the earlier offset; a time that does not occur (clocks set forward) moves forward by the gap.
     */
    public static long fromLocal(long micros, String zone) {
        LocalDateTime local = dateTime(MICROS, micros);
        long seconds = local.atZone(zone(zone)).toEpochSecond();
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), Math.floorMod(micros, 1_000_000L));
    }

    // ------------------------------------------------------------------------------------ strftime patterns

    /**
     * date_format: t as text by a strftime pattern: {@code %Y} year, {@code %y} two-digit year, {@code %m} month,
     * {@code %d} day, {@code %H} hour (00–23), {@code %I} hour (01–12), {@code %p} AM/PM, {@code %M} minute,
     * {@code %S} second, {@code %f} microseconds (6 digits), {@code %n} nanoseconds (9 digits), {@code %j} day of year, {@code %a}/{@code %A}
     * weekday, {@code %b}/{@code %B} month name (English), {@code %u} ISO weekday (1 = Monday), {@code %w} weekday
     * (0 = Sunday), {@code %V} ISO week, {@code %G} ISO year, {@code %%} a percent sign.
     */
    public static String format(DataType type, long v, String pattern) {
        LocalDateTime t = dateTime(type, v);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                sb.append(c);
                continue;
            }
            char s = pattern.charAt(++i);
            switch (s) {
                case 'Y' -> sb.append(t.getYear());
                case 'y' -> pad(sb, Math.floorMod(t.getYear(), 100), 2);
                case 'm' -> pad(sb, t.getMonthValue(), 2);
                case 'd' -> pad(sb, t.getDayOfMonth(), 2);
                case 'H' -> pad(sb, t.getHour(), 2);
                case 'I' -> pad(sb, t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, 2);
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM"); //$NON-NLS-1$ //$NON-NLS-2$
                case 'M' -> pad(sb, t.getMinute(), 2);
                case 'S' -> pad(sb, t.getSecond(), 2);
                case 'f' -> pad(sb, t.getNano() / 1000, 6);
                case 'n' -> pad(sb, t.getNano(), 9);
                case 'j' -> pad(sb, t.getDayOfYear(), 3);
                case 'a' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'A' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'b' -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'B' -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'u' -> sb.append(t.getDayOfWeek().getValue());
                case 'w' -> sb.append(t.getDayOfWeek().getValue() % 7);
                case 'V' -> pad(sb, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
                case 'G' -> sb.append(t.get(IsoFields.WEEK_BASED_YEAR));
                case '%' -> sb.append('%');
                default -> throw new EvaluationException("date_format: unknown specifier %" + s); //$NON-NLS-1$
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /**
     * parse_timestamp: text read by a strftime pattern ({@code %Y %y %m %d %H %I %p %M %S %f %j %b %B %%}; other
     * characters must match exactly); fields not given are 1 (month, day) or 0; text that does not match is an
     * error. Returns microseconds.
     */
    public static long parse(String text, String pattern) {
        int[] f = { 1970, 1, 1, 0, 0, 0, 0, -1, -1 }; // year month day hour minute second micros dayOfYear pm
        int p = 0;
        boolean hour12 = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                if (p >= text.length() || text.charAt(p) != c) {
                    throw cannotParse(text, pattern);
                }
                p++;
                continue;
            }
            char s = pattern.charAt(++i);
            switch (s) {
                case 'Y' -> p = number(text, p, 1, 4, f, 0, pattern);
                case 'y' -> {
                    p = number(text, p, 2, 2, f, 0, pattern);
                    f[0] += f[0] < 69 ? 2000 : 1900;
                }
                case 'm' -> p = number(text, p, 1, 2, f, 1, pattern);
                case 'd' -> p = number(text, p, 1, 2, f, 2, pattern);
                case 'H' -> p = number(text, p, 1, 2, f, 3, pattern);
                case 'I' -> {
                    p = number(text, p, 1, 2, f, 3, pattern);
                    hour12 = true;
                }
                case 'M' -> p = number(text, p, 1, 2, f, 4, pattern);
                case 'S' -> p = number(text, p, 1, 2, f, 5, pattern);
                case 'f' -> {
                    int start = p;
                    p = number(text, p, 1, 6, f, 6, pattern);
                    for (int k = p - start; k < 6; k++) {
                        f[6] *= 10;
                    }
                }
                case 'j' -> p = number(text, p, 1, 3, f, 7, pattern);
                case 'p' -> {
                    if (p + 2 > text.length()) {
                        throw cannotParse(text, pattern);
                    }
                    String ap = text.substring(p, p + 2).toUpperCase(Locale.ROOT);
                    if (!ap.equals("AM") && !ap.equals("PM")) { //$NON-NLS-1$ //$NON-NLS-2$
                        throw cannotParse(text, pattern);
                    }
                    f[8] = ap.equals("PM") ? 1 : 0; //$NON-NLS-1$
                    p += 2;
                }
                case 'b', 'B' -> p = monthName(text, p, f, pattern);
                case '%' -> {
                    if (p >= text.length() || text.charAt(p) != '%') {
                        throw cannotParse(text, pattern);
                    }
                    p++;
                }
                default -> throw new EvaluationException("parse_timestamp: unknown specifier %" + s); //$NON-NLS-1$
            }
        }
        if (p != text.length()) {
            throw cannotParse(text, pattern);
        }
        if (hour12 || f[8] >= 0) {
            if (f[3] < 1 || f[3] > 12) {
                throw cannotParse(text, pattern);
            }
            f[3] = f[3] % 12 + (f[8] == 1 ? 12 : 0);
        }
        try {
            LocalDate d = f[7] >= 0 ? LocalDate.ofYearDay(f[0], f[7]) : LocalDate.of(f[0], f[1], f[2]);
            LocalDateTime t = d.atTime(f[3], f[4], f[5], f[6] * 1000);
            return toMicros(t);
        } catch (DateTimeException e) {
            throw cannotParse(text, pattern);
        }
    }

    private static int number(String text, int p, int min, int max, int[] f, int slot, String pattern) {
        int end = p;
        while (end < text.length() && end - p < max && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        if (end - p < min) {
            throw cannotParse(text, pattern);
        }
        f[slot] = Integer.parseInt(text.substring(p, end));
        return end;
    }

    private static int monthName(String text, int p, int[] f, String pattern) {
        for (java.time.Month m : java.time.Month.values()) {
            for (TextStyle style : new TextStyle[] { TextStyle.FULL, TextStyle.SHORT }) {
                String name = m.getDisplayName(style, Locale.ENGLISH);
                if (text.regionMatches(true, p, name, 0, name.length())) {
                    f[1] = m.getValue();
                    return p + name.length();
                }
            }
        }
        throw cannotParse(text, pattern);
    }

    private static EvaluationException cannotParse(String text, String pattern) {
        return new EvaluationException("cannot parse '" + text + "' with pattern '" + pattern + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
