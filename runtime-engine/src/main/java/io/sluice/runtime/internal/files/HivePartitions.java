package io.sluice.runtime.internal.files;

import io.sluice.expression.types.DataType;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.expression.types.TemporalValues;
import io.sluice.runtime.internal.types.Types;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Hive-style partition folders ({@code country=DE/day=2026-11-30/part-….parquet}): the text of a value in a folder
 * name, escaped as Hive escapes it ({@code %XX} for {@code / = % : # ? * " ' \ [ ] { } ^}, control characters and
 * DEL), NULL and the empty string as {@value #DEFAULT_PARTITION}; and back, from a file's path to its partition values.
 * Dates are written {@code 2026-11-30}, timestamps {@code 2026-11-30 08:15:00[.fraction]} (an instant in UTC, a fraction
 * down to the column's unit), numbers and booleans as Java prints them.
 */
public final class HivePartitions {
    /** The folder name Hive (and Spark, DuckDB) give a NULL or empty partition value. */
    public static final String DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"; //$NON-NLS-1$

    private HivePartitions() {
    }

    private static boolean escaped(char c) {
        return c < 0x20 || c == 0x7F || "\"#%'*/:=?\\{[]^}".indexOf(c) >= 0; //$NON-NLS-1$
    }

    /** A value (null for NULL) as one folder name's value part. */
    public static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_PARTITION;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (escaped(c)) {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", (int) c)); //$NON-NLS-1$
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The value a folder name's value part stands for; null for {@value #DEFAULT_PARTITION} and for {@code NULL} (what
     * DuckDB writes for a NULL value, and reads back as NULL).
     */
    public static String unescape(String text) {
        if (text.equals(DEFAULT_PARTITION) || text.equals("NULL")) { //$NON-NLS-1$
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                sb.append((char) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2))));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** True when a folder name has the form {@code column=value}. */
    public static boolean isPartitionFolder(String name) {
        int eq = name.indexOf('=');
        return eq > 0 && !name.startsWith("."); //$NON-NLS-1$
    }

    /**
     * The partition values of {@code file} below {@code root}, folder by folder ({@code column → value}, null for the
     * default partition); empty when the file lies directly in {@code root} or {@code root} is the file itself.
     */
    public static Map<String, String> valuesOf(Path root, Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        Path dir = file.toAbsolutePath().normalize().getParent();
        Path top = root.toAbsolutePath().normalize();
        if (dir == null || !dir.startsWith(top)) {
            return values;
        }
        for (Path part : top.relativize(dir)) {
            String name = part.toString();
            if (isPartitionFolder(name)) {
                int eq = name.indexOf('=');
                values.put(unescape(name.substring(0, eq)), unescape(name.substring(eq + 1)));
            }
        }
        return values;
    }

    /** The folder of a partition: {@code col=value/col=value}, each part escaped. */
    public static String folder(List<String> columns, List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i == 0 ? "" : "/").append(escape(columns.get(i))).append('=').append(escape(values.get(i))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sb.toString();
    }

    /** A cell's value as partition text; null for NULL. */
    public static String text(FieldVector v, int row) {
        if (v.isNull(row)) {
            return null;
        }
        return switch (v) {
            case VarCharVector s -> new String(s.get(row), StandardCharsets.UTF_8);
            case IntVector i -> Integer.toString(i.get(row));
            case BigIntVector b -> Long.toString(b.get(row));
            case Float8Vector f -> Double.toString(f.get(row));
            case BitVector b -> Boolean.toString(b.get(row) != 0);
            case DateDayVector d -> LocalDate.ofEpochDay(d.get(row)).toString();
            case TimeStampVector t -> TemporalValues.appendTimestamp(new StringBuilder(29), t.get(row),
                    Types.of(t.getField()).timePrecision()).toString();
            default -> throw new IllegalArgumentException("cannot partition by a column of type " + v.getField().getType()); //$NON-NLS-1$
        };
    }

    /**
     * Partition text as a value of {@code type} (the representation Arrow vectors of that type hold: Integer, Long,
     * Double, Boolean, byte[] UTF-8, Long days, Long units of the TIMESTAMP's precision); null for NULL.
     */
    public static Object parse(String text, DataType type) {
        if (text == null) {
            return null;
        }
        try {
            return switch (type.id()) {
                case STRING -> text.getBytes(StandardCharsets.UTF_8);
                case INT32 -> Integer.parseInt(text);
                case INT64 -> Long.parseLong(text);
                case FLOAT64 -> Double.parseDouble(text);
                case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE; //$NON-NLS-1$
                    case "false" -> Boolean.FALSE; //$NON-NLS-1$
                    default -> throw new IllegalArgumentException("not a boolean"); //$NON-NLS-1$
                };
                case DATE -> LocalDate.parse(text).toEpochDay();
                case TIMESTAMP -> {
                    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
                    long t = TemporalValues.parseTimestamp(b, 0, b.length, type.timePrecision(), type.isInstant());
                    if (!TemporalValues.isValue(t)) {
                        throw new IllegalArgumentException("not a timestamp" + TemporalValues.reason(t, type)); //$NON-NLS-1$
                    }
                    yield t;
                }
                default -> throw new IllegalArgumentException("cannot read a partition value as " + type); //$NON-NLS-1$
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("partition value '" + text + "' is not a " + type, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * The type of a partition column whose folders hold {@code values}, as DuckDB and Spark infer it: INT64 when every
     * value is an integer, DATE when every value is a date, else STRING (NULLs say nothing).
     */
    public static DataType infer(Iterable<String> values) {
        boolean ints = true;
        boolean dates = true;
        boolean any = false;
        for (String v : values) {
            if (v == null) {
                continue;
            }
            any = true;
            ints &= v.matches("-?\\d{1,18}"); //$NON-NLS-1$
            dates &= v.matches("\\d{4}-\\d{2}-\\d{2}"); //$NON-NLS-1$
        }
        return !any ? DataType.STRING : ints ? DataType.INT64 : dates ? DataType.DATE : DataType.STRING;
    }

    /** Fills rows [0, n) of {@code v} with one value (null: all NULL). */
    public static void fill(FieldVector v, Object value, int n) {
        v.clear();
        v.setInitialCapacity(Math.max(n, 1));
        v.allocateNew();
        if (value != null) {
            for (int r = 0; r < n; r++) {
                switch (v) {
                    case VarCharVector s -> s.setSafe(r, (byte[]) value);
                    case IntVector i -> i.setSafe(r, (Integer) value);
                    case BigIntVector b -> b.setSafe(r, (Long) value);
                    case Float8Vector f -> f.setSafe(r, (Double) value);
                    case BitVector b -> b.setSafe(r, ((Boolean) value) ? 1 : 0);
                    case DateDayVector d -> d.setSafe(r, (int) (long) (Long) value);
                    case TimeStampVector t -> t.setSafe(r, (Long) value);
                    default -> throw new IllegalArgumentException("cannot fill a " + v.getField().getType()); //$NON-NLS-1$
                }
            }
        }
        v.setValueCount(n);
    }

    /**
     * The source of {@code file} below the source's {@code root}: when the file's folders name partition values of
     * columns of {@code schema}, the file is read ({@code read}: file, its columns) without them and they take the
     * folders' values; otherwise the file is read with the whole schema.
     */
    public static BatchSource<?, ?> source(Path root, Path file, Schema schema, BiFunction<Path, Schema, BatchSource<?, ?>> read) {
        Map<String, String> values = valuesOf(root, file);
        int[] from = new int[schema.getFields().size()];
        Object[] constants = new Object[from.length];
        List<Field> inner = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < from.length; c++) {
            Field f = schema.getFields().get(c);
            String key = values.keySet().stream().filter(k -> k.equalsIgnoreCase(f.getName())).findFirst().orElse(null);
            if (key == null) {
                from[c] = inner.size();
                inner.add(f);
            } else {
                any = true;
                from[c] = -1;
                String text = values.get(key);
                try {
                    constants[c] = parse(text, Types.sluice(f).type());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage() + " (column " + f.getName() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (constants[c] == null && !f.isNullable()) {
                    throw new IllegalArgumentException(file + ": NULL partition value in NOT NULL column " + f.getName()); //$NON-NLS-1$
                }
            }
        }
        if (!any) {
            return read.apply(file, schema);
        }
        @SuppressWarnings({ "rawtypes", "unchecked" })
        BatchSource<?, ?> s = new BoundSource(read.apply(file, new Schema(inner)), schema, from, constants);
        return s;
    }

    /**
     * The partition columns of the folder {@code root} (column → type inferred from every folder's values, see
     * {@link #infer}), outermost first; empty when it has none.
     */
    public static Map<String, DataType> columns(Path root) {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        if (Files.isDirectory(root)) {
            for (Path f : InputFiles.list(root)) {
                valuesOf(root, f).forEach((k, v) -> seen.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
        }
        Map<String, DataType> types = new LinkedHashMap<>();
        seen.forEach((k, v) -> types.put(k, infer(v)));
        return types;
    }
}
