package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.kernel.Compare;
import io.sluice.expression.types.DataType;

import io.sluice.expression.semantics.Decimals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;

import org.apache.arrow.vector.BaseFixedWidthVector;
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
 * Per-group state of one aggregate over one input column, in arrays indexed by group id; updated a batch at
 * a time, mergeable (partial aggregation per worker, then combine).
 */
final class Accumulator {
    final AggFunction fn;
    final DataType in;
    final DataType out;
    private long[] count = new long[0];
    private long[] lv = new long[0];
    private double[] dv = new double[0];
    private String[] sv = new String[0];
    /** DECIMAL: MIN/MAX values; SUM/AVG overflow of {@link #lv} (the unscaled sum is big[g] + lv[g]). */
    private BigDecimal[] bdv = new BigDecimal[0];
    private BigInteger[] big = new BigInteger[0];
    private final boolean floating;
    private final boolean decimal;
    private HashSet<Object>[] sets;

    Accumulator(AggFunction fn, DataType in) {
        this.fn = fn;
        this.in = in;
        this.out = fn.resultType(in);
        this.floating = in != null && in.isFloating();
        this.decimal = in != null && in.isDecimal();
    }

    Accumulator fresh() {
        return new Accumulator(fn, in);
    }

    @SuppressWarnings("unchecked")
    void ensure(int groups) {
        if (count.length >= groups) {
            return;
        }
        int n = Math.max(groups, count.length * 2);
        count = Arrays.copyOf(count, n);
        switch (fn) {
            case SUM, AVG, MIN, MAX -> {
                if (decimal) {
                    lv = Arrays.copyOf(lv, n);
                    big = Arrays.copyOf(big, n);
                    bdv = Arrays.copyOf(bdv, n);
                } else if (floating) {
                    dv = Arrays.copyOf(dv, n);
                } else if (in == DataType.STRING) {
                    sv = Arrays.copyOf(sv, n);
                } else {
                    lv = Arrays.copyOf(lv, n);
                }
            }
            case COUNT_DISTINCT -> sets = sets == null ? new HashSet[n] : Arrays.copyOf(sets, n);
            default -> {
            }
        }
    }

    private static long longAt(FieldVector v, int r) {
        return switch (v) {
            case BitVector b -> b.get(r);
            case BaseFixedWidthVector f when f.getTypeWidth() == 1 -> f.getDataBuffer().getByte(r);
            case BaseFixedWidthVector f when f.getTypeWidth() == 2 -> f.getDataBuffer().getShort((long) r * 2);
            case BaseFixedWidthVector f when f.getTypeWidth() == 4 -> f.getDataBuffer().getInt((long) r * 4);
            case BaseFixedWidthVector f -> f.getDataBuffer().getLong((long) r * 8);
            default -> throw new IllegalArgumentException(v.getClass().getName());
        };
    }

    private static double doubleAt(FieldVector v, int r) {
        return v instanceof Float4Vector f ? f.get(r) : ((Float8Vector) v).get(r);
    }

    /** Adds row r's unscaled Decimal128 value to group k: a long while it fits, else into {@link #big}. */
    private void addUnscaled(int k, DecimalVector v, int r) {
        long low = v.getDataBuffer().getLong((long) r * 16);
        long high = v.getDataBuffer().getLong((long) r * 16 + 8);
        if (high == (low >> 63)) {
            addLong(k, low);
        } else {
            addBig(k, v.getObject(r).unscaledValue());
        }
    }

    private void addLong(int k, long x) {
        long s = lv[k] + x;
        if (((lv[k] ^ s) & (x ^ s)) < 0) { // overflow: move the running sum to big
            addBig(k, BigInteger.valueOf(lv[k]));
            s = x;
        }
        lv[k] = s;
    }

    private void addBig(int k, BigInteger x) {
        big[k] = big[k] == null ? x : big[k].add(x);
    }

