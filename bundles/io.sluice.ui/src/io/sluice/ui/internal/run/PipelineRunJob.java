package io.sluice.ui.internal.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.sluice.runtime.RunHandle;
import io.sluice.runtime.RunListener;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;

/**
 * Runs a pipeline in the engine as a user job: progress and Cancel in the workbench's progress UI, live metrics on the
 * canvas through a {@link RunDisplay}, and the outcome as the job's status (an error dialog when the run fails).
 */
public final class PipelineRunJob extends Job {

    /** Job family of every pipeline run, e.g. to wait for or cancel them all. */
    public static final Object FAMILY = new Object();

    private final Starter engine;
    private final RunRequest request;
    private final RunDisplay display;
    private volatile RunHandle handle;
    private volatile RunResult result;

    /** Starts a run: the designer's embedded engine, or the command line on Spark ({@link SparkRuns}). */
    @FunctionalInterface
    public interface Starter {
        io.sluice.runtime.RunHandle start(RunRequest request) throws java.io.IOException;
    }

    public PipelineRunJob(String pipelineName, SluiceEngine engine, RunRequest request, RunDisplay display) {
        this(pipelineName, engine::start, request, display);
    }

    public PipelineRunJob(String pipelineName, Starter engine, RunRequest request, RunDisplay display) {
        super(NLS.bind(Messages.PipelineRunJob_name, pipelineName));
        this.engine = engine;
        this.request = request;
        this.display = display;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (request.pipeline() != null) {
            request.pipeline().getSteps().forEach(s -> names.put(s.getId(), s.getName()));
        }
        RunLog.RunTrace trace = new RunLog.RunTrace(RunLog.get(), request.pipelineFile(),
                request.pipeline() == null ? getName() : request.pipeline().getName(), names, request.threads());
        RunListener listener = new RunListener() {
            @Override
            public void progress(RunSnapshot snapshot) {
                RateSamples.record(snapshot);
                display.show(snapshot);
                trace.progress(snapshot);
                long rows = snapshot.steps().stream().mapToLong(s -> s.rowsOut()).max().orElse(0);
                monitor.subTask(NLS.bind(Messages.PipelineRunJob_progress, String.format("%,d", rows))); //$NON-NLS-1$
            }
        };
        try {
            handle = engine.start(request.withListener(listener));
        } catch (java.io.IOException | RuntimeException e) {
            RunLog.get().add(RunLog.Level.ERROR, request.pipelineFile(), null, String.valueOf(e));
            monitor.done();
            return Status.error(NLS.bind(Messages.PipelineRunJob_failed, getName(), e), e);
        }
        try {
            while (true) {
                if (monitor.isCanceled()) {
                    handle.cancel();
                }
                try {
                    result = handle.result().get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillRunning) {
                    // poll the monitor again
                }
            }
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (ExecutionException e) {
            RunLog.get().add(RunLog.Level.ERROR, request.pipelineFile(), null, String.valueOf(e.getCause()));
            return Status.error(NLS.bind(Messages.PipelineRunJob_failed, getName(), e.getCause()), e.getCause());
        } finally {
            monitor.done();
        }
        display.show(result.finalSnapshot());
        trace.finished(result);
        return statusOf(result);
    }

    private IStatus statusOf(RunResult r) {
        if (r.status() == RunStatus.SUCCEEDED) {
            return Status.OK_STATUS;
        }
        if (r.status() == RunStatus.CANCELLED) {
            return Status.CANCEL_STATUS;
        }
        String details = r.status() == RunStatus.INVALID
                ? r.problems().stream().map(Object::toString).collect(Collectors.joining("\n")) //$NON-NLS-1$
                : r.error();
        return Status.error(NLS.bind(Messages.PipelineRunJob_notSucceeded, r.status(), details));
    }

    /** The outcome, once the job finished. */
    public RunResult result() {
        return result;
    }

    /** The engine's handle of this run, once it started. */
    public RunHandle handle() {
        return handle;
    }

    @Override
    protected void canceling() {
        RunHandle h = handle;
        if (h != null) {
            h.cancel();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
