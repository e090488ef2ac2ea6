package io.sluice.ui.internal.validation;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.swt.widgets.Display;

import io.sluice.model.Pipeline;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.runtime.SourceSchemas;

/**
 * Validates an editor's pipeline after every change without touching the UI thread's model from another thread:
 * the UI thread takes a copy (cheap, even for a thousand steps), a background job validates the copy and infers CSV
 * schemas from the files, and the result is published back on the UI thread as a viewer property. Changes that
 * arrive while a validation runs simply supersede it.
 */
public final class EditorValidator {

    /** Job family, so tests and shutdown can wait for or cancel validations. */
    public static final Object FAMILY = new Object();
    private static final long DELAY_MILLIS = 150;

    private final Pipeline pipeline;
    private final EditPartViewer viewer;
    private final Supplier<Path> baseDirectory;
    private final CopyOnWriteArrayList<Consumer<ValidationSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile long generation;
    private Job job;
    private ValidationSnapshot latest;
    private boolean disposed;

    /**
     * @param baseDirectory where relative source paths (CSV files to infer schemas from) are resolved, asked on each
     *                      validation (Save As may move the pipeline)
     */
    public EditorValidator(Pipeline pipeline, EditPartViewer viewer, Supplier<Path> baseDirectory) {
        this.pipeline = pipeline;
        this.viewer = viewer;
        this.baseDirectory = baseDirectory;
    }

    /** Validates the pipeline as it is now, shortly; call on the UI thread after every change. */
    public void schedule() {
        if (disposed) {
            return;
        }
        long mine = ++generation;
        Pipeline copy = EcoreUtil.copy(pipeline);
        Path base = baseDirectory.get();
        if (job != null) {
            job.cancel();
        }
        Display display = Display.getCurrent();
        job = new Job(Messages.EditorValidator_jobName) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                // the designer embeds the runtime: Parquet, IPC, JSON lines, JDBC (through the driver registry service)
                PipelineValidator validator = new PipelineValidator(
                        SourceSchemas.resolver(base, Map.of(), io.sluice.ui.internal.run.DesignerEngine.drivers()));
                ValidationSnapshot snapshot = new ValidationSnapshot(copy, validator.run(copy));
                if (monitor.isCanceled() || mine != generation) {
                    return Status.CANCEL_STATUS;
                }
                display.asyncExec(() -> publish(mine, snapshot));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule(DELAY_MILLIS);
    }

    private void publish(long of, ValidationSnapshot snapshot) {
        if (disposed || of != generation || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        latest = snapshot;
        viewer.setProperty(ValidationSnapshot.VIEWER_PROPERTY, snapshot);
        listeners.forEach(l -> l.accept(snapshot));
    }

    /** The most recent result, or null before the first validation finished. */
    public ValidationSnapshot latest() {
        return latest;
    }

    public void addListener(Consumer<ValidationSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ValidationSnapshot> listener) {
        listeners.remove(listener);
    }

    public void dispose() {
        disposed = true;
        if (job != null) {
            job.cancel();
        }
        listeners.clear();
    }
}
