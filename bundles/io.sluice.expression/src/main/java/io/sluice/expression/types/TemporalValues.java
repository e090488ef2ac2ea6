package io.sluice.expression.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Conversions between the {@link io.sluice.expression.Evaluator evaluator's} Java values for {@link DataType#DATE}
 * ({@link LocalDate}) and {@link DataType#TIMESTAMP} ({@link Instant}) and their stored forms (days and microseconds
 * since the epoch, UTC), as Arrow holds them.
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
}
