package io.sluice.runtime.cli;

import io.sluice.model.MergeConflict;
import io.sluice.model.Pipeline;
import io.sluice.model.diff.PipelineMerge;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice merge BASE OURS THEIRS [-o OUT] [--path NAME]}: the three-way merge of two versions of a
 * pipeline, in the form of Git's merge driver ({@code %O %A %B}, set up by {@code sluice git-setup}): the result
 * replaces OURS unless {@code -o} names another file. Exit 0 when the merge is clean and the result validates;
 * 1 when conflicts are left (recorded in the file, which still loads and opens in the designer) or the clean
 * result does not validate; a file that does not load as a pipeline is merged as text by {@code git merge-file}
 * (conflict markers) and exits 1, so Git marks it conflicted either way.
 */
@Command(name = "merge", description = "Merges two versions of a pipeline with their common base (Git's merge driver).", //$NON-NLS-1$ //$NON-NLS-2$
        mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "the common ancestor (Git's %%O; an empty file: none)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "our version (Git's %%A); receives the result unless -o is given") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "their version (Git's %%B)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path theirs;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "write the result here instead of into OURS") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    Path output;

    @Option(names = "--path", paramLabel = "NAME", description = "the file's name in messages (Git's %%P)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String path;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = path != null ? path : ours.toString();
        Path target = output != null ? output : ours;
        LoadResult b = load(base);
        LoadResult o = load(ours);
        LoadResult t = load(theirs);
        for (LoadResult r : List.of(b, o, t)) {
            if (!r.ok()) {
                err.println("sluice merge: " + name + ": " + r.problems().get(0) + "; merged as text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                err.flush();
                textMerge(target, err);
                return ExitCodes.MERGE_CONFLICTS;
            }
        }
        PipelineMerge.Result merged = PipelineMerge.merge(b.pipeline(), o.pipeline(), t.pipeline());
        SluiceModel.save(merged.merged(), target);
        if (!merged.clean()) {
            err.println("sluice merge: " + name + ": " + merged.conflicts().size() + " conflict(s), recorded in the file:"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (MergeConflict c : merged.conflicts()) {
                err.println("  " + c.getMessage()); //$NON-NLS-1$
            }
            err.flush();
            return ExitCodes.MERGE_CONFLICTS;
        }
        List<Problem> introduced = introducedErrors(merged.merged(), o.pipeline(), t.pipeline());
        if (!introduced.isEmpty()) {
            err.println("sluice merge: " + name + ": merged without conflicts, but the result does not validate:"); //$NON-NLS-1$ //$NON-NLS-2$
            introduced.forEach(p -> err.println("  " + p)); //$NON-NLS-1$
            err.flush();
            return ExitCodes.MERGE_CONFLICTS;
        }
        out.println("sluice merge: " + name + ": merged cleanly"); //$NON-NLS-1$ //$NON-NLS-2$
        out.flush();
        return ExitCodes.OK;
    }

    /** Errors of the merged pipeline that neither side had on its own. */
    private static List<Problem> introducedErrors(Pipeline merged, Pipeline ours, Pipeline theirs) {
        Set<String> known = new HashSet<>();
        for (Pipeline side : List.of(ours, theirs)) {
            for (Problem p : PipelineValidator.validate(side)) {
                known.add(p.toString());
            }
        }
        return PipelineValidator.validate(merged).stream().filter(p -> p.isError() && !known.contains(p.toString())).toList();
    }

    /** An empty file (Git's base when there is no common ancestor) is an empty pipeline. */
    private static LoadResult load(Path file) throws IOException {
        if (Files.exists(file) && Files.size(file) == 0) {
            return new LoadResult(file.toString(), SluiceModel.newPipeline(""), SluiceModel.CURRENT_FORMAT_VERSION, List.of()); //$NON-NLS-1$
        }
        return SluiceModel.load(file);
    }

    /** Git's own line merge with conflict markers, into the target. */
    private void textMerge(Path target, PrintWriter err) throws IOException {
        if (!target.equals(ours)) {
            Files.copy(ours, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Process p = new ProcessBuilder("git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                    target.toString(), base.toString(), theirs.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            p.waitFor();
            if (!said.isEmpty()) {
                err.println(said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            err.println("sluice merge: git merge-file is not available (" + e.getMessage() + "); OURS is left unchanged"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        err.flush();
    }
}
