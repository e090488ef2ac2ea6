package io.sluice.expression;

import io.sluice.expression.types.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The function catalog: the one place that says which functions exist, what they take and what they return. The
 * checker reads the columns of this table; the {@link Evaluator} documents what each function computes.
 * {@code now()} and other non-deterministic functions are deliberately absent: pipelines must be repeatable.
 */
public enum BuiltinFunction {
    UPPER("upper", Result.STRING, Nulls.PROPAGATE, 1, Param.STRING), //$NON-NLS-1$
    LOWER("lower", Result.STRING, Nulls.PROPAGATE, 1, Param.STRING), //$NON-NLS-1$
    TRIM("trim", Result.STRING, Nulls.PROPAGATE, 1, Param.STRING), //$NON-NLS-1$
    LTRIM("ltrim", Result.STRING, Nulls.PROPAGATE, 1, Param.STRING), //$NON-NLS-1$
    RTRIM("rtrim", Result.STRING, Nulls.PROPAGATE, 1, Param.STRING), //$NON-NLS-1$
    LENGTH("length", Result.INT32, Nulls.PROPAGATE, 1, Param.STRING), //$NON-NLS-1$
    SUBSTRING("substring", Result.STRING, Nulls.PROPAGATE, 2, Param.STRING, Param.INTEGER, Param.INTEGER), //$NON-NLS-1$
    CONCAT("concat", Result.STRING, Nulls.NEVER, 1, Param.TO_STRING_VARIADIC), //$NON-NLS-1$
    REPLACE("replace", Result.STRING, Nulls.PROPAGATE, 3, Param.STRING, Param.STRING, Param.STRING), //$NON-NLS-1$
    STARTS_WITH("starts_with", Result.BOOLEAN, Nulls.PROPAGATE, 2, Param.STRING, Param.STRING), //$NON-NLS-1$
    ENDS_WITH("ends_with", Result.BOOLEAN, Nulls.PROPAGATE, 2, Param.STRING, Param.STRING), //$NON-NLS-1$
    CONTAINS("contains", Result.BOOLEAN, Nulls.PROPAGATE, 2, Param.STRING, Param.STRING), //$NON-NLS-1$
    REGEXP_MATCHES("regexp_matches", Result.BOOLEAN, Nulls.PROPAGATE, 2, Param.STRING, Param.REGEX), //$NON-NLS-1$
    COALESCE("coalesce", Result.COMMON, Nulls.IF_ALL, 1, Param.COMMON_VARIADIC), //$NON-NLS-1$
    NULLIF("nullif", Result.COMMON, Nulls.ALWAYS, 2, Param.COMMON, Param.COMMON), //$NON-NLS-1$
    ABS("abs", Result.ARGUMENT, Nulls.PROPAGATE, 1, Param.NUMERIC), //$NON-NLS-1$
    ROUND("round", Result.ARGUMENT, Nulls.PROPAGATE, 1, Param.NUMERIC, Param.INTEGER), //$NON-NLS-1$
    FLOOR("floor", Result.ARGUMENT, Nulls.PROPAGATE, 1, Param.NUMERIC), //$NON-NLS-1$
    CEIL("ceil", Result.ARGUMENT, Nulls.PROPAGATE, 1, Param.NUMERIC), //$NON-NLS-1$
    SQRT("sqrt", Result.FLOAT64, Nulls.PROPAGATE, 1, Param.FLOAT), //$NON-NLS-1$
    POWER("power", Result.FLOAT64, Nulls.PROPAGATE, 2, Param.FLOAT, Param.FLOAT), //$NON-NLS-1$
    LEAST("least", Result.COMMON, Nulls.PROPAGATE, 1, Param.COMMON_VARIADIC), //$NON-NLS-1$
    GREATEST("greatest", Result.COMMON, Nulls.PROPAGATE, 1, Param.COMMON_VARIADIC), //$NON-NLS-1$
    YEAR("year", Result.INT32, Nulls.PROPAGATE, 1, Param.TEMPORAL), //$NON-NLS-1$
    MONTH("month", Result.INT32, Nulls.PROPAGATE, 1, Param.TEMPORAL), //$NON-NLS-1$
    DAY("day", Result.INT32, Nulls.PROPAGATE, 1, Param.TEMPORAL), //$NON-NLS-1$
    HOUR("hour", Result.INT32, Nulls.PROPAGATE, 1, Param.TIMESTAMP), //$NON-NLS-1$
    DATE_TRUNC("date_trunc", Result.ARGUMENT, Nulls.PROPAGATE, 2, Param.UNIT, Param.TEMPORAL), //$NON-NLS-1$
    DATE_DIFF("date_diff", Result.INT64, Nulls.PROPAGATE, 3, Param.UNIT, Param.COMMON_TEMPORAL, //$NON-NLS-1$
            Param.COMMON_TEMPORAL);

