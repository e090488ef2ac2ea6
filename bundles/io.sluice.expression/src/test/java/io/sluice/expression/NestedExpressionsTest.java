package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Field access, subscripts and the LIST/MAP/STRUCT/BINARY functions: syntax, types, errors and values. */
class NestedExpressionsTest {

    static final DataType ADDRESS = DataType.parse("STRUCT<city: STRING, zip: STRING, geo: STRUCT<lat: FLOAT64>, \"weird name\": INT32>");
    static final Schema SCHEMA = Schema.of(Field.nullable("address", ADDRESS),
            Field.nullable("items", DataType.parse("LIST<INT64>")),
            Field.nullable("tags", DataType.parse("MAP<STRING, STRING>")),
            Field.nullable("codes", DataType.parse("MAP<INT32, STRING>")),
            Field.nullable("names", DataType.parse("LIST<STRING>")),
            Field.nullable("bytes", DataType.BINARY),
            Field.nullable("s", DataType.STRING),
            Field.nullable("a.b", DataType.INT32));

    static List<Object> row() {
        Map<String, Object> geo = new LinkedHashMap<>();
        geo.put("lat", 47.07);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("city", "Graz");
        address.put("zip", null);
        address.put("geo", geo);
        address.put("weird name", 7);
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("k", "v");
        tags.put("n", null);
        Map<Integer, Object> codes = new LinkedHashMap<>();
        codes.put(1, "one");
        return Arrays.asList(address, Arrays.asList(10L, null, 30L), tags, codes, Arrays.asList("a", null, "b"),
                new byte[] {(byte) 0xFF, (byte) 0xFF, 1, 2}, "x,y", 5);
    }

    static Object eval(String text) {
        CheckResult r = Expressions.compile(text, SCHEMA);
        assertTrue(r.ok(), text + ": " + r.problems());
        return Evaluator.evaluate(r.typed(), row(), RunContext.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            address.city = 'Graz'                         | true
            address.zip IS NULL                           | true
            address.geo.lat = 47.07                       | true
            address."weird name" = 7                      | true
            items[1] = 10                                 | true
            items[2] IS NULL                              | true
            items[3] = 30                                 | true
            items[4] IS NULL                              | true
            items[0] IS NULL                              | true
            items[-1] = 30                                | true
            items[-3] = 10                                | true
            items[-4] IS NULL                             | true
            tags['k'] = 'v'                               | true
            tags['missing'] IS NULL                       | true
            tags['n'] IS NULL                             | true
            codes[1] = 'one'                              | true
            codes[CAST(1 AS INT64)] = 'one'               | true
            size(items) = 3                               | true
            size(tags) = 2                                | true
            array_contains(items, 30)                     | true
            array_contains(items, 20)                     | false
            array_contains(items, NULL) IS NULL           | true
            map_keys(tags)[2] = 'n'                       | true
            size(map_values(tags)) = 2                    | true
            split(s, ',')[2] = 'y'                        | true
            size(split('', ','))  = 1                     | true
            size(split('abc', '')) = 3                    | true
            array_join(names, '-') = 'a-b'                | true
            hex(bytes) = 'FFFF0102'                       | true
            CAST(bytes AS STRING) = 'FFFF0102'            | true
            length(bytes) = 4                             | true
            octet_length(bytes) = 4                       | true
            octet_length('é') = 2                         | true
            length(s) = 3                                 | true
            hex(unhex('ffff0102')) = hex(bytes)           | true
            unhex('FFFF0102') = bytes                     | true
            element_at(items, 1) = 10                     | true
            element_at(tags, 'k') = 'v'                   | true
            struct_extract(address, 'city') = 'Graz'      | true
            "a.b" = 5                                     | true
            -items[1] = -10                               | true
            concat(split('a.b', '.')[1], '!') = 'a!'      | true
            """)
    void evaluates(String text, boolean expected) {
        assertEquals(expected, eval(text));
    }

    @Test
    void nullContainersGiveNull() {
        List<Object> nulls = Arrays.asList(new Object[SCHEMA.size()]);
        for (String text : List.of("address.city", "items[1]", "tags['k']", "size(items)", "hex(bytes)",
                "array_contains(items, 1)", "map_keys(tags)", "split(s, ',')", "octet_length(bytes)")) {
            CheckResult r = Expressions.compile(text, SCHEMA);
            assertTrue(r.ok(), text + ": " + r.problems());
            assertEquals(null, Evaluator.evaluate(r.typed(), nulls, RunContext.NONE), text);
        }
    }

    @Test
    void typesFollowTheContainer() {
        assertEquals(DataType.STRING, Expressions.compile("address.city", SCHEMA).typed().type());
        assertEquals(DataType.FLOAT64, Expressions.compile("address.geo.lat", SCHEMA).typed().type());
        assertEquals(DataType.INT64, Expressions.compile("items[1]", SCHEMA).typed().type());
        assertEquals(DataType.STRING, Expressions.compile("tags['k']", SCHEMA).typed().type());
        assertEquals(DataType.INT32, Expressions.compile("size(tags)", SCHEMA).typed().type());
        assertEquals(DataType.parse("LIST<STRING>"), Expressions.compile("split(s, ',')", SCHEMA).typed().type());
        assertEquals(DataType.parse("LIST<STRING>"), Expressions.compile("map_keys(tags)", SCHEMA).typed().type());
        assertEquals(DataType.BINARY, Expressions.compile("unhex(s)", SCHEMA).typed().type());
        assertEquals(DataType.parse("STRUCT<a: INT32 NOT NULL, b: STRING>"),
                Expressions.compile("named_struct('a', 1, 'b', s)", SCHEMA).typed().type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            address.cty       | 9  | no field 'cty' in STRUCT<city: STRING, zip: STRING, geo: STRUCT<lat: FLOAT64>, "weird name": INT32> — did you mean 'city'?
            address.geo.lon   | 13 | no field 'lon' in STRUCT<lat: FLOAT64>
            s.x               | 3  | field access '.x' needs a STRUCT but got STRING
            s[1]              | 2  | a subscript [...] needs a LIST or a MAP but got STRING
            items['a']        | 7  | a LIST position must be INT32 or INT64 but got STRING
            tags[1]           | 6  | the keys of this MAP are STRING, so a key cannot be INT32
            a.b               | 1  | unknown column 'a' (a column whose name has a dot is written in double quotes: "a.b")
            size(s)           | 6  | function 'size' expects argument 1 to be a LIST or a MAP but got STRING
            hex(s)            | 5  | function 'hex' expects argument 1 to be BINARY but got STRING
            array_contains(items, 'x') | 23 | function 'array_contains' cannot compare INT64 with STRING
            array_join(items, ',') | 12 | function 'array_join' expects argument 1 to be a LIST<STRING> but got LIST<INT64>
            struct_extract(address, 'cty') | 25 | no field 'cty' in STRUCT<city: STRING, zip: STRING, geo: STRUCT<lat: FLOAT64>, "weird name": INT32> — did you mean 'city'?
            CAST(items AS STRING) | 1 | cannot cast LIST<INT64> to STRING
            """)
    void errorsPointAtTheSpan(String text, int column, String message) {
        CheckResult r = Expressions.compile(text, SCHEMA);
        assertFalse(r.ok(), text);
        assertEquals(message, r.problems().get(0).message(), text);
        assertEquals(column, r.problems().get(0).column(), text);
    }

    @Test
    void badHexIsARowErrorWithTheReason() {
        CheckResult r = Expressions.compile("unhex(s)", SCHEMA);
        List<Object> odd = Arrays.asList(null, null, null, null, null, null, "ABC", null);
        assertArrayEquals(new byte[] {0x0A, (byte) 0xBC}, (byte[]) Evaluator.evaluate(r.typed(), odd, RunContext.NONE));
        List<Object> arabic = Arrays.asList(null, null, null, null, null, null, "\u0661\u0662", null);
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> Evaluator.evaluate(r.typed(), arabic, RunContext.NONE));
        assertEquals("unhex: '\u0661\u0662' has a character that is not a hex digit at 1 ('\u0661')", e.getMessage());
        List<Object> bad = Arrays.asList(null, null, null, null, null, null, "0G", null);
        e = assertThrows(EvaluationException.class, () -> Evaluator.evaluate(r.typed(), bad, RunContext.NONE));
        assertEquals("unhex: '0G' has a character that is not a hex digit at 2 ('G')", e.getMessage());
        // a constant that cannot be computed is a problem before any row
        assertFalse(Expressions.compile("unhex('zz')", SCHEMA).ok());
    }

