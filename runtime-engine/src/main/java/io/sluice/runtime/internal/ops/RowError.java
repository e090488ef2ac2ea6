package io.sluice.runtime.internal.ops;

/** A value of some row could not be computed (a failed cast, an overflow): what failed and why. */
public final class RowError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rule;

    public RowError(String rule, String reason, Throwable cause) {
        super(reason, cause);
        this.rule = rule;
    }

    /** The cast or derivation at fault, e.g. {@code derivation 'revenue'}. */
    public String rule() {
        return rule;
    }

    @Override
    public String getMessage() {
        return rule + ": " + super.getMessage(); //$NON-NLS-1$
    }

    /** The reason alone. */
    public String reason() {
        return super.getMessage();
    }
}
