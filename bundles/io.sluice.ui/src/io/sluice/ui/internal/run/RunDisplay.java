package io.sluice.ui.internal.run;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.swt.widgets.Display;

import io.sluice.runtime.RunSnapshot;

/**
 * Carries run metrics from the engine's thread to the canvas. The engine reports every 250 ms; whatever arrives
 * while the UI thread is busy replaces the pending snapshot instead of queueing behind it, so the canvas never
 * falls behind and never receives more than one update per UI cycle.
 */
public final class RunDisplay {

    /** Viewer property holding the latest {@link RunSnapshot} of the pipeline shown; edit parts listen to it. */
    public static final String VIEWER_PROPERTY = "io.sluice.ui.run"; //$NON-NLS-1$

    private final Display display;
    private final EditPartViewer viewer;
    private final AtomicReference<RunSnapshot> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public RunDisplay(Display display, EditPartViewer viewer) {
        this.display = display;
        this.viewer = viewer;
    }

    /** Called from any thread. */
    public void show(RunSnapshot snapshot) {
        pending.set(snapshot);
        if (scheduled.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(this::flush);
        }
    }

    private void flush() {
        scheduled.set(false);
        RunSnapshot snapshot = pending.getAndSet(null);
        if (snapshot != null && viewer.getControl() != null && !viewer.getControl().isDisposed()) {
            viewer.setProperty(VIEWER_PROPERTY, snapshot);
        }
    }
}
