package io.sluice.runtime.cli;

import io.sluice.model.Pipeline;
import io.sluice.model.diff.DiffFormatter;
import io.sluice.model.diff.PipelineDiff;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice diff OLD NEW [--json]}: the semantic difference of two pipelines. Also accepts the seven
 * arguments Git passes to a {@code diff.<driver>.command} ({@code path old-file old-hex old-mode new-file
 * new-hex new-mode}), so {@code git config diff.sluice.command 'sluice diff'} works; a side that does not exist
 * ({@code /dev/null}, an added or deleted file) counts as an empty pipeline. Exit 0 whether or not the pipelines
 * differ (Git treats any other code as a crashed diff tool and stops the whole {@code git diff}); 1 when a file
 * given as OLD NEW does not load. In Git's form a side that does not load is reported in one line on stderr and
 * the two files are shown as a plain text diff instead, with exit 0, so one broken file never blocks Git.
 */
@Command(name = "diff", description = "Shows what changed between two pipelines (steps, properties, links).", //$NON-NLS-1$ //$NON-NLS-2$
        mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..7", paramLabel = "ARG", description = { "OLD NEW, or Git's seven arguments: path old-file old-hex old-mode new-file new-hex new-mode" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    List<String> args = new ArrayList<>();

    @Option(names = "--json", description = "print the changes as JSON") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String oldFile;
        String newFile;
        String title = null;
        if (args.size() == 2) {
            oldFile = args.get(0);
            newFile = args.get(1);
        } else if (args.size() == 7) {
            title = args.get(0);
            oldFile = args.get(1);
            newFile = args.get(4);
        } else {
            err.println("sluice diff: expected OLD NEW or Git's seven arguments, got " + args.size() + " argument(s)"); //$NON-NLS-1$ //$NON-NLS-2$
            spec.commandLine().usage(err);
            return ExitCodes.USAGE;
        }
        if (title != null) {
            String unreadable = unreadable(oldFile);
            if (unreadable == null) {
                unreadable = unreadable(newFile);
            }
            if (unreadable != null) {
                err.println("sluice diff: " + title + ": " + unreadable + "; showing a text diff"); //$NON-NLS-1$ //$NON-NLS-2$
                err.flush();
                out.print(TextDiff.unified(title, Path.of(oldFile), Path.of(newFile)));
                out.flush();
                return ExitCodes.OK;
            }
        }
        Pipeline before = load(oldFile, err);
        Pipeline after = load(newFile, err);
        if (before == null || after == null) {
            err.flush();
            return ExitCodes.VALIDATION_ERRORS;
        }
        PipelineDiff diff = PipelineDiff.compute(before, after);
        if (json) {
            out.print(DiffFormatter.json(diff));
        } else {
            if (title != null) {
                out.println("diff --sluice " + title); //$NON-NLS-1$
            }
            out.print(DiffFormatter.text(diff));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The first load problem of that file, or null when it loads (or is Git's /dev/null). */
    private static String unreadable(String file) {
        if (file.equals("/dev/null") || file.equals("nul")) { //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        LoadResult r = SluiceModel.load(Path.of(file));
        return r.ok() ? null : r.problems().get(0).toString();
    }

    /** The pipeline in that file; an empty pipeline for Git's /dev/null; null (reported) when it does not load. */
    static Pipeline load(String file, PrintWriter err) {
        if (file.equals("/dev/null") || file.equals("nul")) { //$NON-NLS-1$ //$NON-NLS-2$
            return SluiceModel.newPipeline(""); //$NON-NLS-1$
        }
        LoadResult r = SluiceModel.load(Path.of(file));
        if (!r.ok()) {
            r.problems().forEach(p -> err.println(p));
            return null;
        }
        return r.pipeline();
    }
}
