package io.sluice.runtime;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Cooperative cancellation for a run. Thread-safe; once cancelled it stays cancelled. Workers poll
 * {@link #isCancelled()} between batches and while waiting on a full or empty queue.
 */
public final class CancellationToken {
    private final AtomicReference<String> reason = new AtomicReference<>();
    private final CopyOnWriteArrayList<Runnable> callbacks = new CopyOnWriteArrayList<>();

    /** Cancels with the given reason; only the first call has an effect. Returns true if this call cancelled. */
    public boolean cancel(String why) {
        Objects.requireNonNull(why, "reason");
        if (reason.compareAndSet(null, why)) {
            for (Runnable r : callbacks) {
                r.run();
            }
            return true;
        }
        return false;
    }

    public boolean isCancelled() {
        return reason.get() != null;
    }

    /** The reason given to the first {@link #cancel(String)} call, or null. */
    public String reason() {
        return reason.get();
    }

    /** Runs the callback on cancellation (at once if already cancelled). */
    public void onCancel(Runnable callback) {
        callbacks.add(callback);
        if (isCancelled()) {
            callback.run();
        }
    }

    /** Throws {@link CancelledException} if cancelled. */
    public void throwIfCancelled() {
        String why = reason.get();
        if (why != null) {
            throw new CancelledException(why);
        }
    }

    /** Thrown inside a run when work stops because the token was cancelled. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException(String reason) {
            super("cancelled: " + reason); //$NON-NLS-1$
        }
    }
}
