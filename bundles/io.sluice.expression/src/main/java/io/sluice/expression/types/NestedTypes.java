package io.sluice.expression.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of LIST, STRUCT and MAP (the one printer and parser behind {@link DataType#typeName()} and
 * {@link DataType#fromName(String)}).
 *
 * <p>Written: {@code LIST<T>}, {@code STRUCT<name: T, …>}, {@code MAP<K, V>}; a child followed by {@code NOT NULL}
 * holds no nulls (a MAP key never does, so it is not written there); a field name that is not a plain identifier is
 * double-quoted. Also read: {@code ARRAY<T>} and {@code T[]} (lists, as Spark and DuckDB write them),
 * {@code STRUCT(name T, …)} and {@code MAP(K, V)} (DuckDB), field names with or without the colon.
 */
final class NestedTypes {
    static final String ELEMENT = "element"; //$NON-NLS-1$
    static final String KEY = "key"; //$NON-NLS-1$
    static final String VALUE = "value"; //$NON-NLS-1$

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"); //$NON-NLS-1$
    private static final Pattern NESTED_START = Pattern.compile(
            "(?is)\\s*(?:(?:LIST|ARRAY|STRUCT|MAP)\\s*<|(?:STRUCT|MAP)\\s*\\(|.*\\[\\s*\\]\\s*$).*"); //$NON-NLS-1$
    private static final Pattern NOT_NULL = Pattern.compile("(?is)(.*?)\\s+NOT\\s+NULL"); //$NON-NLS-1$

    private NestedTypes() {
    }

    static boolean looksNested(String text) {
        return NESTED_START.matcher(text).matches();
    }

    static String print(TypeId id, List<Field> children) {
        StringBuilder b = new StringBuilder();
        switch (id) {
            case LIST -> b.append("LIST<").append(child(children.get(0))).append('>'); //$NON-NLS-1$
            case MAP -> b.append("MAP<").append(children.get(0).type().typeName()).append(", ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(child(children.get(1))).append('>');
            case STRUCT -> {
                b.append("STRUCT<"); //$NON-NLS-1$
                for (int i = 0; i < children.size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(name(children.get(i).name())).append(": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .append(child(children.get(i)));
                }
                b.append('>');
            }
            default -> throw new IllegalArgumentException(id + " is not nested"); //$NON-NLS-1$
        }
        return b.toString();
    }

    private static String child(Field f) {
        return f.nullable() ? f.type().typeName() : f.type().typeName() + " NOT NULL"; //$NON-NLS-1$
    }

    /** A field name as written in a type: bare when a plain identifier, else in double quotes. */
    static String name(String n) {
        return IDENTIFIER.matcher(n).matches() ? n : '"' + n.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static DataType parse(String text) {
        Parser p = new Parser(text);
        DataType t = p.type();
        p.skip();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.substring(p.pos) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return t;
    }

    private static final class Parser {
        private final String s;
        private int pos;
        private boolean pendingNotNull;

        Parser(String s) {
            this.s = s;
        }

        DataType type() {
            skip();
            int start = pos;
            String word = word();
            String up = word.toUpperCase(Locale.ROOT);
            skip();
            char c = pos < s.length() ? s.charAt(pos) : 0;
            DataType t;
            if ((up.equals("LIST") || up.equals("ARRAY")) && c == '<') { //$NON-NLS-1$ //$NON-NLS-2$
                pos++;
                Field e = child(ELEMENT);
                expect('>');
                t = DataType.list(e.type(), e.nullable());
            } else if (up.equals("STRUCT") && (c == '<' || c == '(')) { //$NON-NLS-1$
                pos++;
                char close = c == '<' ? '>' : ')';
                List<Field> fields = new ArrayList<>();
                do {
                    skip();
                    String name = fieldName();
                    skip();
                    if (pos < s.length() && s.charAt(pos) == ':') {
                        pos++;
                    }
                    fields.add(child(name));
                    skip();
                } while (accept(','));
                expect(close);
                t = DataType.struct(fields);
            } else if (up.equals("MAP") && (c == '<' || c == '(')) { //$NON-NLS-1$
                pos++;
                char close = c == '<' ? '>' : ')';
                Field k = child(KEY);
                expect(',');
                Field v = child(VALUE);
                expect(close);
                t = DataType.map(k.type(), v.type(), v.nullable());
            } else {
                pos = start;
                t = atom();
            }
            skip();
            while (s.startsWith("[", pos)) { //$NON-NLS-1$
                pos++;
                expect(']');
                t = DataType.list(t);
                skip();
            }
            return t;
        }

        private Field child(String name) {
            pendingNotNull = false;
            DataType t = type();
            boolean notNull = pendingNotNull;
            pendingNotNull = false;
            skip();
            if (s.regionMatches(true, pos, "NOT", 0, 3)) { //$NON-NLS-1$
                int save = pos;
                pos += 3;
                skip();
                if (s.regionMatches(true, pos, "NULL", 0, 4)) { //$NON-NLS-1$
                    pos += 4;
                    notNull = true;
                } else {
                    pos = save;
                }
            }
            return new Field(name, t, !notNull);
        }

        private DataType atom() {
            int start = pos;
            int depth = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && (c == ',' || c == '>' || c == '<' || c == '[')) {
                    break;
                }
                pos++;
            }
            String atom = s.substring(start, pos).strip();
            Matcher m = NOT_NULL.matcher(atom);
            if (m.matches()) {
                atom = m.group(1);
                pendingNotNull = true;
            }
            if (atom.isEmpty()) {
                throw error("a type is missing"); //$NON-NLS-1$
            }
            return DataType.parse(atom);
        }

        private String word() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private String fieldName() {
            if (pos < s.length() && (s.charAt(pos) == '"' || s.charAt(pos) == '`')) {
                char q = s.charAt(pos++);
                StringBuilder b = new StringBuilder();
                while (true) {
                    if (pos >= s.length()) {
                        throw error("unterminated field name"); //$NON-NLS-1$
                    }
                    char c = s.charAt(pos++);
                    if (c == q) {
                        if (pos < s.length() && s.charAt(pos) == q) {
                            b.append(q);
                            pos++;
                        } else {
                            return b.toString();
                        }
                    } else {
                        b.append(c);
                    }
                }
            }
            String w = word();
            if (w.isEmpty()) {
                throw error("a field name is missing"); //$NON-NLS-1$
            }
            return w;
        }

        private boolean accept(char c) {
            skip();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw error("expected '" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at position " + (pos + 1)); //$NON-NLS-1$
        }
    }
}
