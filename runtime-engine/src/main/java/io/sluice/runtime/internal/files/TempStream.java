package io.sluice.runtime.internal.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sluice.runtime.internal.exec.StepContext;

/**
 * A text file sink's open output (CSV, JSON lines): a buffered stream on the target's {@link TempOutput}. The sink
 * writes through {@link #out()}, ends the stream in its finish ({@link #finish()}), renames the file into place in
 * its commit ({@link #commit()}); {@link #close()} closes the stream and deletes the file unless it was committed.
 * Every method holds this object's lock, which the sinks' writers share.
 */
public class TempStream implements AutoCloseable {
    private final TempOutput tmp;
    private final OutputStream out;

    protected TempStream(Path target, StepContext step) throws IOException {
        this.tmp = TempOutput.beside(target, step);
        this.out = new BufferedOutputStream(Files.newOutputStream(tmp.path()), 1 << 16);
    }

    /** The stream on the temporary file. */
    public final OutputStream out() {
        return out;
    }

    /** Ends the output (the sink's finish): flushes and closes the stream. */
    public final synchronized void finish() throws IOException {
        out.close();
    }

    /** Moves the written file into place (the sink's commit). */
    public final synchronized void commit() throws IOException {
        tmp.commit();
    }

    @Override
    public final synchronized void close() throws IOException {
        try {
            out.close();
        } finally {
            tmp.discard();
        }
    }
}
