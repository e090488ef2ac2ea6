package io.sluice.runtime.cli;

import io.sluice.runtime.internal.vcs.GitProcess;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sluice git-setup [--repo DIR] [--command CMD]}: makes Git use Sluice for {@code *.sluice} files in one
 * repository: {@code diff.sluice.command} and {@code merge.sluice.driver} in the repository's config, and
 * {@code *.sluice diff=sluice merge=sluice} in its top-level {@code .gitattributes} (other attributes on that line
 * are kept). Idempotent: a second run changes nothing. Exit 1 when DIR is not in a Git working tree.
 */
@Command(name = "git-setup", description = "Sets up Sluice's semantic diff and merge driver for *.sluice files in a Git repository.", //$NON-NLS-1$ //$NON-NLS-2$
        mixinStandardHelpOptions = true)
final class GitSetupCommand implements Callable<Integer> {
    /** The {@code .gitattributes} pattern and the attributes it needs. */
    static final String PATTERN = "*.sluice"; //$NON-NLS-1$
    static final List<String> ATTRIBUTES = List.of("diff=sluice", "merge=sluice"); //$NON-NLS-1$ //$NON-NLS-2$

    @Spec
    CommandSpec spec;

    @Option(names = "--repo", paramLabel = "DIR", description = "a directory in the repository (default: the working directory)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path repo = Path.of("."); //$NON-NLS-1$

    @Option(names = "--command", paramLabel = "CMD", description = "how Git starts Sluice (default: this launcher, or 'sluice' on the PATH)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String command = System.getProperty("sluice.launcher", "sluice"); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GitProcess.Output top = GitProcess.run(repo, "rev-parse", "--show-toplevel"); //$NON-NLS-1$ //$NON-NLS-2$
        if (top.code() != 0) {
            err.println("sluice git-setup: " + repo + " is not in a Git working tree: " + top.text()); //$NON-NLS-1$ //$NON-NLS-2$
            err.flush();
            return ExitCodes.VALIDATION_ERRORS;
        }
        Path root = Path.of(top.text());
        String cmd = command.contains(" ") ? "'" + command + "'" : command; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        config(root, "diff.sluice.command", cmd + " diff", out); //$NON-NLS-1$ //$NON-NLS-2$
        config(root, "merge.sluice.name", "Sluice semantic merge of pipelines", out); //$NON-NLS-1$ //$NON-NLS-2$
        config(root, "merge.sluice.driver", cmd + " merge %O %A %B --path %P", out); //$NON-NLS-1$ //$NON-NLS-2$
        attributes(root.resolve(".gitattributes"), out); //$NON-NLS-1$
        out.flush();
        return ExitCodes.OK;
    }

    private static void config(Path root, String key, String value, PrintWriter out) throws IOException, InterruptedException {
        GitProcess.Output now = GitProcess.run(root, "config", "--local", "--get", key); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (now.code() == 0 && now.text().equals(value)) {
            out.println("unchanged: git config " + key); //$NON-NLS-1$
            return;
        }
        GitProcess.Output set = GitProcess.run(root, "config", "--local", key, value); //$NON-NLS-1$ //$NON-NLS-2$
        if (set.code() != 0) {
            throw new IOException("git config " + key + " failed: " + set.text()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println("set: git config " + key + " \"" + value + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Adds the attributes to the {@code *.sluice} line (or adds the line), replacing other diff/merge drivers. */
    static void attributes(Path file, PrintWriter out) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        boolean found = false;
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).trim().split("\\s+"); //$NON-NLS-1$
            if (!parts[0].equals(PATTERN)) {
                continue;
            }
            found = true;
            List<String> attrs = new ArrayList<>();
            for (int k = 1; k < parts.length; k++) {
                boolean driver = parts[k].startsWith("diff") || parts[k].startsWith("merge") //$NON-NLS-1$ //$NON-NLS-2$
                        || parts[k].startsWith("-diff") || parts[k].startsWith("-merge"); //$NON-NLS-1$ //$NON-NLS-2$
                if (!driver || ATTRIBUTES.contains(parts[k])) {
                    attrs.add(parts[k]);
                }
            }
            for (String a : ATTRIBUTES) {
                if (!attrs.contains(a)) {
                    attrs.add(a);
                }
            }
            String line = PATTERN + " " + String.join(" ", attrs); //$NON-NLS-1$ //$NON-NLS-2$
            if (!line.equals(lines.get(i))) {
                lines.set(i, line);
                changed = true;
            }
        }
        if (!found) {
            lines.add(PATTERN + " " + String.join(" ", ATTRIBUTES)); //$NON-NLS-1$ //$NON-NLS-2$
            changed = true;
        }
        if (changed) {
            Files.write(file, lines, StandardCharsets.UTF_8);
            out.println("set: " + file.getFileName() + ": " + PATTERN + " " + String.join(" ", ATTRIBUTES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } else {
            out.println("unchanged: " + file.getFileName()); //$NON-NLS-1$
        }
    }
}