    /** What an argument position accepts, and what the checker converts it to. */
    public enum Param {
        /** STRING. */
        STRING,
        /** A STRING whose value is a {@link java.util.regex.Pattern} (checked when it is a literal). */
        REGEX,
        /** INT32 or INT64, widened to INT64. */
        INTEGER,
        /** Any numeric type, kept; the function's result has that type when its {@link Result} is ARGUMENT. */
        NUMERIC,
        /** Any numeric type, widened to FLOAT64. */
        FLOAT,
        /** DATE or TIMESTAMP, kept; the function's result has that type when its {@link Result} is ARGUMENT. */
        TEMPORAL,
        /** DATE or TIMESTAMP, DATE promoted to TIMESTAMP. */
        TIMESTAMP,
        /** A date-part STRING literal, one of {@link BuiltinFunction#DATE_UNITS} (case-insensitive). */
        UNIT,
        /** DATE or TIMESTAMP, all such arguments promoted to their common type. */
        COMMON_TEMPORAL,
        /** Any type; all such arguments converted to their common type. */
        COMMON,
        /** Like COMMON, repeated: the last parameter of a variadic function. */
        COMMON_VARIADIC,
        /** Any type, converted to STRING; repeated. */
        TO_STRING_VARIADIC;

        /** Whether this parameter repeats to the end of the argument list. */
        public boolean variadic() {
            return this == COMMON_VARIADIC || this == TO_STRING_VARIADIC;
        }
    }

    /** How the result type is found. */
    public enum Result {
        BOOLEAN, INT32, INT64, FLOAT64, STRING,
        /** The type of the (single) NUMERIC or TEMPORAL argument. */
        ARGUMENT,
        /** The common type of the COMMON arguments. */
        COMMON;
    }

    /** When the result can be null. */
    public enum Nulls {
        /** Null if any argument is null. */
        PROPAGATE,
        /** Null only if every argument is null ({@code coalesce}). */
        IF_ALL,
        /** Can be null even with non-null arguments ({@code nullif}). */
        ALWAYS,
        /** Never null ({@code concat}, which skips null arguments). */
        NEVER;
    }

    /** The date parts {@code date_trunc} and {@code date_diff} take, lower-case. */
    public static final List<String> DATE_UNITS = List.of("year", "quarter", "month", "week", "day", "hour", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "minute", "second"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String functionName;
    private final Result result;
    private final Nulls nulls;
    private final int minArgs;
    private final List<Param> params;

    BuiltinFunction(String functionName, Result result, Nulls nulls, int minArgs, Param... params) {
        this.functionName = functionName;
        this.result = result;
        this.nulls = nulls;
        this.minArgs = minArgs;
        this.params = List.of(params);
    }

    /** The lower-case name used in expressions. */
    public String functionName() {
        return functionName;
    }

    /** How the result type is found. */
    public Result result() {
        return result;
    }

    /** When the result can be null. */
    public Nulls nulls() {
        return nulls;
    }

    /** The declared parameters; the last one may be {@link Param#variadic() variadic}. */
    public List<Param> params() {
        return params;
    }

    /** The least number of arguments. */
    public int minArgs() {
        return minArgs;
    }

    /** The greatest number of arguments, {@link Integer#MAX_VALUE} for a variadic function. */
    public int maxArgs() {
        return isVariadic() ? Integer.MAX_VALUE : params.size();
    }

    /** Whether the last parameter repeats. */
    public boolean isVariadic() {
        return params.get(params.size() - 1).variadic();
    }

    /** The parameter that argument {@code index} (0-based) binds to. */
    public Param paramAt(int index) {
        return index < params.size() ? params.get(index) : params.get(params.size() - 1);
    }

    /** The function of this name, case-insensitively. */
    public static Optional<BuiltinFunction> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (BuiltinFunction f : values()) {
            if (f.functionName.equals(lower)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A human-readable signature, e.g. {@code substring(STRING, INT64[, INT64]) → STRING}. */
    public String signature() {
        StringBuilder sb = new StringBuilder(functionName).append('(');
        for (int i = 0; i < params.size(); i++) {
            boolean optional = i >= minArgs;
            if (optional) {
                sb.append('[');
            }
            if (i > 0) {
                sb.append(", "); //$NON-NLS-1$
            }
            sb.append(describe(params.get(i)));
            if (params.get(i).variadic()) {
                sb.append(", …"); //$NON-NLS-1$
            }
        }
        for (int i = minArgs; i < params.size(); i++) {
            sb.append(']');
        }
        sb.append(") → ").append(switch (result) { //$NON-NLS-1$
            case ARGUMENT -> params.contains(Param.NUMERIC) ? "same numeric type" : "same temporal type"; //$NON-NLS-1$ //$NON-NLS-2$
            case COMMON -> "common type"; //$NON-NLS-1$
            default -> result.name();
        });
        return sb.toString();
    }

    private static String describe(Param p) {
        return switch (p) {
            case STRING, REGEX, UNIT, TO_STRING_VARIADIC -> p == Param.UNIT ? "'unit'" //$NON-NLS-1$
                    : p == Param.TO_STRING_VARIADIC ? "any" : DataType.STRING.name(); //$NON-NLS-1$
            case INTEGER -> "INT64"; //$NON-NLS-1$
            case NUMERIC -> "numeric"; //$NON-NLS-1$
            case FLOAT -> "FLOAT64"; //$NON-NLS-1$
            case TEMPORAL, COMMON_TEMPORAL -> "DATE|TIMESTAMP"; //$NON-NLS-1$
            case TIMESTAMP -> "TIMESTAMP"; //$NON-NLS-1$
            case COMMON, COMMON_VARIADIC -> "any"; //$NON-NLS-1$
        };
    }
}
