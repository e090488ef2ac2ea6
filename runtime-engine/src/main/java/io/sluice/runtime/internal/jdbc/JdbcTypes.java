package io.sluice.runtime.internal.jdbc;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.expression.types.TimePrecision;
import io.sluice.runtime.internal.json.NestedJson;
import io.sluice.runtime.internal.types.NestedVectors;
import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.types.VectorValues;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * The one mapping between database column types and Sluice types, both directions, used by the schema inference
 * ({@link Jdbc#describe}), the reader, the batched writer and PostgreSQL's COPY. The table (README, "JDBC types"):
 *
 * <pre>
 * database → Sluice                                   Sluice → database (PostgreSQL / H2)
 * BOOLEAN, BIT          BOOLEAN                       BOOLEAN          BOOLEAN / BOOLEAN
 * TINYINT               INT8                          INT8             SMALLINT / TINYINT
 * SMALLINT (int2)       INT16                         INT16            SMALLINT
 * INTEGER (int4)        INT32                         INT32            INTEGER
 * BIGINT (int8)         INT64                         INT64            BIGINT
 * REAL (float4)         FLOAT32                       FLOAT32          REAL
 * DOUBLE, FLOAT         FLOAT64                       FLOAT64          DOUBLE PRECISION
 * NUMERIC(p,s) p ≤ 38   DECIMAL(p,s)                  DECIMAL(p,s)     NUMERIC(p,s)
 * NUMERIC otherwise     STRING (exact decimal text)
 * CHAR, VARCHAR, TEXT, CLOB, enum types   STRING      STRING           TEXT / VARCHAR
 * BYTEA, BINARY, VARBINARY, BLOB   BINARY             BINARY           BYTEA / VARBINARY
 *                                                     FIXED_BINARY(n)  BYTEA / BINARY(n)
 * DATE                  DATE                          DATE             DATE
 * TIME                  TIME(µs) (H2 TIME(9): ns)     TIME(p)          TIME(p) (PostgreSQL: at most µs)
 * TIMESTAMP             local TIMESTAMP(µs) (H2 TIMESTAMP(9): ns)   local TIMESTAMP(p)  TIMESTAMP(p)
 * TIMESTAMPTZ, TIMESTAMP WITH TIME ZONE   instant TIMESTAMP(µs)     instant TIMESTAMP(p) TIMESTAMPTZ(p) / TIMESTAMP(p) WITH TIME ZONE
 * one-dimensional ARRAY of a type above   LIST&lt;T&gt;        LIST&lt;scalar&gt;     T[] / T ARRAY
 * UUID, JSON, JSONB, INTERVAL, TIMETZ, MONEY, XML   STRING (the database's text)
 *                                                     STRUCT, MAP, LIST of nested   JSONB / VARCHAR (JSON text)
 * anything else         refused, naming the column and its database type (declare it STRING, or cast it)
 * </pre>
 *
 * PostgreSQL holds microseconds: a TIME or TIMESTAMP(ns) value with digits below the microsecond is refused, never
 * truncated. A multi-dimensional array value is a reject (PostgreSQL's metadata does not say the dimensions, so a
 * column cannot be typed as nested LIST). Precision {@code p}: 3 for ms, 6 for µs, 9 for ns.
 */
public final class JdbcTypes {
    private static final HexFormat LOWER_HEX = HexFormat.of();

    private JdbcTypes() {
    }

    // ---- database → Sluice: the type of a column -------------------------------------------------------------------

    /** The Sluice type of result column {@code j}; an SQLException naming the column and its type when unmapped. */
    static DataType typeOf(ResultSetMetaData md, int j) throws SQLException {
        String name = typeName(md, j);
        int code = md.getColumnType(j);
        if (code == java.sql.Types.ARRAY) {
            String element = name.startsWith("_") ? name.substring(1) //$NON-NLS-1$
                    : name.endsWith(" array") ? name.substring(0, name.length() - 6) : name; //$NON-NLS-1$
            DataType e = byName(element, md.getPrecision(j), md.getScale(j));
            if (e == null) {
                throw unmapped(md, j);
            }
            return DataType.list(e);
        }
        if (textual(name)) {
            return DataType.STRING;
        }
        return switch (code) {
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> DataType.BOOLEAN;
            case java.sql.Types.TINYINT -> DataType.INT8;
            case java.sql.Types.SMALLINT -> DataType.INT16;
            case java.sql.Types.INTEGER -> DataType.INT32;
            case java.sql.Types.BIGINT -> DataType.INT64;
            case java.sql.Types.REAL -> DataType.FLOAT32;
            case java.sql.Types.FLOAT, java.sql.Types.DOUBLE -> DataType.FLOAT64;
            case java.sql.Types.NUMERIC, java.sql.Types.DECIMAL -> decimal(md.getPrecision(j), md.getScale(j));
            case java.sql.Types.CHAR, java.sql.Types.VARCHAR, java.sql.Types.LONGVARCHAR, java.sql.Types.NCHAR,
                    java.sql.Types.NVARCHAR, java.sql.Types.LONGNVARCHAR, java.sql.Types.CLOB, java.sql.Types.NCLOB,
                    java.sql.Types.SQLXML, java.sql.Types.TIME_WITH_TIMEZONE -> DataType.STRING;
            case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY, java.sql.Types.BLOB -> DataType.BINARY;
            case java.sql.Types.DATE -> DataType.DATE;
            case java.sql.Types.TIME -> DataType.time(precision(md.getScale(j)));
            case java.sql.Types.TIMESTAMP -> DataType.timestamp(precision(md.getScale(j)), zoned(name));
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> DataType.timestamp(precision(md.getScale(j)), true);
            default -> throw unmapped(md, j);
        };
    }

    private static SQLException unmapped(ResultSetMetaData md, int j) throws SQLException {
        return new SQLException("column '" + md.getColumnLabel(j) + "' has database type " + md.getColumnTypeName(j) //$NON-NLS-1$ //$NON-NLS-2$
                + ", which Sluice does not map; declare the column as STRING (read as the database's text) or cast it" //$NON-NLS-1$
                + " in the query"); //$NON-NLS-1$
    }

    /** Types read as their database text: JSON stays text (not STRUCT), a UUID is its 36-character form. */
    private static boolean textual(String name) {
        return switch (name) {
            case "uuid", "json", "jsonb", "money", "xml", "timetz", "time with time zone", "inet", "cidr", "macaddr" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            default -> name.startsWith("interval"); //$NON-NLS-1$
        };
    }

    /** An array element's type by its database name (PostgreSQL's {@code int4}, H2's {@code INTEGER}); null: unmapped. */
    private static DataType byName(String name, int precision, int scale) {
        if (textual(name)) {
            return DataType.STRING;
        }
        return switch (name) {
            case "bool", "boolean" -> DataType.BOOLEAN; //$NON-NLS-1$ //$NON-NLS-2$
            case "tinyint" -> DataType.INT8; //$NON-NLS-1$
            case "int2", "smallint" -> DataType.INT16; //$NON-NLS-1$ //$NON-NLS-2$
            case "int4", "integer", "int" -> DataType.INT32; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "int8", "bigint" -> DataType.INT64; //$NON-NLS-1$ //$NON-NLS-2$
            case "float4", "real" -> DataType.FLOAT32; //$NON-NLS-1$ //$NON-NLS-2$
            case "float8", "double precision", "double", "float" -> DataType.FLOAT64; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "numeric", "decimal", "numeric precision" -> decimal(precision, scale); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "text", "varchar", "bpchar", "char", "name", "character", "character varying", "character large object" -> DataType.STRING; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            case "bytea", "binary", "binary varying", "varbinary", "binary large object" -> DataType.BINARY; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            case "date" -> DataType.DATE; //$NON-NLS-1$
            case "time", "time without time zone" -> DataType.TIME; //$NON-NLS-1$ //$NON-NLS-2$
            case "timestamp", "timestamp without time zone" -> DataType.timestamp(TimePrecision.MICRO, false); //$NON-NLS-1$ //$NON-NLS-2$
            case "timestamptz", "timestamp with time zone" -> DataType.TIMESTAMP; //$NON-NLS-1$ //$NON-NLS-2$
            default -> null;
        };
    }

    /** NUMERIC(p,s) → DECIMAL(p,s) when Sluice holds it exactly, else STRING with the exact decimal text. */
    private static DataType decimal(int p, int s) {
        return p > 0 && p <= DataType.MAX_DECIMAL_PRECISION && s >= 0 && s <= p ? DataType.decimal(p, s) : DataType.STRING;
    }

    /** Fractional digits → unit: more than 6 (H2's TIME(9), TIMESTAMP(9)) is ns, else µs. */
    private static TimePrecision precision(int digits) {
        return digits > 6 ? TimePrecision.NANO : TimePrecision.MICRO;
    }

    private static boolean zoned(String typeName) {
        return typeName.contains("tz") || typeName.contains("time zone"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String typeName(ResultSetMetaData md, int j) throws SQLException {
        String n = md.getColumnTypeName(j);
        return n == null ? "" : n.toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    // ---- Sluice → database: the type of a created column ---------------------------------------------------------

    /** The column type a sink creates for {@code t}. */
    static String sqlType(DataType t, boolean postgres) {
        return switch (t.id()) {
            case BOOLEAN -> "BOOLEAN"; //$NON-NLS-1$
            case INT8 -> postgres ? "SMALLINT" : "TINYINT"; //$NON-NLS-1$ //$NON-NLS-2$
            case INT16 -> "SMALLINT"; //$NON-NLS-1$
            case INT32 -> "INTEGER"; //$NON-NLS-1$
            case INT64 -> "BIGINT"; //$NON-NLS-1$
            case FLOAT32 -> "REAL"; //$NON-NLS-1$
            case FLOAT64 -> "DOUBLE PRECISION"; //$NON-NLS-1$
            case DECIMAL -> "NUMERIC(" + t.precision() + "," + t.scale() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case BINARY -> postgres ? "BYTEA" : "VARBINARY"; //$NON-NLS-1$ //$NON-NLS-2$
            case FIXED_BINARY -> postgres ? "BYTEA" : "BINARY(" + t.width() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case DATE -> "DATE"; //$NON-NLS-1$
            case TIME -> "TIME(" + digits(t, postgres) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case TIMESTAMP -> t.isInstant()
                    ? (postgres ? "TIMESTAMPTZ(" + digits(t, true) + ")" : "TIMESTAMP(" + digits(t, false) + ") WITH TIME ZONE") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    : "TIMESTAMP(" + digits(t, postgres) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case LIST -> arrayElement(t) ? sqlType(t.element(), postgres) + (postgres ? "[]" : " ARRAY") : json(postgres); //$NON-NLS-1$ //$NON-NLS-2$
            case STRUCT, MAP -> json(postgres);
            default -> postgres ? "TEXT" : "VARCHAR"; //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    /** Nested values are written as JSON text: PostgreSQL's JSONB, elsewhere text (an existing JSON/TEXT column takes it too). */
    private static String json(boolean postgres) {
        return postgres ? "JSONB" : "VARCHAR"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether a LIST of this element becomes a database array (scalars do; nested elements become JSON). */
    private static boolean arrayElement(DataType list) {
        return !list.element().isNested();
    }

    private static int digits(DataType t, boolean postgres) {
        int d = t.timePrecision().digits();
        return postgres ? Math.min(d, 6) : d;
    }

    /** The JDBC type a NULL of {@code t} is bound as. */
    static int jdbcType(DataType t) {
        return switch (t.id()) {
            case BOOLEAN -> java.sql.Types.BOOLEAN;
            case INT8, INT16 -> java.sql.Types.SMALLINT;
            case INT32 -> java.sql.Types.INTEGER;
            case INT64 -> java.sql.Types.BIGINT;
            case FLOAT32 -> java.sql.Types.REAL;
            case DECIMAL -> java.sql.Types.NUMERIC;
            case FLOAT64 -> java.sql.Types.DOUBLE;
            case BINARY, FIXED_BINARY -> java.sql.Types.VARBINARY;
            case DATE -> java.sql.Types.DATE;
            case TIME -> java.sql.Types.TIME;
            case TIMESTAMP -> java.sql.Types.TIMESTAMP;
            case LIST, STRUCT, MAP -> java.sql.Types.OTHER; // the server takes the column's type
            default -> java.sql.Types.VARCHAR;
        };
    }

    // ---- reading values --------------------------------------------------------------------------------------------

    /** How a column's value is fetched, by its database type. */
    enum Reader {
        PLAIN, EXACT_DECIMAL, BYTES, ARRAY, ZONED, LOCAL, UUID;

        static Reader of(ResultSetMetaData md, int j) throws SQLException {
            String name = typeName(md, j);
            if (name.equals("uuid")) { //$NON-NLS-1$
                return UUID;
            }
            return switch (md.getColumnType(j)) {
                case java.sql.Types.NUMERIC, java.sql.Types.DECIMAL -> EXACT_DECIMAL;
                case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY, java.sql.Types.BLOB -> BYTES;
                case java.sql.Types.ARRAY -> ARRAY;
                case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> ZONED;
                case java.sql.Types.TIMESTAMP -> zoned(name) ? ZONED : LOCAL;
                default -> PLAIN;
            };
        }
    }

    /**
     * Reads column {@code j} of the current row into row {@code r} of {@code v}; true when the value is NULL. The
     * common plain types go without boxing; the others through {@link #read}.
     */
    static boolean fetch(ResultSet rs, int j, DataType t, Reader how, FieldVector v, int r) throws SQLException {
        if (how == Reader.PLAIN) {
            switch (t.id()) {
                case INT64 -> {
                    long x = rs.getLong(j);
                    if (rs.wasNull()) {
                        v.setNull(r);
                        return true;
                    }
                    ((BigIntVector) v).setSafe(r, x);
                    return false;
                }
                case FLOAT64 -> {
                    double x = rs.getDouble(j);
                    if (rs.wasNull()) {
                        v.setNull(r);
                        return true;
                    }
                    ((Float8Vector) v).setSafe(r, x);
                    return false;
                }
                case STRING -> {
                    String x = rs.getString(j);
                    if (x == null) {
                        v.setNull(r);
                        return true;
                    }
                    ((VarCharVector) v).setSafe(r, x.getBytes(StandardCharsets.UTF_8));
                    return false;
                }
                default -> {
                    // below
                }
            }
        }
        Object x = read(rs, j, t, how);
        VectorValues.set(v, r, x);
        return x == null;
    }

    /**
     * Column {@code j}'s value in its stored form for a vector of {@code t} (see {@link #set}), null for NULL;
     * SQLException with the reason when it does not convert exactly.
     */
    static Object read(ResultSet rs, int j, DataType t, Reader how) throws SQLException {
        Object v;
        switch (t.id()) {
            case INT8, INT16, INT32, INT64 -> {
                long x;
                if (how == Reader.EXACT_DECIMAL) {
                    BigDecimal d = rs.getBigDecimal(j);
                    if (d == null) {
                        return null;
                    }
                    try {
                        x = d.longValueExact();
                    } catch (ArithmeticException e) {
                        throw new SQLException(d.toPlainString() + " is not a whole number in range of " + t, e); //$NON-NLS-1$
                    }
                } else {
                    x = rs.getLong(j);
                }
                int bits = switch (t.id()) {
                    case INT8 -> 8;
                    case INT16 -> 16;
                    case INT32 -> 32;
                    default -> 64;
                };
                if (bits < 64 && (x < -(1L << (bits - 1)) || x >= 1L << (bits - 1))) {
                    throw new SQLException(x + " is out of range for " + t); //$NON-NLS-1$
                }
                v = x;
            }
            case FLOAT32 -> {
                double x = rs.getDouble(j);
                // a REAL arrives exactly widened, or (as text) as the double of its shortest decimal form
                if (!Double.isNaN(x) && (double) (float) x != x && Double.parseDouble(Float.toString((float) x)) != x) {
                    throw new SQLException(x + " does not fit FLOAT32 exactly"); //$NON-NLS-1$
                }
                v = x;
            }
            case FLOAT64 -> v = rs.getDouble(j);
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(j);
                if (d != null) {
                    try {
                        d = io.sluice.expression.semantics.Decimals.convert(d, t);
                    } catch (io.sluice.expression.EvaluationException e) {
                        throw new SQLException(e.getMessage(), e);
                    }
                }
                v = d;
            }
            case BOOLEAN -> v = rs.getBoolean(j);
            case STRING -> {
                String s = switch (how) {
                    case EXACT_DECIMAL -> {
                        BigDecimal d = rs.getBigDecimal(j);
                        yield d == null ? null : d.toPlainString();
                    }
                    case BYTES -> {
                        byte[] b = rs.getBytes(j);
                        yield b == null ? null : Types.HEX.formatHex(b);
                    }
                    case ARRAY -> {
                        java.sql.Array a = rs.getArray(j);
                        yield a == null ? null : json(a.getArray());
                    }
                    default -> rs.getString(j);
                };
                v = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
            }
            case BINARY, FIXED_BINARY -> {
                byte[] b;
                if (how == Reader.UUID) {
                    Object o = rs.getObject(j);
                    b = o == null ? null : uuidBytes(o instanceof UUID u ? u : UUID.fromString(o.toString()));
                } else {
                    b = rs.getBytes(j);
                }
                if (b != null && t.id() == io.sluice.expression.types.TypeId.FIXED_BINARY && b.length != t.width()) {
                    throw new SQLException(b.length + " bytes, " + t + " holds exactly " + t.width()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                v = b;
            }
            case DATE -> {
                LocalDate d = rs.getObject(j, LocalDate.class);
                v = d == null ? null : d.toEpochDay();
            }
            case TIME -> {
                LocalTime x = rs.getObject(j, LocalTime.class);
                v = x == null ? null : exact(0, x.toNanoOfDay(), t);
            }
            case TIMESTAMP -> {
                Object o = switch (how) {
                    case ZONED -> rs.getObject(j, OffsetDateTime.class);
                    case LOCAL -> rs.getObject(j, LocalDateTime.class);
                    default -> rs.getObject(j);
                };
                Instant at = switch (o) {
                    case null -> null;
                    case OffsetDateTime x -> x.toInstant();
                    case java.time.ZonedDateTime x -> x.toInstant();
                    case LocalDateTime x -> x.toInstant(ZoneOffset.UTC); // local date-time: its fields, as if in UTC
                    case java.sql.Timestamp x -> x.toLocalDateTime().toInstant(ZoneOffset.UTC);
                    case Instant x -> x;
                    default -> rs.getObject(j, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                };
                v = at == null ? null : exact(at.getEpochSecond(), at.getNano(), t);
            }
            case LIST -> {
                java.sql.Array a = rs.getArray(j);
                v = a == null ? null : list(a, t);
            }
            default -> throw new SQLException("a database column cannot be read as " + t + "; declare it STRING"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return v == null || rs.wasNull() ? null : v;
    }

    /** A (possibly nested) SQL array as JSON text: numbers and booleans bare, everything else a JSON string. */
    static String json(Object array) {
        StringBuilder sb = new StringBuilder("["); //$NON-NLS-1$
        int n = java.lang.reflect.Array.getLength(array);
        for (int i = 0; i < n; i++) {
            Object e = java.lang.reflect.Array.get(array, i);
            sb.append(i == 0 ? "" : ","); //$NON-NLS-1$ //$NON-NLS-2$
            if (e == null) {
                sb.append("null"); //$NON-NLS-1$
            } else if (e.getClass().isArray()) {
                sb.append(json(e));
            } else if (e instanceof Number || e instanceof Boolean) {
                sb.append(e instanceof java.math.BigDecimal d ? d.toPlainString() : e.toString());
            } else {
                io.sluice.runtime.internal.json.JsonLinesWriter.quote(sb, e.toString());
            }
        }
        return sb.append(']').toString();
    }

    /** A one-dimensional SQL array as a list of stored element values; a nested array is refused. */
    private static List<Object> list(java.sql.Array a, DataType t) throws SQLException {
        try (ResultSet elements = a.getResultSet()) {
            ResultSetMetaData md = elements.getMetaData();
            if (md.getColumnType(2) == java.sql.Types.ARRAY) {
                throw new SQLException("a multi-dimensional array; Sluice reads one-dimensional arrays as LIST"); //$NON-NLS-1$
            }
            Reader how = Reader.of(md, 2);
            DataType e = t.element();
            boolean nullable = t.children().get(0).nullable();
            List<Object> out = new ArrayList<>();
            while (elements.next()) {
                Object x = read(elements, 2, e, how);
                if (x instanceof List<?>) {
                    throw new SQLException("a multi-dimensional array; Sluice reads one-dimensional arrays as LIST"); //$NON-NLS-1$
                }
                if (x == null && !nullable) {
                    throw new SQLException("a NULL element in " + t); //$NON-NLS-1$
                }
                out.add(x);
            }
            return out;
        } finally {
            try {
                a.free();
            } catch (SQLException | UnsupportedOperationException e) {
                // nothing held
            }
        }
    }

    /** Seconds and nanoseconds as a count of {@code t}'s units; digits below the unit are refused, never cut. */
    private static long exact(long seconds, long nanos, DataType t) throws SQLException {
        TimePrecision p = t.timePrecision();
        long per = 1_000_000_000L / p.perSecond();
        if (nanos % per != 0) {
            throw new SQLException("the value has digits below " + t + "'s " + p.name().toLowerCase(Locale.ROOT) //$NON-NLS-1$ //$NON-NLS-2$
                    + "seconds; not truncated"); //$NON-NLS-1$
        }
        try {
            return Math.addExact(Math.multiplyExact(seconds, p.perSecond()), nanos / per);
        } catch (ArithmeticException e) {
            throw new SQLException("the value is out of " + t + "'s range", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static byte[] uuidBytes(UUID u) {
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    // ---- writing values --------------------------------------------------------------------------------------------

    /** Binds row {@code r} of {@code v} (a column of type {@code t}) as parameter {@code i}. */
    static void bind(PreparedStatement ps, int i, FieldVector v, int r, DataType t, boolean postgres) throws SQLException {
        if (v.isNull(r)) {
            ps.setNull(i, jdbcType(t));
            return;
        }
        switch (t.id()) {
            case INT64 -> ps.setLong(i, ((BigIntVector) v).get(r));
            case INT32 -> ps.setInt(i, ((IntVector) v).get(r));
            case FLOAT64 -> ps.setDouble(i, ((Float8Vector) v).get(r));
            case STRING -> ps.setString(i, new String(((VarCharVector) v).get(r), StandardCharsets.UTF_8));
            case STRUCT, MAP -> nested(ps, i, v, r, postgres);
            case LIST -> {
                if (!arrayElement(t)) {
                    nested(ps, i, v, r, postgres);
                    return;
                }
                ListVector l = (ListVector) v;
                FieldVector data = l.getDataVector();
                int from = l.getElementStartIndex(r);
                int to = l.getElementEndIndex(r);
                Object[] elements = postgres ? new String[to - from] : new Object[to - from];
                for (int k = from; k < to; k++) {
                    elements[k - from] = data.isNull(k) ? null
                            : postgres ? text(data, k, t.element()) : value(data, k, t.element(), false);
                }
                ps.setArray(i, ps.getConnection().createArrayOf(arrayTypeName(t.element(), postgres), elements));
            }
            default -> ps.setObject(i, value(v, r, t, postgres));
        }
    }

    private static void nested(PreparedStatement ps, int i, FieldVector v, int r, boolean postgres) throws SQLException {
        String json = NestedJson.text(v, r);
        if (postgres) {
            ps.setObject(i, json, java.sql.Types.OTHER); // into JSONB, JSON or TEXT alike
        } else {
            ps.setString(i, json);
        }
    }

    /** The element type name {@code createArrayOf} takes. */
    private static String arrayTypeName(DataType e, boolean postgres) {
        if (!postgres) {
            return sqlType(e, false);
        }
        return switch (e.id()) {
            case BOOLEAN -> "bool"; //$NON-NLS-1$
            case INT8, INT16 -> "int2"; //$NON-NLS-1$
            case INT32 -> "int4"; //$NON-NLS-1$
            case INT64 -> "int8"; //$NON-NLS-1$
            case FLOAT32 -> "float4"; //$NON-NLS-1$
            case FLOAT64 -> "float8"; //$NON-NLS-1$
            case DECIMAL -> "numeric"; //$NON-NLS-1$
            case BINARY, FIXED_BINARY -> "bytea"; //$NON-NLS-1$
            case DATE -> "date"; //$NON-NLS-1$
            case TIME -> "time"; //$NON-NLS-1$
            case TIMESTAMP -> e.isInstant() ? "timestamptz" : "timestamp"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> "text"; //$NON-NLS-1$
        };
    }

    /** A scalar value as the Java object JDBC drivers take ({@code setObject}, arrays). */
    private static Object value(FieldVector v, int r, DataType t, boolean postgres) throws SQLException {
        return switch (t.id()) {
            case BOOLEAN -> ((BitVector) v).get(r) != 0;
            case INT8 -> (short) ((TinyIntVector) v).get(r);
            case INT16 -> ((SmallIntVector) v).get(r);
            case INT32 -> ((IntVector) v).get(r);
            case INT64 -> ((BigIntVector) v).get(r);
            case FLOAT32 -> ((Float4Vector) v).get(r);
            case FLOAT64 -> ((Float8Vector) v).get(r);
            case DECIMAL -> ((DecimalVector) v).getObject(r);
            case STRING -> new String(((VarCharVector) v).get(r), StandardCharsets.UTF_8);
            case BINARY -> ((VarBinaryVector) v).get(r);
            case FIXED_BINARY -> ((FixedSizeBinaryVector) v).get(r);
            case DATE -> LocalDate.ofEpochDay(((DateDayVector) v).get(r));
            case TIME -> {
                long x = Types.timeValue(v, r);
                fits(v, x, t, postgres);
                yield LocalTime.ofNanoOfDay(x * (1_000_000_000L / t.timePrecision().perSecond()));
            }
            case TIMESTAMP -> {
                long x = ((TimeStampVector) v).get(r);
                fits(v, x, t, postgres);
                long per = t.timePrecision().perSecond();
                LocalDateTime at = LocalDateTime.ofEpochSecond(Math.floorDiv(x, per),
                        (int) (Math.floorMod(x, per) * (1_000_000_000L / per)), ZoneOffset.UTC);
                yield t.isInstant() ? at.atOffset(ZoneOffset.UTC) : at;
            }
            default -> NestedVectors.get(v, r);
        };
    }

    /** Refuses a TIME or TIMESTAMP(ns) value whose sub-µs digits PostgreSQL cannot hold (never truncated). */
    private static void fits(FieldVector v, long value, DataType t, boolean postgres) throws SQLException {
        if (postgres && t.timePrecision() == TimePrecision.NANO && value % 1000 != 0) {
            StringBuilder sb = new StringBuilder();
            if (t.id() == io.sluice.expression.types.TypeId.TIME) {
                TemporalValues.appendTime(sb, value, t.timePrecision());
            } else {
                TemporalValues.appendTimestamp(sb, value, t);
            }
            throw new SQLException("column " + v.getName() + ": " + sb + " has digits below the microsecond, which" //$NON-NLS-1$ //$NON-NLS-2$
                    + " PostgreSQL cannot hold; not truncated (round the column to microseconds first)"); //$NON-NLS-1$
        }
    }

    /**
     * Appends PostgreSQL's text form of a non-null value ({@code COPY}'s input; an array literal's element):
     * {@code t}/{@code f}, numbers, {@code \x} hex for bytes, ISO dates and times ({@code Z} after an instant), array
     * literals {@code {…}} for a LIST of scalars, JSON for nested values.
     */
    static void appendText(StringBuilder sb, FieldVector v, int r, DataType t) throws SQLException {
        switch (t.id()) {
            case BOOLEAN -> sb.append(((BitVector) v).get(r) != 0 ? 't' : 'f');
            case INT8 -> sb.append(((TinyIntVector) v).get(r));
            case INT16 -> sb.append(((SmallIntVector) v).get(r));
            case INT32 -> sb.append(((IntVector) v).get(r));
            case INT64 -> sb.append(((BigIntVector) v).get(r));
            case FLOAT32 -> sb.append(((Float4Vector) v).get(r));
            case FLOAT64 -> sb.append(((Float8Vector) v).get(r));
            case DECIMAL -> sb.append(((DecimalVector) v).getObject(r).toPlainString());
            case STRING -> sb.append(new String(((VarCharVector) v).get(r), StandardCharsets.UTF_8));
            case BINARY -> sb.append("\\x").append(LOWER_HEX.formatHex(((VarBinaryVector) v).get(r))); //$NON-NLS-1$
            case FIXED_BINARY -> sb.append("\\x").append(LOWER_HEX.formatHex(((FixedSizeBinaryVector) v).get(r))); //$NON-NLS-1$
            case DATE -> TemporalValues.appendDate(sb, ((DateDayVector) v).get(r));
            case TIME -> {
                long x = Types.timeValue(v, r);
                fits(v, x, t, true);
                TemporalValues.appendTime(sb, x, t.timePrecision());
            }
            case TIMESTAMP -> {
                long x = ((TimeStampVector) v).get(r);
                fits(v, x, t, true);
                TemporalValues.appendTimestamp(sb, x, t);
            }
            case LIST -> {
                if (!arrayElement(t)) {
                    sb.append(NestedJson.text(v, r));
                    return;
                }
                ListVector l = (ListVector) v;
                FieldVector data = l.getDataVector();
                sb.append('{');
                for (int k = l.getElementStartIndex(r); k < l.getElementEndIndex(r); k++) {
                    if (k > l.getElementStartIndex(r)) {
                        sb.append(',');
                    }
                    if (data.isNull(k)) {
                        sb.append("NULL"); //$NON-NLS-1$
                        continue;
                    }
                    String e = text(data, k, t.element());
                    sb.append('"');
                    for (int c = 0; c < e.length(); c++) {
                        char ch = e.charAt(c);
                        if (ch == '"' || ch == '\\') {
                            sb.append('\\');
                        }
                        sb.append(ch);
                    }
                    sb.append('"');
                }
                sb.append('}');
            }
            default -> sb.append(NestedJson.text(v, r));
        }
    }

    private static String text(FieldVector v, int r, DataType t) throws SQLException {
        StringBuilder sb = new StringBuilder();
        appendText(sb, v, r, t);
        return sb.toString();
    }

    /** Whether {@link #appendText}'s output for {@code t} may hold a delimiter, quote or line break (CSV quotes it). */
    static boolean needsQuotes(DataType t) {
        return switch (t.id()) {
            case STRING, LIST, STRUCT, MAP -> true;
            default -> false;
        };
    }
}
