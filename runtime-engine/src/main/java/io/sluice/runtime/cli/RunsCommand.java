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

/**
 * {@code sluice runs [--pipeline FILE] [--last N]}: the run history, newest first; {@code sluice runs --detail RUN}:
 * one run's parameters, row accounting, steps, quality rule results and retries.
 */
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

    @Option(names = "--detail", paramLabel = "RUN", description = "show one run in detail: accounting, steps, quality rules, retries") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String detail;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RunHistory h = RunHistory.open(history != null ? history : RunHistory.defaultLocation());
        if (detail != null) {
            return detail(h, out);
        }
        String file = pipeline == null ? null : pipeline.toAbsolutePath().normalize().toString();
        List<RunRecord> runs = h.list(file, last);
        if (runs.isEmpty()) {
            out.println("no runs recorded"); //$NON-NLS-1$
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%-26s %-10s %-20s %8s  %-9s  %s%n", "RUN", "STATUS", "STARTED", "SECONDS", "REVISION", "PIPELINE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        for (RunRecord r : runs) {
            out.printf(Locale.ROOT, "%-26s %-10s %-20s %8s  %-9s  %s%n", r.runId(), r.status(), //$NON-NLS-1$
                    r.startedAt().toString().replace('T', ' ').substring(0, 19), seconds(r),
                    r.revision() == null ? "-" : r.revision().shortForm(), //$NON-NLS-1$
                    r.pipelineFile() == null ? r.pipelineName() : r.pipelineFile());
            if (r.error() != null) {
                out.println("    " + r.error().lines().findFirst().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The run's duration in seconds, or "-" when it has not ended (running, or crashed). */
    static String seconds(RunRecord r) {
        return r.endedAt() == null ? "-" //$NON-NLS-1$
                : String.format(Locale.ROOT, "%.2f", Duration.between(r.startedAt(), r.endedAt()).toMillis() / 1000.0); //$NON-NLS-1$
    }

    private Integer detail(RunHistory h, PrintWriter out) throws java.sql.SQLException {
        RunRecord r = h.find(detail);
        if (r == null) {
            spec.commandLine().getErr().println("sluice runs: no run " + detail + " in the history"); //$NON-NLS-1$ //$NON-NLS-2$
            return ExitCodes.USAGE;
        }
        out.printf(Locale.ROOT, "run %s %s, started %s, %ss%n", r.runId(), r.status(), //$NON-NLS-1$
                r.startedAt().toString().replace('T', ' ').substring(0, 19), seconds(r));
        out.println("pipeline " + (r.pipelineFile() == null ? r.pipelineName() : r.pipelineFile())); //$NON-NLS-1$
        if (r.revision() != null) {
            out.println("revision " + r.revision().commit() //$NON-NLS-1$
                    + (r.revision().workingCopyDiffers() ? " (the file differed from this commit)" : "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        r.parameters().forEach((k, v) -> out.println("  -p " + k + "=" + v)); //$NON-NLS-1$ //$NON-NLS-2$
        if (r.error() != null) {
            out.println("error: " + r.error()); //$NON-NLS-1$
        }
        if (r.accounting() != null) {
            out.println(r.accounting());
        }
        if (!r.steps().isEmpty()) {
            out.println("steps:"); //$NON-NLS-1$
            for (io.sluice.runtime.history.StepRecord m : r.steps()) {
                out.printf(Locale.ROOT, "  %-24s %-14s %-9s in %,12d  out %,12d  filtered %,8d  rejected %,8d%n", //$NON-NLS-1$
                        m.step(), m.kind(), m.state(), m.rowsIn(), m.rowsOut(), m.rowsFiltered(), m.rowsRejected());
            }
        }
        List<io.sluice.runtime.RuleResult> rules = h.rules(r.runId());
        if (!rules.isEmpty()) {
            out.println("quality rules:"); //$NON-NLS-1$
            for (io.sluice.runtime.RuleResult q : rules) {
                out.printf(Locale.ROOT, "  %-4s %-16s %-28s %-10s checked %,12d  failed %,10d%s%n", //$NON-NLS-1$
                        q.passed() ? "ok" : "FAIL".equals(q.severity()) ? "FAIL" : "!", q.step(), q.rule(), q.severity(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        q.checked(), q.failed(), q.samples().isEmpty() ? "" : "  e.g. " + String.join(" | ", q.samples())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (q.message() != null) {
                    out.println("       " + q.message()); //$NON-NLS-1$
                }
            }
        }
        List<RunHistory.Drift> drift = h.drift(r.runId());
        if (!drift.isEmpty()) {
            out.println("schema drift:"); //$NON-NLS-1$
            for (RunHistory.Drift d : drift) {
                out.printf(Locale.ROOT, "  %-16s %-7s %s%n", d.step(), d.policy(), d.description()); //$NON-NLS-1$
            }
        }
        List<io.sluice.runtime.RetryEvent> retries = h.retries(r.runId());
        if (!retries.isEmpty()) {
            out.println("retries:"); //$NON-NLS-1$
            for (io.sluice.runtime.RetryEvent e : retries) {
                out.printf(Locale.ROOT, "  %s %-16s attempt %d failed, retried after %d ms: %s (%s)%n", //$NON-NLS-1$
                        e.at().toString().replace('T', ' ').substring(0, 19), e.step(), e.attempt(), e.delayMillis(),
                        e.operation(), e.cause());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
