package io.sluice.ui.internal.run;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/** Where things are on the screen, for UI tests that point at them with real input. */
public final class ScreenPoints {

    private ScreenPoints() {
    }

    /** The centre of {@code control} in screen coordinates. */
    public static Point centre(Control control) {
        Point size = control.getSize();
        return control.toDisplay(size.x / 2, size.y / 2);
    }

    /** The centre of {@code bounds} (in {@code control}'s coordinates) in screen coordinates. */
    public static Point centre(Control control, Rectangle bounds) {
        return control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }
}
