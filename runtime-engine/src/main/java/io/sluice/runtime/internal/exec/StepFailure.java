package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken.CancelledException;

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

    /** Work that may fail, run by {@link #attributed}. */
    interface Call<T> {
        T call() throws Exception;
    }

    /**
     * Runs {@code c}; a failure other than a cancellation or an already attributed one becomes a {@link StepFailure}
     * of {@code step} (none when {@code step} is null: internal work, such as a queue between pipelines).
     */
    static <T> T attributed(StepContext step, Call<T> c) throws Exception {
        try {
            return c.call();
        } catch (CancelledException | StepFailure e) {
            throw e;
        } catch (Exception | Error e) {
            if (step == null) {
                throw e;
            }
            throw new StepFailure(step.name(), e);
        }
    }

    /** The failure's message, naming its cause where the exception alone gives only a path. */
    public static String describe(Throwable t) {
        if (t instanceof java.nio.file.NoSuchFileException f) {
            return "file not found: " + f.getFile(); //$NON-NLS-1$
        }
        if (t instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile(); //$NON-NLS-1$
        }
        if (t instanceof java.nio.file.NotDirectoryException f) {
            return "not a folder: " + f.getFile(); //$NON-NLS-1$
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            return f.getClass().getSimpleName() + ": " + f.getFile(); //$NON-NLS-1$
        }
        if (t instanceof java.io.UncheckedIOException u && u.getCause() != null && (u.getMessage() == null
                || u.getMessage().equals(u.getCause().toString()))) {
            return describe(u.getCause());
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
