package io.sluice.expression.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and writing DATE and TIMESTAMP text, as literals, casts and the printer use it. */
public final class Temporals {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"); //$NON-NLS-1$
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?Z?"); //$NON-NLS-1$

    private Temporals() {
    }

    /** {@code yyyy-MM-dd}, strictly (no blanks). */
    public static Optional<LocalDate> parseDateLiteral(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code yyyy-MM-dd[( |T)HH:mm[:ss[.f…]]][Z]}, UTC, truncated to microseconds. */
    public static Optional<Instant> parseTimestampLiteral(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group(4) != null) {
                int nanos = 0;
                if (m.group(7) != null) {
                    String fraction = (m.group(7) + "000000000").substring(0, 9); //$NON-NLS-1$
                    nanos = Integer.parseInt(fraction) / 1000 * 1000;
                }
                time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            }
            return Optional.of(LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 2024-01-31}. */
    public static String formatDate(LocalDate date) {
        return date.toString();
    }

    /**
     * {@code 2024-01-31 10:00:00}, with {@code .fffffffff} (trailing zeros removed) when there are sub-seconds: up to
     * nanoseconds, which only a TIMESTAMP(ns) value holds (the others are cut to their precision before).
     */
    public static String formatTimestamp(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(t.toLocalDate().toString()).append(' ');
        return appendClock(sb, t.toLocalTime()).toString();
    }

    /** {@code 10:00:00}, with {@code .fffffffff} (trailing zeros removed) when there are sub-seconds. */
    public static String formatTime(LocalTime time) {
        return appendClock(new StringBuilder(18), time).toString();
    }

    private static StringBuilder appendClock(StringBuilder sb, LocalTime t) {
        sb.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond())); //$NON-NLS-1$
        if (t.getNano() != 0) {
            String fraction = String.format("%09d", t.getNano()); //$NON-NLS-1$
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(fraction, 0, end);
        }
        return sb;
    }
}
