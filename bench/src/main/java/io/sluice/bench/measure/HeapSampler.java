package io.sluice.bench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures the Java heap while something runs, two ways:
 * <ul>
 * <li><b>peak used</b>: a daemon thread samples {@link MemoryMXBean#getHeapMemoryUsage()} every few
 * milliseconds. This counts garbage not yet collected, so it is an upper bound that also depends on -Xmx and
 * the collector;</li>
 * <li><b>peak after GC</b>: the largest heap occupancy right after a collection (from the collectors'
 * notifications), i.e. an upper bound of the live data; 0 when no collection ran during the measurement.</li>
 * </ul>
 * Start with {@link #start()} (which first runs a full GC so the baseline is the live heap), stop with
 * {@link #stop()}.
 */
public final class HeapSampler implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private volatile boolean running;
    private Thread thread;
    private long baseline;

    /** The heap in use now (after a GC when {@code collect}). */
    public long used(boolean collect) {
        if (collect) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("sampler already running"); //$NON-NLS-1$
        }
        baseline = used(true);
        peakUsed.set(baseline);
        peakAfterGc.set(0);
        subscribe();
        running = true;
        thread = new Thread(this::sample, "bench-heap-sampler"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** Stops sampling and returns the measurement. */
    public synchronized Heap stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        record(memory.getHeapMemoryUsage().getUsed());
        unsubscribe.forEach(Runnable::run);
        unsubscribe.clear();
        return new Heap(baseline, peakUsed.get(), peakAfterGc.get(), memory.getHeapMemoryUsage().getMax());
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }

    private void sample() {
        while (running) {
            record(memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(long used) {
        peakUsed.accumulateAndGet(used, Math::max);
    }

    private void subscribe() {
        NotificationListener listener = (n, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long after = 0;
            long before = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                after += e.getValue().getUsed();
            }
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                before += e.getValue().getUsed();
            }
            record(before);
            long live = after;
            peakAfterGc.accumulateAndGet(live, Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }

    /**
     * @param baseline   heap used after a full GC just before the measurement
     * @param peakUsed   largest sampled heap use (garbage included)
     * @param peakAfterGc largest heap use right after a collection during the measurement, 0 if none ran
     * @param max        the heap limit (-Xmx)
     */
    public record Heap(long baseline, long peakUsed, long peakAfterGc, long max) {
    }
}
