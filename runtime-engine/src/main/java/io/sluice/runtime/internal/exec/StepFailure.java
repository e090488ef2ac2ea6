package io.sluice.runtime.internal.exec;

/** A failure attributed to one step; the message names the step. */
public final class StepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String step;

    public StepFailure(String step, Throwable cause) {
        super("step '" + step + "': " + describe(cause), cause); //$NON-NLS-1$ //$NON-NLS-2$
        this.step = step;
    }

    public String step() {
        return step;
    }

    /** The failure's message (its class when it has none). */
    public static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
