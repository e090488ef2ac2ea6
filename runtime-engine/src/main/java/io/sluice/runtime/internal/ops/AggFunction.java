package io.sluice.runtime.internal.ops;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TypeRules;

/** Aggregate functions and their result types. */
public enum AggFunction {
    SUM, COUNT, COUNT_ALL, MIN, MAX, AVG, COUNT_DISTINCT;

    /** Result type for an input of type {@code in} (null for COUNT_ALL). */
    public DataType resultType(DataType in) {
        return switch (this) {
            case COUNT, COUNT_ALL, COUNT_DISTINCT -> DataType.INT64;
            case AVG -> TypeRules.avg(in);
            case SUM -> TypeRules.sum(in);
            case MIN, MAX -> in;
        };
    }

    /** Whether the result is null for a group without non-null input. */
    public boolean nullable() {
        return this != COUNT && this != COUNT_ALL && this != COUNT_DISTINCT;
    }
}
