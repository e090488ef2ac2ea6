package io.sluice.runtime;

/**
 * Receives the progress of a run. Called from an engine thread (never the caller's UI thread):
 * implementations must return quickly and hand work to their own thread. Exceptions thrown by a
 * listener are logged and ignored.
 */
public interface RunListener {
    /** Periodic snapshot (about every 250 ms) while the run is active. */
    default void progress(RunSnapshot snapshot) {
    }

    /** A transient failure of a source or sink is about to be retried (after {@code e.delayMillis()}). */
    default void retried(RetryEvent e) {
    }

    /** Called exactly once when the run ends, whatever the outcome. */
    default void finished(RunResult result) {
    }

    RunListener NONE = new RunListener() {
    };
}
