package io.sluice.expression;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the run-context functions read: {@code run_id()}, {@code run_start_time()}, {@code param(name)} and the seed
 * of {@code random(key, …)}. Fixed for a whole run, so a rerun with the same context computes the same rows.
 *
 * @param runId      the run's id
 * @param startTime  when the run started (microsecond precision)
 * @param seed       the seed {@code random} derives its numbers from
 * @param parameters the run's parameter values by name
 */
public record RunContext(String runId, Instant startTime, long seed, Map<String, String> parameters) {

    /** No run: the run-context functions are errors ("needs a run"). Constant folding and the checker use it. */
    public static final RunContext NONE = new RunContext("", Instant.EPOCH, 0, Map.of()); //$NON-NLS-1$

    public RunContext {
        Objects.requireNonNull(runId, "runId"); //$NON-NLS-1$
        Objects.requireNonNull(startTime, "startTime"); //$NON-NLS-1$
        parameters = Map.copyOf(parameters);
    }

    /** Whether this is {@link #NONE}. */
    public boolean isNone() {
        return this == NONE;
    }
}
