package io.sluice.runtime.history;

import io.sluice.runtime.internal.vcs.GitProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Git revision a pipeline file was run at: the commit checked out (HEAD) in the working tree that holds the
 * file, and whether the file differed from that commit (modified, staged or not yet committed).
 *
 * @param commit            the full commit id of HEAD
 * @param workingCopyDiffers whether the file's content is not the one committed in HEAD
 */
public record GitRevision(String commit, boolean workingCopyDiffers) {

    /** The revision of that file, or null when it is not in a Git working tree with a commit (or Git is missing). */
    public static GitRevision of(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (!insideWorkTree(dir)) {
            return null; // most runs outside Git cost no process at all
        }
        try {
            GitProcess.Output head = GitProcess.run(dir, "rev-parse", "--verify", "-q", "HEAD"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            if (!head.ok() || head.text().isEmpty()) {
                return null;
            }
            GitProcess.Output status = GitProcess.run(dir, "status", "--porcelain", "--untracked-files=all", "--", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    abs.getFileName().toString());
            if (!status.ok()) {
                return null;
            }
            return new GitRevision(head.text().lines().findFirst().orElse(""), !status.text().isEmpty()); //$NON-NLS-1$
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether a {@code .git} directory or file is in {@code dir} or above it. */
    private static boolean insideWorkTree(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

    /** {@code 1a2b3c4d} or {@code 1a2b3c4d+} (modified): the short form the Runs view and {@code sluice runs} print. */
    public String shortForm() {
        return commit.substring(0, Math.min(8, commit.length())) + (workingCopyDiffers ? "+" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
