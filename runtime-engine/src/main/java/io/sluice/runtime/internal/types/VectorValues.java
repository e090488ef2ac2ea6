package io.sluice.runtime.internal.types;

import java.math.BigDecimal;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Stores a value a reader decoded (JSON lines, JDBC) in an Arrow vector, one rule for every reader: integers of any
 * width as a {@link Number} ({@link Long} or {@link Integer}), DATE as days, TIME and TIMESTAMP in the column's units
 * (a {@link Number}), {@link Double} for floats, {@link Boolean}, {@code byte[]} for text (UTF-8) and binary,
 * {@link BigDecimal} for DECIMAL; LIST, STRUCT and MAP as {@link NestedVectors} takes them; null as null.
 */
public final class VectorValues {
    private VectorValues() {
    }

    /** Stores {@code x} (null, a leaf of the forms above, or a nested value) at row {@code r} of {@code v}. */
    public static void set(FieldVector v, int r, Object x) {
        NestedVectors.set(v, r, x, VectorValues::leaf);
    }

    private static void leaf(FieldVector v, int r, Object x) {
        switch (v) {
            case BigIntVector b -> b.setSafe(r, ((Number) x).longValue());
            case IntVector i -> i.setSafe(r, ((Number) x).intValue());
            case SmallIntVector i -> i.setSafe(r, ((Number) x).shortValue());
            case TinyIntVector i -> i.setSafe(r, ((Number) x).byteValue());
            case Float8Vector f -> f.setSafe(r, (Double) x);
            case Float4Vector f -> f.setSafe(r, (float) (double) (Double) x);
            case BitVector b -> b.setSafe(r, ((Boolean) x) ? 1 : 0);
            case VarCharVector s -> s.setSafe(r, (byte[]) x);
            case VarBinaryVector b -> b.setSafe(r, (byte[]) x);
            case FixedSizeBinaryVector b -> b.setSafe(r, (byte[]) x);
            case DateDayVector d -> d.setSafe(r, ((Number) x).intValue());
            case TimeMilliVector t -> t.setSafe(r, ((Number) x).intValue());
            case TimeMicroVector t -> t.setSafe(r, ((Number) x).longValue());
            case TimeNanoVector t -> t.setSafe(r, ((Number) x).longValue());
            case TimeStampVector t -> t.setSafe(r, ((Number) x).longValue());
            case DecimalVector d -> d.setSafe(r, (BigDecimal) x);
            default -> throw new IllegalStateException("unhandled vector " + v.getClass().getSimpleName()); //$NON-NLS-1$
        }
    }
}
