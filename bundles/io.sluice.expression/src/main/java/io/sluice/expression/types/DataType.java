package io.sluice.expression.types;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value type shared by every Sluice layer: a {@link TypeId} to switch on plus the parameters that kind of type
 * carries (the way Arrow Java pairs {@code ArrowTypeID} with {@code ArrowType} values).
 *
 * <ul>
 * <li>{@link TypeId#DECIMAL}: {@link #precision()} 1..38 digits, {@link #scale()} 0..precision (Arrow Decimal128);
 * <li>{@link TypeId#TIME}: a {@link #timePrecision()};
 * <li>{@link TypeId#TIMESTAMP}: a {@link #timePrecision()} and {@link #isInstant()} (an instant in UTC) or not
 *     (a local date-time without zone);
 * <li>{@link TypeId#FIXED_BINARY}: a {@link #width()} in bytes;
 * <li>{@link TypeId#LIST}: one child, the {@link #element()} (named {@code element});
 * <li>{@link TypeId#STRUCT}: its fields as {@link #children()} (one or more, unique names, case-sensitive);
 * <li>{@link TypeId#MAP}: two children, {@code key} (never null; not nested) and {@code value}.
 * </ul>
 *
 * <p>Values are interned: two equal types are the same object, so {@code ==} compares them.
 *
 * <p>Text form (read by {@link #fromName(String)}, written by {@link #typeName()}; one parser, one printer):
 * {@code BOOLEAN}, {@code INT8}, {@code INT16}, {@code INT32}, {@code INT64}, {@code FLOAT32}, {@code FLOAT64},
 * {@code DECIMAL(12,2)}, {@code STRING}, {@code BINARY}, {@code FIXED_BINARY(16)}, {@code DATE}, {@code TIME},
 * {@code TIME(ns)}, {@code TIMESTAMP} (an instant at microseconds, as before), {@code TIMESTAMP(ms)},
 * {@code TIMESTAMP(ns)}, {@code TIMESTAMP_NTZ}, {@code TIMESTAMP_NTZ(ns)}; the default precision (µs) is not
 * written; {@code LIST<INT64>}, {@code STRUCT<city: STRING, zip: INT32 NOT NULL>}, {@code MAP<STRING, INT64>}
 * (a child is nullable unless {@code NOT NULL} follows it; a field name that is not a plain identifier is written
 * in double quotes, {@code ""} for a quote inside). Aliases read: see {@link #fromName(String)}. The names Sluice used before parameters existed read as
 * they always did, so older {@code .sluice} files keep their meaning.
 */
public final class DataType implements java.io.Serializable {
    // Serializable as the enum it replaced was: Spark ships typed plans to its executors.
    private static final long serialVersionUID = 1L;


    /** The largest DECIMAL precision (Arrow Decimal128, 38 decimal digits). */
    public static final int MAX_DECIMAL_PRECISION = 38;

    private static final Map<String, DataType> INTERNED = new ConcurrentHashMap<>();

    public static final DataType NULL = simple(TypeId.NULL);
    public static final DataType BOOLEAN = simple(TypeId.BOOLEAN);
    public static final DataType INT8 = simple(TypeId.INT8);
    public static final DataType INT16 = simple(TypeId.INT16);
    public static final DataType INT32 = simple(TypeId.INT32);
    public static final DataType INT64 = simple(TypeId.INT64);
    public static final DataType FLOAT32 = simple(TypeId.FLOAT32);
    public static final DataType FLOAT64 = simple(TypeId.FLOAT64);
    public static final DataType STRING = simple(TypeId.STRING);
    public static final DataType BINARY = simple(TypeId.BINARY);
    /** A calendar date, stored as days since 1970-01-01. */
    public static final DataType DATE = simple(TypeId.DATE);
    /** A time of day in microseconds. */
    public static final DataType TIME = time(TimePrecision.MICRO);
    /** An instant, stored as microseconds since 1970-01-01T00:00:00Z (UTC): the meaning {@code TIMESTAMP} always had. */
    public static final DataType TIMESTAMP = timestamp(TimePrecision.MICRO, true);
    /** The type an unsigned 64-bit integer is read as: every value exact. */
    public static final DataType UINT64_AS_DECIMAL = decimal(20, 0);

    private final TypeId id;
    private final int precision;
    private final int scale;
    private final TimePrecision timePrecision;
    private final boolean instant;
    private final int width;
    private final List<Field> children;
    private final String text;
    /** STRUCT's fields by name, built on first use (types are interned: once per STRUCT type); null until then. */
    private transient volatile Map<String, Field> fieldsByName;

    private DataType(TypeId id, int precision, int scale, TimePrecision timePrecision, boolean instant, int width) {
        this(id, precision, scale, timePrecision, instant, width, List.of());
    }

    private DataType(TypeId id, int precision, int scale, TimePrecision timePrecision, boolean instant, int width,
            List<Field> children) {
        this.id = id;
        this.precision = precision;
        this.scale = scale;
        this.timePrecision = timePrecision;
        this.instant = instant;
        this.width = width;
        this.children = List.copyOf(children);
        this.text = id.isNested() ? NestedTypes.print(id, this.children)
                : print(id, precision, scale, timePrecision, instant, width);
    }

    /** A deserialized type is the interned one, so {@code ==} keeps comparing types after a trip to an executor. */
    private Object readResolve() {
        return intern(this);
    }

    private static DataType intern(DataType t) {
        DataType known = INTERNED.putIfAbsent(t.text, t);
        return known == null ? t : known;
    }

    private static DataType simple(TypeId id) {
        return intern(new DataType(id, 0, 0, null, false, 0));
    }

    /** DECIMAL(precision, scale); precision 1..38, scale 0..precision. */
    public static DataType decimal(int precision, int scale) {
        if (precision < 1 || precision > MAX_DECIMAL_PRECISION) {
            throw new IllegalArgumentException("DECIMAL precision must be 1.." + MAX_DECIMAL_PRECISION + ", not " + precision); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException("DECIMAL scale must be 0.." + precision + ", not " + scale); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return intern(new DataType(TypeId.DECIMAL, precision, scale, null, false, 0));
    }

    /** TIMESTAMP at a precision: an instant in UTC ({@code instant}) or a local date-time without zone. */
    public static DataType timestamp(TimePrecision precision, boolean instant) {
        return intern(new DataType(TypeId.TIMESTAMP, 0, 0, precision, instant, 0));
    }

    /** TIME at a precision. */
    public static DataType time(TimePrecision precision) {
        return intern(new DataType(TypeId.TIME, 0, 0, precision, false, 0));
    }

    /** FIXED_BINARY(width), width 1 or more bytes. */
    public static DataType fixedBinary(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("FIXED_BINARY width must be at least 1, not " + width); //$NON-NLS-1$
        }
        return intern(new DataType(TypeId.FIXED_BINARY, 0, 0, null, false, width));
    }

    /** LIST of {@code element} (nullable elements). */
    public static DataType list(DataType element) {
        return list(element, true);
    }

    /** LIST of {@code element}, whose elements may be null or not. */
    public static DataType list(DataType element, boolean elementsNullable) {
        return intern(new DataType(TypeId.LIST, 0, 0, null, false, 0,
                List.of(new Field(NestedTypes.ELEMENT, column(element, "LIST element"), elementsNullable)))); //$NON-NLS-1$
    }

    /** STRUCT of these fields (one or more, unique names). */
    public static DataType struct(List<Field> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a STRUCT needs at least one field"); //$NON-NLS-1$
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Field f : fields) {
            column(f.type(), "STRUCT field " + f.name()); //$NON-NLS-1$
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("duplicate STRUCT field name '" + f.name() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return intern(new DataType(TypeId.STRUCT, 0, 0, null, false, 0, fields));
    }

    /** STRUCT of these fields. */
    public static DataType struct(Field... fields) {
        return struct(List.of(fields));
    }

    /** MAP from {@code key} (never null, not nested) to {@code value} (nullable values). */
    public static DataType map(DataType key, DataType value) {
        return map(key, value, true);
    }

    /** MAP from {@code key} (never null, not nested) to {@code value}, whose values may be null or not. */
    public static DataType map(DataType key, DataType value, boolean valuesNullable) {
        if (column(key, "MAP key").id().isNested()) { //$NON-NLS-1$
            throw new IllegalArgumentException("a MAP key must not be nested, not " + key); //$NON-NLS-1$
        }
        return intern(new DataType(TypeId.MAP, 0, 0, null, false, 0,
                List.of(new Field(NestedTypes.KEY, key, false),
                        new Field(NestedTypes.VALUE, column(value, "MAP value"), valuesNullable)))); //$NON-NLS-1$
    }

    private static DataType column(DataType t, String what) {
        if (t == NULL) {
            throw new IllegalArgumentException(what + " must not be of type NULL"); //$NON-NLS-1$
        }
        return t;
    }

    /**
     * The column types a user picks from (the designer's type editor offers these and accepts any other text):
     * every type without parameters, the default DECIMAL and TIMESTAMP variants at each precision. NULL is not one.
     */
    public static List<DataType> common() {
        return List.of(BOOLEAN, INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, decimal(18, 3), decimal(38, 0),
                STRING, BINARY, DATE, TIME, TIMESTAMP, timestamp(TimePrecision.MILLI, true),
                timestamp(TimePrecision.NANO, true), timestamp(TimePrecision.MICRO, false),
                timestamp(TimePrecision.MILLI, false), timestamp(TimePrecision.NANO, false));
    }

    /** What kind of type this is. */
    public TypeId id() {
        return id;
    }

    /** DECIMAL's total digits; 0 for other types. */
    public int precision() {
        return precision;
    }

    /** DECIMAL's digits after the point; 0 for other types. */
    public int scale() {
        return scale;
    }

    /** The unit of TIME and TIMESTAMP; null for other types. */
    public TimePrecision timePrecision() {
        return timePrecision;
    }

    /** TIMESTAMP: an instant in UTC (true) or a local date-time without zone (false); false for other types. */
    public boolean isInstant() {
        return instant;
    }

    /** FIXED_BINARY's width in bytes; 0 for other types. */
    public int width() {
        return width;
    }

    /**
     * Element and field types of nested types: LIST's {@code element}, STRUCT's fields, MAP's {@code key} and
     * {@code value}; empty for other types.
     */
    public List<Field> children() {
        return children;
    }

    /** LIST's element type; throws for other types. */
    public DataType element() {
        return nested(TypeId.LIST).get(0).type();
    }

    /** MAP's key type; throws for other types. */
    public DataType key() {
        return nested(TypeId.MAP).get(0).type();
    }

    /** MAP's value type; throws for other types. */
    public DataType value() {
        return nested(TypeId.MAP).get(1).type();
    }

    /** STRUCT's field of this exact name; empty if none (or not a STRUCT). */
    public Optional<Field> field(String name) {
        if (id != TypeId.STRUCT) {
            return Optional.empty();
        }
        Map<String, Field> byName = fieldsByName;
        if (byName == null) { // a race builds the same map twice, harmlessly
            byName = new java.util.HashMap<>(children.size() * 2);
            for (Field f : children) {
                byName.put(f.name(), f);
            }
            fieldsByName = byName = java.util.Collections.unmodifiableMap(byName);
        }
        return Optional.ofNullable(byName.get(name));
    }

    private List<Field> nested(TypeId expected) {
        if (id != expected) {
            throw new IllegalStateException("not a " + expected + ": " + text); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return children;
    }

    /** LIST, STRUCT or MAP. */
    public boolean isNested() {
        return id.isNested();
    }

    /** The canonical text, as {@link #fromName(String)} reads it: {@code "INT64"}, {@code "DECIMAL(12,2)"}. */
    public String typeName() {
        return text;
    }

    /** The canonical text (as {@link #typeName()}). */
    public String name() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    // equals/hashCode: identity, as values are interned

    /** An integer, float or decimal type. */
    public boolean isNumeric() {
        return id.isNumeric();
    }

    /** INT8, INT16, INT32 or INT64. */
    public boolean isInteger() {
        return id.isInteger();
    }

    /** FLOAT32 or FLOAT64. */
    public boolean isFloating() {
        return id.isFloating();
    }

    /** DATE or TIMESTAMP (any precision, instant or local). */
    public boolean isTemporal() {
        return id == TypeId.DATE || id == TypeId.TIMESTAMP;
    }

    /** DECIMAL of any precision and scale. */
    public boolean isDecimal() {
        return id == TypeId.DECIMAL;
    }

    /** BINARY or FIXED_BINARY. */
    public boolean isBinary() {
        return id == TypeId.BINARY || id == TypeId.FIXED_BINARY;
    }

    // ------------------------------------------------------------------------------------------- text

    private static String print(TypeId id, int precision, int scale, TimePrecision tp, boolean instant, int width) {
        return switch (id) {
            case DECIMAL -> "DECIMAL(" + precision + "," + scale + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case FIXED_BINARY -> "FIXED_BINARY(" + width + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case TIME -> tp == TimePrecision.MICRO ? "TIME" : "TIME(" + tp.symbol() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case TIMESTAMP -> (instant ? "TIMESTAMP" : "TIMESTAMP_NTZ") //$NON-NLS-1$ //$NON-NLS-2$
                    + (tp == TimePrecision.MICRO ? "" : "(" + tp.symbol() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> id.name();
        };
    }

    private static final Map<String, DataType> ALIASES = Map.ofEntries(
            Map.entry("BOOL", BOOLEAN), Map.entry("BOOLEAN", BOOLEAN), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("INT8", INT8), Map.entry("TINYINT", INT8), Map.entry("BYTE", INT8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("INT16", INT16), Map.entry("SMALLINT", INT16), Map.entry("SHORT", INT16), Map.entry("INT2", INT16), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("INT32", INT32), Map.entry("INT", INT32), Map.entry("INTEGER", INT32), Map.entry("INT4", INT32), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("INT64", INT64), Map.entry("BIGINT", INT64), Map.entry("LONG", INT64), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("FLOAT32", FLOAT32), Map.entry("REAL", FLOAT32), Map.entry("FLOAT4", FLOAT32), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            // FLOAT has always meant FLOAT64 in Sluice (not SQL's single precision): kept so old files keep their meaning
            Map.entry("FLOAT64", FLOAT64), Map.entry("DOUBLE", FLOAT64), Map.entry("FLOAT", FLOAT64), Map.entry("FLOAT8", FLOAT64), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("DOUBLE PRECISION", FLOAT64), //$NON-NLS-1$
            Map.entry("STRING", STRING), Map.entry("VARCHAR", STRING), Map.entry("TEXT", STRING), Map.entry("CHAR", STRING), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("BINARY", BINARY), Map.entry("VARBINARY", BINARY), Map.entry("BYTEA", BINARY), Map.entry("BLOB", BINARY), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("DATE", DATE), //$NON-NLS-1$
            Map.entry("TIME", TIME), //$NON-NLS-1$
            Map.entry("TIMESTAMP", TIMESTAMP), Map.entry("TIMESTAMPTZ", TIMESTAMP), Map.entry("TIMESTAMP_TZ", TIMESTAMP), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("TIMESTAMP WITH TIME ZONE", TIMESTAMP), //$NON-NLS-1$
            Map.entry("TIMESTAMP_NTZ", timestamp(TimePrecision.MICRO, false)), //$NON-NLS-1$
            Map.entry("TIMESTAMP WITHOUT TIME ZONE", timestamp(TimePrecision.MICRO, false)), //$NON-NLS-1$
            Map.entry("DATETIME", timestamp(TimePrecision.MICRO, false)), //$NON-NLS-1$
            Map.entry("TIMESTAMP_MS", timestamp(TimePrecision.MILLI, true)), //$NON-NLS-1$
            Map.entry("TIMESTAMP_NS", timestamp(TimePrecision.NANO, true)), //$NON-NLS-1$
            Map.entry("DECIMAL", decimal(18, 3)), Map.entry("NUMERIC", decimal(18, 3)), Map.entry("DEC", decimal(18, 3)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Map.entry("NULL", NULL)); //$NON-NLS-1$

    private static final Pattern PARAMETERS = Pattern.compile(
            "([A-Z_][A-Z_0-9]*)\\s*\\(\\s*([^,()\\s]+)\\s*(?:,\\s*([^,()\\s]+)\\s*)?\\)\\s*(WITH(?:OUT)? TIME ZONE)?"); //$NON-NLS-1$

    /**
     * Reads a type's text: the canonical form or an alias, case-insensitive, blanks around ignored.
     * <ul>
     * <li>{@code BOOL}; {@code TINYINT}, {@code BYTE} (INT8); {@code SMALLINT}, {@code SHORT}, {@code INT2} (INT16);
     * {@code INT}, {@code INTEGER}, {@code INT4} (INT32); {@code BIGINT}, {@code LONG} (INT64); {@code REAL},
     * {@code FLOAT4} (FLOAT32); {@code DOUBLE}, {@code FLOAT}, {@code FLOAT8}, {@code DOUBLE PRECISION} (FLOAT64);
     * {@code VARCHAR}, {@code TEXT}, {@code CHAR}, {@code VARCHAR(n)}, {@code CHAR(n)} (STRING); {@code VARBINARY},
     * {@code BYTEA}, {@code BLOB} (BINARY);
     * <li>{@code DECIMAL(p,s)}, {@code DECIMAL(p)} (scale 0), {@code DECIMAL} (DECIMAL(18,3)), also spelled
     * {@code NUMERIC} or {@code DEC};
     * <li>{@code TIMESTAMP(ms|us|ns)} (or 3/6/9), {@code TIMESTAMPTZ}, {@code TIMESTAMP WITH TIME ZONE} (instants);
     * {@code TIMESTAMP_NTZ[(unit)]}, {@code TIMESTAMP[(unit)] WITHOUT TIME ZONE}, {@code DATETIME} (local);
     * {@code TIMESTAMP_MS}, {@code TIMESTAMP_NS}; {@code TIME[(unit)]}; {@code FIXED_BINARY(n)}.
     * </ul>
     *
     * @return the type, or empty if the text names none (or is null)
     */
    public static Optional<DataType> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (NestedTypes.looksNested(name)) {
            try {
                return Optional.of(NestedTypes.parse(name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String t = name.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
        DataType known = ALIASES.get(t);
        if (known != null) {
            return Optional.of(known);
        }
        known = INTERNED.get(t);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return Optional.ofNullable(parameterized(t));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #fromName(String)}, but says what is wrong with a text that names no type. */
    public static DataType parse(String name) {
        Optional<DataType> t = fromName(name);
        if (t.isPresent()) {
            return t.get();
        }
        if (name != null && NestedTypes.looksNested(name)) {
            try {
                return NestedTypes.parse(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad type '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        String u = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            parameterized(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad type '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw new IllegalArgumentException("unknown type '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static DataType parameterized(String t) {
        String zone = null;
        String base = t;
        if (t.endsWith(" WITHOUT TIME ZONE") || t.endsWith(" WITH TIME ZONE")) { //$NON-NLS-1$ //$NON-NLS-2$
            zone = t.substring(t.indexOf(" WITH")).strip(); //$NON-NLS-1$
            base = t.substring(0, t.indexOf(" WITH")).strip(); //$NON-NLS-1$
        }
        if (zone != null && base.equals("TIMESTAMP")) { //$NON-NLS-1$
            return timestamp(TimePrecision.MICRO, zone.equals("WITH TIME ZONE")); //$NON-NLS-1$
        }
        Matcher m = PARAMETERS.matcher(base);
        if (!m.matches()) {
            return null;
        }
        String kind = m.group(1);
        String a = m.group(2);
        String b = m.group(3);
        switch (kind) {
            case "DECIMAL", "NUMERIC", "DEC" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return decimal(number(a), b == null ? 0 : number(b));
            }
            case "FIXED_BINARY", "BINARY" -> { //$NON-NLS-1$ //$NON-NLS-2$
                return b == null ? fixedBinary(number(a)) : null;
            }
            case "VARCHAR", "CHAR", "STRING" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                number(a);
                return b == null ? STRING : null;
            }
            case "TIME", "TIMESTAMP", "TIMESTAMP_NTZ" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                TimePrecision p = TimePrecision.of(a);
                if (p == null || b != null) {
                    throw new IllegalArgumentException("a time precision is ms, us or ns (3, 6 or 9), not " + a); //$NON-NLS-1$
                }
                if (kind.equals("TIME")) { //$NON-NLS-1$
                    return zone == null ? time(p) : null;
                }
                boolean instant = kind.equals("TIMESTAMP") && !"WITHOUT TIME ZONE".equals(zone); //$NON-NLS-1$ //$NON-NLS-2$
                return timestamp(p, instant);
            }
            default -> {
                return null;
            }
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
