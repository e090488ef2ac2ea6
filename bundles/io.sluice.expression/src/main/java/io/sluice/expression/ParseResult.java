package io.sluice.expression;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link Expressions#parse(String)}: either an expression or at least one problem. */
public final class ParseResult {

    private final String text;
    private final Expr expr;
    private final List<ExpressionProblem> problems;

    private ParseResult(String text, Expr expr, List<ExpressionProblem> problems) {
        this.text = text;
        this.expr = expr;
        this.problems = List.copyOf(problems);
    }

    /** A successful parse. */
    public static ParseResult success(String text, Expr expr) {
        return new ParseResult(text, Objects.requireNonNull(expr, "expr"), List.of()); //$NON-NLS-1$
    }

    /** A failed parse; {@code problems} must not be empty. */
    public static ParseResult failure(String text, List<ExpressionProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed parse needs a problem"); //$NON-NLS-1$
        }
        return new ParseResult(text, null, problems);
    }

    /** The parsed text. */
    public String text() {
        return text;
    }

    /** Whether the text parsed. */
    public boolean ok() {
        return expr != null;
    }

    /**
     * The expression.
     *
     * @throws IllegalStateException if the parse failed (a programming error: ask {@link #ok()} first)
     */
    public Expr expr() {
        if (expr == null) {
            throw new IllegalStateException("the expression did not parse: " + problems); //$NON-NLS-1$
        }
        return expr;
    }

    /** The problems; empty when {@link #ok()}. */
    public List<ExpressionProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return ok() ? "ParseResult[" + expr + "]" : "ParseResult" + problems; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
