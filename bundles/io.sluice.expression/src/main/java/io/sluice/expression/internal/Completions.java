package io.sluice.expression.internal;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TypeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Content assist for the designer's expression editor: the fields of a STRUCT after {@code path.}. */
public final class Completions {

    private Completions() {
    }

    /** See {@link io.sluice.expression.Expressions#fieldCompletions}. */
    public static List<String> fields(String text, int caret, Schema input) {
        int start = caret;
        while (start > 0 && isNameChar(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, caret).toLowerCase(Locale.ROOT);
        List<String> path = new ArrayList<>();
        int at = start;
        while (at > 0 && text.charAt(at - 1) == '.') {
            at--;
            int end = at;
            String name;
            if (at > 0 && text.charAt(at - 1) == '"') {
                int open = text.lastIndexOf('"', at - 2);
                while (open > 0 && text.charAt(open - 1) == '"') { // a doubled quote inside the name
                    open = text.lastIndexOf('"', open - 2);
                }
                if (open < 0) {
                    return List.of();
                }
                name = text.substring(open + 1, end - 1).replace("\"\"", "\""); //$NON-NLS-1$ //$NON-NLS-2$
                at = open;
            } else {
                while (at > 0 && isNameChar(text.charAt(at - 1))) {
                    at--;
                }
                name = text.substring(at, end);
            }
            if (name.isEmpty()) {
                return List.of();
            }
            path.add(0, name);
        }
        if (path.isEmpty()) {
            return List.of();
        }
        Optional<Field> column = input.field(path.get(0));
        if (column.isEmpty()) {
            return List.of();
        }
        DataType t = column.get().type();
        for (String name : path.subList(1, path.size())) {
            Optional<Field> f = t.field(name);
            if (f.isEmpty()) {
                return List.of();
            }
            t = f.get().type();
        }
        if (t.id() != TypeId.STRUCT) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Field f : t.children()) {
            if (f.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                out.add(Printer.name(f.name()));
            }
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
