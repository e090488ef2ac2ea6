package io.sluice.runtime.internal.json;

import io.sluice.expression.types.DataType;

import io.sluice.expression.types.TypeId;
import io.sluice.expression.types.TemporalValues;
import io.sluice.runtime.internal.types.Types;

import java.io.IOException;
import java.nio.charset.StandardCharsets;


import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * JSON lines values of the byte and time types (the numeric ones are read by {@link JsonLinesReader}): BINARY and
 * FIXED_BINARY(n) from hex strings (as Sluice writes bytes in text), TIME and TIMESTAMP at any precision from ISO-8601
 * strings as the CSV source reads them ({@link io.sluice.expression.types.TemporalValues}: an instant takes an offset or is UTC; a local date-time takes
 * none; no digits below the column's unit). A value that does not fit is a bad row.
 */
final class JsonScalars {
    private JsonScalars() {
    }

    /** The value of a token for a column of type {@code type}, in the form {@link io.sluice.runtime.internal.types.VectorValues} stores. */
    static Object value(JsonParser p, JsonToken v, DataType type, String col) throws IOException, JsonLinesReader.Bad {
        switch (type.id()) {
            case BINARY, FIXED_BINARY -> {
                byte[] b;
                try {
                    b = v == JsonToken.VALUE_STRING ? Types.HEX.parseHex(p.getText().strip()) : null;
                } catch (IllegalArgumentException e) {
                    b = null;
                }
                if (b == null) {
                    throw bad(col, "expected a hex string for " + type + " column " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (type.id() == TypeId.FIXED_BINARY && b.length != type.width()) {
                    throw bad(col, p.getText() + " has " + b.length + " bytes, " + type + " column " + col + " takes " + type.width()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
                return b;
            }
            case TIME, TIMESTAMP -> {
                if (v != JsonToken.VALUE_STRING) {
                    throw bad(col, "expected a " + type + " string for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                byte[] b = p.getText().strip().getBytes(StandardCharsets.UTF_8);
                long x = type.id() == TypeId.TIME ? TemporalValues.parseTime(b, 0, b.length, type.timePrecision())
                        : TemporalValues.parseTimestamp(b, 0, b.length, type.timePrecision(), type.isInstant());
                if (!TemporalValues.isValue(x)) {
                    throw bad(col, "'" + p.getText() + "' is not a " + type + " for " + col + TemporalValues.reason(x, type)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                return x;
            }
            default -> throw new IllegalStateException("unhandled type " + type); //$NON-NLS-1$
        }
    }

    private static JsonLinesReader.Bad bad(String col, String why) {
        return new JsonLinesReader.Bad(col, why);
    }
}
