package io.sluice.expression.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, ordered list of uniquely named fields. Names are compared case-sensitively. Two schemas are equal
 * when their fields are equal, in the same order.
 *
 * @param fields the fields, copied
 */
public record Schema(List<Field> fields) {

    /** The schema without fields. */
    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields")); //$NON-NLS-1$
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Integer previous = seen.putIfAbsent(fields.get(i).name(), i);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate field name '" + fields.get(i).name() //$NON-NLS-1$
                        + "' at positions " + previous + " and " + i); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** A schema of the given fields, in order. */
    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    /** The field with this exact name. */
    public Optional<Field> field(String name) {
        int index = indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(fields.get(index));
    }

    /** The position of the field with this exact name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The field names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(fields.size());
        for (Field f : fields) {
            names.add(f.name());
        }
        return List.copyOf(names);
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /** A new schema with this field appended; rejects a duplicate name. */
    public Schema with(Field field) {
        List<Field> more = new ArrayList<>(fields);
        more.add(field);
        return new Schema(more);
    }
}
