package io.sluice.runtime;

import java.time.Instant;

/**
 * One retry of a transient failure (a JDBC connection lost or refused, a file locked or not readable for a
 * moment): the engine waited {@code delayMillis} and tried again.
 *
 * @param step        id of the step whose operation failed
 * @param operation   what was tried, e.g. {@code open /data/in.csv} or {@code connect jdbc:h2:tcp://…}
 * @param attempt     the attempt that failed (1 = the first try)
 * @param delayMillis the wait before the next attempt
 * @param at          when the attempt failed
 * @param cause       the failure's message
 */
public record RetryEvent(String step, String operation, int attempt, long delayMillis, Instant at, String cause) {
    public RetryEvent {
        operation = Redaction.redact(operation);
        cause = Redaction.redact(cause);
    }
}
