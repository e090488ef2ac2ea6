package io.sluice.ui.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.StepMetrics;

/**
 * Rows/s of every step over the course of the runs started in this designer, sampled from the engine's snapshots,
 * for the Runs view's sparklines. The engine's history keeps final counters only, so runs from the command line (or
 * from an earlier session) have no samples.
 */
public final class RateSamples {

    private static final int MAX_RUNS = 50;
    private static final Map<String, Map<String, List<Double>>> BY_RUN = new ConcurrentHashMap<>();

    private RateSamples() {
    }

    /** Records one snapshot of a run (called from the engine's thread). */
    static void record(RunSnapshot snapshot) {
        if (BY_RUN.size() > MAX_RUNS && !BY_RUN.containsKey(snapshot.runId())) {
            BY_RUN.clear(); // a designer session that runs this often only needs the recent ones
        }
        Map<String, List<Double>> steps = BY_RUN.computeIfAbsent(snapshot.runId(), id -> new LinkedHashMap<>());
        synchronized (steps) {
            for (StepMetrics m : snapshot.steps()) {
                steps.computeIfAbsent(m.step(), s -> new ArrayList<>()).add(m.rowsPerSecond());
            }
        }
    }

    /** The rows/s samples of one step of one run, oldest first; empty when none were taken. */
    public static List<Double> of(String runId, String stepId) {
        Map<String, List<Double>> steps = BY_RUN.get(runId);
        if (steps == null) {
            return List.of();
        }
        synchronized (steps) {
            return List.copyOf(steps.getOrDefault(stepId, List.of()));
        }
    }
}
