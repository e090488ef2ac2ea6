package io.sluice.runtime.internal.parquet;

import io.sluice.expression.types.DataType;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Nested Parquet columns (LIST, STRUCT, MAP at any depth) to and from Arrow's ListVector, StructVector and MapVector
 * by definition/repetition-level assembly and striping (Dremel). A column's shape is a tree of {@link Node}s, each
 * knowing the definition level from which it is present and, for a list, its repetition level.
 *
 * Lists are read in every form the Parquet specification's backward-compatibility rules list: the standard three
 * levels, two levels ({@code repeated group array}, {@code repeated group <name>_tuple}, a repeated group of several
 * fields, a {@code repeated} primitive), and a repeated field outside any LIST group (a required list of required
 * elements). Maps are {@code MAP} and the legacy {@code MAP_KEY_VALUE}. Written are standard three-level lists,
 * groups and MAPs.
 */
public final class ParquetNested {
    private ParquetNested() {
    }

    /** One position of a column's shape. {@code def}: the definition level from which this node is present (non-null). */
    public abstract static sealed class Node permits Leaf, Struct, Repeated {
        final int def;
        final boolean optional;
        /** The leaves under this node, in schema order; {@link #first} is the one whose levels are read. */
        final List<Leaf> leaves = new ArrayList<>();

        Node(int def, boolean optional) {
            this.def = def;
            this.optional = optional;
        }

        Leaf first() {
            return leaves.get(0);
        }
    }

    /** A primitive column: its path in the file and its value conversion. */
    public static final class Leaf extends Node {
        final String[] path;
        final ParquetColumns.Mapping mapping;
        /** The position of this leaf among the column's leaves (its reader's index). */
        int index;

        Leaf(int def, boolean optional, String[] path, ParquetColumns.Mapping mapping) {
            super(def, optional);
            this.path = path;
            this.mapping = mapping;
            leaves.add(this);
        }
    }

    /** A group of fields: a STRUCT, or a MAP's key-value entry. */
    public static final class Struct extends Node {
        final List<Node> fields;

        Struct(int def, boolean optional, List<Node> fields) {
            super(def, optional);
            this.fields = fields;
            fields.forEach(f -> leaves.addAll(f.leaves));
        }
    }

    /** A LIST or MAP: present from {@code def}, holding elements from {@code elementDef}, repeating at {@code rep}. */
    public static final class Repeated extends Node {
        final int elementDef;
        final int rep;
        final Node element;

        Repeated(int def, boolean optional, int elementDef, int rep, Node element) {
            super(def, optional);
            this.elementDef = elementDef;
            this.rep = rep;
            this.element = element;
            leaves.addAll(element.leaves);
        }
    }

    /** A column of a file: its Sluice type and its shape. */
    public record Column(DataType type, boolean nullable, Node root) {
        /** The leaves' paths, in the order their readers are expected. */
        public List<String[]> paths() {
            return root.leaves.stream().map(l -> l.path).toList();
        }
    }

