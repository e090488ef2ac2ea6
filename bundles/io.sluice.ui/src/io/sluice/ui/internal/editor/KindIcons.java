package io.sluice.ui.internal.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import io.sluice.ui.internal.figures.StepCategory;

/**
 * Palette icons drawn from the same colour and glyph as the step cards on the canvas, so the palette and the
 * canvas always agree and no bitmap files need to be kept in step with the metamodel.
 */
final class KindIcons {

    private static final int SIZE = 16;

    private KindIcons() {
    }

    static ImageDescriptor of(StepCategory category, String glyph) {
        return ImageDescriptor.createFromImageDataProvider(zoom -> draw(category.colour(), glyph, SIZE * zoom / 100));
    }

    private static ImageData draw(RGB rgb, String glyph, int size) {
        Display display = Display.getCurrent();
        Image image = new Image(display, size, size);
        GC gc = new GC(image);
        Color colour = new Color(rgb);
        FontData base = display.getSystemFont().getFontData()[0];
        Font font = new Font(display, base.getName(), Math.max(6, size * 9 / 16), SWT.BOLD);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, size, size);
            gc.setBackground(colour);
            gc.fillOval(0, 0, size, size);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.setFont(font);
            Point extent = gc.textExtent(glyph);
            gc.drawText(glyph, (size - extent.x) / 2, (size - extent.y) / 2, true);
            ImageData data = image.getImageData();
            data.transparentPixel = data.palette.getPixel(new RGB(255, 255, 255));
            return data;
        } finally {
            font.dispose();
            gc.dispose();
            image.dispose();
        }
    }
}
