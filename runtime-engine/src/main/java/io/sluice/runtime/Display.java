package io.sluice.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.expression.types.TypeId;
import io.sluice.runtime.internal.types.Types;

/**
 * A value as a person reads it, the one text every preview shows (the CLI's {@code sluice preview} table and the
 * designer's Preview view): {@code NULL} for null; dates, times and timestamps as casts and the text outputs write
 * them ({@code 2024-03-01 10:15:30.5}, {@code Z} after an instant, the fraction at the column's precision); DECIMAL
 * with all its scale's digits and never in exponent form; bytes as upper-case hex; LIST, STRUCT and MAP as the JSON
 * text {@link PreviewResult} holds them in; anything else as {@link String#valueOf}.
 */
public final class Display {
    /** How a null value reads. */
    public static final String NULL = "NULL"; //$NON-NLS-1$

    private Display() {
    }

    /**
     * {@code value} of a column of type {@code type} as text: a value of {@link PreviewResult}'s classes, or a date,
     * time or timestamp as its stored number (days, or units of the type's precision).
     */
    public static String of(Object value, DataType type) {
        return switch (value) {
            case null -> NULL;
            case LocalDate d -> TemporalValues.format(d);
            case LocalTime t -> TemporalValues.format(t);
            case Instant i -> TemporalValues.format(i);
            case LocalDateTime l -> TemporalValues.format(l);
            case Number n when isDateOrTime(type) -> TemporalValues.format(TemporalValues.fromStored(n.longValue(), type));
            case BigDecimal d -> d.toPlainString();
            case byte[] b -> Types.HEX.formatHex(b);
            default -> String.valueOf(value);
        };
    }

    private static boolean isDateOrTime(DataType type) {
        return type != null && (type.id() == TypeId.DATE || type.id() == TypeId.TIME || type.id() == TypeId.TIMESTAMP);
    }
}
