package io.sluice.runtime.internal.parquet;

import io.sluice.expression.types.DataType;

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

/** Sluice column types to and from flat Parquet schemas. */
public final class ParquetSchemas {
    private ParquetSchemas() {
    }

    public static MessageType toParquet(Schema schema) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Field f : schema.getFields()) {
            Type.Repetition rep = f.isNullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            PrimitiveType t = switch (io.sluice.runtime.internal.types.Types.of(f).id()) {
                case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, rep).named(f.getName());
                case INT32 -> Types.primitive(PrimitiveTypeName.INT32, rep).named(f.getName());
                case INT64 -> Types.primitive(PrimitiveTypeName.INT64, rep).named(f.getName());
                case FLOAT64 -> Types.primitive(PrimitiveTypeName.DOUBLE, rep).named(f.getName());
                case STRING -> Types.primitive(PrimitiveTypeName.BINARY, rep)
                        .as(LogicalTypeAnnotation.stringType()).named(f.getName());
                case DATE -> Types.primitive(PrimitiveTypeName.INT32, rep).as(LogicalTypeAnnotation.dateType())
                        .named(f.getName());
                case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, rep)
                        .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
                        .named(f.getName());
                default -> throw new IllegalArgumentException("unsupported column type " + io.sluice.runtime.internal.types.Types.of(f) + " for Parquet"); //$NON-NLS-1$ //$NON-NLS-2$
            };
            b.addField(t);
        }
        return b.named("sluice"); //$NON-NLS-1$
    }

    /** The Sluice type of a flat Parquet column; throws naming the column and the unsupported feature. */
    public static DataType colType(Type t) {
        return ParquetColumns.of(t).type();
    }

    public static Schema toArrow(MessageType m) {
        List<Field> fields = new ArrayList<>();
        for (Type t : m.getFields()) {
            fields.add(io.sluice.runtime.internal.types.Types.field(colType(t), t.getName(), !t.isRepetition(Type.Repetition.REQUIRED)));
        }
        return new Schema(fields);
    }
}
