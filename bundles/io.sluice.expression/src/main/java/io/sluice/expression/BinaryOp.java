package io.sluice.expression;

/** Infix operators, with their canonical spelling ({@code !=} is read as {@link #NE} and printed {@code <>}). */
public enum BinaryOp {
    MUL("*"), DIV("/"), MOD("%"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    ADD("+"), SUB("-"), //$NON-NLS-1$ //$NON-NLS-2$
    CONCAT("||"), //$NON-NLS-1$
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    AND("AND"), OR("OR"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical spelling. */
    public String symbol() {
        return symbol;
    }

    /** {@code + - * / %}. */
    public boolean isArithmetic() {
        return this == ADD || this == SUB || this == MUL || this == DIV || this == MOD;
    }

    /** {@code = <> < <= > >=}. */
    public boolean isComparison() {
        return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }

    /** {@code AND OR}. */
    public boolean isLogical() {
        return this == AND || this == OR;
    }
}
