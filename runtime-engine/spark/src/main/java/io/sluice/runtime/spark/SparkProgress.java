package io.sluice.runtime.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.runtime.StepState;

/**
 * Maps Spark's job and task progress back to steps. Each sink is written by the jobs whose description names it
 * ({@value #DESCRIPTION_PREFIX}{@code <sink id>}); while one runs, the steps upstream of that sink are RUNNING, a
 * step is DONE once every sink it feeds is written, and its running time is the time its jobs ran. The rows come
 * from the accumulators, which Spark updates as each task ends — so the snapshots the engine publishes every 250 ms
 * move with the tasks, as an embedded run's do with its batches.
 */
final class SparkProgress extends SparkListener {
    static final String DESCRIPTION_PREFIX = "sluice:"; //$NON-NLS-1$

    private final Pipeline pipeline;
    private final Map<String, StepState> states;
    private final Map<String, Long> elapsed;
    private final Map<String, Long> startedAt = new HashMap<>();
    private final Map<Step, Set<Step>> upstream = new HashMap<>();
    private final Set<Step> sinksDone = new java.util.HashSet<>();
    private volatile long tasksDone;
    private volatile long jobsDone;

    SparkProgress(Pipeline pipeline, Map<String, StepState> states, Map<String, Long> elapsed) {
        this.pipeline = pipeline;
        this.states = states;
        this.elapsed = elapsed;
        for (Step s : pipeline.getSteps()) {
            if (pipeline.getLinks().stream().noneMatch(l -> l.getSource() == s)) {
                upstream.put(s, SparkEngine.upstream(pipeline, s));
            }
        }
    }

    synchronized void sinkStarting(Step sink) {
        long now = System.currentTimeMillis();
        for (Step s : upstream.getOrDefault(sink, Set.of(sink))) {
            if (states.get(s.getId()) != StepState.DONE) {
                states.put(s.getId(), StepState.RUNNING);
                startedAt.putIfAbsent(s.getId(), now);
            }
        }
    }

    synchronized void sinkDone(Step sink) {
        sinksDone.add(sink);
        long now = System.currentTimeMillis();
        for (Step s : upstream.getOrDefault(sink, Set.of(sink))) {
            boolean all = true;
            for (Map.Entry<Step, Set<Step>> e : upstream.entrySet()) {
                if (e.getValue().contains(s) && !sinksDone.contains(e.getKey())) {
                    all = false;
                }
            }
            if (all && states.get(s.getId()) != StepState.DONE) {
                states.put(s.getId(), StepState.DONE);
                elapsed.put(s.getId(), now - startedAt.getOrDefault(s.getId(), now));
            }
        }
    }

    private synchronized void tick() {
        long now = System.currentTimeMillis();
        for (Map.Entry<String, Long> e : startedAt.entrySet()) {
            if (states.get(e.getKey()) == StepState.RUNNING) {
                elapsed.put(e.getKey(), now - e.getValue());
            }
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        tick();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        tasksDone++;
        tick();
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
        jobsDone++;
        tick();
    }

    /** Tasks and jobs finished so far (for tests and logs). */
    long tasksDone() {
        return tasksDone;
    }

    long jobsDone() {
        return jobsDone;
    }

    /** The links of the pipeline (kept for callers that draw them). */
    List<Link> links() {
        return pipeline.getLinks();
    }
}
