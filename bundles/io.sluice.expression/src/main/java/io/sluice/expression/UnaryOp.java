package io.sluice.expression;

/** Prefix operators. */
public enum UnaryOp {
    /** Arithmetic negation {@code -x}. */
    NEGATE("-"), //$NON-NLS-1$
    /** Logical negation {@code NOT x}. */
    NOT("NOT"); //$NON-NLS-1$

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical spelling. */
    public String symbol() {
        return symbol;
    }
}
