package io.sluice.runtime.internal.csv;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;

import java.nio.charset.StandardCharsets;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Parses one CSV field's bytes straight into a typed Arrow vector. {@link #write} returns null on success or
 * the reason why the text is not a value of the column's type.
 */
abstract class FieldWriter {
    final String column;
    final DataType type;
    final boolean nullable;

    FieldWriter(String column, DataType type, boolean nullable) {
        this.column = column;
        this.type = type;
        this.nullable = nullable;
    }

    abstract void bind(FieldVector v);

    abstract void setNull(int row);

    /** A writer into one kind of vector: binding is a checked cast, a null is the vector's own null. */
    abstract static class Typed<V extends FieldVector> extends FieldWriter {
        private final Class<V> vectorType;
        V v;

        Typed(String column, DataType type, boolean nullable, Class<V> vectorType) {
            super(column, type, nullable);
            this.vectorType = vectorType;
        }

        @Override
        final void bind(FieldVector vector) {
            v = vectorType.cast(vector);
        }

        @Override
        final void setNull(int row) {
            v.setNull(row);
        }
    }

    /** Writes a non-null value from b[s, e) (quotes removed; escaped quotes already undone for strings). */
    abstract String parse(int row, byte[] b, int s, int e);

    final String nullValue(int row) {
        if (!nullable) {
            return "column '" + column + "' is not nullable but the field is empty"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        setNull(row);
        return null;
    }

    final String bad(byte[] b, int s, int e) {
        String text = new String(b, s, Math.min(e - s, 200), StandardCharsets.UTF_8);
        return "column '" + column + "': cannot read '" + text + "' as " + type; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static FieldWriter of(String column, DataType type, boolean nullable) {
        return switch (type.id()) {
            case BOOLEAN -> new Bool(column, nullable);
            case INT8 -> new SmallInt(column, type, nullable, TinyIntVector.class);
            case INT16 -> new SmallInt(column, type, nullable, SmallIntVector.class);
            case INT32 -> new Int32(column, nullable);
            case FLOAT32 -> new Float32(column, nullable);
            case DECIMAL -> new Decimal(column, type, nullable);
            case INT64 -> new Int64(column, nullable);
            case FLOAT64 -> new Float64(column, nullable);
            case STRING -> new Utf8(column, nullable);
            case DATE -> new Date(column, nullable);
            case TIMESTAMP -> new Timestamp(column, type, nullable);
            case TIME -> new Time(column, type, nullable);
            case BINARY, FIXED_BINARY -> new Bytes(column, type, nullable);
            default -> throw new IllegalArgumentException("CSV cannot read column '" + column + "' as " + type); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    static int trimStart(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        return s;
    }

    static int trimEnd(byte[] b, int s, int e) {
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        return e;
    }

    /** Parses a decimal integer; sets {@code ok[0]} false on bad text or overflow. */
    static long parseLong(byte[] b, int s, int e, boolean[] ok) {
        s = trimStart(b, s, e);
        e = trimEnd(b, s, e);
        boolean neg = false;
        if (s < e && (b[s] == '-' || b[s] == '+')) {
            neg = b[s] == '-';
            s++;
        }
        if (s >= e) {
            ok[0] = false;
            return 0;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                ok[0] = false;
                return 0;
            }
            // accumulate negatively so that Long.MIN_VALUE parses
            if (v < (Long.MIN_VALUE + d) / 10) {
                ok[0] = false;
                return 0;
            }
            v = v * 10 - d;
        }
        if (!neg) {
            if (v == Long.MIN_VALUE) {
                ok[0] = false;
                return 0;
            }
            v = -v;
        }
        ok[0] = true;
        return v;
    }

    static final class Bool extends Typed<BitVector> {
        Bool(String c, boolean n) {
            super(c, DataType.BOOLEAN, n, BitVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            int ts = trimStart(b, s, e);
            int te = trimEnd(b, ts, e);
            String t = new String(b, ts, te - ts, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            switch (t) {
                case "true", "t", "1", "yes", "y" -> v.setSafe(row, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                case "false", "f", "0", "no", "n" -> v.setSafe(row, 0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                default -> {
                    return bad(b, s, e);
                }
            }
            return null;
        }
    }

    /** INT8 and INT16: an integer in the type's range. */
    static final class SmallInt<V extends BaseFixedWidthVector> extends Typed<V> {
        private final boolean[] ok = new boolean[1];

        SmallInt(String c, DataType t, boolean n, Class<V> vectorType) {
            super(c, t, n, vectorType);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            long x = parseLong(b, s, e, ok);
            if (!ok[0] || !io.sluice.expression.semantics.Rules.inRange(x, type)) {
                return bad(b, s, e);
            }
            if (v instanceof TinyIntVector t) {
                t.setSafe(row, (byte) x);
            } else {
                ((SmallIntVector) v).setSafe(row, (short) x);
            }
            return null;
        }
    }

    /** FLOAT32: the FLOAT64 syntax, rounded to the nearest single. */
    static final class Float32 extends Typed<Float4Vector> {

        Float32(String c, boolean n) {
            super(c, DataType.FLOAT32, n, Float4Vector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            String t = new String(b, trimStart(b, s, e), trimEnd(b, trimStart(b, s, e), e) - trimStart(b, s, e),
                    StandardCharsets.ISO_8859_1);
            try {
                v.setSafe(row, (float) io.sluice.expression.semantics.Rules.parseFloat(t));
                return null;
            } catch (io.sluice.expression.EvaluationException x) {
                return bad(b, s, e);
            }
        }
    }

    /**
     * DECIMAL(p,s): an optional sign, digits, an optional point and digits (or an exponent), rounded half away from
     * zero to the scale; more integer digits than p - s is a bad value (a reject), never a wrong number.
     */
    static final class Decimal extends Typed<DecimalVector> {
        private final int scale;
        private final long limit;

        Decimal(String c, DataType t, boolean n) {
            super(c, t, n, DecimalVector.class);
            scale = t.scale();
            limit = t.precision() <= 17 ? pow10(t.precision()) : Long.MAX_VALUE;
        }

        private static long pow10(int n) {
            long x = 1;
            for (int i = 0; i < n; i++) {
                x *= 10;
            }
            return x;
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            int ts = trimStart(b, s, e);
            int te = trimEnd(b, ts, e);
            if (type.precision() <= 17) {
                // fast path: plain digits with an optional point, the unscaled value as a long (< 10^17)
                int i = ts;
                boolean negative = false;
                if (i < te && (b[i] == '-' || b[i] == '+')) {
                    negative = b[i] == '-';
                    i++;
                }
                long u = 0;
                int fraction = -1;
                boolean any = false;
                boolean dropped = false;
                boolean roundUp = false;
                boolean plain = true;
                for (; i < te; i++) {
                    byte ch = b[i];
                    if (ch == '.' && fraction < 0) {
                        fraction = 0;
                        continue;
                    }
                    if (ch < '0' || ch > '9') {
                        plain = false;
                        break;
                    }
                    any = true;
                    if (fraction == scale) {
                        if (!dropped) {
                            roundUp = ch >= '5';
                            dropped = true;
                        }
                        continue;
                    }
                    u = u * 10 + (ch - '0');
                    if (u >= limit) {
                        return bad(b, s, e);
                    }
                    if (fraction >= 0) {
                        fraction++;
                    }
                }
                if (plain) {
                    if (!any) {
                        return bad(b, s, e);
                    }
                    for (int k = Math.max(fraction, 0); k < scale; k++) {
                        u *= 10;
                        if (u >= limit) {
                            return bad(b, s, e);
                        }
                    }
                    if (roundUp && ++u >= limit) {
                        return bad(b, s, e);
                    }
                    v.setSafe(row, negative ? -u : u);
                    return null;
                }
            }
            try {
                java.math.BigDecimal d = io.sluice.expression.semantics.Decimals.parse(
                        new String(b, ts, te - ts, StandardCharsets.ISO_8859_1), type);
                v.setSafe(row, d);
                return null;
            } catch (io.sluice.expression.EvaluationException x) {
                return bad(b, s, e);
            }
        }
    }

    static final class Int32 extends Typed<IntVector> {
        private final boolean[] ok = new boolean[1];

        Int32(String c, boolean n) {
            super(c, DataType.INT32, n, IntVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            long x = parseLong(b, s, e, ok);
            if (!ok[0] || x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
                return bad(b, s, e);
            }
            v.setSafe(row, (int) x);
            return null;
        }
    }

    static final class Int64 extends Typed<BigIntVector> {
        private final boolean[] ok = new boolean[1];

        Int64(String c, boolean n) {
            super(c, DataType.INT64, n, BigIntVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            long x = parseLong(b, s, e, ok);
            if (!ok[0]) {
                return bad(b, s, e);
            }
            v.setSafe(row, x);
            return null;
        }
    }

    static final class Float64 extends Typed<Float8Vector> {
        private final boolean[] ok = new boolean[1];

        Float64(String c, boolean n) {
            super(c, DataType.FLOAT64, n, Float8Vector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            int ts = trimStart(b, s, e);
            int te = trimEnd(b, ts, e);
            if (ts == te) {
                return bad(b, s, e);
            }
            // fast path: plain integers
            boolean plain = te - ts <= 15;
            for (int i = ts; i < te && plain; i++) {
                byte c = b[i];
                plain = (c >= '0' && c <= '9') || (i == ts && c == '-');
            }
            if (plain && !(te - ts == 1 && b[ts] == '-')) {
                long x = parseLong(b, ts, te, ok);
                if (ok[0]) {
                    v.setSafe(row, (double) x);
                    return null;
                }
            }
            for (int i = ts; i < te; i++) {
                byte c = b[i];
                boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'
                        || c == 'N' || c == 'a' || c == 'I' || c == 'n' || c == 'f' || c == 'i' || c == 't' || c == 'y';
                if (!allowed) {
                    return bad(b, s, e);
                }
            }
            try {
                String t = new String(b, ts, te - ts, StandardCharsets.ISO_8859_1);
                double d = switch (t) {
                    case "nan", "NaN" -> Double.NaN; //$NON-NLS-1$ //$NON-NLS-2$
                    case "inf", "Infinity", "+inf", "+Infinity" -> Double.POSITIVE_INFINITY; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY; //$NON-NLS-1$ //$NON-NLS-2$
                    default -> Double.parseDouble(t);
                };
                v.setSafe(row, d);
                return null;
            } catch (NumberFormatException ex) {
                return bad(b, s, e);
            }
        }
    }

    static final class Utf8 extends Typed<VarCharVector> {
        Utf8(String c, boolean n) {
            super(c, DataType.STRING, n, VarCharVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            int bad = invalidUtf8(b, s, e);
            if (bad >= 0) {
                return "invalid UTF-8 (byte 0x" + Integer.toHexString(b[bad] & 0xff) + " at position " + (bad - s + 1) //$NON-NLS-1$ //$NON-NLS-2$
                        + " of the field)"; //$NON-NLS-1$
            }
            v.setSafe(row, b, s, e - s);
            return null;
        }
    }

    /**
     * The index of the first byte of b[s, e) that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
     * surrogates, nothing above U+10FFFF), or -1.
     */
    static int invalidUtf8(byte[] b, int s, int e) {
        int i = s;
        while (i < e) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + n >= e) {
                return i;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int x = b[i + k] & 0xff;
                if ((x & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (x & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }

    static final class Date extends Typed<DateDayVector> {
        Date(String c, boolean n) {
            super(c, DataType.DATE, n, DateDayVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            int ts = trimStart(b, s, e);
            long d = TemporalValues.parseDate(b, ts, trimEnd(b, ts, e));
            if (d == TemporalValues.INVALID || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
                return bad(b, s, e);
            }
            v.setSafe(row, (int) d);
            return null;
        }
    }

    static final class Timestamp extends Typed<TimeStampVector> {
        Timestamp(String c, DataType type, boolean n) {
            super(c, type, n, TimeStampVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            int ts = trimStart(b, s, e);
            long t = TemporalValues.parseTimestamp(b, ts, trimEnd(b, ts, e), type.timePrecision(), type.isInstant());
            if (!TemporalValues.isValue(t)) {
                return bad(b, s, e) + TemporalValues.reason(t, type);
            }
            v.setSafe(row, t);
            return null;
        }
    }

    /** TIME at any precision: units since midnight (TIME(ms) is 32 bits wide, the others 64). */
    static final class Time extends Typed<BaseFixedWidthVector> {
        Time(String c, DataType type, boolean n) {
            super(c, type, n, BaseFixedWidthVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            int ts = trimStart(b, s, e);
            long t = TemporalValues.parseTime(b, ts, trimEnd(b, ts, e), type.timePrecision());
            if (!TemporalValues.isValue(t)) {
                return bad(b, s, e) + TemporalValues.reason(t, type);
            }
            switch (v) {
                case TimeMilliVector ms -> ms.setSafe(row, (int) t);
                case TimeMicroVector us -> us.setSafe(row, t);
                default -> ((TimeNanoVector) v).setSafe(row, t);
            }
            return null;
        }
    }

    /** BINARY and FIXED_BINARY(n): hex text (two digits a byte, either case; as every text output writes bytes). */
    static final class Bytes extends Typed<FieldVector> {
        Bytes(String c, DataType type, boolean n) {
            super(c, type, n, FieldVector.class);
        }

        @Override
        String parse(int row, byte[] b, int s, int e) {
            byte[] bytes = hex(b, s, e);
            if (bytes == null) {
                return bad(b, s, e) + ": expected hex digits, two a byte"; //$NON-NLS-1$
            }
            if (v instanceof VarBinaryVector any) {
                any.setSafe(row, bytes);
            } else if (bytes.length != type.width()) {
                return bad(b, s, e) + ": " + bytes.length + " bytes, the column takes " + type.width(); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                ((FixedSizeBinaryVector) v).setSafe(row, bytes);
            }
            return null;
        }
    }

    /** The bytes of hex text in b[s, e) (surrounding blanks ignored), or null when it is not hex. */
    static byte[] hex(byte[] b, int s, int e) {
        s = trimStart(b, s, e);
        e = trimEnd(b, s, e);
        if ((e - s) % 2 != 0) {
            return null;
        }
        byte[] out = new byte[(e - s) / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(b[s + 2 * i], 16);
            int lo = Character.digit(b[s + 2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
