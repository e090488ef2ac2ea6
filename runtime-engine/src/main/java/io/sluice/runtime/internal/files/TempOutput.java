package io.sluice.runtime.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.sluice.runtime.internal.exec.StepContext;

/**
 * A file sink's output, written under a temporary name beside its target ({@code .NAME.RUN.tmp}): {@link #commit}
 * renames it into place with one atomic move (the sink's commit, after the run's checks passed); {@link #discard}
 * deletes it unless it was committed (the sink's close), so a failed run leaves the previous output as it was.
 */
public final class TempOutput {
    private final Path target;
    private final Path tmp;
    private volatile boolean committed;

    private TempOutput(Path target, Path tmp) {
        this.target = target;
        this.tmp = tmp;
    }

    /** The temporary file of {@code target} for the step's run; creates the target's folder. */
    public static TempOutput beside(Path target, StepContext step) throws IOException {
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        return new TempOutput(target, target.resolveSibling("." + target.getFileName() + "." + step.run().runId() + ".tmp")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Where to write. */
    public Path path() {
        return tmp;
    }

    public boolean committed() {
        return committed;
    }

    /** Moves the written file into place. */
    public void commit() throws IOException {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    public void discard() throws IOException {
        if (!committed) {
            Files.deleteIfExists(tmp);
        }
    }
}
