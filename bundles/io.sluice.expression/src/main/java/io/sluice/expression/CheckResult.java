package io.sluice.expression;

import io.sluice.expression.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Expressions#check(Expr, io.sluice.expression.types.Schema)} or
 * {@link Expressions#compile(String, io.sluice.expression.types.Schema)}: a typed expression or at least one
 * problem (syntax or type errors), each with its position.
 */
public final class CheckResult {

    private final TypedExpr typed;
    private final List<ExpressionProblem> problems;

    private CheckResult(TypedExpr typed, List<ExpressionProblem> problems) {
        this.typed = typed;
        this.problems = List.copyOf(problems);
    }

    /** A successful check. */
    public static CheckResult success(TypedExpr typed) {
        return new CheckResult(Objects.requireNonNull(typed, "typed"), List.of()); //$NON-NLS-1$
    }

    /** A failed check; {@code problems} must not be empty. */
    public static CheckResult failure(List<ExpressionProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed check needs a problem"); //$NON-NLS-1$
        }
        return new CheckResult(null, problems);
    }

    /** Whether the expression is well typed. */
    public boolean ok() {
        return typed != null;
    }

    /**
     * The typed expression.
     *
     * @throws IllegalStateException if the check failed (ask {@link #ok()} first)
     */
    public TypedExpr typed() {
        if (typed == null) {
            throw new IllegalStateException("the expression has problems: " + problems); //$NON-NLS-1$
        }
        return typed;
    }

    /** The result type; same precondition as {@link #typed()}. */
    public DataType type() {
        return typed().type();
    }

    /** The problems, in source order; empty when {@link #ok()}. */
    public List<ExpressionProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return ok() ? "CheckResult[" + typed + "]" : "CheckResult" + problems; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
