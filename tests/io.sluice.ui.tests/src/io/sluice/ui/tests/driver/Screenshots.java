package io.sluice.ui.tests.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** PNG pictures of the whole X screen, written where the build tells ({@code sluice.uitest.screenshots}). */
public final class Screenshots {

    public static final String DIRECTORY_PROPERTY = "sluice.uitest.screenshots"; //$NON-NLS-1$

    private Screenshots() {
    }

    /** The folder screenshots go to; created on demand. */
    public static Path directory() throws IOException {
        Path dir = Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/screenshots")); //$NON-NLS-1$
        return Files.createDirectories(dir);
    }

    /**
     * Captures the area of {@code shell} scaled by {@code scale} to {@code name}.png (small enough for a README) and
     * returns the file. Must run on the UI thread.
     */
    public static Path captureScaled(org.eclipse.swt.widgets.Shell shell, String name, double scale) throws IOException {
        Display display = shell.getDisplay();
        return save(display, shell.getBounds().intersection(display.getBounds()), name, scale);
    }

    /** Captures the screen to {@code name}.png and returns the file. Must run on the UI thread. */
    public static Path capture(Display display, String name) throws IOException {
        return save(display, display.getBounds(), name, 1.0);
    }

    private static Path save(Display display, Rectangle bounds, String name, double scale) throws IOException {
        Path file = directory().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            if (scale != 1.0) { // drawn scaled with interpolation: text stays legible, unlike ImageData.scaledTo
                int w = (int) (bounds.width * scale);
                int h = (int) (bounds.height * scale);
                Image small = new Image(display, w, h);
                GC painter = new GC(small);
                try {
                    painter.setAntialias(SWT.ON);
                    painter.setInterpolation(SWT.HIGH);
                    painter.drawImage(image, 0, 0, bounds.width, bounds.height, 0, 0, w, h);
                    data = small.getImageData();
                } finally {
                    painter.dispose();
                    small.dispose();
                }
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
