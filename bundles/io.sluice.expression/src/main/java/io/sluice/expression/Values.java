package io.sluice.expression;

import io.sluice.expression.types.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.LocalDate;

/** The Java value classes of each {@link DataType} (see {@link Evaluator}). */
final class Values {

    private Values() {
    }

    static Class<?> javaClass(DataType type) {
        return switch (type.id()) {
            case BOOLEAN -> Boolean.class;
            case INT8, INT16, INT32 -> Integer.class;
            case INT64 -> Long.class;
            case FLOAT32 -> Float.class;
            case FLOAT64 -> Double.class;
            case DECIMAL -> BigDecimal.class;
            case STRING -> String.class;
            case BINARY, FIXED_BINARY -> byte[].class;
            case DATE -> LocalDate.class;
            case TIME -> LocalTime.class;
            case TIMESTAMP -> type.isInstant() ? Instant.class : LocalDateTime.class;
            case NULL -> Void.class;
        };
    }

    static void requireValueOf(DataType type, Object value) {
        if (type == DataType.NULL) {
            if (value != null) {
                throw new IllegalArgumentException("a NULL literal has no value, got " + value); //$NON-NLS-1$
            }
            return;
        }
        if (value == null) {
            throw new IllegalArgumentException("a " + type + " literal needs a value"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!javaClass(type).isInstance(value)) {
            throw new IllegalArgumentException("expected a " + javaClass(type).getSimpleName() + " for " + type //$NON-NLS-1$ //$NON-NLS-2$
                    + " but got " + value.getClass().getName()); //$NON-NLS-1$
        }
    }
}
