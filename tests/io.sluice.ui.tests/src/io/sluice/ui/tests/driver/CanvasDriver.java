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
     * Draws a link as a Hop or KNIME user does, with the selection tool: presses on the output port at {@code from},
     * drags to the input port at {@code to} (canvas coordinates) and waits for {@code linked}. One gesture, no
     * retry: a lost drag fails the test.
     */
    public void drawLink(Point from, Point to, java.util.function.BooleanSupplier linked) {
        if (palette.getActiveTool() != palette.getPaletteRoot().getDefaultEntry()) {
            throw new AssertionError("drawing a link from a port needs the selection tool, not " //$NON-NLS-1$
                    + palette.getActiveTool().getLabel());
        }
        ui.drag(canvasControl(), from, canvasControl(), to);
        ui.waitUntil("a link dragged from " + from + " to " + to, java.time.Duration.ofSeconds(5), linked); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Drags a palette entry onto the canvas and drops it at {@code at} (canvas control coordinates). */
    public void dragFromPalette(PaletteEntry entry, Point at) {
        ui.drag(paletteControl(), centreOf(entry), canvasControl(), at);
    }

    /**
     * Clicks a palette entry once and waits for its tool to become the active one (a lost click fails), then moves
     * twice over {@code restSpot}, an empty part of the canvas, as a user's mouse travels there. Nothing may be
     * created by moving: the tests check that.
     */
    public void selectTool(PaletteEntry entry, Point restSpot) {
        Point p = centreOf(entry);
        ui.click(paletteControl(), p.x, p.y);
        ui.waitUntil("tool '" + entry.getLabel() + "' to become active after one click", //$NON-NLS-1$ //$NON-NLS-2$
                java.time.Duration.ofSeconds(5), () -> palette.getActiveTool() == entry);
        ui.hover(canvasControl(), restSpot.x, restSpot.y);
        ui.hover(canvasControl(), restSpot.x + 1, restSpot.y + 1);
    }

    /** Whether the palette is back on its default (selection) tool. */
    public boolean selectionToolActive() {
        return palette.getActiveTool() == palette.getPaletteRoot().getDefaultEntry();
    }
}