    /** Whether a top-level field of a file's schema is read here rather than as a flat column. */
    public static boolean isNested(Type t) {
        return !t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED);
    }

    /**
     * Whether a file's nested type {@code file} reads as the declared {@code declared}: the same shape, field names
     * and leaf types, where a declared child may hold nulls the file's cannot (never the other way round).
     */
    public static boolean fits(DataType file, DataType declared) {
        if (file == declared) {
            return true;
        }
        if (file.id() != declared.id() || !file.isNested() || file.children().size() != declared.children().size()) {
            return false;
        }
        for (int k = 0; k < file.children().size(); k++) {
            io.sluice.expression.types.Field f = file.children().get(k);
            io.sluice.expression.types.Field d = declared.children().get(k);
            if (!f.name().equals(d.name()) || f.nullable() && !d.nullable() || !fits(f.type(), d.type())) {
                return false;
            }
        }
        return true;
    }

    /** The shape and Sluice type of a top-level field; throws {@link IllegalArgumentException} naming what is unsupported. */
    public static Column column(Type t) {
        Column c = build(t, 0, 0, new String[0], t.getName());
        for (int i = 0; i < c.root.leaves.size(); i++) {
            c.root.leaves.get(i).index = i;
        }
        return c;
    }

    private static String[] path(String[] parent, String name) {
        String[] p = java.util.Arrays.copyOf(parent, parent.length + 1);
        p[parent.length] = name;
        return p;
    }

    /** {@code t} below a parent present from {@code def} with repetition level {@code rep}. */
    private static Column build(Type t, int def, int rep, String[] parent, String column) {
        String[] path = path(parent, t.getName());
        if (t.isRepetition(Type.Repetition.REPEATED)) { // outside a LIST or MAP group: a required list of required elements
            Column e = plain(t, def + 1, rep + 1, path, false, column);
            return new Column(DataType.list(e.type, false), false, new Repeated(def, false, def + 1, rep + 1, e.root));
        }
        boolean optional = t.isRepetition(Type.Repetition.OPTIONAL);
        return plain(t, optional ? def + 1 : def, rep, path, optional, column);
    }

    /** {@code t} as one value (its repetition already counted in {@code def}/{@code rep}). */
    private static Column plain(Type t, int def, int rep, String[] path, boolean optional, String column) {
        if (t.isPrimitive()) {
            ParquetColumns.Mapping m = ParquetColumns.leaf(t);
            return new Column(m.type(), optional, new Leaf(def, optional, path, m));
        }
        GroupType g = t.asGroupType();
        LogicalTypeAnnotation a = g.getLogicalTypeAnnotation();
        if (a instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
            return list(g, def, rep, path, optional, column);
        }
        if (a instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
                || a instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) {
            return map(g, def, rep, path, optional, column);
        }
        if (a != null) {
            throw ParquetColumns.unsupported(column, "a group annotated " + a); //$NON-NLS-1$
        }
        return struct(g, def, rep, path, optional, column);
    }

    private static Column struct(GroupType g, int def, int rep, String[] path, boolean optional, String column) {
        if (g.getFieldCount() == 0) {
            throw ParquetColumns.unsupported(column, "a group without fields ('" + g.getName() + "')"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<io.sluice.expression.types.Field> fields = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (Type f : g.getFields()) {
            Column c = build(f, def, rep, path, column);
            if (fields.stream().anyMatch(x -> x.name().equals(f.getName()))) {
                throw ParquetColumns.unsupported(column, "a group with two fields named '" + f.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            fields.add(new io.sluice.expression.types.Field(f.getName(), c.type, c.nullable));
            nodes.add(c.root);
        }
        return new Column(DataType.struct(fields), optional, new Struct(def, optional, nodes));
    }

    private static Column list(GroupType g, int def, int rep, String[] path, boolean optional, String column) {
        if (g.getFieldCount() != 1 || !g.getType(0).isRepetition(Type.Repetition.REPEATED)) {
            throw ParquetColumns.unsupported(column, "a LIST group that does not hold exactly one repeated field ('" //$NON-NLS-1$
                    + g.getName() + "')"); //$NON-NLS-1$
        }
        Type r = g.getType(0);
        String[] rpath = path(path, r.getName());
        int edef = def + 1;
        int erep = rep + 1;
        Column e;
        if (r.isPrimitive() || r.asGroupType().getFieldCount() > 1 || r.getName().equals("array") //$NON-NLS-1$
                || r.getName().equals(g.getName() + "_tuple") || r.getLogicalTypeAnnotation() != null) { //$NON-NLS-1$
            e = plain(r, edef, erep, rpath, false, column); // two levels: the repeated field is the element
        } else {
            e = build(r.asGroupType().getType(0), edef, erep, rpath, column); // three levels
        }
        return new Column(DataType.list(e.type, e.nullable), optional, new Repeated(def, optional, edef, erep, e.root));
    }

    private static Column map(GroupType g, int def, int rep, String[] path, boolean optional, String column) {
        if (g.getFieldCount() != 1 || g.getType(0).isPrimitive() || !g.getType(0).isRepetition(Type.Repetition.REPEATED)) {
            throw ParquetColumns.unsupported(column, "a MAP group that does not hold exactly one repeated group ('" //$NON-NLS-1$
                    + g.getName() + "')"); //$NON-NLS-1$
        }
        GroupType kv = g.getType(0).asGroupType();
        if (kv.getFieldCount() != 2) {
            throw ParquetColumns.unsupported(column, "a MAP whose entries have " + kv.getFieldCount() //$NON-NLS-1$
                    + " fields (a key and a value are read)"); //$NON-NLS-1$
        }
        String[] kvpath = path(path, kv.getName());
        int edef = def + 1;
        int erep = rep + 1;
        Column key = build(kv.getType(0), edef, erep, kvpath, column);
        Column value = build(kv.getType(1), edef, erep, kvpath, column);
        if (key.type.isNested()) {
            throw ParquetColumns.unsupported(column, "a MAP with nested keys (" + key.type + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Struct entry = new Struct(edef, false, List.of(key.root, value.root));
        return new Column(DataType.map(key.type, value.type, value.nullable), optional,
                new Repeated(def, optional, edef, erep, entry));
    }

    // ------------------------------------------------------------------------------------------------- reading

    /** One leaf's reader and how many of its values (level triples) are left in the row group. */
    static final class Cursor {
        final ColumnReader reader;
        final String name;
        long left;

        Cursor(ColumnReader reader) {
            this.reader = reader;
            this.left = reader.getTotalValueCount();
            this.name = String.join(".", reader.getDescriptor().getPath()); //$NON-NLS-1$
        }

        int def() {
            if (left <= 0) {
                throw new IllegalStateException("the leaf column '" + name + "' holds fewer values than the row group's rows need"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return reader.getCurrentDefinitionLevel();
        }

        /** The repetition level of the next value; 0 (a new row) after the last. */
        int rep() {
            return left <= 0 ? 0 : reader.getCurrentRepetitionLevel();
        }

        void consume() {
            reader.consume();
            left--;
        }
    }

    /** Reads {@code n} rows of a nested column from its leaves' readers (in {@link Column#paths()} order) into {@code v}. */
    static void read(Column c, Cursor[] leaves, FieldVector v, int n) {
        v.setInitialCapacity(n);
        v.allocateNew();
        Cursor first = leaves[c.root.first().index];
        for (int i = 0; i < n; i++) {
            if (first.rep() != 0) {
                throw new IllegalStateException("the leaf column '" + first.name + "' continues a row where a new row starts"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            slot(c.root, leaves, v, i);
        }
        v.setValueCount(n);
    }

    /** Reads the value at {@code i} of node {@code n}: consumes one slot of each of its leaves (more for lists). */
    private static void slot(Node n, Cursor[] leaves, FieldVector v, int i) {
        switch (n) {
            case Leaf l -> {
                Cursor cur = leaves[l.index];
                if (cur.def() >= l.def) {
                    if (v instanceof BaseFixedWidthVector f) {
                        while (i >= f.getValueCapacity()) {
                            f.reAlloc();
                        }
                    }
                    l.mapping.reader().read(cur.reader, v, i);
                } else {
                    v.setNull(i);
                }
                cur.consume();
            }
            case Struct s -> {
                if (s.optional && leaves[s.first().index].def() < s.def) {
                    absent(s, leaves, v, i);
                    return;
                }
                StructVector sv = (StructVector) v;
                sv.setIndexDefined(i);
                for (int k = 0; k < s.fields.size(); k++) {
                    slot(s.fields.get(k), leaves, (FieldVector) sv.getChildByOrdinal(k), i);
                }
            }
            case Repeated r -> {
                Cursor first = leaves[r.first().index];
                int d = first.def();
                ListVector lv = (ListVector) v;
                if (r.optional && d < r.def) {
                    absent(r, leaves, v, i);
                    return;
                }
                int at = lv.startNewValue(i);
                if (d < r.elementDef) { // an empty list
                    skip(r, leaves);
                    lv.endValue(i, 0);
                    return;
                }
                FieldVector data = lv.getDataVector();
                int k = 0;
                do {
                    slot(r.element, leaves, data, at + k);
                    k++;
                } while (first.rep() == r.rep);
                lv.endValue(i, k);
            }
        }
    }

    /** A null value of {@code n} at {@code i}: null there (and in a struct's fields), one slot of each leaf consumed. */
    private static void absent(Node n, Cursor[] leaves, FieldVector v, int i) {
        v.setNull(i);
        if (n instanceof Struct s) {
            StructVector sv = (StructVector) v;
            for (int k = 0; k < s.fields.size(); k++) {
                absent(s.fields.get(k), leaves, (FieldVector) sv.getChildByOrdinal(k), i);
            }
        } else {
            skip(n, leaves);
        }
    }

    private static void skip(Node n, Cursor[] leaves) {
        for (Leaf l : n.leaves) {
            Cursor c = leaves[l.index];
            c.def(); // names a leaf that ran out
            c.consume();
        }
    }

    // ------------------------------------------------------------------------------------------------- writing

    /** Stores one leaf value (never null) of {@code v} at row {@code r}, with these levels. */
    @FunctionalInterface
    interface LeafWriter {
        void write(FieldVector v, DataType type, int r, ColumnWriter w, int rep, int def);
    }

    /** Writes rows {@code 0..n} of {@code v} (a column of shape {@code c}) to its leaves' writers {@code w[from..]}. */
    static void write(Column c, FieldVector v, int n, ColumnWriter[] w, int from, LeafWriter leaf) {
        for (int r = 0; r < n; r++) {
            if (!c.nullable && v.isNull(r)) {
                throw new IllegalStateException("null in non-nullable column " + v.getName() + " at row " + r); //$NON-NLS-1$ //$NON-NLS-2$
            }
            stripe(c.root, c.type, v, r, 0, w, from, leaf);
        }
    }

    private static void stripe(Node n, DataType type, FieldVector v, int r, int rep, ColumnWriter[] w, int from, LeafWriter leaf) {
        if (v.isNull(r)) {
            if (!n.optional) {
                throw new IllegalStateException("null in non-nullable field " + v.getName() + " at " + r); //$NON-NLS-1$ //$NON-NLS-2$
            }
            nulls(n, rep, n.def - 1, w, from);
            return;
        }
        switch (n) {
            case Leaf l -> leaf.write(v, type, r, w[from + l.index], rep, l.def);
            case Struct s -> {
                StructVector sv = (StructVector) v;
                for (int k = 0; k < s.fields.size(); k++) {
                    stripe(s.fields.get(k), type.children().get(k).type(), (FieldVector) sv.getChildByOrdinal(k), r, rep, w,
                            from, leaf);
                }
            }
            case Repeated l -> {
                ListVector lv = (ListVector) v;
                int start = lv.getElementStartIndex(r);
                int end = lv.getElementEndIndex(r);
                if (start == end) {
                    nulls(l.element, rep, l.def, w, from);
                    return;
                }
                DataType element = type.id() == io.sluice.expression.types.TypeId.MAP
                        ? DataType.struct(type.children()) : type.element();
                for (int k = start; k < end; k++) {
                    stripe(l.element, element, lv.getDataVector(), k, k == start ? rep : l.rep, w, from, leaf);
                }
            }
        }
    }

    private static void nulls(Node n, int rep, int def, ColumnWriter[] w, int from) {
        for (Leaf l : n.leaves) {
            w[from + l.index].writeNull(rep, def);
        }
    }
}
