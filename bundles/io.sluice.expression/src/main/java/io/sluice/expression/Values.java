package io.sluice.expression;

import io.sluice.expression.types.DataType;
import java.time.Instant;
import java.time.LocalDate;

/** The Java value classes of each {@link DataType} (see {@link Evaluator}). */
final class Values {

    private Values() {
    }

    static Class<?> javaClass(DataType type) {
        return switch (type) {
            case BOOLEAN -> Boolean.class;
            case INT32 -> Integer.class;
            case INT64 -> Long.class;
            case FLOAT64 -> Double.class;
            case STRING -> String.class;
            case DATE -> LocalDate.class;
            case TIMESTAMP -> Instant.class;
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
