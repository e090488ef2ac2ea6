package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.types.ColType;

/** Aggregate functions and their result types. */
public enum AggFunction {
    SUM, COUNT, COUNT_ALL, MIN, MAX, AVG, COUNT_DISTINCT;

    /** Result type for an input of type {@code in} (null for COUNT_ALL). */
    public ColType resultType(ColType in) {
        return switch (this) {
            case COUNT, COUNT_ALL, COUNT_DISTINCT -> ColType.INT64;
            case AVG -> ColType.FLOAT64;
            case SUM -> in == ColType.FLOAT64 ? ColType.FLOAT64 : ColType.INT64;
            case MIN, MAX -> in;
        };
    }

    /** Whether the result is null for a group without non-null input. */
    public boolean nullable() {
        return this != COUNT && this != COUNT_ALL && this != COUNT_DISTINCT;
    }
}
