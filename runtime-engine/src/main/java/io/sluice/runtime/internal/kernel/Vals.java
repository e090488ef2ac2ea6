package io.sluice.runtime.internal.kernel;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

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
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * The values of one expression node for the {@code n} rows of a batch, column-at-a-time: BOOLEAN, INT8..INT64,
 * DATE, TIME and TIMESTAMP in {@link #l} (booleans as 0/1; a time or timestamp in its type's own unit, which
 * {@link io.sluice.expression.types.TemporalValues} converts), FLOAT32 and FLOAT64 in {@link #d}, DECIMAL in {@link #dec}
 * (at the type's scale), STRING in {@link #s}
 * (decoded lazily from a {@link VarCharVector} when the node is a column). {@link #nulls} is null when no row
 * is null.
 */
final class Vals {
    final DataType type;
    final int n;
    boolean[] nulls;
    long[] l;
    double[] d;
    /** DECIMAL values, at the type's scale. */
    BigDecimal[] dec;
    /** BINARY, FIXED_BINARY, LIST, STRUCT and MAP values, boxed as the evaluator's classes ({@link Boxed}). */
    Object[] o;
    private String[] s;
    private VarCharVector source;
    private int[] sel;

    Vals(DataType type, int n) {
        this.type = type;
        this.n = n;
        if (Boxed.is(type)) {
            o = new Object[n];
            return;
        }
        switch (type.id()) {
            case FLOAT64, FLOAT32 -> d = new double[n];
            case DECIMAL -> dec = new BigDecimal[n];
            case STRING -> s = new String[n];
            case NULL -> nulls = allTrue(n);
            default -> l = new long[n];
        }
    }

    static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    /** A STRING column read straight from a vector (rows through {@code sel} when not null). */
    static Vals strings(VarCharVector v, int[] sel, int n) {
        Vals r = new Vals(DataType.STRING, 0, n);
        r.source = v;
        r.sel = sel;
        boolean any = false;
        boolean[] nl = new boolean[n];
        for (int i = 0; i < n; i++) {
            int row = sel == null ? i : sel[i];
            if (v.isNull(row)) {
                nl[i] = true;
                any = true;
            }
        }
        r.nulls = any ? nl : null;
        return r;
    }

    private Vals(DataType type, int unused, int n) {
        this.type = type;
        this.n = n;
    }

    boolean isNull(int i) {
        return nulls != null && nulls[i];
    }

    void setNull(int i) {
        if (nulls == null) {
            nulls = new boolean[n];
        }
        nulls[i] = true;
    }

    /** The strings (decoding them on first use); null entries for null rows. */
    String[] s() {
        if (s == null && source != null) {
            s = new String[n];
            for (int i = 0; i < n; i++) {
                if (!isNull(i)) {
                    s[i] = new String(source.get(sel == null ? i : sel[i]), StandardCharsets.UTF_8);
                }
            }
        }
        return s;
    }

    /** The vector this STRING column reads from, or null if computed. */
    VarCharVector source() {
        return source;
    }

    int row(int i) {
        return sel == null ? i : sel[i];
    }

    boolean bool(int i) {
        return l[i] != 0;
    }

    /** Reads column values from an Arrow vector (rows through {@code sel} when not null). */
    static Vals read(FieldVector v, DataType type, int[] sel, int n) {
        if (type == DataType.STRING) {
            return strings((VarCharVector) v, sel, n);
        }
        Vals r = new Vals(type, n);
        if (type == DataType.NULL) {
            return r;
        }
        if (r.o != null) {
            for (int i = 0; i < n; i++) {
                r.o[i] = Boxed.read(v, sel == null ? i : sel[i]);
                if (r.o[i] == null) {
                    r.setNull(i);
                }
            }
            return r;
        }
        boolean any = false;
        boolean[] nl = new boolean[n];
        for (int i = 0; i < n; i++) {
            int row = sel == null ? i : sel[i];
            if (v.isNull(row)) {
                nl[i] = true;
                any = true;
                continue;
            }
            switch (type.id()) {
                case BOOLEAN -> r.l[i] = ((BitVector) v).get(row);
                case INT8 -> r.l[i] = ((TinyIntVector) v).get(row);
                case INT16 -> r.l[i] = ((SmallIntVector) v).get(row);
                case INT32 -> r.l[i] = ((IntVector) v).get(row);
                case INT64 -> r.l[i] = ((BigIntVector) v).get(row);
                case FLOAT32 -> r.d[i] = ((Float4Vector) v).get(row);
                case FLOAT64 -> r.d[i] = ((Float8Vector) v).get(row);
                case DECIMAL -> r.dec[i] = ((DecimalVector) v).getObject(row);
                case DATE -> r.l[i] = ((DateDayVector) v).get(row);
                case TIMESTAMP -> r.l[i] = ((TimeStampVector) v).get(row); // in the column's unit, as TIME
                case TIME -> r.l[i] = io.sluice.runtime.internal.types.Types.timeValue(v, row);
                default -> throw new IllegalStateException(type.toString());
            }
        }
        r.nulls = any ? nl : null;
        return r;
    }

    /** Writes the values into {@code v} (allocated here), rows 0..n-1. */
    void write(FieldVector v) {
        if (source == v) {
            s(); // writing over the vector we read from: decode first
            source = null;
        }
        v.setInitialCapacity(n);
        v.allocateNew();
        if (o != null || Boxed.is(io.sluice.runtime.internal.types.Types.of(v.getField()))) {
            for (int i = 0; i < n; i++) {
                Boxed.write(v, i, isNull(i) || o == null ? null : o[i]);
            }
            v.setValueCount(n);
            return;
        }
        switch (v) {
            case BitVector b -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        b.setNull(i);
                    } else {
                        b.set(i, (int) l[i]);
                    }
                }
            }
            case IntVector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, (int) l[i]);
                    }
                }
            }
            case BigIntVector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, l[i]);
                    }
                }
            }
            case TinyIntVector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, (byte) l[i]);
                    }
                }
            }
            case SmallIntVector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, (short) l[i]);
                    }
                }
            }
            case Float4Vector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, (float) d[i]);
                    }
                }
            }
            case DecimalVector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, dec[i]);
                    }
                }
            }
            case Float8Vector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, d[i]);
                    }
                }
            }
            case DateDayVector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, (int) l[i]);
                    }
                }
            }
            case TimeStampVector x -> {
                for (int i = 0; i < n; i++) {
                    if (isNull(i) || type == DataType.NULL) {
                        x.setNull(i);
                    } else {
                        x.set(i, l[i]);
                    }
                }
            }
            // times of day, in the column's own unit
            case TimeMilliVector x -> eachRow(i -> x.set(i, (int) l[i]), x::setNull);
            case TimeMicroVector x -> eachRow(i -> x.set(i, l[i]), x::setNull);
            case TimeNanoVector x -> eachRow(i -> x.set(i, l[i]), x::setNull);
            case VarCharVector x -> {
                if (type == DataType.STRING && source != null) {
                    for (int i = 0; i < n; i++) {
                        if (isNull(i)) {
                            x.setNull(i);
                        } else {
                            x.setSafe(i, source.get(row(i)));
                        }
                    }
                } else {
                    String[] str = type == DataType.STRING ? s() : null;
                    for (int i = 0; i < n; i++) {
                        if (isNull(i) || str == null) {
                            x.setNull(i);
                        } else {
                            x.setSafe(i, str[i].getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("cannot write " + type + " into " + v.getClass().getSimpleName()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        v.setValueCount(n);
    }

    /** Calls {@code set} for each row 0..n-1 that holds a value, {@code setNull} for the others. */
    private void eachRow(java.util.function.IntConsumer set, java.util.function.IntConsumer setNull) {
        for (int i = 0; i < n; i++) {
            if (isNull(i) || type == DataType.NULL) {
                setNull.accept(i);
            } else {
                set.accept(i);
            }
        }
    }
}
