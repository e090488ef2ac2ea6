package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.TypeId;
import io.sluice.expression.types.TypeRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** LIST, STRUCT and MAP as {@link DataType} values: text round trip, interning, serialization, widening. */
class NestedTypesTest {

    private static final DataType ADDRESS = DataType.struct(Field.nullable("city", DataType.STRING),
            Field.required("zip", DataType.INT32));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LIST<INT64>", "LIST<INT64 NOT NULL>", "LIST<LIST<STRING>>", "MAP<STRING, INT64>",
            "MAP<INT32, LIST<DECIMAL(12,2)> NOT NULL>", "STRUCT<city: STRING, zip: INT32 NOT NULL>",
            "STRUCT<a: STRUCT<b: LIST<TIMESTAMP(ns)>>, \"odd name\": BOOLEAN, \"say \"\"hi\"\"\": DATE>",
            "LIST<STRUCT<sku: STRING, qty: INT32, price: DECIMAL(12,2)>>", "STRUCT<CamelCase: TIMESTAMP_NTZ>"})
    void canonicalTextRoundTrips(String text) {
        DataType t = DataType.parse(text);
        assertEquals(text, t.typeName());
        assertSame(t, DataType.parse(t.typeName()));
        assertTrue(t.isNested());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            list<bigint>                         | LIST<INT64>
            ARRAY<varchar>                       | LIST<STRING>
            INTEGER[]                            | LIST<INT32>
            VARCHAR[][]                          | LIST<LIST<STRING>>
            STRUCT(a INTEGER, "B c" VARCHAR)     | STRUCT<a: INT32, "B c": STRING>
            MAP(VARCHAR, DOUBLE)                 | MAP<STRING, FLOAT64>
            struct< x : int not null >           | STRUCT<x: INT32 NOT NULL>
            STRUCT(s STRUCT(t TIMESTAMP WITH TIME ZONE)) | STRUCT<s: STRUCT<t: TIMESTAMP>>
            """)
    void aliasesRead(String text, String canonical) {
        assertEquals(canonical, DataType.parse(text).typeName());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LIST<>", "LIST<INT64", "STRUCT<>", "STRUCT<a: INT64, a: STRING>", "MAP<LIST<INT64>, STRING>",
            "MAP<STRING>", "LIST<NOPE>", "STRUCT<a INT64 b STRING>", "LIST<NULL>"})
    void badTextSaysWhat(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataType.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(DataType.fromName(text).isEmpty());
    }

    @Test
    void childrenAndAccessors() {
        DataType items = DataType.list(ADDRESS);
        assertEquals(TypeId.LIST, items.id());
        assertSame(ADDRESS, items.element());
        assertEquals(List.of(new Field("element", ADDRESS, true)), items.children());
        assertEquals(DataType.INT32, ADDRESS.field("zip").orElseThrow().type());
        assertTrue(ADDRESS.field("Zip").isEmpty());
        DataType tags = DataType.map(DataType.STRING, DataType.INT64);
        assertSame(DataType.STRING, tags.key());
        assertSame(DataType.INT64, tags.value());
        assertSame(tags, DataType.parse("MAP<STRING, INT64>"));
        assertTrue(DataType.INT64.children().isEmpty());
    }

    @Test
    void nestedTypesSurviveSerializationAsTheInternedValue() throws Exception {
        DataType t = DataType.map(DataType.STRING, DataType.list(ADDRESS));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(t);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSame(t, in.readObject());
        }
    }

    @Test
    void nestedTypesWidenChildByChildAndNeverMixWithScalars() {
        assertSame(DataType.list(DataType.INT64),
                TypeRules.common(DataType.list(DataType.INT32), DataType.list(DataType.INT64)));
        assertSame(DataType.parse("STRUCT<a: INT64, b: LIST<DECIMAL(15,2)>>"),
                TypeRules.common(DataType.parse("STRUCT<a: INT32 NOT NULL, b: LIST<DECIMAL(12,2)>>"),
                        DataType.parse("STRUCT<a: INT64, b: LIST<DECIMAL(14,1)>>")));
        assertSame(DataType.parse("MAP<STRING, FLOAT64>"),
                TypeRules.common(DataType.parse("MAP<STRING, FLOAT32>"), DataType.parse("MAP<STRING, INT64>")));
        assertNull(TypeRules.common(DataType.parse("MAP<STRING, INT64>"), DataType.parse("MAP<INT64, INT64>")));
        assertNull(TypeRules.common(DataType.parse("STRUCT<a: INT64>"), DataType.parse("STRUCT<b: INT64>")));
        assertNull(TypeRules.common(DataType.list(DataType.INT64), DataType.INT64));
        assertNull(TypeRules.common(DataType.list(DataType.STRING), DataType.list(DataType.INT64)));
        assertNull(TypeRules.common(DataType.list(DataType.INT64), DataType.map(DataType.INT64, DataType.INT64)));
        assertSame(DataType.list(DataType.INT64), TypeRules.common(DataType.NULL, DataType.list(DataType.INT64)));
    }
}