    @Test
    void binaryIsNeverDecodedAsText() {
        CheckResult r = Expressions.compile("CAST(CAST(bytes AS STRING) AS BINARY)", SCHEMA);
        assertTrue(r.ok(), r.problems().toString());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF, 1, 2}, (byte[]) Evaluator.evaluate(r.typed(), row(), RunContext.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            address.city
            address."weird name"
            address.geo.lat
            items[1]
            tags['k']
            (items)[-1]
            split(s, ',')[1]
            named_struct('a', 1).a
            "a.b"
            """)
    void printsBackToTheSameTree(String text) {
        ParseResult p = Expressions.parse(text);
        assertTrue(p.ok(), text);
        String printed = Expressions.print(p.expr());
        assertEquals(Expressions.withoutSpans(p.expr()), Expressions.withoutSpans(Expressions.parse(printed).expr()), printed);
    }

    @Test
    void contentAssistOffersTheFieldsAfterADot() {
        assertEquals(List.of("city", "zip", "geo", "\"weird name\""), Expressions.fieldCompletions("address.", 8, SCHEMA));
        assertEquals(List.of("lat"), Expressions.fieldCompletions("x = address.geo.la", 18, SCHEMA));
        assertEquals(List.of("city"), Expressions.fieldCompletions("upper(address.C", 15, SCHEMA));
        assertEquals(List.of(), Expressions.fieldCompletions("s.", 2, SCHEMA), "not a STRUCT");
        assertEquals(List.of(), Expressions.fieldCompletions("nope.", 5, SCHEMA), "no such column");
        assertEquals(List.of(), Expressions.fieldCompletions("upp", 3, SCHEMA), "no dot: functions, not fields");
    }
}
