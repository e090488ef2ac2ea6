package io.sluice.runtime.internal.ipc;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;
import io.sluice.runtime.internal.types.Types;

import java.math.BigDecimal;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeSecVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
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

    static DataType sluiceType(Field f) {
        ArrowType t = f.getType();
        if (f.getDictionary() != null) {
            throw unsupported(f, "dictionary-encoded column"); //$NON-NLS-1$
        }
        switch (t) {
            case ArrowType.Int i when !i.getIsSigned() -> {
                // unsigned integers one size up, so every value is exact; 64 bits as DECIMAL(20,0)
                return switch (i.getBitWidth()) {
                    case 8 -> DataType.INT16;
                    case 16 -> DataType.INT32;
                    case 32 -> DataType.INT64;
                    default -> DataType.UINT64_AS_DECIMAL;
                };
            }
            case ArrowType.FloatingPoint p when p.getPrecision() == FloatingPointPrecision.HALF -> {
                return DataType.FLOAT32; // every half-precision value is exactly a float
            }
            case ArrowType.LargeUtf8 u -> {
                return DataType.STRING;
            }
            case ArrowType.LargeBinary b -> {
                return DataType.BINARY;
            }
            case ArrowType.Date d when d.getUnit() == DateUnit.MILLISECOND -> {
                return DataType.DATE; // a value that is not a whole day is an error when read
            }
            case ArrowType.Time tm when tm.getUnit() == TimeUnit.SECOND -> {
                return DataType.time(TimePrecision.MILLI);
            }
            case ArrowType.Timestamp ts when ts.getUnit() == TimeUnit.SECOND -> {
                return DataType.timestamp(TimePrecision.MILLI, ts.getTimezone() != null);
            }
            default -> {
                try {
                    return Types.of(t);
                } catch (IllegalArgumentException e) {
                    throw unsupported(f, t.toString());
                }
            }
        }
    }

    private static IllegalArgumentException unsupported(Field f, String what) {
        return new IllegalArgumentException("unsupported Arrow IPC feature: " + what + ", column '" + f.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Copies {@code n} rows of a file column into Sluice's vector of the column's type. */
    static void copy(FieldVector from, FieldVector to, int n) {
        // the same vector class is the same layout (a timestamp's zone name aside: its values are UTC instants either way)
        if (from.getClass() == to.getClass() && (from.getField().getType().equals(to.getField().getType())
                || from instanceof TimeStampVector)) {
            from.makeTransferPair(to).transfer();
            return;
        }
        to.setInitialCapacity(n);
        to.allocateNew();
        for (int i = 0; i < n; i++) {
            if (from.isNull(i)) {
                switch (to) {
                    case BaseVariableWidthVector v -> v.setNull(i);
                    case BaseFixedWidthVector v -> v.setNull(i);
                    default -> throw new IllegalStateException(to.getClass().getName());
                }
                continue;
            }
            switch (to) {
                case SmallIntVector v -> v.setSafe(i, (short) ((BaseIntVector) from).getValueAsLong(i));
                case IntVector v -> v.setSafe(i, (int) ((BaseIntVector) from).getValueAsLong(i));
                case BigIntVector v -> v.setSafe(i, ((BaseIntVector) from).getValueAsLong(i));
                case DecimalVector v -> v.setSafe(i, new BigDecimal(Long.toUnsignedString(((UInt8Vector) from).get(i))));
                case Float4Vector v -> v.setSafe(i, (float) ((FloatingPointVector) from).getValueAsDouble(i));
                case VarCharVector v -> v.setSafe(i, ((LargeVarCharVector) from).get(i));
                case VarBinaryVector v -> v.setSafe(i, ((LargeVarBinaryVector) from).get(i));
                case DateDayVector v -> {
                    long ms = ((DateMilliVector) from).get(i);
                    if (ms % 86_400_000L != 0) {
                        throw new IllegalStateException("column '" + from.getName() + "' holds a Date(MILLISECOND) value " + ms //$NON-NLS-1$ //$NON-NLS-2$
                                + " that is not a whole day"); //$NON-NLS-1$
                    }
                    v.setSafe(i, (int) (ms / 86_400_000L));
                }
                case TimeMilliVector v -> v.setSafe(i, Math.multiplyExact(((TimeSecVector) from).get(i), 1000));
                case TimeStampVector v -> v.setSafe(i, Math.multiplyExact(((TimeStampVector) from).get(i), 1000L)); // seconds to ms
                default -> throw new IllegalStateException("no conversion from " + from.getField().getType() //$NON-NLS-1$
                        + " to " + to.getField().getType()); //$NON-NLS-1$
            }
        }
        to.setValueCount(n);
    }
}
