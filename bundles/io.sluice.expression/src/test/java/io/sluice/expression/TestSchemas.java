package io.sluice.expression;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The schema and row the tests share (see expressions.txt). */
final class TestSchemas {

    static final Schema SCHEMA = Schema.of(
            Field.required("id", DataType.INT32),
            Field.nullable("qty", DataType.INT32),
            Field.required("big", DataType.INT64),
            Field.nullable("amount", DataType.FLOAT64),
            Field.nullable("name", DataType.STRING),
            Field.required("code", DataType.STRING),
            Field.required("active", DataType.BOOLEAN),
            Field.nullable("flag", DataType.BOOLEAN),
            Field.nullable("d", DataType.DATE),
            Field.required("ts", DataType.TIMESTAMP),
            Field.nullable("order id", DataType.INT64));

    static Map<String, Object> row() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", 7);
        row.put("qty", null);
        row.put("big", 10_000_000_000L);
        row.put("amount", 12.5);
        row.put("name", "Straße");
        row.put("code", "AB-1");
        row.put("active", true);
        row.put("flag", null);
        row.put("d", LocalDate.of(2024, 1, 31));
        row.put("ts", Instant.parse("2024-01-31T10:30:00Z"));
        row.put("order id", 42L);
        return row;
    }

    private TestSchemas() {
    }
}
