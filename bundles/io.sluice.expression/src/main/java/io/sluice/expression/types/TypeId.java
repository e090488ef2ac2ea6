package io.sluice.expression.types;

/**
 * What kind of type a {@link DataType} is: the small set to switch on, as Arrow's {@code ArrowTypeID} is. The
 * parameters (precision and scale, time precision, zone, width) live on the {@link DataType} value.
 */
public enum TypeId {
    /** The type of a bare {@code NULL} literal only. */
    NULL,
    /** {@code TRUE}/{@code FALSE}. */
    BOOLEAN,
    /** 8-bit signed integer. */
    INT8,
    /** 16-bit signed integer. */
    INT16,
    /** 32-bit signed integer. */
    INT32,
    /** 64-bit signed integer. */
    INT64,
    /** IEEE 754 single. */
    FLOAT32,
    /** IEEE 754 double. */
    FLOAT64,
    /** Exact fixed-point number: {@link DataType#precision()} digits, {@link DataType#scale()} after the point. */
    DECIMAL,
    /** Unicode text (UTF-8 in Arrow). */
    STRING,
    /** Bytes of any length. */
    BINARY,
    /** Bytes of a fixed {@link DataType#width()}. */
    FIXED_BINARY,
    /** A calendar date (days since 1970-01-01). */
    DATE,
    /** A time of day at {@link DataType#precision()} (a {@link TimePrecision}). */
    TIME,
    /** A date-time at a {@link TimePrecision}: an instant (UTC) or a local date-time without zone. */
    TIMESTAMP;

    /** INT8, INT16, INT32 or INT64. */
    public boolean isInteger() {
        return this == INT8 || this == INT16 || this == INT32 || this == INT64;
    }

    /** An integer, a float or a decimal. */
    public boolean isNumeric() {
        return isInteger() || this == FLOAT32 || this == FLOAT64 || this == DECIMAL;
    }

    /** FLOAT32 or FLOAT64. */
    public boolean isFloating() {
        return this == FLOAT32 || this == FLOAT64;
    }
}
