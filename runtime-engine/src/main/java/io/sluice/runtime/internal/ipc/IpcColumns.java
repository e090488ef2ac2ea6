package io.sluice.runtime.internal.ipc;

import io.sluice.runtime.internal.types.ColType;

import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * The one place where an Arrow IPC column becomes a Sluice column: which Sluice type holds it exactly, and the
 * copy into Sluice's vector (a transfer when the vectors already agree). Anything else is refused as
 * {@code unsupported Arrow IPC feature: …}, naming the column.
 */
final class IpcColumns {
    private IpcColumns() {
    }

    static ColType sluiceType(Field f) {
        ArrowType t = f.getType();
        if (f.getDictionary() != null) {
            throw unsupported(f, "dictionary-encoded column"); //$NON-NLS-1$
        }
        if (t instanceof ArrowType.Int i) {
            if (i.getBitWidth() == 64) {
                if (!i.getIsSigned()) {
                    throw unsupported(f, "unsigned 64-bit integers (Sluice has no type holding all of them yet)"); //$NON-NLS-1$
                }
                return ColType.INT64;
            }
            // signed 8/16/32 and unsigned 8/16 fit INT32 exactly; unsigned 32 fits INT64
            return i.getBitWidth() == 32 && !i.getIsSigned() ? ColType.INT64 : ColType.INT32;
        }
        if (t instanceof ArrowType.FloatingPoint) {
            return ColType.FLOAT64; // half and single precision widen exactly
        }
        if (t instanceof ArrowType.Bool || t instanceof ArrowType.Utf8 || t instanceof ArrowType.LargeUtf8
                || t instanceof ArrowType.Date || t instanceof ArrowType.Timestamp) {
            return ColType.of(t);
        }
        throw unsupported(f, t.toString());
    }

    private static IllegalArgumentException unsupported(Field f, String what) {
        return new IllegalArgumentException("unsupported Arrow IPC feature: " + what + ", column '" + f.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Copies {@code n} rows of a file column into Sluice's vector of the column's type. */
    static void copy(FieldVector from, FieldVector to, int n) {
        if (from.getClass() == to.getClass() && from.getField().getType().equals(to.getField().getType())) {
            from.makeTransferPair(to).transfer();
            return;
        }
        to.setInitialCapacity(n);
        to.allocateNew();
        for (int i = 0; i < n; i++) {
            if (from.isNull(i)) {
                if (to instanceof VarCharVector v) {
                    v.setNull(i);
                } else {
                    ((org.apache.arrow.vector.BaseFixedWidthVector) to).setNull(i);
                }
                continue;
            }
            switch (to) {
                case IntVector v -> v.set(i, (int) ((BaseIntVector) from).getValueAsLong(i));
                case BigIntVector v -> v.set(i, ((BaseIntVector) from).getValueAsLong(i));
                case Float8Vector v -> v.set(i, ((FloatingPointVector) from).getValueAsDouble(i));
                case VarCharVector v -> v.setSafe(i, ((LargeVarCharVector) from).get(i));
                case DateDayVector v -> v.set(i, (int) Math.floorDiv(((DateMilliVector) from).get(i), 86_400_000L));
                case TimeStampVector v -> v.set(i, micros((TimeStampVector) from, i));
                default -> throw new IllegalStateException("no conversion from " + from.getField().getType() //$NON-NLS-1$
                        + " to " + to.getField().getType()); //$NON-NLS-1$
            }
        }
        to.setValueCount(n);
    }

    private static long micros(TimeStampVector from, int i) {
        long v = from.get(i);
        return switch (((ArrowType.Timestamp) from.getField().getType()).getUnit()) {
            case SECOND -> Math.multiplyExact(v, 1_000_000L);
            case MILLISECOND -> Math.multiplyExact(v, 1000L);
            case MICROSECOND -> v;
            case NANOSECOND -> Math.floorDiv(v, 1000L);
        };
    }
}
