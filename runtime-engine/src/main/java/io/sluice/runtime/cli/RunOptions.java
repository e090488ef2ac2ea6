package io.sluice.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sluice.runtime.history.RunHistory;
import picocli.CommandLine.Option;

/**
 * The options every {@code run} command takes, on the embedded engine and on Spark alike (a picocli mixin): parameter
 * values, the metrics format, the run history and what a record that does not parse does.
 */
final class RunOptions {
    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "a parameter value (repeatable)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--metrics", paramLabel = "FORMAT", description = "print metrics as they come: jsonl (one JSON object per line on stdout)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String metrics;

    @Option(names = "--history", paramLabel = "DIR", description = "run history directory (default: ~/.sluice/history or -Dsluice.history.dir)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path history;

    @Option(names = "--no-history", description = "do not record the run") //$NON-NLS-1$ //$NON-NLS-2$
    boolean noHistory;

    @Option(names = "--fail-on-parse-error", description = "a source record that does not parse fails the run (default: it goes to the source's rejects port)") //$NON-NLS-1$ //$NON-NLS-2$
    boolean failOnParseError;

    /** Whether metrics go to stdout as JSON lines. */
    boolean json() {
        return metrics != null;
    }

    /** False (the usage error printed) when {@code --metrics} names a format other than jsonl. */
    boolean metricsKnown(PrintWriter err) {
        if (metrics != null && !metrics.equals("jsonl")) { //$NON-NLS-1$
            err.println("sluice run: unknown metrics format '" + metrics + "'; expected jsonl"); //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
        return true;
    }

    /** The history folder: {@code --history}, else the default. */
    Path historyLocation() {
        return history != null ? history : RunHistory.defaultLocation();
    }

    /** The history folder the run is recorded in, or null with {@code --no-history}. */
    Path recordIn() {
        return noHistory ? null : historyLocation();
    }
}
