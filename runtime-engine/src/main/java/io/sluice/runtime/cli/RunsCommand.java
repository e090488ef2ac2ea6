package io.sluice.runtime.cli;

import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sluice runs [--pipeline FILE] [--last N]}: the run history, newest first. */
@Command(name = "runs", description = "Lists recorded runs, newest first.", mixinStandardHelpOptions = true) //$NON-NLS-1$ //$NON-NLS-2$
final class RunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pipeline", paramLabel = "FILE", description = "only runs of this pipeline file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path pipeline;

    @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "how many runs (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    int last;

    @Option(names = "--history", paramLabel = "DIR", description = "run history directory (default: ~/.sluice/history or -Dsluice.history.dir)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path history;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RunHistory h = RunHistory.open(history != null ? history : RunHistory.defaultLocation());
        String file = pipeline == null ? null : pipeline.toAbsolutePath().normalize().toString();
        List<RunRecord> runs = h.list(file, last);
        if (runs.isEmpty()) {
            out.println("no runs recorded"); //$NON-NLS-1$
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%-26s %-10s %-20s %8s  %s%n", "RUN", "STATUS", "STARTED", "SECONDS", "PIPELINE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (RunRecord r : runs) {
            double secs = r.endedAt() == null ? Double.NaN : Duration.between(r.startedAt(), r.endedAt()).toMillis() / 1000.0;
            out.printf(Locale.ROOT, "%-26s %-10s %-20s %8.2f  %s%n", r.runId(), r.status(), //$NON-NLS-1$
                    r.startedAt().toString().replace('T', ' ').substring(0, 19), secs,
                    r.pipelineFile() == null ? r.pipelineName() : r.pipelineFile());
            if (r.error() != null) {
                out.println("    " + r.error().lines().findFirst().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
