package io.sluice.runtime;

import java.time.Duration;

/**
 * How the engine retries transient I/O failures of sources and sinks (JDBC connection lost, refused or timed out —
 * {@code SQLTransientException}, {@code SQLRecoverableException}, SQL state class 08; a file that is locked or not
 * readable for a moment): at most {@code retries} more attempts, waiting {@code backoff}, then twice as long each
 * time, never more than {@code maxBackoff}. Permanent failures (bad SQL, a missing file, a parse error) are never
 * retried.
 *
 * @param retries    attempts after the first (0 = no retry)
 * @param backoff    wait before the first retry
 * @param maxBackoff longest wait between two attempts
 */
public record RetryPolicy(int retries, Duration backoff, Duration maxBackoff) {
    /** 3 retries, 200 ms, 400 ms, 800 ms (at most 10 s between attempts). */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));
    /** Fail at the first error. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0, was " + retries); //$NON-NLS-1$
        }
        if (backoff == null || backoff.isNegative() || maxBackoff == null || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoffs must be durations >= 0, were " + backoff + " and " + maxBackoff); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    public RetryPolicy(int retries, Duration backoff) {
        this(retries, backoff, Duration.ofSeconds(Math.max(10, backoff.toSeconds())));
    }

    /** The wait after the failed attempt {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        long ms = backoff.toMillis();
        for (int i = 1; i < attempt && ms < maxBackoff.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }
}
