package io.sluice.runtime.internal.types;

import io.sluice.expression.types.DataType;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Conversions between the expression bundle's types and Arrow's. */
public final class Types {
    private Types() {
    }

    public static ColType col(DataType t) {
        return switch (t) {
            case BOOLEAN -> ColType.BOOLEAN;
            case INT32 -> ColType.INT32;
            case INT64 -> ColType.INT64;
            case FLOAT64 -> ColType.FLOAT64;
            case STRING -> ColType.STRING;
            case DATE -> ColType.DATE;
            case TIMESTAMP -> ColType.TIMESTAMP;
            case NULL -> throw new IllegalArgumentException("NULL is not a column type"); //$NON-NLS-1$
        };
    }

    public static DataType data(ColType t) {
        return DataType.valueOf(t.name());
    }

    public static Field arrow(io.sluice.expression.types.Field f) {
        // a column of type NULL (an all-null expression) is stored as a nullable STRING
        ColType t = f.type() == DataType.NULL ? ColType.STRING : col(f.type());
        return t.field(f.name(), f.nullable() || f.type() == DataType.NULL);
    }

    public static Schema arrow(io.sluice.expression.types.Schema s) {
        List<Field> fields = new ArrayList<>();
        for (io.sluice.expression.types.Field f : s.fields()) {
            fields.add(arrow(f));
        }
        return new Schema(fields);
    }

    public static io.sluice.expression.types.Field sluice(Field f) {
        return new io.sluice.expression.types.Field(f.getName(), data(ColType.of(f)), f.isNullable());
    }

    public static io.sluice.expression.types.Schema sluice(Schema s) {
        List<io.sluice.expression.types.Field> fields = new ArrayList<>();
        for (Field f : s.getFields()) {
            fields.add(sluice(f));
        }
        return new io.sluice.expression.types.Schema(fields);
    }
}
