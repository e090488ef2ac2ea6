package io.sluice.ui.internal.run;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import io.sluice.model.validation.Problem;
import io.sluice.runtime.RetryEvent;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.StepState;

/**
 * The designer's run log, which the Console view shows: for each run its start, every step that finishes or fails
 * (with its counts or its error), warnings and problems naming their step, and the outcome. Lines are added from the
 * engine's threads; listeners are called on whatever thread added the line and must hop to the UI themselves.
 */
public final class RunLog {

    /** How bad a line is. */
    public enum Level { INFO, WARNING, ERROR }

    /**
     * One line: {@code stepId} (may be null) names the step it is about, in the pipeline of {@code pipelineFile}.
     */
    public record Line(LocalTime time, Level level, Path pipelineFile, String stepId, String text) {
    }

    private static final RunLog INSTANCE = new RunLog();
    private static final int MAX_LINES = 5_000;
    private final List<Line> lines = new ArrayList<>();
    private final CopyOnWriteArrayList<Consumer<Line>> listeners = new CopyOnWriteArrayList<>();

    private RunLog() {
    }

    public static RunLog get() {
        return INSTANCE;
    }

    public void add(Level level, Path pipelineFile, String stepId, String text) {
        Line line = new Line(LocalTime.now().withNano(0), level, pipelineFile, stepId, text);
        synchronized (lines) {
            lines.add(line);
            if (lines.size() > MAX_LINES) {
                lines.subList(0, lines.size() - MAX_LINES).clear();
            }
        }
        listeners.forEach(l -> l.accept(line));
    }

    public List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public void clear() {
        synchronized (lines) {
            lines.clear();
        }
    }

    public void addListener(Consumer<Line> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Line> listener) {
        listeners.remove(listener);
    }

    /** Follows one run: call {@link #progress} with each snapshot and {@link #finished} with the result. */
    public static final class RunTrace {
        private final RunLog log;
        private final Path file;
        private final Map<String, String> names;
        private final Map<String, StepState> states = new HashMap<>();

        /** @param names step id to step name, for the lines' text */
        public RunTrace(RunLog log, Path file, String pipelineName, Map<String, String> names, int threads) {
            this.log = log;
            this.file = file;
            this.names = Map.copyOf(names);
            log.add(Level.INFO, file, null, NLS.bind(Messages.RunLog_started, pipelineName, threads));
        }

        public synchronized void progress(RunSnapshot snapshot) {
            for (StepMetrics m : snapshot.steps()) {
                StepState before = states.put(m.step(), m.state());
                if (before == m.state()) {
                    continue;
                }
                String name = names.getOrDefault(m.step(), m.step());
                if (m.state() == StepState.DONE) {
                    log.add(Level.INFO, file, m.step(), NLS.bind(Messages.RunLog_stepDone, name, MetricsText.line(m)));
                } else if (m.state() == StepState.FAILED) {
                    log.add(Level.ERROR, file, m.step(), NLS.bind(Messages.RunLog_stepFailed, name,
                            m.message() == null ? "" : m.message())); //$NON-NLS-1$
                }
                if (m.rowsRejected() > 0 && (m.state() == StepState.DONE || m.state() == StepState.FAILED)) {
                    log.add(Level.WARNING, file, m.step(), NLS.bind(Messages.RunLog_rejected, name,
                            String.format(Locale.ROOT, "%,d", m.rowsRejected()))); //$NON-NLS-1$
                }
            }
        }

        public synchronized void finished(RunResult result) {
            progress(result.finalSnapshot());
            for (Problem p : result.problems()) {
                log.add(p.isError() ? Level.ERROR : Level.WARNING, file, p.stepId(),
                        p.stepId() == null ? p.message() : NLS.bind(Messages.RunLog_problem, names.getOrDefault(p.stepId(), p.stepId()), p.message()));
            }
            for (RetryEvent retry : result.retries()) {
                log.add(Level.WARNING, file, retry.step(), NLS.bind(Messages.RunLog_retry, new Object[] {
                        names.getOrDefault(retry.step(), retry.step()), retry.operation(), retry.attempt(), retry.cause() }));
            }
            if (result.error() != null) {
                log.add(Level.ERROR, file, failedStep(result), result.error());
            }
            log.add(result.succeeded() ? Level.INFO : Level.ERROR, file, null,
                    NLS.bind(Messages.RunLog_finished, result.status(), result.accounting() == null ? "" : result.accounting().summary())); //$NON-NLS-1$
        }

        private static String failedStep(RunResult result) {
            return result.finalSnapshot() == null ? null
                    : result.finalSnapshot().steps().stream().filter(m -> m.state() == StepState.FAILED).map(StepMetrics::step)
                            .findFirst().orElse(null);
        }
    }
}
