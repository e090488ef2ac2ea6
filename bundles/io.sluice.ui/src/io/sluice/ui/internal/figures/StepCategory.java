package io.sluice.ui.internal.figures;

import org.eclipse.swt.graphics.RGB;

/** The four families of steps; each has the colour its figure, icon and palette drawer share. */
public enum StepCategory {
    SOURCE(new RGB(46, 125, 50)),
    TRANSFORM(new RGB(21, 101, 192)),
    QUALITY(new RGB(239, 108, 0)),
    SINK(new RGB(106, 27, 154));

    private final RGB colour;

    StepCategory(RGB colour) {
        this.colour = colour;
    }

    public RGB colour() {
        return colour;
    }
}
