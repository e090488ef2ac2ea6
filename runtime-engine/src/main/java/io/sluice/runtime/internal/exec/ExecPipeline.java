package io.sluice.runtime.internal.exec;

import io.sluice.runtime.internal.exec.ExecGraph.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One source, streaming operators, one sink: what {@link PipelineBuilder} cuts from an {@link ExecGraph},
 * {@link PipelineScheduler} starts once its dependencies ended, and each {@link PipelineWorker} runs.
 */
final class ExecPipeline {
    final int id;
    /** The source; a blocking operator's result source exists only once the pipeline that builds it ended. */
    Supplier<BatchSource<?, ?>> source;
    /** The source's step, or null for a queue between pipelines. */
    StepContext sourceStep;
    final List<BatchOperator<?>> ops = new ArrayList<>();
    final List<StepContext> opSteps = new ArrayList<>();
    BatchSink<?, ?> sink;
    /** The sink's step, or null for an internal sink (a queue writer, a discard). */
    StepContext sinkStep;
    /** The pipelines that must end before this one starts. */
    final Set<ExecPipeline> deps = new LinkedHashSet<>();
    final List<QueueWriter> sideWriters = new ArrayList<>();
    /** The sink's global state once started; the next pipeline's result source reads a blocking sink's. */
    final AtomicReference<Object> sinkGlobal = new AtomicReference<>();
    /** Every step this pipeline counts rows for; a step is done when every pipeline counting it ended. */
    final Set<StepCounters> counters = new LinkedHashSet<>();
    final List<Node> nodes = new ArrayList<>();
    Node sinkNode;

    ExecPipeline(int id) {
        this.id = id;
    }

    String label() {
        StringBuilder sb = new StringBuilder("p").append(id).append(':'); //$NON-NLS-1$
        sb.append(sourceStep == null ? "queue" : sourceStep.name()); //$NON-NLS-1$
        for (StepContext s : opSteps) {
            sb.append('>').append(s.name());
        }
        sb.append('>').append(sinkStep == null ? sink.getClass().getSimpleName() : sinkStep.name());
        return sb.toString();
    }
}
