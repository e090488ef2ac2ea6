package io.sluice.expression.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Sluice's type widening and result-type rules, written once and used by the expression checker, Union, the
 * Aggregate result types and the runtime kernels.
 *
 * <p><b>Common type</b> ({@link #common}): the type two values are compared, unioned or chosen between as.
 * Integers widen to the wider integer; an integer meets a DECIMAL as DECIMAL(3|5|10|19, 0) (its exact digits);
 * two DECIMALs meet at the larger scale with the larger integer part (at most 38 digits); a float with an
 * integer or DECIMAL gives FLOAT64 (and FLOAT32 with FLOAT32 stays FLOAT32); DATE with TIMESTAMP
 * gives the TIMESTAMP; two TIMESTAMPs of one kind (instant or local) meet at the finer precision; BINARY with
 * FIXED_BINARY gives BINARY; two LISTs, MAPs or STRUCTs meet child by child by these same rules (STRUCTs only with the
 * same field names in the same order, MAPs only with equal keys). Anything else has no common type: a nested type
 * never mixes with a scalar. Where two columns' values are stacked into one column (Union, Unpivot:
 * {@link #commonForStacking}) DATE and TIMESTAMP do not mix: a date would silently become a midnight.
 *
 * <p><b>Arithmetic</b> ({@link #arithmetic}) computes INT8 and INT16 as INT32 and FLOAT32 as FLOAT64 (the integer
 * promotion of Java and C; the narrow types are storage types): INT32 with INT32 gives INT32, with INT64 gives
 * INT64, overflow is an error (a reject), never a wrapped number; any float operand gives FLOAT64.
 *
 * <p><b>DECIMAL arithmetic</b> follows SQL Server's precision/scale rules (the SQL Server documentation's
 * "Precision, scale, and length" table), for operands DECIMAL(p1,s1) and DECIMAL(p2,s2):
 * <pre>
 *   + −   scale max(s1,s2)           precision max(p1−s1, p2−s2) + max(s1,s2) + 1
 *   ×     scale s1+s2                precision p1 + p2 + 1
 *   ÷     scale max(6, s1+p2+1)      precision p1 − s1 + s2 + max(6, s1+p2+1)
 *   %     scale max(s1,s2)           precision min(p1−s1, p2−s2) + max(s1,s2)
 * </pre>
 * When the precision exceeds 38 it becomes 38: for + − × % the scale is kept (DuckDB's cap: no digit after the
 * point is rounded away), for ÷ the scale shrinks to keep the integer digits, but not below min(scale, 6) (SQL
 * Server's). A result that still does not fit is an overflow: a reject, never a wrong number. round, trunc, floor
 * and ceil of DECIMAL(p,s) give DECIMAL(min(p+1, 38), s) ({@link #rounded}): rounding up may add a digit.
 * Division rounds half away from zero at the result scale. SUM of DECIMAL(p,s) is DECIMAL(38,s); AVG of
 * DECIMAL(p,s) is DECIMAL(38, max(s,6)), rounded half away from zero. {@code /} of two integers stays FLOAT64 (as
 * before); {@code /} with a DECIMAL operand and an integer or DECIMAL other is DECIMAL.
 */
public final class TypeRules {

    private TypeRules() {
    }

    /**
     * The type of one column holding the values of two columns (Union's inputs, Unpivot's listed columns), or null:
     * {@link #common}, except that two different temporal types (DATE with TIMESTAMP, or TIMESTAMPs of different
     * precisions or kinds) do not mix, so no date silently becomes a midnight.
     */
    public static DataType commonForStacking(DataType a, DataType b) {
        DataType c = common(a, b);
        return c != null && a != b && a.isTemporal() && b.isTemporal() ? null : c;
    }

    /** The common type of two values, or null when there is none. */
    public static DataType common(DataType a, DataType b) {
        if (a == b) {
            return a;
        }
        if (a == DataType.NULL) {
            return b;
        }
        if (b == DataType.NULL) {
            return a;
        }
        TypeId x = a.id();
        TypeId y = b.id();
        if (x.isInteger() && y.isInteger()) {
            return x.ordinal() > y.ordinal() ? a : b;
        }
        if (x.isNumeric() && y.isNumeric()) {
            if (x.isFloating() || y.isFloating()) {
                return DataType.FLOAT64; // FLOAT32 with FLOAT32 is caught by a == b above
            }
            DataType da = asDecimal(a);
            DataType db = asDecimal(b);
            int scale = Math.max(da.scale(), db.scale());
            int integer = Math.max(da.precision() - da.scale(), db.precision() - db.scale());
            return DataType.decimal(Math.min(DataType.MAX_DECIMAL_PRECISION, integer + scale), 
                    Math.min(scale, DataType.MAX_DECIMAL_PRECISION));
        }
        if (a.isTemporal() && b.isTemporal()) {
            if (x == TypeId.DATE) {
                return b;
            }
            if (y == TypeId.DATE) {
                return a;
            }
            if (a.isInstant() != b.isInstant()) {
                return null;
            }
            return a.timePrecision().ordinal() > b.timePrecision().ordinal() ? a : b;
        }
        if (x == TypeId.TIME && y == TypeId.TIME) {
            return a.timePrecision().ordinal() > b.timePrecision().ordinal() ? a : b;
        }
        if (a.isBinary() && b.isBinary()) {
            return DataType.BINARY;
        }
        if (x == y && x.isNested()) {
            return commonNested(a, b);
        }
        return null;
    }

    /**
     * Two nested types of one kind meet child by child: LIST at the common element type, MAP at equal keys and the
     * common value type, STRUCT with the same field names in the same order at each field's common type; a child is
     * nullable when either is. Anything else (a LIST with a scalar, STRUCTs with other fields) has no common type.
     */
    private static DataType commonNested(DataType a, DataType b) {
        List<Field> x = a.children();
        List<Field> y = b.children();
        if (x.size() != y.size()) {
            return null;
        }
        List<Field> merged = new ArrayList<>(x.size());
        for (int i = 0; i < x.size(); i++) {
            Field f = x.get(i);
            Field g = y.get(i);
            DataType t = common(f.type(), g.type());
            if (t == null || !f.name().equals(g.name())) {
                return null;
            }
            merged.add(new Field(f.name(), t, f.nullable() || g.nullable()));
        }
        return switch (a.id()) {
            case LIST -> DataType.list(merged.get(0).type(), merged.get(0).nullable());
            case MAP -> a.key() == b.key() ? DataType.map(a.key(), merged.get(1).type(), merged.get(1).nullable()) : null;
            default -> DataType.struct(merged);
        };
    }

    /** The DECIMAL that holds every value of an integer or DECIMAL type exactly; null for other types. */
    public static DataType asDecimal(DataType t) {
        return switch (t.id()) {
            case DECIMAL -> t;
            case INT8 -> DataType.decimal(3, 0);
            case INT16 -> DataType.decimal(5, 0);
            case INT32 -> DataType.decimal(10, 0);
            case INT64 -> DataType.decimal(19, 0);
            default -> null;
        };
    }

    /** The arithmetic operators whose result type these rules give. */
    public enum Arith { ADD, SUB, MUL, DIV, MOD }

    /**
     * The result type of {@code a op b} for numeric operands, or null if either is not numeric. Integers give their
     * common integer (DIV gives FLOAT64); a float operand gives the common float; otherwise DECIMAL by the table above.
     */
    public static DataType arithmetic(Arith op, DataType a, DataType b) {
        if (a == DataType.NULL) {
            a = b;
        }
        if (b == DataType.NULL) {
            b = a;
        }
        if (!a.isNumeric() || !b.isNumeric()) {
            return null;
        }
        if (a.isFloating() || b.isFloating()) {
            return DataType.FLOAT64;
        }
        if (a.isInteger() && b.isInteger()) {
            if (op == Arith.DIV) {
                return DataType.FLOAT64;
            }
            DataType c = common(a, b);
            return c == DataType.INT64 ? c : DataType.INT32;
        }
        DataType da = asDecimal(a);
        DataType db = asDecimal(b);
        int p1 = da.precision();
        int s1 = da.scale();
        int p2 = db.precision();
        int s2 = db.scale();
        int p;
        int s;
        boolean division = false;
        switch (op) {
            case ADD, SUB -> {
                s = Math.max(s1, s2);
                p = Math.max(p1 - s1, p2 - s2) + s + 1;
            }
            case MUL -> {
                s = s1 + s2;
                p = p1 + p2 + 1;
            }
            case DIV -> {
                s = Math.max(6, s1 + p2 + 1);
                p = p1 - s1 + s2 + s;
                division = true;
            }
            case MOD -> {
                s = Math.max(s1, s2);
                p = Math.min(p1 - s1, p2 - s2) + s;
            }
            default -> throw new IllegalArgumentException(op.toString());
        }
        return fit(p, s, division);
    }

    private static DataType fit(int p, int s, boolean division) {
        int max = DataType.MAX_DECIMAL_PRECISION;
        if (p > max) {
            if (division) {
                int integer = p - s;
                s = Math.max(Math.min(s, 6), max - integer);
            }
            s = Math.min(s, max);
            p = max;
        }
        return DataType.decimal(Math.max(1, p), Math.max(0, Math.min(s, Math.max(1, p))));
    }

    /** The type round, trunc, floor and ceil give for a DECIMAL argument: one more integer digit. */
    public static DataType rounded(DataType t) {
        return t.isDecimal() ? DataType.decimal(Math.min(t.precision() + 1, DataType.MAX_DECIMAL_PRECISION), t.scale()) : t;
    }

    /** The type SUM gives over a column: INT64 for integers, FLOAT64 for floats, DECIMAL(38,s) for DECIMAL(p,s). */
    public static DataType sum(DataType in) {
        if (in.isDecimal()) {
            return DataType.decimal(DataType.MAX_DECIMAL_PRECISION, in.scale());
        }
        return in.isFloating() ? DataType.FLOAT64 : DataType.INT64;
    }

    /** The type AVG gives over a column: DECIMAL(38, max(s,6)) for DECIMAL(p,s), FLOAT64 otherwise. */
    public static DataType avg(DataType in) {
        if (in.isDecimal()) {
            return DataType.decimal(DataType.MAX_DECIMAL_PRECISION, Math.max(in.scale(), 6));
        }
        return DataType.FLOAT64;
    }
}
