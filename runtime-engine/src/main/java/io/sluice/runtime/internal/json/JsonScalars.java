package io.sluice.runtime.internal.json;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarBinaryVector;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * JSON lines values of the byte and time types (the numeric ones are read by {@link JsonLinesSource}): BINARY and
 * FIXED_BINARY(n) from hex strings (as Sluice writes bytes in text), TIME and TIMESTAMP at any precision from ISO-8601 strings (an
 * instant takes an offset or is UTC; a local date-time takes none). A value that does not fit is a bad row.
 */
final class JsonScalars {
    private JsonScalars() {
    }

    /** The value of a token for a column of type {@code type}, in the form {@link #set} stores. */
    static Object value(JsonParser p, JsonToken v, DataType type, String col) throws IOException, JsonLinesSource.Bad {
        switch (type.id()) {
            case BINARY, FIXED_BINARY -> {
                byte[] b;
                try {
                    b = v == JsonToken.VALUE_STRING ? HexFormat.of().parseHex(p.getText()) : null;
                } catch (IllegalArgumentException e) {
                    b = null;
                }
                if (b == null) {
                    throw bad(col, "expected a hex string for " + type + " column " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (type.id() == io.sluice.expression.types.TypeId.FIXED_BINARY && b.length != type.width()) {
                    throw bad(col, p.getText() + " has " + b.length + " bytes, " + type + " column " + col + " takes " + type.width()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
                return b;
            }
            case TIME, TIMESTAMP -> {
                if (v != JsonToken.VALUE_STRING) {
                    throw bad(col, "expected a " + type + " string for " + col + ", got " + p.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                try {
                    return type.id() == io.sluice.expression.types.TypeId.TIME ? time(p.getText().strip(), type.timePrecision())
                            : timestamp(p.getText().strip(), type);
                } catch (DateTimeException | ArithmeticException e) {
                    throw bad(col, "'" + p.getText() + "' is not a " + type + " for " + col); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            default -> throw new IllegalStateException("unhandled type " + type); //$NON-NLS-1$
        }
    }

    private static JsonLinesSource.Bad bad(String col, String why) {
        return new JsonLinesSource.Bad(col, why);
    }

    private static long time(String s, TimePrecision unit) {
        long nanos = LocalTime.parse(s).toNanoOfDay();
        if (nanos % (1_000_000_000L / unit.perSecond()) != 0) {
            throw new DateTimeException("more digits than " + unit); //$NON-NLS-1$
        }
        return nanos / (1_000_000_000L / unit.perSecond());
    }

    private static long timestamp(String s, DataType type) {
        String iso = s.replace(' ', 'T');
        Instant at;
        if (type.isInstant()) {
            at = iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$") //$NON-NLS-1$ //$NON-NLS-2$
                    ? OffsetDateTime.parse(iso.endsWith("Z") ? iso : iso.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } else {
            at = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
        long per = type.timePrecision().perSecond();
        long sub = 1_000_000_000L / per;
        if (at.getNano() % sub != 0) {
            throw new DateTimeException("more digits than " + type.timePrecision()); //$NON-NLS-1$
        }
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), per), at.getNano() / sub);
    }

    /** Stores a value of {@link #value} in its vector; false when the vector is not one of these types. */
    static boolean set(FieldVector v, int r, Object x) {
        switch (v) {
            case VarBinaryVector b -> b.setSafe(r, (byte[]) x);
            case FixedSizeBinaryVector b -> b.setSafe(r, (byte[]) x);
            case TimeMilliVector t -> t.setSafe(r, (int) (long) (Long) x);
            case TimeMicroVector t -> t.setSafe(r, (Long) x);
            case TimeNanoVector t -> t.setSafe(r, (Long) x);
            case TimeStampVector t -> t.setSafe(r, (Long) x);
            default -> {
                return false;
            }
        }
        return true;
    }
}
