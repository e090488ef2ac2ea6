package io.sluice.runtime.internal.json;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.runtime.internal.types.Temporal;

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
 * true/false BOOLEAN, strings DATE or TIMESTAMP when every sampled value parses as one, else STRING; nested values
 * and fields of conflicting kinds are STRING. Every column is nullable. Lines that do not parse are skipped here
 * (the source rejects them).
 */
public final class JsonSchemaInference {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonSchemaInference() {
    }

    public static Optional<Schema> infer(Path file, int sampleLines) {
        Map<String, DataType> types = new LinkedHashMap<>();
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
                sample(line, types);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (types.isEmpty()) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        types.forEach((name, t) -> fields.add(Field.nullable(name, t == DataType.NULL ? DataType.STRING : t)));
        return Optional.of(new Schema(fields));
    }

    private static void sample(String line, Map<String, DataType> types) {
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
                        p.skipChildren();
                        yield DataType.STRING;
                    }
                };
                seen.put(name, t);
            }
        } catch (IOException e) {
            return; // a bad line: the source will reject it
        }
        seen.forEach((name, t) -> types.merge(name, t, JsonSchemaInference::merge));
    }

    static DataType stringType(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length == 10 && Temporal.parseDate(b, 0, b.length) != Temporal.INVALID) {
            return DataType.DATE;
        }
        if (b.length > 10 && Temporal.isValue(Temporal.parseTimestamp(b, 0, b.length))) {
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
