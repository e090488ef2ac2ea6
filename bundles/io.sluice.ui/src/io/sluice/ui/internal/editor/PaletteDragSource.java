package io.sluice.ui.internal.editor;

import org.eclipse.gef.dnd.TemplateTransferDragSourceListener;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * Drags palette entries onto the canvas, but only when the mouse really moved. SWT's drag detection on GTK also
 * starts a native drag when no event follows a press within half a second (a busy machine, or a button held still);
 * GTK then holds the pointer for a drag whose release may already have gone by, and the next click anywhere ends it
 * as a drop: a step appears where the user next clicks or even just moves, and the click itself is lost. A drag that
 * starts where the button went down is therefore refused, and the press stays an ordinary click on the entry.
 */
final class PaletteDragSource extends TemplateTransferDragSourceListener {

    /** GTK's default drag threshold, in pixels. */
    private static final int THRESHOLD = 8;
    private Point pressedAt;

    PaletteDragSource(PaletteViewer viewer) {
        super(viewer);
        Control control = viewer.getControl();
        Listener press = e -> {
            if (e.button == 1) {
                pressedAt = control.toDisplay(e.x, e.y);
            }
        };
        control.addListener(SWT.MouseDown, press);
    }

    @Override
    public void dragStart(DragSourceEvent event) {
        super.dragStart(event);
        if (event.doit && !movedSincePress()) {
            event.doit = false;
            org.eclipse.gef.dnd.TemplateTransfer.getInstance().setTemplate(null);
        }
    }

    /**
     * After a native drag GTK has kept the button's release to itself, so the palette's own tools still believe
     * button 1 is held (its tracker waits for a release that already happened) and would swallow or misread the next
     * click: start the palette's tools afresh.
     */
    @Override
    public void dragFinished(DragSourceEvent event) {
        super.dragFinished(event);
        pressedAt = null;
        getViewer().getEditDomain().loadDefaultTool();
    }

    /** Whether the pointer is now beyond the drag threshold from where button 1 went down. */
    boolean movedSincePress() {
        if (pressedAt == null) {
            return true;
        }
        Point now = getViewer().getControl().getDisplay().getCursorLocation();
        return Math.abs(now.x - pressedAt.x) > THRESHOLD || Math.abs(now.y - pressedAt.y) > THRESHOLD;
    }
}
