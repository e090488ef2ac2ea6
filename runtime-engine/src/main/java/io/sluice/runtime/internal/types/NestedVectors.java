package io.sluice.runtime.internal.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.util.Text;

/**
 * Values of LIST, STRUCT and MAP columns between Arrow vectors and Java (the one recursive walk the formats and
 * the expression kernels share; leaves are the caller's business). Java form, as the expression bundle's
 * {@code Values} says: a LIST is a {@link List}, a STRUCT a {@link Map} from field name to value in field order, a
 * MAP a {@link Map} from key to value in entry order. Copying rows between vectors of one type is Arrow's own
 * {@code copyFromSafe}/{@code TransferPair}, not this.
 */
public final class NestedVectors {
    private NestedVectors() {
    }

    /** Stores one leaf (non-nested) value; {@code x} is never null. */
    @FunctionalInterface
    public interface Leaf {
        void set(FieldVector v, int row, Object x);
    }

    /** Whether this vector holds a nested type. */
    public static boolean isNested(FieldVector v) {
        return v instanceof ListVector || v instanceof StructVector;
    }

    /**
     * Stores {@code x} at {@code row} of {@code v}: null as null, nested values walked down to their leaves, which
     * {@code leaf} stores. A STRUCT's fields missing from the map are null.
     */
    public static void set(FieldVector v, int row, Object x, Leaf leaf) {
        if (x == null) {
            v.setNull(row);
            return;
        }
        switch (v) {
            case MapVector m -> {
                Map<?, ?> entries = (Map<?, ?>) x;
                int at = m.startNewValue(row);
                StructVector kv = (StructVector) m.getDataVector();
                FieldVector key = (FieldVector) kv.getChildByOrdinal(0);
                FieldVector value = (FieldVector) kv.getChildByOrdinal(1);
                for (Map.Entry<?, ?> e : entries.entrySet()) {
                    kv.setIndexDefined(at);
                    set(key, at, e.getKey(), leaf);
                    set(value, at, e.getValue(), leaf);
                    at++;
                }
                m.endValue(row, entries.size());
            }
            case ListVector l -> {
                List<?> elements = (List<?>) x;
                int at = l.startNewValue(row);
                FieldVector data = l.getDataVector();
                for (Object e : elements) {
                    set(data, at++, e, leaf);
                }
                l.endValue(row, elements.size());
            }
            case StructVector s -> {
                Map<?, ?> fields = (Map<?, ?>) x;
                s.setIndexDefined(row);
                for (FieldVector child : s.getChildrenFromFields()) {
                    set(child, row, fields.get(child.getName()), leaf);
                }
            }
            default -> leaf.set(v, row, x);
        }
    }

    /** Reads one leaf (non-nested) value; {@code row} is never null. */
    @FunctionalInterface
    public interface LeafReader {
        Object get(FieldVector v, int row);
    }

    /**
     * The Java value at {@code row} (null for null): nested values as lists and maps, leaves as Arrow's
     * {@code getObject} gives them, text as {@link String}.
     */
    public static Object get(FieldVector v, int row) {
        return get(v, row, (leaf, r) -> {
            Object o = leaf.getObject(r);
            return o instanceof Text t ? t.toString() : o;
        });
    }

    /** The Java value at {@code row} (null for null): nested values as lists and maps, leaves as {@code leaf} reads them. */
    public static Object get(FieldVector v, int row, LeafReader leaf) {
        if (v.isNull(row)) {
            return null;
        }
        switch (v) {
            case MapVector m -> {
                StructVector kv = (StructVector) m.getDataVector();
                FieldVector key = (FieldVector) kv.getChildByOrdinal(0);
                FieldVector value = (FieldVector) kv.getChildByOrdinal(1);
                Map<Object, Object> out = new LinkedHashMap<>();
                for (int i = m.getElementStartIndex(row); i < m.getElementEndIndex(row); i++) {
                    out.put(get(key, i, leaf), get(value, i, leaf));
                }
                return out;
            }
            case ListVector l -> {
                List<Object> out = new ArrayList<>();
                for (int i = l.getElementStartIndex(row); i < l.getElementEndIndex(row); i++) {
                    out.add(get(l.getDataVector(), i, leaf));
                }
                return out;
            }
            case StructVector s -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (FieldVector child : s.getChildrenFromFields()) {
                    out.put(child.getName(), get(child, row, leaf));
                }
                return out;
            }
            default -> {
                return leaf.get(v, row);
            }
        }
    }
}
