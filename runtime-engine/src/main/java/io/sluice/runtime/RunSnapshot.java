package io.sluice.runtime;

import java.time.Instant;
import java.util.List;

/**
 * Immutable picture of a run at one moment: published every 250 ms while it runs and once at the end
 * ({@code fin == true}).
 */
public record RunSnapshot(String runId, RunStatus status, Instant startedAt, long elapsedMillis, List<StepMetrics> steps,
        boolean fin) {
    public RunSnapshot {
        steps = List.copyOf(steps);
    }

    /** The step of that name, or null. */
    public StepMetrics step(String name) {
        for (StepMetrics m : steps) {
            if (m.step().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
