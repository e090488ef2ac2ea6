package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken.CancelledException;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs an {@link ExecGraph}: {@link PipelineBuilder} cuts it into pipelines (one source, streaming operators, one
 * sink, broken at blocking operators, fan-outs, side outputs and merges), {@link PipelineScheduler} starts each
 * pipeline once those it depends on ended, and each pipeline's workers run {@link PipelineWorker}'s loop. Sinks
 * only prepare their output while pipelines run; they commit after the whole run passed its checks.
 */
public final class Executor {
    /**
     * Testing knob: pause after each batch a pipeline's source produces (milliseconds), so that a test can kill or
     * signal a run process while it is in the middle of its input.
     */
    public static final String PAUSE_PROPERTY = "sluice.exec.pauseMillis"; //$NON-NLS-1$

    private final ExecContext ctx;
    private final List<ExecPipeline> pipelines;

    /** A check of the whole run that runs after every pipeline finished and before any sink commits. */
    @FunctionalInterface
    public interface BeforeCommit {
        /** Throws to refuse the commit: no sink commits, every prepared output is discarded when the run closes. */
        void check();
    }

    public Executor(ExecGraph graph, ExecContext ctx) {
        this.ctx = ctx;
        this.pipelines = PipelineBuilder.build(graph, ctx);
    }

    /** Pipelines in creation order (for tests and diagnostics). */
    public List<String> describe() {
        List<String> result = new ArrayList<>();
        for (ExecPipeline p : pipelines) {
            StringBuilder sb = new StringBuilder(p.label());
            if (!p.deps.isEmpty()) {
                sb.append(" after"); //$NON-NLS-1$
                for (ExecPipeline d : p.deps) {
                    sb.append(" p").append(d.id); //$NON-NLS-1$
                }
            }
            result.add(sb.toString());
        }
        return result;
    }

    /**
     * Runs every pipeline; returns normally on success, throws {@link StepFailure} (or another runtime
     * exception) on failure and {@link CancelledException} when cancelled from outside.
     */
    public void run() {
        run(() -> {
        });
    }

    /**
     * Runs every pipeline (sinks only prepare their output), then {@code beforeCommit}, then commits every sink. If
     * anything fails, no sink commits; their prepared output is discarded when the {@link ExecContext} closes.
     */
    public void run(BeforeCommit beforeCommit) {
        PipelineScheduler scheduler = new PipelineScheduler(pipelines, ctx);
        scheduler.run();
        beforeCommit.check();
        for (Runnable c : scheduler.commits()) {
            c.run();
        }
    }
}