    private BigInteger unscaledSum(int g) {
        return big[g] == null ? BigInteger.valueOf(lv[g]) : big[g].add(BigInteger.valueOf(lv[g]));
    }

    /** SUM of a DECIMAL group, as DECIMAL(38, s); beyond 38 digits an overflow (the step fails, naming it). */
    private BigDecimal sumValue(int g) {
        BigInteger u = unscaledSum(g);
        if (!Decimals.fits(u, out)) {
            throw new ArithmeticException(Decimals.overflowMessage("sum", out)); //$NON-NLS-1$
        }
        return new BigDecimal(u, in.scale());
    }

    /** Adds rows 0..n-1 of {@code v} (null for COUNT_ALL) to groups {@code g[r]}. */
    void update(FieldVector v, int[] g, int n) {
        if (fn == AggFunction.COUNT_ALL) {
            for (int r = 0; r < n; r++) {
                count[g[r]]++;
            }
            return;
        }
        for (int r = 0; r < n; r++) {
            if (v.isNull(r)) {
                continue;
            }
            int k = g[r];
            long c = count[k]++;
            switch (fn) {
                case COUNT -> {
                }
                case COUNT_DISTINCT -> {
                    if (sets[k] == null) {
                        sets[k] = new HashSet<>();
                    }
                    sets[k].add(key(v, r));
                }
                case SUM, AVG -> {
                    if (decimal) {
                        addUnscaled(k, (DecimalVector) v, r);
                    } else if (floating) {
                        dv[k] += doubleAt(v, r);
                    } else {
                        try {
                            lv[k] = Math.addExact(lv[k], longAt(v, r));
                        } catch (ArithmeticException e) {
                            throw new ArithmeticException("integer overflow in sum"); //$NON-NLS-1$
                        }
                    }
                }
                case MIN, MAX -> {
                    boolean min = fn == AggFunction.MIN;
                    if (decimal) {
                        BigDecimal x = ((DecimalVector) v).getObject(r);
                        if (c == 0 || (min ? x.compareTo(bdv[k]) < 0 : x.compareTo(bdv[k]) > 0)) {
                            bdv[k] = x;
                        }
                    } else if (floating) {
                        double x = doubleAt(v, r);
                        int cmp = Compare.doubles(x, dv[k]);
                        if (c == 0 || (min ? cmp < 0 : cmp > 0)) {
                            dv[k] = x;
                        }
                    } else if (in == DataType.STRING) {
                        String x = new String(((VarCharVector) v).get(r), java.nio.charset.StandardCharsets.UTF_8);
                        if (c == 0) {
                            sv[k] = x;
                        } else {
                            int cmp = Compare.strings(x, sv[k]);
                            if (min ? cmp < 0 : cmp > 0) {
                                sv[k] = x;
                            }
                        }
                    } else {
                        long x = longAt(v, r);
                        if (c == 0 || (min ? x < lv[k] : x > lv[k])) {
                            lv[k] = x;
                        }
                    }
                }
                default -> throw new IllegalStateException(fn.toString());
            }
        }
    }

    private Object key(FieldVector v, int r) {
        return switch (in.id()) {
            case FLOAT64, FLOAT32 -> {
                double d = doubleAt(v, r);
                yield d == 0.0 ? 0.0 : d;
            }
            case DECIMAL -> ((DecimalVector) v).getObject(r);
            case STRING -> new String(((VarCharVector) v).get(r), java.nio.charset.StandardCharsets.UTF_8);
            default -> longAt(v, r);
        };
    }

