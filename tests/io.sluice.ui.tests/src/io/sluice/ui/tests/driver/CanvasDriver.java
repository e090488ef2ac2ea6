package io.sluice.ui.tests.driver;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Finds things on a GEF palette and canvas in the coordinates of their SWT controls, so a {@link UiDriver} can point
 * at them with real input.
 */
public final class CanvasDriver {

    private final UiDriver ui;
    private final PaletteViewer palette;
    private final GraphicalViewer canvas;

    public CanvasDriver(UiDriver ui, PaletteViewer palette, GraphicalViewer canvas) {
        this.ui = ui;
        this.palette = palette;
        this.canvas = canvas;
    }

    public Control paletteControl() {
        return palette.getControl();
    }

    public Control canvasControl() {
        return canvas.getControl();
    }

    /** The palette entry labelled {@code label} inside the container labelled {@code container} (null: anywhere). */
    public PaletteEntry entry(String container, String label) {
        PaletteEntry found = find(palette.getPaletteRoot(), container, label, container == null);
        if (found == null) {
            throw new AssertionError("no palette entry '" + label + "' in '" + container + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return found;
    }

    private static PaletteEntry find(PaletteContainer parent, String container, String label, boolean inside) {
        for (Object child : parent.getChildren()) {
            PaletteEntry entry = (PaletteEntry) child;
            if (inside && label.equals(entry.getLabel()) && !(entry instanceof PaletteContainer)) {
                return entry;
            }
            if (entry instanceof PaletteContainer nested) {
                PaletteEntry found = find(nested, container, label, inside || nested.getLabel().equals(container));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Centre of a palette entry in the palette control's coordinates, scrolled into view first. */
    public Point centreOf(PaletteEntry entry) {
        GraphicalEditPart part = (GraphicalEditPart) palette.getEditPartRegistry().get(entry);
        palette.reveal(part);
        ui.pump(30);
        return centreOf(part.getFigure());
    }

    /** Centre of {@code figure}'s bounds in its canvas control's coordinates. */
    public static Point centreOf(IFigure figure) {
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    /** A point of figure coordinates ({@code figure}'s parent space) in control coordinates. */
    public static Point toControl(IFigure figure, org.eclipse.draw2d.geometry.Point point) {
        org.eclipse.draw2d.geometry.Point p = point.getCopy();
        figure.translateToAbsolute(p);
        return new Point(p.x, p.y);
    }

    /**
     * Draws a link with the link tool: selects it, drags from {@code from} to {@code to} (canvas coordinates) and
     * waits for {@code linked}. GTK sometimes loses the first gesture after a palette click on a busy machine (the
     * drag arrives as a plain move); a user then simply drags again, and so does this method, up to three times,
     * saying so on standard error so the retries stay visible in the build log.
     */
    public void drawLink(PaletteEntry linkTool, Point settleSpot, Point from, Point to, java.util.function.BooleanSupplier linked) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            selectTool(linkTool, settleSpot);
            ui.drag(canvasControl(), from, canvasControl(), to);
            try {
                ui.waitUntil("a link after drag attempt " + attempt, java.time.Duration.ofSeconds(3), linked); //$NON-NLS-1$
                return;
            } catch (AssertionError lost) {
                System.err.println("link drag attempt " + attempt + " made no link; dragging again"); //$NON-NLS-1$ //$NON-NLS-2$
                ui.key("Escape"); //$NON-NLS-1$
            }
        }
        throw new AssertionError("three drags from " + from + " to " + to + " made no link"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Drags a palette entry onto the canvas and drops it at {@code at} (canvas control coordinates). */
    public void dragFromPalette(PaletteEntry entry, Point at) {
        ui.drag(paletteControl(), centreOf(entry), canvasControl(), at);
    }

    /**
     * Clicks a palette entry until its tool is the active one (a click can be lost while the machine is busy), then
     * moves twice over {@code settleSpot} on the canvas. After a palette click GTK can deliver the first motion over
     * the canvas with button 1 still marked as held; a creation tool may take that for a click. So settle a creation
     * tool where the next click will create anyway, and a link tool over empty canvas.
     */
    public void selectTool(PaletteEntry entry, Point settleSpot) {
        for (int attempt = 0; attempt < 3 && palette.getActiveTool() != entry; attempt++) {
            Point p = centreOf(entry);
            ui.click(paletteControl(), p.x, p.y);
            try {
                ui.waitUntil("tool '" + entry.getLabel() + "' to become active", java.time.Duration.ofSeconds(2), //$NON-NLS-1$ //$NON-NLS-2$
                        () -> palette.getActiveTool() == entry);
            } catch (AssertionError lostClick) {
                ui.pump(200);
            }
        }
        if (palette.getActiveTool() != entry) {
            throw new AssertionError("palette tool '" + entry.getLabel() + "' could not be selected"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ui.hover(canvasControl(), settleSpot.x, settleSpot.y);
        ui.hover(canvasControl(), settleSpot.x + 1, settleSpot.y + 1);
    }
}
