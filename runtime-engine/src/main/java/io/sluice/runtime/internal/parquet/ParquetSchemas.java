package io.sluice.runtime.internal.parquet;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/** Sluice column types to and from Parquet schemas (nested ones through {@link ParquetNested}). */
public final class ParquetSchemas {
    private ParquetSchemas() {
    }

    public static MessageType toParquet(Schema schema) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Field f : schema.getFields()) {
            Type.Repetition rep = f.isNullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            b.addField(type(io.sluice.runtime.internal.types.Types.of(f), rep, f.getName()));
        }
        return b.named("sluice"); //$NON-NLS-1$
    }

    /**
     * The Parquet field a Sluice type is written as: nested types as the specification's standard forms (a
     * three-level LIST of {@code list}/{@code element}, a group of the STRUCT's fields, a MAP of
     * {@code key_value}/{@code key}/{@code value}), everything else a {@link #primitive}.
     */
    static Type type(DataType type, Type.Repetition rep, String name) {
        return switch (type.id()) {
            case LIST -> Types.buildGroup(rep).as(LogicalTypeAnnotation.listType())
                    .addField(Types.repeatedGroup().addField(type(type.element(), repetition(type.children().get(0)), "element")) //$NON-NLS-1$
                            .named("list")) //$NON-NLS-1$
                    .named(name);
            case STRUCT -> {
                Types.GroupBuilder<org.apache.parquet.schema.GroupType> g = Types.buildGroup(rep);
                for (io.sluice.expression.types.Field f : type.children()) {
                    g.addField(type(f.type(), repetition(f), f.name()));
                }
                yield g.named(name);
            }
            case MAP -> Types.buildGroup(rep).as(LogicalTypeAnnotation.mapType())
                    .addField(Types.repeatedGroup().addField(type(type.key(), Type.Repetition.REQUIRED, "key")) //$NON-NLS-1$
                            .addField(type(type.value(), repetition(type.children().get(1)), "value")).named("key_value")) //$NON-NLS-1$ //$NON-NLS-2$
                    .named(name);
            default -> primitive(type, rep, name);
        };
    }

    private static Type.Repetition repetition(io.sluice.expression.types.Field f) {
        return f.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
    }

    /** The Parquet column a Sluice type is written as: the physical type and annotation that read back as it. */
    static PrimitiveType primitive(DataType type, Type.Repetition rep, String name) {
        return switch (type.id()) {
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, rep).named(name);
            case INT8 -> Types.primitive(PrimitiveTypeName.INT32, rep).as(LogicalTypeAnnotation.intType(8, true)).named(name);
            case INT16 -> Types.primitive(PrimitiveTypeName.INT32, rep).as(LogicalTypeAnnotation.intType(16, true)).named(name);
            case INT32 -> Types.primitive(PrimitiveTypeName.INT32, rep).named(name);
            case INT64 -> Types.primitive(PrimitiveTypeName.INT64, rep).named(name);
            case FLOAT32 -> Types.primitive(PrimitiveTypeName.FLOAT, rep).named(name);
            case FLOAT64 -> Types.primitive(PrimitiveTypeName.DOUBLE, rep).named(name);
            case DECIMAL -> {
                LogicalTypeAnnotation a = LogicalTypeAnnotation.decimalType(type.scale(), type.precision());
                if (type.precision() <= 9) {
                    yield Types.primitive(PrimitiveTypeName.INT32, rep).as(a).named(name);
                }
                if (type.precision() <= 18) {
                    yield Types.primitive(PrimitiveTypeName.INT64, rep).as(a).named(name);
                }
                yield Types.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, rep).length(decimalBytes(type.precision())).as(a).named(name);
            }
            case STRING -> Types.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType()).named(name);
            case BINARY -> Types.primitive(PrimitiveTypeName.BINARY, rep).named(name);
            case FIXED_BINARY -> Types.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, rep).length(type.width()).named(name);
            case DATE -> Types.primitive(PrimitiveTypeName.INT32, rep).as(LogicalTypeAnnotation.dateType()).named(name);
            case TIME -> Types.primitive(type.timePrecision() == TimePrecision.MILLI ? PrimitiveTypeName.INT32 : PrimitiveTypeName.INT64, rep)
                    .as(LogicalTypeAnnotation.timeType(false, unit(type.timePrecision()))).named(name);
            case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, rep)
                    .as(LogicalTypeAnnotation.timestampType(type.isInstant(), unit(type.timePrecision()))).named(name);
            default -> throw new IllegalArgumentException("unsupported Parquet feature: writing a column of type " + type //$NON-NLS-1$
                    + ", column '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    private static LogicalTypeAnnotation.TimeUnit unit(TimePrecision p) {
        return switch (p) {
            case MILLI -> LogicalTypeAnnotation.TimeUnit.MILLIS;
            case MICRO -> LogicalTypeAnnotation.TimeUnit.MICROS;
            case NANO -> LogicalTypeAnnotation.TimeUnit.NANOS;
        };
    }

    /** The fewest bytes whose two's complement holds every unscaled value of {@code precision} digits. */
    static int decimalBytes(int precision) {
        return DECIMAL_BYTES[precision];
    }

    private static final int[] DECIMAL_BYTES = new int[DataType.MAX_DECIMAL_PRECISION + 1];

    static {
        for (int p = 1; p < DECIMAL_BYTES.length; p++) {
            java.math.BigInteger max = java.math.BigInteger.TEN.pow(p);
            int n = 1;
            while (java.math.BigInteger.ONE.shiftLeft(8 * n - 1).compareTo(max) < 0) {
                n++;
            }
            DECIMAL_BYTES[p] = n;
        }
    }

    /** The Sluice type of a flat Parquet column; throws naming the column and the unsupported feature. */
    public static DataType colType(Type t) {
        return ParquetColumns.of(t).type();
    }

    public static Schema toArrow(MessageType m) {
        List<Field> fields = new ArrayList<>();
        for (Type t : m.getFields()) {
            if (ParquetNested.isNested(t)) {
                ParquetNested.Column c = ParquetNested.column(t);
                fields.add(io.sluice.runtime.internal.types.Types.field(c.type(), t.getName(), c.nullable()));
                continue;
            }
            fields.add(io.sluice.runtime.internal.types.Types.field(colType(t), t.getName(), !t.isRepetition(Type.Repetition.REQUIRED)));
        }
        return new Schema(fields);
    }
}
