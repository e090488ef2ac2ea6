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
 * LIST&lt;T&gt; List (child "element") · STRUCT&lt;…&gt; Struct (a child per field)
 * MAP&lt;K, V&gt; Map(unsorted) (non-null child "entries": Struct of non-null "key" and "value")
 * </pre>
 * A nested type's Arrow type alone does not say its children: {@link #field} builds them, {@link #of(Field)}
 * reads them (whatever the file named a list's element).
 *
 * Reading Arrow, more types are accepted and widened exactly: unsigned Int(8/16/32) as INT16/INT32/INT64,
 * unsigned Int(64) as DECIMAL(20,0), LargeUtf8 as STRING, LargeBinary as BINARY, Date(MILLISECOND) is refused
 * (its values are not whole days), Timestamp(SECOND) as milliseconds.
 */
public final class Types {
    /**
     * How every text output writes BINARY and FIXED_BINARY values, and text inputs read them: the expression
     * language's one text form of bytes (casts, {@code hex}), so an output and a cast never disagree.
     */
    public static final java.util.HexFormat HEX = io.sluice.expression.semantics.NestedRules.HEX;

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
            case LIST -> ArrowType.List.INSTANCE;
            case STRUCT -> ArrowType.Struct.INSTANCE;
            case MAP -> new ArrowType.Map(false);
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
        FieldType type = new FieldType(nullable, arrowType(t), null);
        return switch (t.id()) {
            case LIST, STRUCT -> new Field(name, type, children(t.children()));
            case MAP -> new Field(name, type, List.of(new Field(MAP_ENTRIES,
                    new FieldType(false, ArrowType.Struct.INSTANCE, null), children(t.children()))));
            default -> new Field(name, type, null);
        };
    }

    /** The name of a MAP's entries child, as Arrow Java's {@code MapVector} names it. */
    private static final String MAP_ENTRIES = "entries"; //$NON-NLS-1$

    private static List<Field> children(List<io.sluice.expression.types.Field> fields) {
        List<Field> out = new ArrayList<>(fields.size());
        for (io.sluice.expression.types.Field f : fields) {
            out.add(field(f.type(), f.name(), f.nullable()));
        }
        return out;
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

    /** The Sluice type of an Arrow field (nested types from its children); throws, naming it, for types Sluice does not read. */
    public static DataType of(Field f) {
        List<Field> kids = f.getChildren();
        switch (f.getType()) {
            case ArrowType.List l -> {
                Field e = only(f, kids);
                return DataType.list(of(e), e.isNullable());
            }
            case ArrowType.Struct st -> {
                if (kids.isEmpty()) {
                    throw new IllegalArgumentException("unsupported Arrow type: a Struct without fields, column '" //$NON-NLS-1$
                            + f.getName() + "'"); //$NON-NLS-1$
                }
                List<io.sluice.expression.types.Field> fields = new ArrayList<>();
                for (Field k : kids) {
                    fields.add(sluice(k));
                }
                return DataType.struct(fields);
            }
            case ArrowType.Map m -> {
                Field entries = only(f, kids);
                if (entries.getChildren().size() != 2) {
                    throw new IllegalArgumentException("a Map's entries have key and value, column '" + f.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                Field v = entries.getChildren().get(1);
                return DataType.map(of(entries.getChildren().get(0)), of(v), v.isNullable());
            }
            default -> {
                return of(f.getType());
            }
        }
    }

    private static Field only(Field f, List<Field> kids) {
        if (kids.size() != 1) {
            throw new IllegalArgumentException("a " + f.getType() + " has one child, column '" + f.getName() + "' has " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + kids.size());
        }
        return kids.get(0);
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

    /** A TIME vector's value at {@code row} in its own unit (TIME(ms) is 32 bits wide, the others 64). */
    public static long timeValue(org.apache.arrow.vector.FieldVector v, int row) {
        return v instanceof org.apache.arrow.vector.TimeMilliVector ms ? ms.get(row)
                : ((org.apache.arrow.vector.BaseFixedWidthVector) v).getDataBuffer().getLong((long) row * Long.BYTES);
    }
}
