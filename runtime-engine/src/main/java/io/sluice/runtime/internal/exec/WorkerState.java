package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken;

import org.apache.arrow.memory.BufferAllocator;

/** What one worker thread of one pipeline owns: its named allocator, and the run's cancellation token. */
public final class WorkerState {
    private final BufferAllocator allocator;
    private final CancellationToken token;
    private final int index;
    private final ExecContext run;
    private long morsel = -1;

    WorkerState(BufferAllocator allocator, CancellationToken token, int index, ExecContext run) {
        this.allocator = allocator;
        this.token = token;
        this.index = index;
        this.run = run;
    }

    public BufferAllocator allocator() {
        return allocator;
    }

    public CancellationToken token() {
        return token;
    }

    public int index() {
        return index;
    }

    public ExecContext run() {
        return run;
    }

    /**
     * Where the morsel this worker processes lies in its source's input (split, row group, record block; a file's
     * position in the high 32 bits for a directory of files): the same for the same input whatever the thread timing,
     * or -1 when the source has no such position. Sources set it when they start a morsel; blocking sinks key their
     * partial results by it, so that they combine them in input order (reproducible floating-point sums).
     */
    public long morsel() {
        return morsel;
    }

    public void morsel(long position) {
        this.morsel = position;
    }

    public void checkCancelled() {
        token.throwIfCancelled();
    }
}
