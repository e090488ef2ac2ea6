package io.sluice.runtime.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The greatest value of an incremental source's high-water column, kept between runs as text with a type tag
 * ({@code L:42}, {@code N:12.50}, {@code D:2026-01-31}, {@code T:2026-01-31T10:00}, {@code Z:2026-01-31T10:00Z},
 * {@code S:text}) so that it binds back as the same SQL type.
 */
public final class HighWaterMark {
    private HighWaterMark() {
    }

    /**
     * Column {@code j}'s value as a mark: a {@code timestamp} column (without zone) as its {@link LocalDateTime} and
     * a {@code timestamptz} one as its {@link Instant}, never through {@code java.sql.Timestamp} and the JVM's zone,
     * so that the mark binds back as the column's own type and compares in the database as the column does.
     */
    static Comparable<?> read(java.sql.ResultSet rs, int j, JdbcTypes.Reader how) throws SQLException {
        return switch (how) {
            case LOCAL -> rs.getObject(j, LocalDateTime.class);
            case ZONED -> {
                OffsetDateTime t = rs.getObject(j, OffsetDateTime.class);
                yield t == null ? null : t.toInstant();
            }
            default -> normalise(rs.getObject(j));
        };
    }

    /** A value as {@code ResultSet.getObject} returns it, normalised to a comparable Java type; null stays null. */
    static Comparable<?> normalise(Object o) {
        return switch (o) {
            case null -> null;
            case Integer i -> (long) i;
            case Short i -> (long) i;
            case Long l -> l;
            case BigDecimal d -> d;
            case Date d -> d.toLocalDate();
            case LocalDate d -> d;
            case Timestamp t -> t.toInstant();
            case LocalDateTime t -> t;
            case OffsetDateTime t -> t.toInstant();
            case Instant t -> t;
            default -> o.toString();
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static Comparable<?> max(Comparable<?> a, Comparable<?> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ((Comparable) a).compareTo(b) >= 0 ? a : b;
    }

    static String encode(Comparable<?> v) {
        return switch (v) {
            case Long l -> "L:" + l; //$NON-NLS-1$
            case BigDecimal d -> "N:" + d.toPlainString(); //$NON-NLS-1$
            case LocalDate d -> "D:" + d; //$NON-NLS-1$
            case LocalDateTime t -> "T:" + t; //$NON-NLS-1$
            case Instant t -> "Z:" + t; //$NON-NLS-1$
            default -> "S:" + v; //$NON-NLS-1$
        };
    }

    static void bind(PreparedStatement ps, int i, String mark) throws SQLException {
        switch (decode(mark)) {
            case Long l -> ps.setLong(i, l);
            case BigDecimal d -> ps.setBigDecimal(i, d);
            case Instant t -> ps.setObject(i, OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC));
            case String v -> ps.setString(i, v);
            case Comparable<?> v -> ps.setObject(i, v); // LocalDate, LocalDateTime
        }
    }

    /**
     * The least of several encoded marks of one source (null when there are none): when an engine reads a source more
     * than once in a run (Spark recomputing an evicted partition), the run stores the mark every read reached, so that
     * the next run reads again rather than skips a row one of the reads did not hand on.
     */
    public static String least(java.util.Collection<String> marks) {
        String least = null;
        for (String m : marks) {
            if (least == null || compare(decode(m), decode(least)) < 0) {
                least = m;
            }
        }
        return least;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Comparable<?> a, Comparable<?> b) {
        return ((Comparable) a).compareTo(b);
    }

    /** An encoded mark as the value {@link #encode} was given. */
    static Comparable<?> decode(String mark) {
        String v = mark.substring(2);
        return switch (mark.charAt(0)) {
            case 'L' -> Long.parseLong(v);
            case 'N' -> new BigDecimal(v);
            case 'D' -> LocalDate.parse(v);
            case 'T' -> LocalDateTime.parse(v);
            case 'Z' -> Instant.parse(v);
            default -> v;
        };
    }

    /** The mark for people: without its tag. */
    public static String display(String mark) {
        return mark == null || mark.length() < 2 ? mark : mark.substring(2);
    }
}
