package io.sluice.runtime.internal.kernel;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.runtime.internal.types.NestedVectors;
import io.sluice.runtime.internal.types.Types;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

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
 * Values the kernels carry boxed, one Java object a row, in the evaluator's classes: BINARY and FIXED_BINARY
 * ({@code byte[]}), LIST, STRUCT and MAP (lists and maps, see the expression bundle's {@code Evaluator}). Their
 * functions run the catalog's scalar rule row by row ({@link FunctionKernels#GENERIC}), the pattern DECIMAL already
 * follows; reading and writing vectors walks nested values with {@link NestedVectors}.
 */
final class Boxed {
    private Boxed() {
    }

    /** Whether values of {@code t} are boxed in {@link Vals#o}. */
    static boolean is(DataType t) {
        return t.isBinary() || t.isNested();
    }

    /** The value at {@code row} of {@code v} (null for null). */
    static Object read(FieldVector v, int row) {
        return NestedVectors.get(v, row, Boxed::leaf);
    }

    /** Stores {@code x} (null for null) at {@code row} of {@code v}. */
    static void write(FieldVector v, int row, Object x) {
        if (x == null) {
            v.setNull(row);
        } else if (NestedVectors.isNested(v)) {
            NestedVectors.set(v, row, x, Boxed::setLeaf);
        } else {
            setLeaf(v, row, x);
        }
    }

    private static Object leaf(FieldVector v, int row) {
        return switch (v) {
            case VarCharVector s -> new String(s.get(row), StandardCharsets.UTF_8);
            case VarBinaryVector b -> b.get(row);
            case FixedSizeBinaryVector b -> b.get(row);
            case TinyIntVector t -> (int) t.get(row);
            case SmallIntVector t -> (int) t.get(row);
            case DateDayVector d -> TemporalValues.fromStored(d.get(row), DataType.DATE);
            case TimeStampVector t -> TemporalValues.fromStored(t.get(row), Types.of(v.getField()));
            case TimeMilliVector t -> TemporalValues.fromStored(Types.timeValue(v, row), Types.of(v.getField()));
            case TimeMicroVector t -> TemporalValues.fromStored(Types.timeValue(v, row), Types.of(v.getField()));
            case TimeNanoVector t -> TemporalValues.fromStored(Types.timeValue(v, row), Types.of(v.getField()));
            default -> v.getObject(row); // Boolean, Integer, Long, Float, Double, BigDecimal
        };
    }

    private static void setLeaf(FieldVector v, int row, Object x) {
        switch (v) {
            case BitVector b -> b.setSafe(row, ((Boolean) x) ? 1 : 0);
            case TinyIntVector t -> t.setSafe(row, (byte) (int) (Integer) x);
            case SmallIntVector t -> t.setSafe(row, (short) (int) (Integer) x);
            case IntVector t -> t.setSafe(row, (Integer) x);
            case BigIntVector t -> t.setSafe(row, (Long) x);
            case Float4Vector t -> t.setSafe(row, (Float) x);
            case Float8Vector t -> t.setSafe(row, (Double) x);
            case DecimalVector t -> t.setSafe(row, ((BigDecimal) x).setScale(t.getScale()));
            case VarCharVector t -> t.setSafe(row, ((String) x).getBytes(StandardCharsets.UTF_8));
            case VarBinaryVector t -> t.setSafe(row, (byte[]) x);
            case FixedSizeBinaryVector t -> t.setSafe(row, (byte[]) x);
            case DateDayVector t -> t.setSafe(row, (int) TemporalValues.toStored(x, DataType.DATE));
            case TimeStampVector t -> t.setSafe(row, TemporalValues.toStored(x, Types.of(v.getField())));
            case TimeMilliVector t -> t.setSafe(row, (int) TemporalValues.toStored(x, Types.of(v.getField())));
            case TimeMicroVector t -> t.setSafe(row, TemporalValues.toStored(x, Types.of(v.getField())));
            case TimeNanoVector t -> t.setSafe(row, TemporalValues.toStored(x, Types.of(v.getField())));
            default -> throw new IllegalStateException("cannot store a value in " + v.getClass().getSimpleName()); //$NON-NLS-1$
        }
    }
}
