package io.sluice.ui.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sluice.model.resource.SluiceModel;
import io.sluice.runtime.ChildRun;
import io.sluice.runtime.RunHandle;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.history.RunHistory;

/**
 * Runs on Apache Spark from the designer. The designer carries no Spark: it starts the command line's own
 * {@code sluice run FILE --engine spark --master …  --metrics jsonl} as a child process (which builds the Spark
 * engine and fetches its jars on first use) and streams the snapshots it prints to the canvas, as an embedded run's.
 */
public final class SparkRuns {
    /** System property: the Sluice checkout whose {@code sluice} script runs pipelines (set by {@code ./sluice designer}). */
    public static final String HOME = "sluice.home"; //$NON-NLS-1$

    private SparkRuns() {
    }

    /** The {@code sluice} launcher script, or null when the designer was not started by it. */
    public static Path launcher() {
        String home = System.getProperty(HOME);
        if (home == null || home.isBlank()) {
            return null;
        }
        Path script = Path.of(home).resolve("sluice"); //$NON-NLS-1$
        return Files.isExecutable(script) ? script : null;
    }

    /**
     * Starts {@code request}'s pipeline on Spark. The pipeline as edited (saved or not) is written beside its file as
     * a hidden copy, so relative data paths resolve as they do for the file, and deleted when the run ends.
     */
    public static RunHandle start(RunRequest request, RunConfiguration configuration) throws IOException {
        Path script = launcher();
        if (script == null) {
            throw new IOException(Messages.RunDialog_noLauncher);
        }
        Path dir = request.baseDir().toAbsolutePath();
        Path copy = Files.createTempFile(dir, ".spark-run-", ".sluice"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            SluiceModel.save(request.pipeline(), copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        Path file = request.pipelineFile();
        // recorded in the designer's own history (sluice.history.dir when set), where the Runs view reads
        java.util.List<String> command = new java.util.ArrayList<>(ChildRun.sparkCommand(script, copy,
                configuration.sparkMaster(), request.parameters(), request.failOnParseError()));
        command.addAll(java.util.List.of("--history", RunHistory.defaultLocation().toString())); //$NON-NLS-1$
        if (request.pipelineFile() != null) { // a run of the pipeline's file in the Runs view, not of the hidden copy
            command.addAll(java.util.List.of("--recorded-as", request.pipelineFile().toAbsolutePath().toString())); //$NON-NLS-1$
        }
        ChildRun run = ChildRun.start(command, dir, request.listener(),
                line -> RunLog.get().add(RunLog.Level.INFO, file, null, line));
        run.result().whenComplete((r, e) -> {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException x) {
                RunLog.get().add(RunLog.Level.WARNING, file, null, x.toString());
            }
        });
        return run;
    }
}
