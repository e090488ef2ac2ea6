package io.sluice.runtime.internal.json;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TemporalValues;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The columns of a JSON lines file without declared columns, from its first lines: every top-level field in order
 * of first appearance; JSON integers are INT64, other numbers FLOAT64 (integers and floats mix to FLOAT64),
 * true/false BOOLEAN, strings DATE or TIMESTAMP when every sampled value parses as one, else STRING; arrays are
 * LISTs and objects STRUCTs (fields in order of first appearance over all lines, element and field types merged by
 * these same rules; an empty or all-null element is STRING); fields of conflicting kinds (a number and an object,
 * an array and an object) are STRING, which holds a nested value as its JSON text. Every column is nullable. Lines that do not parse are skipped here
 * (the source rejects them).
 */
public final class JsonSchemaInference {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonSchemaInference() {
    }

    public static Optional<Schema> infer(Path file, int sampleLines) {
        Map<String, DataType> types = new LinkedHashMap<>();
        Map<String, Shape> shapes = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n < sampleLines) {
                if (n == 0 && line.startsWith("\uFEFF")) { //$NON-NLS-1$
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                n++;
                sample(line, types, shapes);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (types.isEmpty()) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        types.keySet().forEach(name -> fields.add(Field.nullable(name, shapes.getOrDefault(name, Shape.UNKNOWN).type())));
        return Optional.of(new Schema(fields));
    }

    private static void sample(String line, Map<String, DataType> types, Map<String, Shape> shapes) {
        Map<String, DataType> seen = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                DataType t = switch (v) {
                    case VALUE_NULL -> DataType.NULL;
                    case VALUE_NUMBER_INT -> DataType.INT64;
                    case VALUE_NUMBER_FLOAT -> DataType.FLOAT64;
                    case VALUE_TRUE, VALUE_FALSE -> DataType.BOOLEAN;
                    case VALUE_STRING -> stringType(p.getText());
                    default -> {
                        Shape shape = shape(p, v);
                        seen.put(name, DataType.NULL);
                        shapes.merge(name, shape, Shape::merge);
                        yield DataType.NULL;
                    }
                };
                seen.putIfAbsent(name, t);
                if (t != DataType.NULL) {
                    shapes.merge(name, Shape.scalar(t), Shape::merge);
                }
            }
        } catch (IOException e) {
            return; // a bad line: the source will reject it
        }
        seen.forEach((name, t) -> types.merge(name, t, JsonSchemaInference::merge));
    }

    /**
     * The shape of a JSON value seen so far: a scalar type (NULL while only nulls were seen), a list of element
     * shapes, or an object's field shapes in order of first appearance; a clash of kinds is text.
     */
    record Shape(DataType scalar, Shape element, Map<String, Shape> fields) {
        static final Shape UNKNOWN = new Shape(DataType.NULL, null, null);

        static Shape scalar(DataType t) {
            return new Shape(t, null, null);
        }

        static Shape merge(Shape a, Shape b) {
            if (a.isUnknown()) {
                return b;
            }
            if (b.isUnknown()) {
                return a;
            }
            if (a.element != null && b.element != null) {
                return new Shape(null, merge(a.element, b.element), null);
            }
            if (a.fields != null && b.fields != null) {
                Map<String, Shape> m = new LinkedHashMap<>(a.fields);
                b.fields.forEach((k, v) -> m.merge(k, v, Shape::merge));
                return new Shape(null, null, m);
            }
            if (a.scalar != null && b.scalar != null) {
                return scalar(JsonSchemaInference.merge(a.scalar, b.scalar));
            }
            return scalar(DataType.STRING); // a nested value and a scalar, or a list and an object: text
        }

        boolean isUnknown() {
            return scalar == DataType.NULL;
        }

        /** The column type: LIST of the element, STRUCT of the fields, unknowns as STRING. */
        DataType type() {
            if (element != null) {
                return DataType.list(element.type());
            }
            if (fields != null) {
                if (fields.isEmpty()) {
                    return DataType.STRING;
                }
                List<Field> fs = new ArrayList<>();
                fields.forEach((k, v) -> fs.add(Field.nullable(k, v.type())));
                return DataType.struct(fs);
            }
            return scalar == DataType.NULL ? DataType.STRING : scalar;
        }
    }

    private static Shape shape(JsonParser p, JsonToken v) throws IOException {
        switch (v) {
            case START_ARRAY -> {
                Shape e = Shape.UNKNOWN;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    e = Shape.merge(e, shape(p, t));
                }
                return new Shape(null, e, null);
            }
            case START_OBJECT -> {
                Map<String, Shape> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    fields.merge(name, shape(p, p.nextToken()), Shape::merge);
                }
                return new Shape(null, null, fields);
            }
            case VALUE_NULL -> {
                return Shape.UNKNOWN;
            }
            case VALUE_NUMBER_INT -> {
                return Shape.scalar(DataType.INT64);
            }
            case VALUE_NUMBER_FLOAT -> {
                return Shape.scalar(DataType.FLOAT64);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return Shape.scalar(DataType.BOOLEAN);
            }
            default -> {
                return Shape.scalar(stringType(p.getText()));
            }
        }
    }

    static DataType stringType(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length == 10 && TemporalValues.parseDate(b, 0, b.length) != TemporalValues.INVALID) {
            return DataType.DATE;
        }
        if (b.length > 10 && TemporalValues.isValue(TemporalValues.parseTimestamp(b, 0, b.length))) {
            return DataType.TIMESTAMP;
        }
        return DataType.STRING;
    }

    static DataType merge(DataType a, DataType b) {
        if (a == b || b == DataType.NULL) {
            return a;
        }
        if (a == DataType.NULL) {
            return b;
        }
        if (a.isNumeric() && b.isNumeric()) {
            return DataType.FLOAT64;
        }
        if ((a == DataType.DATE && b == DataType.TIMESTAMP) || (a == DataType.TIMESTAMP && b == DataType.DATE)) {
            return DataType.TIMESTAMP;
        }
        return DataType.STRING;
    }
}
