package io.sluice.expression;

import java.util.Objects;

/**
 * A user error in an expression: a syntax error or a type error.
 *
 * @param offset  the zero-based offset in the source text where the problem starts
 * @param line    the 1-based line of {@code offset}
 * @param column  the 1-based column of {@code offset} (counting UTF-16 chars)
 * @param message the plain-words message, without the position
 */
public record ExpressionProblem(int offset, int line, int column, String message) {

    public ExpressionProblem {
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
    }

    /** The problem at {@code offset} of {@code text}, its line and column computed from the text. */
    public static ExpressionProblem at(String text, int offset, String message) {
        int line = 1;
        int column = 1;
        int limit = Math.min(Math.max(offset, 0), text == null ? 0 : text.length());
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        if (offset > limit) {
            column += offset - limit;
        }
        return new ExpressionProblem(offset, line, column, message);
    }

    /** {@code "line 1, column 12: unexpected ')' — expected an expression"}. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
