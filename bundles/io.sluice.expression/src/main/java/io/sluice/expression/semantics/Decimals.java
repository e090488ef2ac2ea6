package io.sluice.expression.semantics;

import io.sluice.expression.BinaryOp;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.internal.Messages;
import io.sluice.expression.types.DataType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * DECIMAL's per-value rules, shared by the interpreter and the column kernels: values are {@link BigDecimal}s at
 * their type's scale; results are rounded half away from zero to the result type's scale (TypeRules gives the
 * type), and a result with more integer digits than the type holds is an overflow error ("decimal overflow in …"),
 * which a step turns into a reject, never a wrong number.
 */
public final class Decimals {

    private Decimals() {
    }

    private static final BigInteger[] TEN_POW = new BigInteger[DataType.MAX_DECIMAL_PRECISION + 2];

    static {
        for (int i = 0; i < TEN_POW.length; i++) {
            TEN_POW[i] = BigInteger.TEN.pow(i);
        }
    }

    /** 10^n for n in 0..39. */
    public static BigInteger tenPow(int n) {
        return TEN_POW[n];
    }

    /** {@code v} at {@code type}'s scale (rounded half away from zero); an error if it has too many digits. */
    public static BigDecimal fit(BigDecimal v, DataType type, String what) {
        BigDecimal r = v.scale() == type.scale() ? v : v.setScale(type.scale(), RoundingMode.HALF_UP);
        if (r.unscaledValue().abs().compareTo(TEN_POW[type.precision()]) >= 0) {
            throw new EvaluationException(overflowMessage(what, type));
        }
        return r;
    }

    /** Whether {@code v}, already at {@code type}'s scale, fits its precision. */
    public static boolean fits(BigInteger unscaled, DataType type) {
        return unscaled.abs().compareTo(TEN_POW[type.precision()]) < 0;
    }

    /** "decimal overflow in what (DECIMAL(p,s))". */
    public static String overflowMessage(String what, DataType type) {
        return "decimal overflow in " + what + " (" + type + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The operators of {@link #arithmetic}. */
    public enum Op { ADD, SUB, MUL, DIV, MOD }

    /** {@code a op b} as {@code result} (TypeRules' DECIMAL result type). Division or remainder by zero is an error. */
    public static BigDecimal arithmetic(Op op, BigDecimal a, BigDecimal b, DataType result) {
        BigDecimal r = switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            case DIV -> {
                if (b.signum() == 0) {
                    throw new EvaluationException(Messages.DIVISION_BY_ZERO);
                }
                yield a.divide(b, result.scale(), RoundingMode.HALF_UP);
            }
            case MOD -> {
                if (b.signum() == 0) {
                    throw new EvaluationException(Messages.DIVISION_BY_ZERO);
                }
                yield a.remainder(b);
            }
        };
        return fit(r, result, "'" + symbol(op) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The DECIMAL operator of an arithmetic {@link BinaryOp}. */
    public static Op op(BinaryOp op) {
        return switch (op) {
            case ADD -> Op.ADD;
            case SUB -> Op.SUB;
            case MUL -> Op.MUL;
            case DIV -> Op.DIV;
            case MOD -> Op.MOD;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static String symbol(Op op) {
        return switch (op) {
            case ADD -> "+"; //$NON-NLS-1$
            case SUB -> "-"; //$NON-NLS-1$
            case MUL -> "*"; //$NON-NLS-1$
            case DIV -> "/"; //$NON-NLS-1$
            case MOD -> "%"; //$NON-NLS-1$
        };
    }

    /**
     * STRING to DECIMAL: a decimal number with an optional sign, point and exponent, surrounding ASCII white space
     * ignored; rounded half away from zero to the type's scale; too many integer digits is an error.
     */
    public static BigDecimal parse(String text, DataType to) {
        String t = Rules.stripCastSpace(text);
        if (t.isEmpty() || !t.matches("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")) { //$NON-NLS-1$
            throw new EvaluationException(Messages.cannotCastValue("'" + text + "'", to)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        BigDecimal v = new BigDecimal(t);
        return checked(v, to, "'" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static BigDecimal checked(BigDecimal v, DataType to, String shown) {
        BigDecimal r = v.setScale(to.scale(), RoundingMode.HALF_UP);
        if (!fits(r.unscaledValue(), to)) {
            throw new EvaluationException(Messages.cannotCastValue(shown, to) + " (out of range)"); //$NON-NLS-1$
        }
        return r;
    }

    /** A FLOAT64 as DECIMAL: its shortest decimal form, rounded; NaN, infinities and too large values are errors. */
    public static BigDecimal fromDouble(double d, DataType to) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new EvaluationException(Messages.cannotCastValue(Rules.toText(d), to));
        }
        return checked(BigDecimal.valueOf(d), to, Rules.toText(d));
    }

    /** An integer as DECIMAL; too many digits is an error. */
    public static BigDecimal fromLong(long v, DataType to) {
        return checked(BigDecimal.valueOf(v), to, Long.toString(v));
    }

    /** A DECIMAL as another DECIMAL (rounded half away from zero); too many digits is an error. */
    public static BigDecimal convert(BigDecimal v, DataType to) {
        return checked(v, to, toText(v));
    }

    /** A DECIMAL as an integer type: rounded half away from zero, then range-checked. */
    public static long toInteger(BigDecimal v, DataType to) {
        BigDecimal r = v.setScale(0, RoundingMode.HALF_UP);
        try {
            return Rules.checkRange(r.longValueExact(), to, "cast"); //$NON-NLS-1$
        } catch (ArithmeticException | EvaluationException e) {
            throw new EvaluationException(Messages.cannotCastValue(toText(v), to) + " (out of range)"); //$NON-NLS-1$
        }
    }

    /** The canonical text: plain digits with the type's scale ({@code 12.50}, {@code -0.05}, {@code 7}). */
    public static String toText(BigDecimal v) {
        return v.toPlainString();
    }

    /** {@code round(x, d)}: half away from zero at 10^-d, kept at x's type; an error if the result no longer fits. */
    public static BigDecimal round(BigDecimal x, long digits, DataType type) {
        int d = (int) Math.max(Math.min(digits, type.scale()), -DataType.MAX_DECIMAL_PRECISION - 1);
        return fit(x.setScale(d, RoundingMode.HALF_UP), type, "round"); //$NON-NLS-1$
    }

    /** {@code floor(x)}/{@code ceil(x)}, kept at x's type. */
    public static BigDecimal floorOrCeil(BigDecimal x, boolean floor, DataType type) {
        return fit(x.setScale(0, floor ? RoundingMode.FLOOR : RoundingMode.CEILING), type, floor ? "floor" : "ceil"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
