package io.sluice.runtime.internal.types;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Sluice's column types ({@link DataType}, the expression bundle's one representation) and their one Arrow
 * representation each (docs/CONVENTIONS.md):
 *
 * <pre>
 * BOOLEAN Bit · INT8/16/32/64 Int(8/16/32/64, signed) · FLOAT32/64 FloatingPoint(SINGLE/DOUBLE)
 * DECIMAL(p,s) Decimal(p, s, 128) · STRING Utf8 · BINARY Binary · FIXED_BINARY(n) FixedSizeBinary(n)
 * DATE Date(DAY) · TIME(unit) Time(unit, 32 bits for ms, else 64)
 * TIMESTAMP(unit) Timestamp(unit, "UTC") · TIMESTAMP_NTZ(unit) Timestamp(unit, no zone)
 * </pre>
 *
 * Reading Arrow, more types are accepted and widened exactly: unsigned Int(8/16/32) as INT16/INT32/INT64,
 * unsigned Int(64) as DECIMAL(20,0), LargeUtf8 as STRING, LargeBinary as BINARY, Date(MILLISECOND) is refused
 * (its values are not whole days), Timestamp(SECOND) as milliseconds.
 */
public final class Types {
    private Types() {
    }

    /** The Arrow type of a Sluice column type. */
    public static ArrowType arrowType(DataType t) {
        return switch (t.id()) {
            case BOOLEAN -> ArrowType.Bool.INSTANCE;
            case INT8 -> new ArrowType.Int(8, true);
            case INT16 -> new ArrowType.Int(16, true);
            case INT32 -> new ArrowType.Int(32, true);
            case INT64 -> new ArrowType.Int(64, true);
            case FLOAT32 -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case FLOAT64 -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case DECIMAL -> new ArrowType.Decimal(t.precision(), t.scale(), 128);
            case STRING -> ArrowType.Utf8.INSTANCE;
            case BINARY -> ArrowType.Binary.INSTANCE;
            case FIXED_BINARY -> new ArrowType.FixedSizeBinary(t.width());
            case DATE -> new ArrowType.Date(DateUnit.DAY);
            case TIME -> new ArrowType.Time(unit(t.timePrecision()), t.timePrecision() == TimePrecision.MILLI ? 32 : 64);
            case TIMESTAMP -> new ArrowType.Timestamp(unit(t.timePrecision()), t.isInstant() ? "UTC" : null); //$NON-NLS-1$
            case NULL -> throw new IllegalArgumentException("NULL is not a column type"); //$NON-NLS-1$
        };
    }

    private static TimeUnit unit(TimePrecision p) {
        return switch (p) {
            case MILLI -> TimeUnit.MILLISECOND;
            case MICRO -> TimeUnit.MICROSECOND;
            case NANO -> TimeUnit.NANOSECOND;
        };
    }

    /** An Arrow field of this type. */
    public static Field field(DataType t, String name, boolean nullable) {
        return new Field(name, new FieldType(nullable, arrowType(t), null), null);
    }

    /** The Sluice type of an Arrow type; throws, naming it, for types Sluice does not read. */
    public static DataType of(ArrowType t) {
        switch (t) {
            case ArrowType.Bool b -> {
                return DataType.BOOLEAN;
            }
            case ArrowType.Int i -> {
                if (i.getIsSigned()) {
                    return switch (i.getBitWidth()) {
                        case 8 -> DataType.INT8;
                        case 16 -> DataType.INT16;
                        case 32 -> DataType.INT32;
                        case 64 -> DataType.INT64;
                        default -> throw unsupported(t);
                    };
                }
                return switch (i.getBitWidth()) {
                    case 8 -> DataType.INT16;
                    case 16 -> DataType.INT32;
                    case 32 -> DataType.INT64;
                    case 64 -> DataType.UINT64_AS_DECIMAL;
                    default -> throw unsupported(t);
                };
            }
            case ArrowType.FloatingPoint f -> {
                return switch (f.getPrecision()) {
                    case SINGLE -> DataType.FLOAT32;
                    case DOUBLE -> DataType.FLOAT64;
                    case HALF -> throw unsupported(t);
                };
            }
            case ArrowType.Decimal d -> {
                if (d.getBitWidth() != 128 || d.getPrecision() > DataType.MAX_DECIMAL_PRECISION) {
                    throw unsupported(t);
                }
                return DataType.decimal(d.getPrecision(), d.getScale());
            }
            case ArrowType.Utf8 u -> {
                return DataType.STRING;
            }
            case ArrowType.Binary b -> {
                return DataType.BINARY;
            }
            case ArrowType.FixedSizeBinary b -> {
                return DataType.fixedBinary(b.getByteWidth());
            }
            case ArrowType.Date d -> {
                if (d.getUnit() != DateUnit.DAY) {
                    throw unsupported(t);
                }
                return DataType.DATE;
            }
            case ArrowType.Time tm -> {
                return DataType.time(precision(tm.getUnit(), t));
            }
            case ArrowType.Timestamp ts -> {
                return DataType.timestamp(precision(ts.getUnit(), t), ts.getTimezone() != null);
            }
            default -> throw unsupported(t);
        }
    }

    private static TimePrecision precision(TimeUnit u, ArrowType t) {
        return switch (u) {
            case MILLISECOND -> TimePrecision.MILLI;
            case MICROSECOND -> TimePrecision.MICRO;
            case NANOSECOND -> TimePrecision.NANO;
            case SECOND -> throw unsupported(t);
        };
    }

    /** The Sluice type of an Arrow field. */
    public static DataType of(Field f) {
        return of(f.getType());
    }

    /** Whether Arrow type {@code t} is exactly the representation of {@code type} (no widening needed). */
    public static boolean isExactly(ArrowType t, DataType type) {
        return arrowType(type).equals(t);
    }

    private static IllegalArgumentException unsupported(ArrowType t) {
        return new IllegalArgumentException("unsupported Arrow type " + t); //$NON-NLS-1$
    }

    public static Field arrow(io.sluice.expression.types.Field f) {
        // a column of type NULL (an all-null expression) is stored as a nullable STRING
        DataType t = f.type() == DataType.NULL ? DataType.STRING : f.type();
        return field(t, f.name(), f.nullable() || f.type() == DataType.NULL);
    }

    public static Schema arrow(io.sluice.expression.types.Schema s) {
        List<Field> fields = new ArrayList<>();
        for (io.sluice.expression.types.Field f : s.fields()) {
            fields.add(arrow(f));
        }
        return new Schema(fields);
    }

    public static io.sluice.expression.types.Field sluice(Field f) {
        return new io.sluice.expression.types.Field(f.getName(), of(f), f.isNullable());
    }

    public static io.sluice.expression.types.Schema sluice(Schema s) {
        List<io.sluice.expression.types.Field> fields = new ArrayList<>();
        for (Field f : s.getFields()) {
            fields.add(sluice(f));
        }
        return new io.sluice.expression.types.Schema(fields);
    }
}
