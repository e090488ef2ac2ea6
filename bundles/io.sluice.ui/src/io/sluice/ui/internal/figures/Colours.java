package io.sluice.ui.internal.figures;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Shared colours of the canvas, owned by one registry so nothing is leaked per figure. */
public final class Colours {

    public static final RGB CANVAS = new RGB(250, 250, 250);
    public static final RGB STEP_FILL = new RGB(255, 255, 255);
    public static final RGB TEXT = new RGB(33, 33, 33);
    public static final RGB TEXT_MUTED = new RGB(117, 117, 117);
    public static final RGB LINK = new RGB(97, 97, 97);
    public static final RGB REJECTS = new RGB(198, 40, 40);
    public static final RGB ERROR = new RGB(211, 47, 47);
    public static final RGB WARNING = new RGB(249, 168, 37);
    public static final RGB NOTE_FILL = new RGB(255, 249, 196);
    public static final RGB NOTE_BORDER = new RGB(220, 200, 100);
    public static final RGB RUNNING = new RGB(30, 136, 229);
    public static final RGB DONE = new RGB(67, 160, 71);

    private static ColorRegistry registry;

    private Colours() {
    }

    /** The colour for {@code rgb}, created once per display and disposed with it. */
    public static Color get(RGB rgb) {
        if (registry == null) {
            registry = new ColorRegistry(Display.getCurrent());
        }
        String key = rgb.toString();
        if (!registry.hasValueFor(key)) {
            registry.put(key, rgb);
        }
        return registry.get(key);
    }

    /** {@code rgb} mixed with white; {@code amount} 0 keeps it, 1 gives white. */
    public static RGB lighter(RGB rgb, double amount) {
        return new RGB(mix(rgb.red, amount), mix(rgb.green, amount), mix(rgb.blue, amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }
}
