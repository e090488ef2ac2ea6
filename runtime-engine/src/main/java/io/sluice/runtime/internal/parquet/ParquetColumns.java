package io.sluice.runtime.internal.parquet;

import io.sluice.runtime.internal.types.ColType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.Float16LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The one place where a Parquet column (physical type + logical annotation) becomes a Sluice column: its type and
 * how each value is converted. Everything Sluice cannot hold yet is refused here as {@code unsupported Parquet
 * feature: …}, naming the column, never read approximately.
 */
public final class ParquetColumns {
    private ParquetColumns() {
    }

    /** Stores the column reader's current (non-null) value at {@code row}. */
    @FunctionalInterface
    public interface ValueReader {
        void read(ColumnReader cr, FieldVector v, int row);
    }

    /** A readable column: its Sluice type and its value conversion. */
    public record Mapping(ColType type, ValueReader reader) {
    }

    /** Julian day number of 1970-01-01, the epoch of INT96 timestamps' day part. */
    static final long JULIAN_EPOCH_DAY = 2_440_588L;

    /** The mapping of a column of a file's schema; throws {@link IllegalArgumentException} naming what is unsupported. */
    public static Mapping of(Type t) {
        if (!t.isPrimitive()) {
            throw unsupported(t, "nested column (" + nestedKind(t) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (t.isRepetition(Type.Repetition.REPEATED)) {
            throw unsupported(t, "repeated column (a legacy list)"); //$NON-NLS-1$
        }
        PrimitiveType p = t.asPrimitiveType();
        LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
        switch (p.getPrimitiveTypeName()) {
            case BOOLEAN:
                return new Mapping(ColType.BOOLEAN, (cr, v, i) -> ((BitVector) v).set(i, cr.getBoolean() ? 1 : 0));
            case INT32:
                if (a instanceof DateLogicalTypeAnnotation) {
                    return new Mapping(ColType.DATE, (cr, v, i) -> ((DateDayVector) v).set(i, cr.getInteger()));
                }
                if (a == null || a instanceof IntLogicalTypeAnnotation n && (n.isSigned() || n.getBitWidth() < 32)) {
                    // signed 8/16/32 bits and unsigned 8/16 bits are all held exactly by INT32
                    if (a instanceof IntLogicalTypeAnnotation n && !n.isSigned()) {
                        int mask = (1 << n.getBitWidth()) - 1;
                        return new Mapping(ColType.INT32, (cr, v, i) -> ((IntVector) v).set(i, cr.getInteger() & mask));
                    }
                    return new Mapping(ColType.INT32, (cr, v, i) -> ((IntVector) v).set(i, cr.getInteger()));
                }
                if (a instanceof IntLogicalTypeAnnotation) { // UINT_32: every value fits INT64
                    return new Mapping(ColType.INT64,
                            (cr, v, i) -> ((BigIntVector) v).set(i, Integer.toUnsignedLong(cr.getInteger())));
                }
                break;
            case INT64:
                if (a instanceof TimestampLogicalTypeAnnotation ts) {
                    return switch (ts.getUnit()) {
                        case MILLIS -> new Mapping(ColType.TIMESTAMP,
                                (cr, v, i) -> ((TimeStampVector) v).set(i, Math.multiplyExact(cr.getLong(), 1000L)));
                        case MICROS -> new Mapping(ColType.TIMESTAMP, (cr, v, i) -> ((TimeStampVector) v).set(i, cr.getLong()));
                        case NANOS -> new Mapping(ColType.TIMESTAMP,
                                (cr, v, i) -> ((TimeStampVector) v).set(i, Math.floorDiv(cr.getLong(), 1000L)));
                    };
                }
                if (a == null || a instanceof IntLogicalTypeAnnotation n && n.isSigned()) {
                    return new Mapping(ColType.INT64, (cr, v, i) -> ((BigIntVector) v).set(i, cr.getLong()));
                }
                if (a instanceof IntLogicalTypeAnnotation) {
                    throw unsupported(t, "unsigned 64-bit integers (UINT_64; Sluice has no type holding all of them yet)"); //$NON-NLS-1$
                }
                break;
            case INT96: // legacy Impala/Hive/Spark timestamps: nanoseconds of the day, then the Julian day, little-endian
                if (a == null) {
                    return new Mapping(ColType.TIMESTAMP, (cr, v, i) -> ((TimeStampVector) v).set(i, int96Micros(cr.getBinary())));
                }
                break;
            case FLOAT:
                if (a == null) {
                    return new Mapping(ColType.FLOAT64, (cr, v, i) -> ((Float8Vector) v).set(i, cr.getFloat()));
                }
                break;
            case DOUBLE:
                if (a == null) {
                    return new Mapping(ColType.FLOAT64, (cr, v, i) -> ((Float8Vector) v).set(i, cr.getDouble()));
                }
                break;
            case BINARY:
                if (a instanceof StringLogicalTypeAnnotation || a instanceof EnumLogicalTypeAnnotation
                        || a instanceof JsonLogicalTypeAnnotation) {
                    return new Mapping(ColType.STRING, ParquetColumns::text);
                }
                if (a == null) {
                    throw unsupported(t, "BINARY without a STRING annotation (raw bytes; Sluice has no BINARY type yet, and does not decode bytes as text)"); //$NON-NLS-1$
                }
                break;
            case FIXED_LEN_BYTE_ARRAY:
                if (a instanceof UUIDLogicalTypeAnnotation && p.getTypeLength() == 16) {
                    return new Mapping(ColType.STRING, ParquetColumns::uuid);
                }
                if (a instanceof Float16LogicalTypeAnnotation && p.getTypeLength() == 2) {
                    // every half-precision value, NaN and infinities included, is exactly a double
                    return new Mapping(ColType.FLOAT64, (cr, v, i) -> ((Float8Vector) v).set(i, float16(cr.getBinary())));
                }
                if (a == null) {
                    throw unsupported(t, "FIXED_LEN_BYTE_ARRAY(" + p.getTypeLength() //$NON-NLS-1$
                            + ") without annotation (raw bytes; Sluice has no FIXED_BINARY type yet)"); //$NON-NLS-1$
                }
                break;
            default:
                break;
        }
        throw unsupported(t, p.getPrimitiveTypeName() + (a == null ? "" : " annotated " + a)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void text(ColumnReader cr, FieldVector v, int i) {
        Binary b = cr.getBinary();
        ((VarCharVector) v).setSafe(i, b.getBytesUnsafe(), 0, b.length());
    }

    private static void uuid(ColumnReader cr, FieldVector v, int i) {
        ByteBuffer b = cr.getBinary().toByteBuffer();
        byte[] s = new UUID(b.getLong(b.position()), b.getLong(b.position() + 8)).toString()
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ((VarCharVector) v).setSafe(i, s);
    }

    static double float16(Binary b) {
        ByteBuffer bb = b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        return Float.float16ToFloat(bb.getShort(bb.position()));
    }

    static long int96Micros(Binary b) {
        if (b.length() != 12) {
            throw new IllegalStateException("an INT96 value has " + b.length() + " bytes, expected 12"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ByteBuffer bb = b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bb.getLong(bb.position());
        long julianDay = Integer.toUnsignedLong(bb.getInt(bb.position() + 8));
        return Math.addExact(Math.multiplyExact(julianDay - JULIAN_EPOCH_DAY, 86_400_000_000L),
                Math.floorDiv(nanosOfDay, 1000L));
    }

    private static String nestedKind(Type t) {
        LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
        if (a instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
            return "LIST"; //$NON-NLS-1$
        }
        if (a instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
                || a instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) {
            return "MAP"; //$NON-NLS-1$
        }
        if (a != null) {
            return a.toString();
        }
        return "STRUCT"; //$NON-NLS-1$
    }

    static IllegalArgumentException unsupported(Type t, String what) {
        return new IllegalArgumentException("unsupported Parquet feature: " + what + ", column '" + t.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
