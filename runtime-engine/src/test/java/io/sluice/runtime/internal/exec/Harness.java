package io.sluice.runtime.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.runtime.CancellationToken;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/** Runs a graph under a fresh limited root allocator and checks that every buffer came back. */
public final class Harness implements AutoCloseable {
    public final BufferAllocator root = new RootAllocator(512L << 20);
    public final CancellationToken token = new CancellationToken();
    public ExecContext last;

    public Harness() {
        assertEquals(0, root.getAllocatedMemory());
    }

    public void run(ExecGraph g, ExecOptions options) {
        try (ExecContext ctx = new ExecContext("test", root, token, options)) {
            last = ctx;
            new Executor(g, ctx).run();
        }
        assertEquals(0, root.getAllocatedMemory(), "root allocator not empty after run"); //$NON-NLS-1$
    }

    public void run(ExecGraph g) {
        run(g, ExecOptions.defaults().withThreads(2).withBatchRows(1000));
    }

    public StepCounters step(String name) {
        for (StepCounters c : last.allCounters()) {
            if (c.step().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no step " + name); //$NON-NLS-1$
    }

    @Override
    public void close() {
        assertEquals(0, root.getAllocatedMemory(), "root allocator not empty"); //$NON-NLS-1$
        root.close();
    }
}
