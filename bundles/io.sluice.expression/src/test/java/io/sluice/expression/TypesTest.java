package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TimePrecision;
import io.sluice.expression.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            INT64, INT64
            bigint, INT64
            Long, INT64
            INT, INT32
            integer, INT32
            int32, INT32
            DOUBLE, FLOAT64
            float, FLOAT64
            FLOAT64, FLOAT64
            VARCHAR, STRING
            text, STRING
            STRING, STRING
            BOOL, BOOLEAN
            boolean, BOOLEAN
            date, DATE
            TIMESTAMP, TIMESTAMP
            ' INT64 ', INT64
            """)
    void typeNamesAndAliases(String name, DataType type) {
        assertEquals(Optional.of(type), DataType.fromName(name));
    }

    @Test
    void canonicalNamesRoundTrip() {
        for (DataType t : DataType.common()) {
            assertEquals(Optional.of(t), DataType.fromName(t.typeName()));
        }
        assertEquals(Optional.of(DataType.NULL), DataType.fromName("NULL"));
        assertEquals(Optional.empty(), DataType.fromName("DECIMAL(39,2)"));
        assertEquals(Optional.empty(), DataType.fromName("DECIMAL(5,6)"));
        assertEquals(Optional.empty(), DataType.fromName("TIMESTAMP(s)"));
        assertEquals(Optional.empty(), DataType.fromName("BIGDECIMAL"));
        assertEquals(Optional.empty(), DataType.fromName(null));
        assertEquals("INT64", DataType.INT64.typeName());
    }

    @Test
    void schemaLookups() {
        Schema s = Schema.of(Field.required("a", DataType.INT32), Field.nullable("b", DataType.STRING));
        assertEquals(Optional.of(new Field("b", DataType.STRING, true)), s.field("b"));
        assertEquals(Optional.empty(), s.field("B"));
        assertEquals(1, s.indexOf("b"));
        assertEquals(-1, s.indexOf("c"));
        assertEquals(List.of("a", "b"), s.names());
        assertEquals(2, s.size());
        assertEquals(3, s.with(Field.nullable("c", DataType.DATE)).size());
    }

    @Test
    void schemaEqualityByValueAndImmutable() {
        List<Field> fields = new ArrayList<>(List.of(Field.required("a", DataType.INT32)));
        Schema s = new Schema(fields);
        fields.add(Field.required("b", DataType.INT32));
        assertEquals(1, s.size());
        assertEquals(Schema.of(Field.required("a", DataType.INT32)), s);
        assertEquals(Schema.of(Field.required("a", DataType.INT32)).hashCode(), s.hashCode());
        assertNotEquals(Schema.of(Field.nullable("a", DataType.INT32)), s);
        assertThrows(UnsupportedOperationException.class, () -> s.fields().add(Field.required("x", DataType.DATE)));
    }

    @Test
    void duplicateNamesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schema.of(
                Field.required("a", DataType.INT32), Field.required("b", DataType.INT32),
                Field.nullable("a", DataType.STRING)));
        assertEquals("duplicate field name 'a' at positions 0 and 2", e.getMessage());
        Schema.of(Field.required("a", DataType.INT32), Field.required("A", DataType.INT32));
    }

    @Test
    void fieldsNeedANameAndType() {
        assertThrows(IllegalArgumentException.class, () -> new Field(" ", DataType.INT32, true));
        assertThrows(NullPointerException.class, () -> new Field("a", null, true));
    }

    @Test
    void literalsCheckTheirValueClass() {
        assertThrows(IllegalArgumentException.class, () -> new Expr.Literal(1L, DataType.INT32, Span.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Expr.Literal(null, DataType.INT32, Span.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Expr.Literal(1, DataType.NULL, Span.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
    }

    /** Spark ships typed plans to executors by Java serialization; a type must come back as the interned value. */
    @Test
    void typesSurviveJavaSerializationAsTheInternedValue() throws Exception {
        for (DataType t : List.of(DataType.INT32, DataType.decimal(12, 2), DataType.STRING, DataType.TIMESTAMP)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(new DataType[] {t});
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                DataType back = ((DataType[]) in.readObject())[0];
                org.junit.jupiter.api.Assertions.assertSame(t, back, t.typeName());
            }
        }
    }

    /** Stacking two columns into one (Union, Unpivot) widens as {@code common} does, but never mixes temporal types. */
    @Test
    void stackingWidensButKeepsDatesApartFromTimestamps() {
        assertEquals(DataType.TIMESTAMP, TypeRules.common(DataType.DATE, DataType.TIMESTAMP));
        assertEquals(null, TypeRules.commonForStacking(DataType.DATE, DataType.TIMESTAMP));
        assertEquals(null, TypeRules.commonForStacking(DataType.TIMESTAMP, DataType.DATE));
        DataType millis = DataType.timestamp(TimePrecision.MILLI, true);
        assertEquals(null, TypeRules.commonForStacking(millis, DataType.TIMESTAMP));
        assertEquals(DataType.DATE, TypeRules.commonForStacking(DataType.DATE, DataType.DATE));
        assertEquals(DataType.DATE, TypeRules.commonForStacking(DataType.NULL, DataType.DATE));
        assertEquals(DataType.INT64, TypeRules.commonForStacking(DataType.INT32, DataType.INT64));
        assertEquals(DataType.FLOAT64, TypeRules.commonForStacking(DataType.INT32, DataType.FLOAT64));
        assertEquals(null, TypeRules.commonForStacking(DataType.STRING, DataType.INT32));
    }
}
