package io.sluice.runtime;

/**
 * A user-facing problem that prevents a run: a validation error of the model, an unknown parameter,
 * an unsupported step. {@code step} is null when the problem concerns the whole pipeline.
 */
public record Problem(Severity severity, String step, String message) {
    public Problem {
        message = Redaction.redact(message);
    }

    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return severity + (step == null ? "" : " [" + step + "]") + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
