package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * A 1,000-step pipeline opens and draws. The timings are printed for the record (the goal is a frame under 16 ms),
 * not asserted: a timed assertion would only measure the machine the test runs on.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CanvasScaleTest {

    private static final int STEPS = 1000;
    private static final int FRAMES = 20;

    @Test
    void opensAndRedrawsAThousandStepPipeline(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("big.sluice"); //$NON-NLS-1$
        SluiceModel.save(chains(STEPS), file);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        UiDriver ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        long loadStart = System.nanoTime();
        SluiceModel.load(file);
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long openStart = System.nanoTime();
        PipelineEditor editor = PipelineEditors.open(page, file);
        assertNotNull(editor);
        ui.pump(10);
        long openMillis = (System.nanoTime() - openStart) / 1_000_000;
        try {
            assertEquals(STEPS, editor.getGraphicalViewer().getEditPartRegistry().values().stream()
                    .filter(p -> p instanceof io.sluice.ui.internal.parts.StepEditPart).count());
            FigureCanvas canvas = (FigureCanvas) editor.getGraphicalViewer().getControl();
            double[] at100 = frames(ui, canvas);
            ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
            zoom.setZoom(0.25);
            ui.pump(200);
            double[] zoomedOut = frames(ui, canvas);
            canvas.redraw();
            ui.pump(300);
            Screenshots.capture(ui.display(), "thousand-steps-zoom-25"); //$NON-NLS-1$
            System.out.printf("canvas with %d steps: file load %d ms, editor open %d ms; frame at 100%%: median %.1f ms, max %.1f ms; "
                    + "at 25%% (about 600 steps on screen): median %.1f ms, max %.1f ms%n", //$NON-NLS-1$
                    STEPS, loadMillis, openMillis, median(at100), max(at100), median(zoomedOut), max(zoomedOut));
        } finally {
            page.closeEditor(editor, false);
        }
    }

    /**
     * What one frame of the canvas costs: the whole draw2d figure tree (steps, links, labels, ports) painted into an
     * offscreen image of the canvas' size, in milliseconds. (SWT's redraw/update is asynchronous on GTK3, so timing it
     * would time nothing.)
     */
    private static double[] frames(UiDriver ui, FigureCanvas canvas) {
        org.eclipse.swt.graphics.Point size = canvas.getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), size.x, size.y);
        double[] millis = new double[FRAMES];
        try {
            for (int i = 0; i < FRAMES; i++) {
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
                org.eclipse.draw2d.SWTGraphics graphics = new org.eclipse.draw2d.SWTGraphics(gc);
                long start = System.nanoTime();
                canvas.getLightweightSystem().getRootFigure().paint(graphics);
                millis[i] = (System.nanoTime() - start) / 1e6;
                graphics.dispose();
                gc.dispose();
                ui.pump(2);
            }
        } finally {
            image.dispose();
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** Chains of source → filter → derive → sink laid out in a grid, linked in order. */
    private static Pipeline chains(int steps) {
        Pipeline p = SluiceModel.newPipeline("big"); //$NON-NLS-1$
        org.eclipse.emf.ecore.EClass[] kinds = { SluicePackage.Literals.CSV_SOURCE, SluicePackage.Literals.FILTER,
                SluicePackage.Literals.DERIVE, SluicePackage.Literals.PARQUET_SINK };
        Step previous = null;
        for (int i = 0; i < steps; i++) {
            int column = i % 40;
            int row = i / 40;
            Step step = SluiceModel.newStep(p, kinds[i % 4], "s" + i, 40 + column * 220, 40 + row * 110); //$NON-NLS-1$
            p.getSteps().add(step);
            if (i % 4 != 0 && previous != null) {
                p.link(previous, Ports.OUT, step, Ports.IN);
            }
            previous = step;
        }
        return p;
    }
}
