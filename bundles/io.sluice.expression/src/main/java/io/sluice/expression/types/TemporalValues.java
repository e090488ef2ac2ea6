package io.sluice.expression.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Conversions between the {@link io.sluice.expression.Evaluator evaluator's} Java values for {@link DataType#DATE}
 * ({@link LocalDate}) and {@link DataType#TIMESTAMP} ({@link Instant}) and their stored forms (days and microseconds
 * since the epoch, UTC), as Arrow holds them; and, for every DATE, TIME and TIMESTAMP type at any
 * {@link TimePrecision}, between a value and its stored number in that type's own unit ({@link #toStored},
 * {@link #fromStored}): the one conversion the interpreter, the column kernels and previews share.
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
}
