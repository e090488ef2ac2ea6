package io.sluice.runtime.internal.checkpoint;

import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.StepKinds;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;
import io.sluice.runtime.internal.plan.Planner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What killed runs leave next to a file output: file sinks write {@code .NAME.RUN.tmp} and rename it on commit, a
 * partitioned run writes its parts into {@code .NAME.RUN.parts/}; a {@code kill -9} leaves them behind. Both names
 * carry the run id, so the next run of the pipeline can tell whose they are: it deletes those of every recorded run
 * that is not running any more (crashed, failed, cancelled, succeeded) and the temporary files of the run it resumes.
 * The parts of the resumed run stay (they are its checkpoints). Sweeping the parts of another run also forgets that
 * run's checkpoints, so a later resume of it redoes every file. Files of runs the history does not know (a run with
 * {@code --no-history}, another history) are left alone.
 */
public final class Leftovers {
    private static final Logger LOG = Logger.getLogger(Leftovers.class.getName());
    private static final String TMP = ".tmp"; //$NON-NLS-1$
    private static final String PARTS = ".parts"; //$NON-NLS-1$

    private Leftovers() {
    }

    /**
     * Sweeps the leftovers next to every file sink's output of {@code pipeline}; {@code runId} is the run starting,
     * {@code drivers} its driver registry (the sinks' paths are resolved as its planner resolves them).
     */
    public static void sweep(Pipeline pipeline, Map<String, String> params, Path baseDir, RunHistory history, String runId,
            io.sluice.runtime.connections.DriverRegistry drivers) {
        Planner planner = new Planner(pipeline, params, baseDir, drivers);
        for (Step s : pipeline.getSteps()) {
            if (StepKinds.of(s).cardinality() != Cardinality.SINK) {
                continue;
            }
            Path out;
            try {
                out = planner.filePath(s);
            } catch (RuntimeException e) {
                continue; // the planner reports a bad path
            }
            if (out != null) { // a file sink (a JDBC sink has no path)
                sweep(out.toAbsolutePath().normalize(), history, runId);
            }
        }
    }

    static void sweep(Path out, RunHistory history, String runId) {
        Path dir = out.getParent();
        String prefix = "." + out.getFileName() + "."; //$NON-NLS-1$ //$NON-NLS-2$
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        List<Path> found;
        try (Stream<Path> s = Files.list(dir)) {
            found = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && (n.endsWith(TMP) || n.endsWith(PARTS));
            }).toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : found) {
            String n = p.getFileName().toString();
            boolean parts = n.endsWith(PARTS);
            String owner = n.substring(prefix.length(), n.length() - (parts ? PARTS : TMP).length());
            try {
                if (owner.equals(runId)) {
                    if (!parts) {
                        delete(p); // the resumed run's own attempt was killed while writing it
                    }
                    continue;
                }
                RunRecord r = history.find(owner);
                if (r == null || RunStatus.RUNNING.name().equals(r.status())) {
                    continue; // not ours to judge, or still being written
                }
                if (parts) {
                    delete(p);
                    history.forgetFiles(owner);
                } else {
                    delete(p); // a file, or a partitioned sink's staging folder
                }
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot sweep " + p, e); //$NON-NLS-1$
            }
        }
    }

    /** Deletes a file or a folder tree; nothing when it does not exist. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
