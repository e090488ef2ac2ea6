package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.arrow.memory.BufferAllocator;

/**
 * Run-wide state: the run allocator (a child of the caller's root), the cancellation token, the options,
 * every step's counters, and everything that must be closed when the run ends (closed in reverse order of
 * registration, allocators last).
 */
public final class ExecContext implements AutoCloseable {
    private final String runId;
    private final BufferAllocator allocator;
    private final CancellationToken token;
    private final ExecOptions options;
    private final Map<String, StepCounters> counters = new LinkedHashMap<>();
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final List<BufferAllocator> allocators = new ArrayList<>();
    private final io.sluice.runtime.internal.quality.QualityLog quality = new io.sluice.runtime.internal.quality.QualityLog();
    private final List<io.sluice.runtime.RetryEvent> retries = new ArrayList<>();

    public ExecContext(String runId, BufferAllocator parent, CancellationToken token, ExecOptions options) {
        this.runId = runId;
        this.allocator = parent.newChildAllocator("run:" + runId, 0, options.memoryLimit()); //$NON-NLS-1$
        this.token = token;
        this.options = options;
    }

    public String runId() {
        return runId;
    }

    public CancellationToken token() {
        return token;
    }

    public ExecOptions options() {
        return options;
    }

    /** The quality rules of the run's quality steps and their counts. */
    public io.sluice.runtime.internal.quality.QualityLog quality() {
        return quality;
    }

    private volatile java.util.function.Consumer<io.sluice.runtime.RetryEvent> retryListener = e -> { };

    /** Who hears of retries as they happen. */
    public void onRetry(java.util.function.Consumer<io.sluice.runtime.RetryEvent> l) {
        retryListener = l;
    }

    /** Records a retry of a transient failure. */
    public void retried(io.sluice.runtime.RetryEvent e) {
        synchronized (retries) {
            retries.add(e);
        }
        try {
            retryListener.accept(e);
        } catch (RuntimeException ex) {
            // a listener's failure is not the run's
        }
    }

    /** The retries so far, in order. */
    public List<io.sluice.runtime.RetryEvent> retries() {
        synchronized (retries) {
            return List.copyOf(retries);
        }
    }

    public BufferAllocator allocator() {
        return allocator;
    }

    private final Map<String, String> marks = new LinkedHashMap<>();

    /** A source's new high-water mark (encoded, see {@code HighWaterMark}); stored only if the run commits. */
    public synchronized void mark(String step, String mark) {
        marks.put(step, mark);
    }

    /** The high-water marks sources reached in this run, by step. */
    public synchronized Map<String, String> marks() {
        return Map.copyOf(marks);
    }

    /** A named child of the run allocator, closed at the end of the run (after every other resource). */
    public synchronized BufferAllocator newAllocator(String name) {
        BufferAllocator a = allocator.newChildAllocator(name, 0, Long.MAX_VALUE);
        allocators.add(a);
        return a;
    }

    /** A named child of another allocator, closed at the end of the run before its parent. */
    public synchronized BufferAllocator newAllocator(BufferAllocator parent, String name) {
        BufferAllocator a = parent.newChildAllocator(name, 0, Long.MAX_VALUE);
        allocators.add(a);
        return a;
    }

    /** Closes the resource at the end of the run (last registered, first closed). */
    public synchronized <T extends AutoCloseable> T register(T resource) {
        resources.push(resource);
        return resource;
    }

    public synchronized StepCounters counters(String step, String kind) {
        return counters.computeIfAbsent(step, s -> new StepCounters(s, kind));
    }

    public synchronized List<StepCounters> allCounters() {
        return new ArrayList<>(counters.values());
    }

    /**
     * Closes every registered resource, then every allocator (children before parents), then the run
     * allocator. Throws the first failure (e.g. a leak report naming the allocator) after trying them all.
     */
    @Override
    public void close() {
        RuntimeException first = null;
        synchronized (this) {
            while (!resources.isEmpty()) {
                try {
                    resources.pop().close();
                } catch (Exception e) {
                    first = keep(first, e);
                }
            }
            for (int i = allocators.size() - 1; i >= 0; i--) {
                try {
                    allocators.get(i).close();
                } catch (RuntimeException e) {
                    first = keep(first, e);
                }
            }
            allocators.clear();
        }
        try {
            allocator.close();
        } catch (RuntimeException e) {
            first = keep(first, e);
        }
        if (first != null) {
            throw first;
        }
    }

    private static RuntimeException keep(RuntimeException first, Exception e) {
        if (first == null) {
            return e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        first.addSuppressed(e);
        return first;
    }
}
