package io.sluice.expression.types;

import java.util.Objects;

/**
 * A named, typed column.
 *
 * @param name     the column name, compared case-sensitively; not blank
 * @param type     the column type
 * @param nullable whether the column may hold nulls
 */
public record Field(String name, DataType type, boolean nullable) implements java.io.Serializable {

    public Field {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(type, "type"); //$NON-NLS-1$
        if (name.isBlank()) {
            throw new IllegalArgumentException("a field name must not be blank"); //$NON-NLS-1$
        }
    }

    /** A nullable field. */
    public static Field nullable(String name, DataType type) {
        return new Field(name, type, true);
    }

    /** A non-nullable field. */
    public static Field required(String name, DataType type) {
        return new Field(name, type, false);
    }
}
