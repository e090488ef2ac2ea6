package io.sluice.bench.measure;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Peak of the JVM's "Other" native memory while something runs, read from Native Memory Tracking
 * ({@code -XX:NativeMemoryTracking=summary}). {@code Unsafe.allocateMemory} is booked there, and that is where
 * Arrow's unsafe allocation manager (and NIO direct buffers) take their memory; DuckDB's own allocations
 * bypass the JVM and are not counted. Without NMT the sampler reports -1.
 *
 * <p>The runtime creates its root allocator inside {@code SluiceEngine}, so the allocator's own
 * {@code getPeakMemoryAllocation()} is out of reach; this is the next best measurement. Two sources are
 * combined: samples every 20 ms, and NMT's own malloc peak, which counts when it grew during the run
 * (then it is exact).
 */
public final class NativeMemorySampler implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 20;
    private static final Pattern OTHER = Pattern.compile(
            "-\\s+Other \\(reserved=\\d+KB, committed=\\d+KB\\)\\s*\\(malloc=(\\d+)KB[^)]*\\)(?:\\s*\\(peak=(\\d+)KB)?"); //$NON-NLS-1$

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName diagnostics;
    private final boolean available;
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running;
    private Thread thread;
    private long baseline;
    private long nmtPeakBefore;

    public NativeMemorySampler() {
        ObjectName name = null;
        try {
            name = new ObjectName("com.sun.management:type=DiagnosticCommand"); //$NON-NLS-1$
        } catch (JMException e) {
            // stays unavailable
        }
        diagnostics = name;
        available = name != null && read() != null;
    }

    /** Whether NMT is on (the JVM was started with -XX:NativeMemoryTracking=summary or detail). */
    public boolean available() {
        return available;
    }

    /** {malloc bytes now, NMT's malloc peak bytes or -1}, or null when NMT is off. */
    long[] read() {
        if (diagnostics == null) {
            return null;
        }
        String text;
        try {
            text = (String) server.invoke(diagnostics, "vmNativeMemory", //$NON-NLS-1$
                    new Object[] {new String[] {"summary", "scale=KB"}}, new String[] {String[].class.getName()}); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (JMException | RuntimeException e) {
            return null;
        }
        Matcher m = OTHER.matcher(text);
        if (!m.find()) {
            return null;
        }
        long now = Long.parseLong(m.group(1)) << 10;
        long nmtPeak = m.group(2) == null ? -1 : Long.parseLong(m.group(2)) << 10;
        return new long[] {now, nmtPeak};
    }

    public synchronized void start() {
        if (!available) {
            return;
        }
        long[] r = read();
        baseline = r == null ? 0 : r[0];
        nmtPeakBefore = r == null ? -1 : r[1];
        peak.set(baseline);
        running = true;
        thread = new Thread(this::sample, "bench-native-sampler"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    /** Peak bytes of "Other" native memory above the baseline at start, or -1 when NMT is off. */
    public synchronized long stop() {
        if (!available) {
            return -1;
        }
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
        long[] r = read();
        long best = peak.get();
        if (r != null) {
            best = Math.max(best, r[0]);
            if (r[1] > nmtPeakBefore && nmtPeakBefore >= 0) {
                best = Math.max(best, r[1]); // the all-time peak was set during this run: exact
            }
        }
        return Math.max(0, best - baseline);
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }

    private void sample() {
        while (running) {
            long[] r = read();
            if (r != null) {
                peak.accumulateAndGet(r[0], Math::max);
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
