package io.sluice.ui.internal.run;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.sluice.runtime.CancellationToken;
import io.sluice.runtime.PreviewResult;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.SluiceEngine;

/**
 * Previews a step: runs its upstream sub-graph on the first rows, with no sink executed, off the UI thread, and hands
 * the rows to the UI. Previews belong to one family, so starting a new one cancels the previous.
 */
public final class StepPreviewJob extends Job {

    public static final Object FAMILY = new Object();
    public static final int DEFAULT_ROWS = 1000;

    private final SluiceEngine engine;
    private final RunRequest request;
    private final String stepId;
    private final int maxRows;
    private final Display display;
    private final Consumer<PreviewResult> onResult;
    private final CancellationToken token = new CancellationToken();

    public StepPreviewJob(String stepName, SluiceEngine engine, RunRequest request, String stepId, int maxRows,
            Display display, Consumer<PreviewResult> onResult) {
        super(NLS.bind(Messages.StepPreviewJob_name, stepName));
        this.engine = engine;
        this.request = request;
        this.stepId = stepId;
        this.maxRows = maxRows;
        this.display = display;
        this.onResult = onResult;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        PreviewResult result = engine.preview(request.withHistory(false), stepId, maxRows, token);
        monitor.done();
        if (monitor.isCanceled() || token.isCancelled()) {
            return Status.CANCEL_STATUS;
        }
        display.asyncExec(() -> onResult.accept(result));
        return Status.OK_STATUS;
    }

    @Override
    protected void canceling() {
        token.cancel("preview cancelled"); //$NON-NLS-1$
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
