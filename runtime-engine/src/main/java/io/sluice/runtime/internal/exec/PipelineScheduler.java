package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken.CancelledException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.arrow.memory.BufferAllocator;

/**
 * Starts each {@link ExecPipeline} once every pipeline it depends on ended, on
 * {@code min(threads, source.maxThreads)} workers (one when the order of its rows matters) from a pool of daemon
 * threads, each running a {@link PipelineWorker}. When a pipeline's last worker ends, its sink finishes and queues
 * its commit; a step's counters are done once every pipeline counting it ended. The first failure cancels the
 * run's token; every worker stops at its next batch or queue wait and no further pipeline starts.
 */
final class PipelineScheduler {
    private final List<ExecPipeline> pipelines;
    private final ExecContext ctx;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Sinks that finished (prepared) and wait for the run's checks before they commit, in finishing order. */
    private final List<Runnable> commits = Collections.synchronizedList(new ArrayList<>());

    PipelineScheduler(List<ExecPipeline> pipelines, ExecContext ctx) {
        this.pipelines = pipelines;
        this.ctx = ctx;
    }

    private record Ended(ExecPipeline pipeline) {
    }

    /**
     * Runs every pipeline (sinks only prepare their output); returns normally on success, throws
     * {@link StepFailure} (or another runtime exception) on failure and {@link CancelledException} when cancelled
     * from outside.
     */
    void run() {
        Map<StepCounters, Integer> remaining = new HashMap<>();
        for (ExecPipeline p : pipelines) {
            for (StepCounters c : p.counters) {
                remaining.merge(c, 1, Integer::sum);
            }
        }
        LinkedBlockingQueue<Ended> events = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newCachedThreadPool(threadFactory(ctx.runId()));
        Set<ExecPipeline> started = new HashSet<>();
        Set<ExecPipeline> ended = new HashSet<>();
        try {
            while (ended.size() < pipelines.size()) {
                if (!ctx.token().isCancelled()) {
                    for (ExecPipeline p : pipelines) {
                        if (!started.contains(p) && ended.containsAll(p.deps)) {
                            started.add(p);
                            start(p, pool, events);
                        }
                    }
                }
                if (started.size() == ended.size()) {
                    break; // cancelled: nothing is running any more, the rest never starts
                }
                Ended e;
                try {
                    e = events.take();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    ctx.token().cancel("interrupted"); //$NON-NLS-1$
                    continue;
                }
                ended.add(e.pipeline());
                if (failure.get() == null && !ctx.token().isCancelled()) {
                    for (StepCounters c : e.pipeline().counters) {
                        if (remaining.merge(c, -1, Integer::sum) == 0) {
                            c.done();
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t != null) {
            for (StepCounters c : ctx.allCounters()) {
                c.cancelled();
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(t);
        }
        if (ctx.token().isCancelled()) {
            for (StepCounters c : ctx.allCounters()) {
                c.cancelled();
            }
            throw new CancelledException(ctx.token().reason());
        }
    }

    private static ThreadFactory threadFactory(String runId) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sluice-" + runId + "-" + n.getAndIncrement()); //$NON-NLS-1$ //$NON-NLS-2$
            t.setDaemon(true);
            return t;
        };
    }

    private void fail(Throwable t) {
        if (t instanceof CancelledException && ctx.token().isCancelled()) {
            return; // a consequence, not a cause
        }
        if (failure.compareAndSet(null, t)) {
            if (t instanceof StepFailure sf) {
                StepCounters c = ctx.counters(sf.step(), "?"); //$NON-NLS-1$
                c.failed(StepFailure.describe(sf.getCause()));
            }
            ctx.token().cancel("failed: " + StepFailure.describe(t)); //$NON-NLS-1$
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void start(ExecPipeline p, ExecutorService pool, LinkedBlockingQueue<Ended> events) {
        int workers;
        BatchSource source;
        AutoCloseable sourceGlobal;
        AutoCloseable sinkGlobal;
        try {
            for (StepCounters c : p.counters) {
                c.running();
            }
            source = p.source.get();
            sourceGlobal = StepFailure.attributed(p.sourceStep, () -> ctx.register(Retry.call(ctx, stepName(p.sourceStep),
                    "open " + source.describe(), () -> source.createGlobal(orDummy(p.sourceStep))))); //$NON-NLS-1$
            sinkGlobal = StepFailure.attributed(p.sinkStep, () -> ctx.register(Retry.call(ctx, stepName(p.sinkStep),
                    "open " + p.sink.describe(), () -> p.sink.createGlobal(orDummy(p.sinkStep))))); //$NON-NLS-1$
            p.sinkGlobal.set(sinkGlobal);
            workers = Math.max(1, Math.min(ctx.options().threads(), source.maxThreads(sourceGlobal)));
            boolean ordered = p.sink.needsInputOrder() || source.ordered() && p.sink.keepsInputOrder();
            for (BatchOperator<?> op : p.ops) {
                ordered |= op.needsInputOrder();
            }
            if (ordered) {
                workers = 1;
            }
        } catch (Throwable t) {
            fail(t);
            events.add(new Ended(p));
            return;
        }
        BufferAllocator pipelineAllocator = ctx.newAllocator(p.label());
        AtomicInteger running = new AtomicInteger(workers);
        PipelineWorker worker = new PipelineWorker(p, ctx, source, sourceGlobal, sinkGlobal, workers);
        for (int w = 0; w < workers; w++) {
            int index = w;
            pool.execute(() -> {
                try {
                    BufferAllocator wa = ctx.newAllocator(pipelineAllocator, p.label() + "#w" + index); //$NON-NLS-1$
                    worker.run(new WorkerState(wa, ctx.token(), index, ctx));
                } catch (Throwable t) {
                    fail(t);
                }
                if (running.decrementAndGet() == 0) {
                    try {
                        if (failure.get() == null && !ctx.token().isCancelled()) {
                            StepFailure.attributed(p.sinkStep, () -> {
                                long t0 = System.nanoTime();
                                ((BatchSink) p.sink).finish(sinkGlobal, orDummy(p.sinkStep));
                                PipelineWorker.busy(p.sinkStep, t0);
                                return null;
                            });
                            commits.add(() -> {
                                try {
                                    StepFailure.attributed(p.sinkStep, () -> {
                                        ((BatchSink) p.sink).commit(sinkGlobal);
                                        return null;
                                    });
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new StepFailure(stepName(p.sinkStep), e);
                                }
                            });
                        }
                    } catch (Throwable t) {
                        fail(t);
                    } finally {
                        for (QueueWriter sw : p.sideWriters) {
                            sw.endOfStream();
                        }
                        events.add(new Ended(p));
                    }
                }
            });
        }
    }

    private static String stepName(StepContext s) {
        return s == null ? "(internal)" : s.name(); //$NON-NLS-1$
    }

    private StepContext orDummy(StepContext s) {
        return s != null ? s : new StepContext("(internal)", new StepCounters("(internal)", "internal"), ctx, Map.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The commits of the sinks that finished, in finishing order (run them only after {@link #run()} returned). */
    List<Runnable> commits() {
        synchronized (commits) {
            return new ArrayList<>(commits);
        }
    }
}
