package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.kernel.Compare;
import io.sluice.expression.types.DataType;

import java.util.Arrays;
import java.util.HashSet;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
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
    private HashSet<Object>[] sets;

    Accumulator(AggFunction fn, DataType in) {
        this.fn = fn;
        this.in = in;
        this.out = fn.resultType(in);
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
                if (in == DataType.FLOAT64) {
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
            case BaseFixedWidthVector f when f.getTypeWidth() == 4 -> f.getDataBuffer().getInt((long) r * 4);
            case BaseFixedWidthVector f -> f.getDataBuffer().getLong((long) r * 8);
            default -> throw new IllegalArgumentException(v.getClass().getName());
        };
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
                    if (in == DataType.FLOAT64) {
                        dv[k] += ((Float8Vector) v).get(r);
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
                    if (in == DataType.FLOAT64) {
                        double x = ((Float8Vector) v).get(r);
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
            case FLOAT64 -> {
                double d = ((Float8Vector) v).get(r);
                yield d == 0.0 ? 0.0 : d;
            }
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
                if (in == DataType.FLOAT64) {
                    dv[to] += o.dv[from];
                } else {
                    lv[to] = Math.addExact(lv[to], o.lv[from]);
                }
            }
            case MIN, MAX -> {
                boolean min = fn == AggFunction.MIN;
                if (in == DataType.FLOAT64) {
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
                    if (empty) {
                        ((Float8Vector) v).setNull(i);
                    } else {
                        double sum = in == DataType.FLOAT64 ? dv[g] : (double) lv[g];
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
                    switch (v) {
                        case Float8Vector f -> f.set(i, dv[g]);
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
