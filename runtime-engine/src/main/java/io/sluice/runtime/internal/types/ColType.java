package io.sluice.runtime.internal.types;

import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The runtime's view of Sluice's column types (the expression bundle's {@code DataType} without NULL) and
 * their one Arrow representation each (docs/CONVENTIONS.md).
 */
public enum ColType {
    BOOLEAN(ArrowType.Bool.INSTANCE),
    INT32(new ArrowType.Int(32, true)),
    INT64(new ArrowType.Int(64, true)),
    FLOAT64(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
    STRING(ArrowType.Utf8.INSTANCE),
    DATE(new ArrowType.Date(DateUnit.DAY)),
    TIMESTAMP(new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC")); //$NON-NLS-1$

    private final ArrowType arrow;

    ColType(ArrowType arrow) {
        this.arrow = arrow;
    }

    public ArrowType arrow() {
        return arrow;
    }

    public Field field(String name, boolean nullable) {
        return new Field(name, new FieldType(nullable, arrow, null), null);
    }

    public boolean isNumeric() {
        return this == INT32 || this == INT64 || this == FLOAT64;
    }

    /** The Sluice type of an Arrow type; throws for types Sluice does not use. */
    public static ColType of(ArrowType t) {
        if (t instanceof ArrowType.Bool) {
            return BOOLEAN;
        }
        if (t instanceof ArrowType.Int i) {
            if (!i.getIsSigned()) {
                throw unsupported(t);
            }
            return switch (i.getBitWidth()) {
                case 8, 16, 32 -> INT32;
                case 64 -> INT64;
                default -> throw unsupported(t);
            };
        }
        if (t instanceof ArrowType.FloatingPoint) {
            return FLOAT64;
        }
        if (t instanceof ArrowType.Utf8 || t instanceof ArrowType.LargeUtf8) {
            return STRING;
        }
        if (t instanceof ArrowType.Date) {
            return DATE;
        }
        if (t instanceof ArrowType.Timestamp) {
            return TIMESTAMP;
        }
        throw unsupported(t);
    }

    public static ColType of(Field f) {
        return of(f.getType());
    }

    private static IllegalArgumentException unsupported(ArrowType t) {
        return new IllegalArgumentException("unsupported Arrow type " + t //$NON-NLS-1$
                + "; expected Bool, Int(32|64), FloatingPoint(DOUBLE), Utf8, Date(DAY) or Timestamp(MICROSECOND)"); //$NON-NLS-1$
    }
}
