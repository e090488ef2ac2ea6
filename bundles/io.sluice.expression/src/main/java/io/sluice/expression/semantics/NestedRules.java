package io.sluice.expression.semantics;

import io.sluice.expression.EvaluationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the LIST, STRUCT, MAP and BINARY functions on the evaluator's Java values (a LIST is a {@link List},
 * a STRUCT a {@link Map} from field name to value, a MAP a {@link Map} from key to value, BINARY a {@code byte[]}).
 * Elements and keys compare as {@code =} does ({@link Rules#compare}). The catalog
 * ({@link io.sluice.expression.BuiltinFunction}) points at these; the interpreter and the runtime's column kernels
 * apply them, and the DuckDB differential test holds them to DuckDB's answers.
 */
public final class NestedRules {

    /** How BINARY is written as text (casts, {@code hex}, every text output): two upper-case hex digits a byte. */
    public static final HexFormat HEX = HexFormat.of().withUpperCase();

    private NestedRules() {
    }

    /**
     * {@code list[i]}: the element at 1-based position {@code i}, counted from the end when negative ({@code -1} is
     * the last, as DuckDB); null for 0 and outside the list.
     */
    public static Object listElement(List<?> list, long i) {
        long size = list.size();
        if (i > 0 && i <= size) {
            return list.get((int) (i - 1));
        }
        if (i < 0 && i >= -size) {
            return list.get((int) (size + i));
        }
        return null;
    }

    /** {@code map[key]}: the value of the entry whose key equals {@code key}; null when there is none. */
    public static Object mapValue(Map<?, ?> map, Object key) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() != null && Rules.compare(e.getKey(), key) == 0) {
                return e.getValue();
            }
        }
        return null;
    }

    /** {@code element_at(x, k)}: {@link #listElement} of a LIST, {@link #mapValue} of a MAP; null when x or k is. */
    public static Object elementAt(Object container, Object key) {
        if (container == null || key == null) {
            return null;
        }
        return container instanceof List<?> l ? listElement(l, (Long) key) : mapValue((Map<?, ?>) container, key);
    }

    /** {@code s.name}: the field's value; null when the STRUCT is null. */
    public static Object structField(Object struct, String name) {
        return struct == null ? null : ((Map<?, ?>) struct).get(name);
    }

    /** {@code size(x)}: the number of elements of a LIST or entries of a MAP. */
    public static int size(Object x) {
        return x instanceof List<?> l ? l.size() : ((Map<?, ?>) x).size();
    }

    /** {@code array_contains(list, v)}: whether some non-null element equals {@code v}. */
    public static boolean contains(List<?> list, Object v) {
        for (Object e : list) {
            if (e != null && Rules.compare(e, v) == 0) {
                return true;
            }
        }
        return false;
    }

    /** A MAP's keys ({@code keys}) or values, in entry order. */
    public static List<Object> entries(Map<?, ?> map, boolean keys) {
        return new ArrayList<>(keys ? map.keySet() : map.values());
    }

    /**
     * {@code split(s, sep)}: the parts between occurrences of {@code sep} (taken literally), empty parts kept
     * ({@code split('a,,b', ',')} has three); an empty separator splits into code points, an empty string gives one
     * empty part.
     */
    public static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            if (s.isEmpty()) {
                out.add(s);
            }
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        int from = 0;
        for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** {@code array_join(list, sep)}: the non-null elements joined by {@code sep}. */
    public static String join(List<?> list, String sep) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object e : list) {
            if (e != null) {
                if (!first) {
                    sb.append(sep);
                }
                sb.append((String) e);
                first = false;
            }
        }
        return sb.toString();
    }

    /** {@code list_value(a, …)}: the arguments as a LIST, nulls included. */
    public static List<Object> list(Object[] values) {
        List<Object> out = new ArrayList<>(values.length);
        java.util.Collections.addAll(out, values);
        return out;
    }

    /** {@code map_from_arrays(keys, values)}: a MAP; lists of different sizes, a null key or a repeated key fail. */
    public static Map<Object, Object> map(List<?> keys, List<?> values) {
        if (keys.size() != values.size()) {
            throw new EvaluationException("map_from_arrays: " + keys.size() + " keys but " + values.size() //$NON-NLS-1$ //$NON-NLS-2$
                    + " values"); //$NON-NLS-1$
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object k = keys.get(i);
            if (k == null) {
                throw new EvaluationException("map_from_arrays: a MAP key must not be NULL"); //$NON-NLS-1$
            }
            if (mapValue(out, k) != null || out.containsKey(k)) {
                throw new EvaluationException("map_from_arrays: repeated key " + Casts.toText(k)); //$NON-NLS-1$
            }
            out.put(k, values.get(i));
        }
        return out;
    }

    /** {@code named_struct('a', x, 'b', y, …)}: a STRUCT of the name, value pairs. */
    public static Map<String, Object> struct(Object[] pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** {@code hex(b)}: two upper-case hex digits a byte. */
    public static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /**
     * {@code unhex(s)}: the bytes spelled by pairs of hex digits (either case); an odd count reads as if led by a 0
     * ({@code 'ABC'} is {@code 0A BC}, as DuckDB and Spark); any other character fails, saying which.
     */
    public static byte[] unhex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128 || Character.digit(s.charAt(i), 16) < 0) { // ASCII digits only
                throw new EvaluationException("unhex: '" + shorten(s) + "' has a character that is not a hex digit at " //$NON-NLS-1$ //$NON-NLS-2$
                        + (i + 1) + " ('" + s.charAt(i) + "')"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return HEX.parseHex(s.length() % 2 == 0 ? s : "0" + s); //$NON-NLS-1$
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "..."; //$NON-NLS-1$
    }

    /** {@code octet_length(x)}: bytes of a BINARY, UTF-8 bytes of a STRING. */
    public static int octetLength(Object x) {
        return x instanceof byte[] b ? b.length : ((String) x).getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code length(x)}: code points of a STRING, bytes of a BINARY. */
    public static int length(Object x) {
        return x instanceof byte[] b ? b.length : ((String) x).codePointCount(0, ((String) x).length());
    }
}
