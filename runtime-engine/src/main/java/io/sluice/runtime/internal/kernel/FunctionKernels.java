package io.sluice.runtime.internal.kernel;

import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.RunContext;
import io.sluice.expression.semantics.Decimals;
import io.sluice.expression.semantics.Rules;
import io.sluice.expression.semantics.TimeRules;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The column kernels of the function library, one table entry per function that has a loop of its own; every
 * other function runs through {@link #GENERIC}, which applies the catalog's scalar rule
 * ({@link BuiltinFunction#apply}) row by row. The type rule and the scalar rule live in the expression bundle's
 * catalog, and the loops here call the same per-value rules ({@link Rules}, {@link TimeRules}), so there is one
 * semantics.
 */
final class FunctionKernels {

    /** Fills {@code r} for the rows that are not null in it (nulls already set by the function's null rule). */
    @FunctionalInterface
    interface Kernel {
        void apply(Call call, List<Vals> xs, Vals r, int n);
    }

    /** What a kernel knows about its call: the function, its argument types, constant arguments, the run. */
    record Call(BuiltinFunction function, List<DataType> argTypes, List<Object> constants, RunContext run) {
        /** Argument {@code i} when it is a literal, else null. */
        Object constant(int i) {
            return constants.get(i);
        }
    }

    private static final Map<BuiltinFunction, Kernel> TABLE = new EnumMap<>(BuiltinFunction.class);

    static {
        TABLE.put(BuiltinFunction.LENGTH, (c, xs, r, n) -> {
            String[] s = xs.get(0).s();
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    r.l[i] = s[i].codePointCount(0, s[i].length());
                }
            }
        });
        TABLE.put(BuiltinFunction.SUBSTRING, (c, xs, r, n) -> {
            String[] s = xs.get(0).s();
            Vals start = xs.get(1);
            Vals len = xs.size() > 2 ? xs.get(2) : null;
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    r.s()[i] = Rules.substring(s[i], start.l[i], len == null ? 0 : len.l[i], len != null);
                }
            }
        });
        TABLE.put(BuiltinFunction.ROUND, (c, xs, r, n) -> {
            Vals x = xs.get(0);
            Vals d = xs.size() > 1 ? xs.get(1) : null;
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    long digits = d == null ? 0 : d.l[i];
                    if (r.type == DataType.FLOAT64) {
                        r.d[i] = Rules.round(x.d[i], digits);
                    } else {
                        r.l[i] = Rules.round(x.l[i], digits, r.type);
                    }
                }
            }
        });
        TABLE.put(BuiltinFunction.FLOOR, (c, xs, r, n) -> unaryNumber(xs.get(0), r, n, Math::floor));
        TABLE.put(BuiltinFunction.CEIL, (c, xs, r, n) -> unaryNumber(xs.get(0), r, n, Math::ceil));
        TABLE.put(BuiltinFunction.SQRT, (c, xs, r, n) -> unaryNumber(xs.get(0), r, n, Math::sqrt));
        TABLE.put(BuiltinFunction.POWER, (c, xs, r, n) -> {
            double[] x = xs.get(0).d;
            double[] y = xs.get(1).d;
            for (int i = 0; i < n; i++) {
                r.d[i] = Math.pow(x[i], y[i]);
            }
        });
        TABLE.put(BuiltinFunction.REGEXP_MATCHES, (c, xs, r, n) -> {
            String[] s = xs.get(0).s();
            String[] p = xs.get(1).s();
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    r.l[i] = Rules.regex("regexp_matches", p[i]).matcher(s[i]).find() ? 1 : 0; //$NON-NLS-1$
                }
            }
        });
        for (BuiltinFunction f : List.of(BuiltinFunction.YEAR, BuiltinFunction.QUARTER, BuiltinFunction.MONTH,
                BuiltinFunction.WEEK, BuiltinFunction.ISOYEAR, BuiltinFunction.DAY, BuiltinFunction.DAYOFWEEK,
                BuiltinFunction.ISODOW, BuiltinFunction.DAYOFYEAR, BuiltinFunction.HOUR, BuiltinFunction.MINUTE,
                BuiltinFunction.SECOND, BuiltinFunction.MILLISECOND, BuiltinFunction.MICROSECOND)) {
            String field = f.functionName();
            TABLE.put(f, (c, xs, r, n) -> {
                DataType type = c.argTypes().get(0);
                long[] x = xs.get(0).l;
                for (int i = 0; i < n; i++) {
                    if (!r.isNull(i)) {
                        r.l[i] = TimeRules.extract(field, type, x[i]);
                    }
                }
            });
        }
        TABLE.put(BuiltinFunction.DATE_PART, (c, xs, r, n) -> {
            String field = (String) c.constant(0);
            DataType type = c.argTypes().get(1);
            long[] x = xs.get(1).l;
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    r.l[i] = TimeRules.extract(field, type, x[i]);
                }
            }
        });
        TABLE.put(BuiltinFunction.DATE_TRUNC, (c, xs, r, n) -> {
            String unit = (String) c.constant(0);
            long[] x = xs.get(1).l;
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    r.l[i] = TimeRules.trunc(unit, r.type, x[i]); // in the argument's type and unit
                }
            }
        });
        TABLE.put(BuiltinFunction.DATE_DIFF, (c, xs, r, n) -> {
            String unit = (String) c.constant(0);
            DataType type = c.argTypes().get(1);
            long[] a = xs.get(1).l;
            long[] b = xs.get(2).l;
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    r.l[i] = TimeRules.dateDiff(unit, type, a[i], b[i]);
                }
            }
        });
        TABLE.put(BuiltinFunction.DATE_ADD, (c, xs, r, n) -> {
            String unit = (String) c.constant(0);
            DataType type = c.argTypes().get(2);
            long[] k = xs.get(1).l;
            long[] t = xs.get(2).l;
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    r.l[i] = TimeRules.dateAdd(unit, k[i], type, t[i]);
                }
            }
        });
    }

    /** Every function: the scalar rule of the catalog, applied row by row on boxed values. */
    static final Kernel GENERIC = (c, xs, r, n) -> {
        BuiltinFunction f = c.function();
        Object[] args = new Object[xs.size()];
        for (int i = 0; i < n; i++) {
            if (r.isNull(i)) {
                continue;
            }
            for (int k = 0; k < args.length; k++) {
                args[k] = ExprKernel.toObject(xs.get(k), i);
            }
            set(r, i, f.apply(args, c.run()));
        }
    };

    private FunctionKernels() {
    }

    /** The kernel of {@code f}: its own loop when it has one, else {@link #GENERIC}. */
    static Kernel of(BuiltinFunction f) {
        return TABLE.getOrDefault(f, GENERIC);
    }

    /** The kernel of {@code f} on these types: DECIMAL and boxed ({@link Boxed}) arguments or results run through {@link #GENERIC}. */
    static Kernel of(BuiltinFunction f, List<DataType> argTypes, DataType result) {
        if (result.isDecimal() || argTypes.stream().anyMatch(DataType::isDecimal)
                || Boxed.is(result) || argTypes.stream().anyMatch(Boxed::is)) {
            return GENERIC;
        }
        return of(f);
    }

    /** The functions that have a loop of their own (tests check each against the scalar rule). */
    static java.util.Set<BuiltinFunction> specialised() {
        return TABLE.keySet();
    }

    private static void unaryNumber(Vals x, Vals r, int n, java.util.function.DoubleUnaryOperator op) {
        if (r.type == DataType.FLOAT64) {
            for (int i = 0; i < n; i++) {
                r.d[i] = op.applyAsDouble(x.d[i]);
            }
        } else {
            System.arraycopy(x.l, 0, r.l, 0, n); // integers are unchanged by floor and ceil
        }
    }

    /** Stores an evaluator value into row {@code i} of {@code r} (null sets the row null). */
    static void set(Vals r, int i, Object v) {
        if (v == null) {
            r.setNull(i);
            return;
        }
        switch (r.type.id()) {
            case BOOLEAN -> r.l[i] = ((Boolean) v) ? 1 : 0;
            case INT8, INT16, INT32 -> r.l[i] = Rules.checkRange((Integer) v, r.type, "'" + r.type + "' result"); //$NON-NLS-1$ //$NON-NLS-2$
            case INT64 -> r.l[i] = (Long) v;
            case FLOAT32 -> r.d[i] = (Float) v;
            case FLOAT64 -> r.d[i] = (Double) v;
            case DECIMAL -> r.dec[i] = Decimals.fit((java.math.BigDecimal) v, r.type, "result"); //$NON-NLS-1$
            case STRING -> r.s()[i] = (String) v;
            case DATE, TIME, TIMESTAMP -> {
                try {
                    r.l[i] = TemporalValues.toStored(v, r.type);
                } catch (ArithmeticException e) {
                    throw new io.sluice.expression.EvaluationException(v + " is out of range for " + r.type, e); //$NON-NLS-1$
                }
            }
            case BINARY, FIXED_BINARY, LIST, STRUCT, MAP -> r.o[i] = v;
            case NULL -> r.setNull(i);
            default -> throw new IllegalStateException("no kernel values for " + r.type); //$NON-NLS-1$
        }
    }
}
