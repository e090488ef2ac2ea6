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
        String v = mark.substring(2);
        switch (mark.charAt(0)) {
            case 'L' -> ps.setLong(i, Long.parseLong(v));
            case 'N' -> ps.setBigDecimal(i, new BigDecimal(v));
            case 'D' -> ps.setObject(i, LocalDate.parse(v));
            case 'T' -> ps.setObject(i, LocalDateTime.parse(v));
            case 'Z' -> ps.setObject(i, OffsetDateTime.ofInstant(Instant.parse(v), java.time.ZoneOffset.UTC));
            default -> ps.setString(i, v);
        }
    }

    /** The mark for people: without its tag. */
    public static String display(String mark) {
        return mark == null || mark.length() < 2 ? mark : mark.substring(2);
    }
}
