package io.sluice.runtime.internal.parquet;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TimePrecision;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.BsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.Float16LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
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
    public record Mapping(DataType type, ValueReader reader) {
    }

    /** Julian day number of 1970-01-01, the epoch of INT96 timestamps' day part. */
    static final long JULIAN_EPOCH_DAY = 2_440_588L;

    /**
     * The mapping of a column of a file's schema; throws {@link IllegalArgumentException} naming what is unsupported.
     * A nested column (a group, or a repeated field) has its type here and is read by {@link ParquetNested}
     * ({@code reader} is null).
     */
    public static Mapping of(Type t) {
        if (ParquetNested.isNested(t)) {
            return new Mapping(ParquetNested.column(t).type(), null);
        }
        return leaf(t);
    }

    /** The mapping of a primitive column, wherever it stands in the schema (its repetition is the caller's). */
    static Mapping leaf(Type t) {
        PrimitiveType p = t.asPrimitiveType();
        LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
        if (a instanceof DecimalLogicalTypeAnnotation d) {
            return decimal(t, p, d);
        }
        switch (p.getPrimitiveTypeName()) {
            case BOOLEAN:
                return new Mapping(DataType.BOOLEAN, (cr, v, i) -> ((BitVector) v).set(i, cr.getBoolean() ? 1 : 0));
            case INT32:
                if (a instanceof DateLogicalTypeAnnotation) {
                    return new Mapping(DataType.DATE, (cr, v, i) -> ((DateDayVector) v).set(i, cr.getInteger()));
                }
                if (a instanceof TimeLogicalTypeAnnotation tm && tm.getUnit() == LogicalTypeAnnotation.TimeUnit.MILLIS) {
                    return new Mapping(DataType.time(TimePrecision.MILLI), (cr, v, i) -> ((TimeMilliVector) v).set(i, cr.getInteger()));
                }
                if (a == null || a instanceof IntLogicalTypeAnnotation n && n.isSigned() && n.getBitWidth() == 32) {
                    return new Mapping(DataType.INT32, (cr, v, i) -> ((IntVector) v).set(i, cr.getInteger()));
                }
                if (a instanceof IntLogicalTypeAnnotation n) {
                    // each integer in the narrowest Sluice type that holds all its values: unsigned ones one size up
                    return switch ((n.isSigned() ? "" : "u") + n.getBitWidth()) { //$NON-NLS-1$ //$NON-NLS-2$
                        case "8" -> new Mapping(DataType.INT8, (cr, v, i) -> ((TinyIntVector) v).set(i, (byte) cr.getInteger())); //$NON-NLS-1$
                        case "16" -> new Mapping(DataType.INT16, (cr, v, i) -> ((SmallIntVector) v).set(i, (short) cr.getInteger())); //$NON-NLS-1$
                        case "u8" -> new Mapping(DataType.INT16, (cr, v, i) -> ((SmallIntVector) v).set(i, (short) (cr.getInteger() & 0xFF))); //$NON-NLS-1$
                        case "u16" -> new Mapping(DataType.INT32, (cr, v, i) -> ((IntVector) v).set(i, cr.getInteger() & 0xFFFF)); //$NON-NLS-1$
                        case "u32" -> new Mapping(DataType.INT64, //$NON-NLS-1$
                                (cr, v, i) -> ((BigIntVector) v).set(i, Integer.toUnsignedLong(cr.getInteger())));
                        default -> throw unsupported(t, "INT32 annotated " + a); //$NON-NLS-1$
                    };
                }
                break;
            case INT64:
                if (a instanceof TimestampLogicalTypeAnnotation ts) {
                    // every unit, with and without zone, as it is: no value changes
                    DataType type = DataType.timestamp(precision(ts.getUnit()), ts.isAdjustedToUTC());
                    return new Mapping(type, (cr, v, i) -> ((TimeStampVector) v).set(i, cr.getLong()));
                }
                if (a instanceof TimeLogicalTypeAnnotation tm && tm.getUnit() != LogicalTypeAnnotation.TimeUnit.MILLIS) {
                    return new Mapping(DataType.time(precision(tm.getUnit())), (cr, v, i) -> {
                        switch (v) {
                            case TimeMicroVector x -> x.set(i, cr.getLong());
                            case TimeNanoVector x -> x.set(i, cr.getLong());
                            default -> throw new IllegalStateException(v.getClass().getName());
                        }
                    });
                }
                if (a == null || a instanceof IntLogicalTypeAnnotation n && n.isSigned()) {
                    return new Mapping(DataType.INT64, (cr, v, i) -> ((BigIntVector) v).set(i, cr.getLong()));
                }
                if (a instanceof IntLogicalTypeAnnotation) { // UINT_64: exact as DECIMAL(20,0)
                    return new Mapping(DataType.UINT64_AS_DECIMAL, (cr, v, i) -> ((DecimalVector) v).set(i,
                            new BigDecimal(new BigInteger(Long.toUnsignedString(cr.getLong())))));
                }
                break;
            case INT96: // legacy Impala/Hive/Spark timestamps: nanoseconds of the day, then the Julian day, little-endian
                if (a == null) { // read at microseconds, as DuckDB and Spark read them
                    return new Mapping(DataType.TIMESTAMP, (cr, v, i) -> ((TimeStampVector) v).set(i, int96Micros(cr.getBinary())));
                }
                break;
            case FLOAT:
                if (a == null) {
                    return new Mapping(DataType.FLOAT32, (cr, v, i) -> ((Float4Vector) v).set(i, cr.getFloat()));
                }
                break;
            case DOUBLE:
                if (a == null) {
                    return new Mapping(DataType.FLOAT64, (cr, v, i) -> ((Float8Vector) v).set(i, cr.getDouble()));
                }
                break;
            case BINARY:
                if (a instanceof StringLogicalTypeAnnotation || a instanceof EnumLogicalTypeAnnotation
                        || a instanceof JsonLogicalTypeAnnotation) {
                    return new Mapping(DataType.STRING, ParquetColumns::bytes);
                }
                if (a == null || a instanceof BsonLogicalTypeAnnotation) { // bytes stay bytes, never decoded as text
                    return new Mapping(DataType.BINARY, ParquetColumns::bytes);
                }
                break;
            case FIXED_LEN_BYTE_ARRAY:
                if (a instanceof UUIDLogicalTypeAnnotation && p.getTypeLength() == 16) {
                    return new Mapping(DataType.STRING, ParquetColumns::uuid);
                }
                if (a instanceof Float16LogicalTypeAnnotation && p.getTypeLength() == 2) {
                    // every half-precision value, NaN and infinities included, is exactly a float
                    return new Mapping(DataType.FLOAT32, (cr, v, i) -> ((Float4Vector) v).set(i, float16(cr.getBinary())));
                }
                if (a == null) {
                    return new Mapping(DataType.fixedBinary(p.getTypeLength()), (cr, v, i) -> {
                        Binary b = cr.getBinary();
                        ((FixedSizeBinaryVector) v).set(i, b.getBytesUnsafe());
                    });
                }
                break;
            default:
                break;
        }
        throw unsupported(t, p.getPrimitiveTypeName() + (a == null ? "" : " annotated " + a)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static TimePrecision precision(LogicalTypeAnnotation.TimeUnit u) {
        return switch (u) {
            case MILLIS -> TimePrecision.MILLI;
            case MICROS -> TimePrecision.MICRO;
            case NANOS -> TimePrecision.NANO;
        };
    }

    /** DECIMAL on every backing: INT32, INT64, FIXED_LEN_BYTE_ARRAY and BINARY (big-endian two's complement). */
    private static Mapping decimal(Type t, PrimitiveType p, DecimalLogicalTypeAnnotation d) {
        if (d.getPrecision() < 1 || d.getPrecision() > DataType.MAX_DECIMAL_PRECISION || d.getScale() < 0
                || d.getScale() > d.getPrecision()) {
            throw unsupported(t, "DECIMAL(" + d.getPrecision() + "," + d.getScale() + ") (Sluice holds DECIMAL up to " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + DataType.MAX_DECIMAL_PRECISION + " digits)"); //$NON-NLS-1$
        }
        DataType type = DataType.decimal(d.getPrecision(), d.getScale());
        int scale = d.getScale();
        BigInteger limit = BigInteger.TEN.pow(d.getPrecision());
        return switch (p.getPrimitiveTypeName()) {
            case INT32 -> new Mapping(type, (cr, v, i) -> ((DecimalVector) v).set(i, BigDecimal.valueOf(cr.getInteger(), scale)));
            case INT64 -> new Mapping(type, (cr, v, i) -> ((DecimalVector) v).set(i, BigDecimal.valueOf(cr.getLong(), scale)));
            case FIXED_LEN_BYTE_ARRAY, BINARY -> new Mapping(type, (cr, v, i) -> {
                Binary b = cr.getBinary();
                if (b.length() == 0) {
                    throw new IllegalStateException("a DECIMAL value of column '" + t.getName() + "' has no bytes"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                BigInteger unscaled = new BigInteger(b.getBytesUnsafe(), 0, b.length());
                if (unscaled.abs().compareTo(limit) >= 0) {
                    throw new IllegalStateException("the DECIMAL value " + new BigDecimal(unscaled, scale) + " of column '" //$NON-NLS-1$ //$NON-NLS-2$
                            + t.getName() + "' has more digits than its type " + type); //$NON-NLS-1$
                }
                ((DecimalVector) v).set(i, new BigDecimal(unscaled, scale));
            });
            default -> throw unsupported(t, p.getPrimitiveTypeName() + " annotated " + d); //$NON-NLS-1$
        };
    }

    /** Text (UTF-8 as stored) and raw bytes alike: the value's bytes, unchanged. */
    private static void bytes(ColumnReader cr, FieldVector v, int i) {
        Binary b = cr.getBinary();
        ((BaseVariableWidthVector) v).setSafe(i, b.getBytesUnsafe(), 0, b.length());
    }

    private static void uuid(ColumnReader cr, FieldVector v, int i) {
        ByteBuffer b = cr.getBinary().toByteBuffer();
        byte[] s = new UUID(b.getLong(b.position()), b.getLong(b.position() + 8)).toString()
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ((VarCharVector) v).setSafe(i, s);
    }

    static float float16(Binary b) {
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

    static IllegalArgumentException unsupported(Type t, String what) {
        return unsupported(t.getName(), what);
    }

    static IllegalArgumentException unsupported(String column, String what) {
        return new IllegalArgumentException("unsupported Parquet feature: " + what + ", column '" + column + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
