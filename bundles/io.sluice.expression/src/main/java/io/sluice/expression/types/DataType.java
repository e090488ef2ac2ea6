package io.sluice.expression.types;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The value types shared by every Sluice layer.
 *
 * <p>The runtime maps them to Arrow: {@code BOOLEAN} to Bit, {@code INT32}/{@code INT64} to Int(32/64),
 * {@code FLOAT64} to FloatingPoint(DOUBLE), {@code STRING} to Utf8, {@code DATE} to Date(DAY) and
 * {@code TIMESTAMP} to Timestamp(MICROSECOND, "UTC").
 *
 * <p>Type names are stored as text by the model: {@link #typeName()} gives the canonical name (the constant's
 * name) and {@link #fromName(String)} reads it back, also accepting the usual SQL aliases.
 */
public enum DataType {
    /** {@code TRUE}/{@code FALSE}. */
    BOOLEAN,
    /** 32-bit signed integer. */
    INT32,
    /** 64-bit signed integer. */
    INT64,
    /** IEEE 754 double. */
    FLOAT64,
    /** Unicode text (UTF-8 in Arrow). */
    STRING,
    /** A calendar date, stored as days since 1970-01-01. */
    DATE,
    /** An instant, stored as microseconds since 1970-01-01T00:00:00Z (UTC). */
    TIMESTAMP,
    /** The type of a bare {@code NULL} literal only; never the declared type of a stored column. */
    NULL;

    private static final Map<String, DataType> NAMES = Map.ofEntries(
            Map.entry("BOOLEAN", BOOLEAN), Map.entry("BOOL", BOOLEAN), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("INT32", INT32), Map.entry("INT", INT32), Map.entry("INTEGER", INT32), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("INT64", INT64), Map.entry("BIGINT", INT64), Map.entry("LONG", INT64), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("FLOAT64", FLOAT64), Map.entry("DOUBLE", FLOAT64), Map.entry("FLOAT", FLOAT64), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("STRING", STRING), Map.entry("VARCHAR", STRING), Map.entry("TEXT", STRING), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("DATE", DATE), //$NON-NLS-1$
            Map.entry("TIMESTAMP", TIMESTAMP), //$NON-NLS-1$
            Map.entry("NULL", NULL)); //$NON-NLS-1$

    /** The canonical name, as {@link #fromName(String)} reads it and the printer writes it: {@code "INT64"}. */
    public String typeName() {
        return name();
    }

    /**
     * Reads a type name: a canonical name or one of the SQL aliases {@code BOOL}, {@code INT}, {@code INTEGER},
     * {@code BIGINT}, {@code LONG}, {@code DOUBLE}, {@code FLOAT}, {@code VARCHAR}, {@code TEXT}; case-insensitive,
     * surrounding blanks ignored.
     *
     * @return the type, or empty if the name is unknown (or null)
     */
    public static Optional<DataType> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAMES.get(name.strip().toUpperCase(Locale.ROOT)));
    }

    /** {@code INT32}, {@code INT64} or {@code FLOAT64}. */
    public boolean isNumeric() {
        return this == INT32 || this == INT64 || this == FLOAT64;
    }

    /** {@code INT32} or {@code INT64}. */
    public boolean isInteger() {
        return this == INT32 || this == INT64;
    }

    /** {@code DATE} or {@code TIMESTAMP}. */
    public boolean isTemporal() {
        return this == DATE || this == TIMESTAMP;
    }
}