    /** Merges group {@code from} of {@code o} into group {@code to} of this. */
    void merge(Accumulator o, int from, int to) {
        long oc = o.count[from];
        if (fn == AggFunction.COUNT_DISTINCT) {
            if (o.sets[from] != null) {
                if (sets[to] == null) {
                    sets[to] = new HashSet<>();
                }
                sets[to].addAll(o.sets[from]);
            }
            count[to] += oc;
            return;
        }
        long c = count[to];
        count[to] = c + oc;
        if (oc == 0) {
            return;
        }
        switch (fn) {
            case SUM, AVG -> {
                if (decimal) {
                    if (o.big[from] != null) {
                        addBig(to, o.big[from]);
                    }
                    addLong(to, o.lv[from]);
                } else if (floating) {
                    dv[to] += o.dv[from];
                } else {
                    lv[to] = Math.addExact(lv[to], o.lv[from]);
                }
            }
            case MIN, MAX -> {
                boolean min = fn == AggFunction.MIN;
                if (decimal) {
                    int cmp = c == 0 ? 0 : o.bdv[from].compareTo(bdv[to]);
                    if (c == 0 || (min ? cmp < 0 : cmp > 0)) {
                        bdv[to] = o.bdv[from];
                    }
                } else if (floating) {
                    int cmp = Compare.doubles(o.dv[from], dv[to]);
                    if (c == 0 || (min ? cmp < 0 : cmp > 0)) {
                        dv[to] = o.dv[from];
                    }
                } else if (in == DataType.STRING) {
                    if (c == 0 || (min ? Compare.strings(o.sv[from], sv[to]) < 0
                            : Compare.strings(o.sv[from], sv[to]) > 0)) {
                        sv[to] = o.sv[from];
                    }
                } else if (c == 0 || (min ? o.lv[from] < lv[to] : o.lv[from] > lv[to])) {
                    lv[to] = o.lv[from];
                }
            }
            default -> {
            }
        }
    }

    /** Writes groups [from, from+n) into {@code v}. */
    void write(FieldVector v, int from, int n) {
        v.setInitialCapacity(Math.max(n, 1));
        v.allocateNew();
        for (int i = 0; i < n; i++) {
            int g = from + i;
            boolean empty = count[g] == 0;
            switch (fn) {
                case COUNT, COUNT_ALL -> ((BigIntVector) v).set(i, count[g]);
                case COUNT_DISTINCT -> ((BigIntVector) v).set(i, sets[g] == null ? 0 : sets[g].size());
                case AVG -> {
                    if (decimal) {
                        if (empty) {
                            ((DecimalVector) v).setNull(i);
                        } else {
                            BigDecimal avg = new BigDecimal(unscaledSum(g), in.scale())
                                    .divide(BigDecimal.valueOf(count[g]), out.scale(), RoundingMode.HALF_UP);
                            ((DecimalVector) v).set(i, avg);
                        }
                    } else if (empty) {
                        ((Float8Vector) v).setNull(i);
                    } else {
                        double sum = floating ? dv[g] : (double) lv[g];
                        ((Float8Vector) v).set(i, sum / count[g]);
                    }
                }
                default -> {
                    if (empty) {
                        if (v instanceof BaseFixedWidthVector f) {
                            f.setNull(i);
                        } else {
                            ((VarCharVector) v).setNull(i);
                        }
                        continue;
                    }
                    if (decimal) {
                        ((DecimalVector) v).set(i, fn == AggFunction.SUM ? sumValue(g) : bdv[g]);
                        continue;
                    }
                    switch (v) {
                        case Float8Vector f -> f.set(i, dv[g]);
                        case Float4Vector f -> f.set(i, (float) dv[g]);
                        case TinyIntVector x -> x.set(i, (byte) lv[g]);
                        case SmallIntVector x -> x.set(i, (short) lv[g]);
                        case BigIntVector b -> b.set(i, lv[g]);
                        case IntVector x -> x.set(i, (int) lv[g]);
                        case DateDayVector x -> x.set(i, (int) lv[g]);
                        case TimeStampVector x -> x.set(i, lv[g]);
                        case BitVector x -> x.set(i, (int) lv[g]);
                        case VarCharVector x -> x.setSafe(i, sv[g].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        default -> throw new IllegalStateException(v.getClass().getName());
                    }
                }
            }
        }
        v.setValueCount(n);
    }
}
