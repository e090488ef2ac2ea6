package io.sluice.runtime.internal.ops;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Hashing and equality of key values straight on vectors (no per-row objects), for joins and dedup. INT32 and
 * INT64 keys compare as numbers (the model lets them pair up); FLOAT64 compares -0.0 equal to 0.0 and NaN equal to
 * NaN (as DuckDB's joins do). Null handling is the caller's: joins never match nulls, dedup groups them.
 */
public final class Keys {
    private Keys() {
    }

    /** True when any key column is null at that row. */
    public static boolean anyNull(FieldVector[] cols, int row) {
        for (FieldVector v : cols) {
            if (v.isNull(row)) {
                return true;
            }
        }
        return false;
    }

    public static long hash(FieldVector[] cols, int row) {
        long h = 0x9E3779B97F4A7C15L;
        for (FieldVector v : cols) {
            h = (h ^ hash(v, row)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }

    static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xFF51AFD7ED558CCDL;
        x = (x ^ (x >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }

    public static long hash(FieldVector v, int row) {
        if (v.isNull(row)) {
            return 0x5555_5555L;
        }
        if (v instanceof VarCharVector s) {
            long start = s.getStartOffset(row);
            long end = s.getEndOffset(row);
            ArrowBuf d = s.getDataBuffer();
            long h = 1125899906842597L;
            long i = start;
            for (; i + 8 <= end; i += 8) {
                h = mix(h ^ d.getLong(i));
            }
            for (; i < end; i++) {
                h = 31 * h + d.getByte(i);
            }
            return mix(h ^ (end - start));
        }
        if (v instanceof Float8Vector f) {
            return mix(Double.doubleToLongBits(canonical(f.get(row))));
        }
        if (v instanceof Float4Vector f) {
            return mix(Double.doubleToLongBits(canonical(f.get(row))));
        }
        if (v instanceof DecimalVector d) {
            // the value, not its scale: strip trailing zeros so 1.50 (scale 2) and 1.5 (scale 1) hash alike
            return mix(d.getObject(row).stripTrailingZeros().hashCode());
        }
        return mix(asLong(v, row));
    }

    static double canonical(double d) {
        return d == 0.0 ? 0.0 : Double.isNaN(d) ? Double.NaN : d;
    }

    /** The value of a non-null integer-like cell as a long (booleans 0/1, dates in days). */
    static long asLong(FieldVector v, int row) {
        if (v instanceof BigIntVector b) {
            return b.get(row);
        }
        if (v instanceof IntVector i) {
            return i.get(row);
        }
        if (v instanceof TimeStampVector t) {
            return t.get(row);
        }
        if (v instanceof DateDayVector d) {
            return d.get(row);
        }
        if (v instanceof BitVector b) {
            return b.get(row);
        }
        if (v instanceof TinyIntVector t) {
            return t.get(row);
        }
        if (v instanceof SmallIntVector t) {
            return t.get(row);
        }
        throw new IllegalArgumentException("unsupported key vector " + v.getClass().getSimpleName()); //$NON-NLS-1$
    }

    /** Equality of two non-null cells (nulls: the caller decides before). */
    public static boolean eq(FieldVector a, int ra, FieldVector b, int rb) {
        if (a instanceof VarCharVector x && b instanceof VarCharVector y) {
            long xs = x.getStartOffset(ra);
            long xl = x.getEndOffset(ra) - xs;
            long ys = y.getStartOffset(rb);
            long yl = y.getEndOffset(rb) - ys;
            if (xl != yl) {
                return false;
            }
            ArrowBuf xd = x.getDataBuffer();
            ArrowBuf yd = y.getDataBuffer();
            long i = 0;
            for (; i + 8 <= xl; i += 8) {
                if (xd.getLong(xs + i) != yd.getLong(ys + i)) {
                    return false;
                }
            }
            for (; i < xl; i++) {
                if (xd.getByte(xs + i) != yd.getByte(ys + i)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Float8Vector x && b instanceof Float8Vector y) {
            return Double.doubleToLongBits(canonical(x.get(ra))) == Double.doubleToLongBits(canonical(y.get(rb)));
        }
        if (a instanceof Float4Vector x && b instanceof Float4Vector y) {
            return Double.doubleToLongBits(canonical(x.get(ra))) == Double.doubleToLongBits(canonical(y.get(rb)));
        }
        if (a instanceof DecimalVector x && b instanceof DecimalVector y) {
            return x.getObject(ra).compareTo(y.getObject(rb)) == 0;
        }
        return asLong(a, ra) == asLong(b, rb);
    }

    /** Equality of all key columns; {@code nullsEqual} makes two nulls equal (dedup), else a null never is. */
    public static boolean eq(FieldVector[] a, int ra, FieldVector[] b, int rb, boolean nullsEqual) {
        for (int k = 0; k < a.length; k++) {
            boolean na = a[k].isNull(ra);
            boolean nb = b[k].isNull(rb);
            if (na || nb) {
                if (!(nullsEqual && na && nb)) {
                    return false;
                }
                continue;
            }
            if (!eq(a[k], ra, b[k], rb)) {
                return false;
            }
        }
        return true;
    }
}
