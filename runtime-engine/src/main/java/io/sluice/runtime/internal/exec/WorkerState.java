package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken;

import org.apache.arrow.memory.BufferAllocator;

/** What one worker thread of one pipeline owns: its named allocator, and the run's cancellation token. */
public final class WorkerState {
    private final BufferAllocator allocator;
    private final CancellationToken token;
    private final int index;
    private final ExecContext run;

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

    public void checkCancelled() {
        token.throwIfCancelled();
    }
}
