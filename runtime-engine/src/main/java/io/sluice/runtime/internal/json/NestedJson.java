package io.sluice.runtime.internal.json;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.StructVector;

/**
 * Nested values as JSON text, as DuckDB writes them: a LIST as an array, a STRUCT as an object of its fields in
 * order, a MAP as an object (a key that is not text is written as its JSON text in a string), leaves as the JSON
 * lines sink writes them. Used by the JSON lines sink and, for a nested column, by the CSV sink.
 */
public final class NestedJson {
    private NestedJson() {
    }

    /** The nested value at row {@code r} of {@code v} as JSON text ("null" for null). */
    public static String text(FieldVector v, int r) {
        StringBuilder json = new StringBuilder();
        append(json, v, r);
        return json.toString();
    }

    /** Appends the nested value at row {@code r} of {@code v} and returns true; false (nothing appended) for a leaf vector. */
    public static boolean append(StringBuilder sb, FieldVector v, int r) {
        if (!(v instanceof ListVector) && !(v instanceof StructVector)) {
            return false;
        }
        if (v.isNull(r)) {
            sb.append("null"); //$NON-NLS-1$
            return true;
        }
        switch (v) {
            case MapVector m -> {
                StructVector kv = (StructVector) m.getDataVector();
                FieldVector key = (FieldVector) kv.getChildByOrdinal(0);
                FieldVector value = (FieldVector) kv.getChildByOrdinal(1);
                sb.append('{');
                for (int i = m.getElementStartIndex(r); i < m.getElementEndIndex(r); i++) {
                    if (i > m.getElementStartIndex(r)) {
                        sb.append(',');
                    }
                    StringBuilder k = new StringBuilder();
                    JsonLinesWriter.value(k, key, i);
                    if (k.charAt(0) == '"') {
                        sb.append(k);
                    } else {
                        JsonLinesWriter.quote(sb, k.toString());
                    }
                    sb.append(':');
                    JsonLinesWriter.value(sb, value, i);
                }
                sb.append('}');
            }
            case ListVector l -> {
                sb.append('[');
                for (int i = l.getElementStartIndex(r); i < l.getElementEndIndex(r); i++) {
                    if (i > l.getElementStartIndex(r)) {
                        sb.append(',');
                    }
                    JsonLinesWriter.value(sb, l.getDataVector(), i);
                }
                sb.append(']');
            }
            case StructVector s -> {
                sb.append('{');
                boolean first = true;
                for (FieldVector child : s.getChildrenFromFields()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    JsonLinesWriter.quote(sb, child.getName());
                    sb.append(':');
                    JsonLinesWriter.value(sb, child, r);
                }
                sb.append('}');
            }
            default -> throw new IllegalStateException(v.getClass().getName());
        }
        return true;
    }
}
