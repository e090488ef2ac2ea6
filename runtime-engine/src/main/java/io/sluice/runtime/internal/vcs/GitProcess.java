package io.sluice.runtime.internal.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code git} command line in a directory: for {@code git-setup} and for stamping runs with their
 * pipeline's revision. The runtime asks the Git the user has (hooks, config, credentials all apply) instead of
 * reimplementing it; without Git on the PATH a call fails with an IOException.
 */
public final class GitProcess {
    /** Exit code and the combined, stripped output. */
    public record Output(int code, String text) {
        public boolean ok() {
            return code == 0;
        }
    }

    private GitProcess() {
    }

    public static Output run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString())); //$NON-NLS-1$ //$NON-NLS-2$
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close(); // git never waits for input
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Output(p.waitFor(), text);
    }
}
