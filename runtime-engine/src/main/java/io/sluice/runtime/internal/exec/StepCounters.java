package io.sluice.runtime.internal.exec;

import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.StepState;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;

/** Live, thread-safe counters of one step; {@link #snapshot()} turns them into an immutable record. */
public final class StepCounters {
    private final String step;
    private final String kind;
    public final LongAdder rowsIn = new LongAdder();
    public final LongAdder rowsOut = new LongAdder();
    public final LongAdder rowsRejected = new LongAdder();
    /** Rows a step dropped on purpose: a filter's condition was not true, a duplicate. */
    public final LongAdder rowsFiltered = new LongAdder();
    public final LongAdder batchesIn = new LongAdder();
    public final LongAdder batchesOut = new LongAdder();
    public final LongAdder bytesOut = new LongAdder();
    public final LongAdder errors = new LongAdder();
    /** Time the step's own code ran (source reads, operator calls, sink writes), summed over workers. */
    public final LongAdder busyNanos = new LongAdder();
    private volatile StepState state = StepState.WAITING;
    private volatile long startNanos;
    private volatile long endNanos;
    private volatile String message;
    private volatile DoubleSupplier queueFill;
    private volatile boolean sinkLike;

    public StepCounters(String step, String kind) {
        this.step = step;
        this.kind = kind;
    }

    public String step() {
        return step;
    }

    public String kind() {
        return kind;
    }

    public StepState state() {
        return state;
    }

    /** Rates of sinks are computed from rows in, of every other step from rows out. */
    public void markSink() {
        sinkLike = true;
    }

    public void inputQueue(DoubleSupplier fill) {
        this.queueFill = fill;
    }

    synchronized void running() {
        if (state == StepState.WAITING) {
            startNanos = System.nanoTime();
            state = StepState.RUNNING;
        }
    }

    synchronized void done() {
        if (state == StepState.RUNNING || state == StepState.WAITING) {
            if (startNanos == 0) {
                startNanos = System.nanoTime();
            }
            endNanos = System.nanoTime();
            state = StepState.DONE;
        }
    }

    synchronized void failed(String why) {
        if (state != StepState.FAILED) {
            if (startNanos == 0) {
                startNanos = System.nanoTime();
            }
            endNanos = System.nanoTime();
            message = why;
            state = StepState.FAILED;
            errors.increment();
        }
    }

    synchronized void cancelled() {
        if (state == StepState.RUNNING || state == StepState.WAITING) {
            endNanos = System.nanoTime();
            state = StepState.CANCELLED;
        }
    }

    public StepMetrics snapshot() {
        long start = startNanos;
        long end = endNanos;
        long elapsedNanos = start == 0 ? 0 : (end != 0 ? end : System.nanoTime()) - start;
        long in = rowsIn.sum();
        long out = rowsOut.sum();
        // rows/s: what the step consumed (a source: what it produced) over its own active time
        long busy = busyNanos.sum();
        double seconds = (busy > 0 ? busy : elapsedNanos) / 1e9;
        double rate = seconds <= 0 ? 0 : (in == 0 && out > 0 ? out : in) / seconds;
        DoubleSupplier q = queueFill;
        double fill = q == null ? -1 : q.getAsDouble();
        long rejected = rowsRejected.sum();
        return new StepMetrics(step, kind, state, in, out, rejected, batchesIn.sum(), batchesOut.sum(), bytesOut.sum(),
                rate, fill, errors.sum() + rejected, elapsedNanos / 1_000_000, message, rowsFiltered.sum());
    }
}
