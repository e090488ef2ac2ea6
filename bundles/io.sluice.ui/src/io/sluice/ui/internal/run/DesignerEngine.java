package io.sluice.ui.internal.run;

import io.sluice.runtime.SluiceEngine;

/**
 * The one runtime engine of the designer, created on first use. Runs and previews started from any editor share it,
 * so they share its run history (the same H2 database the command line writes to).
 */
public final class DesignerEngine {

    private static volatile SluiceEngine engine;

    private DesignerEngine() {
    }

    public static SluiceEngine get() {
        SluiceEngine e = engine;
        if (e == null) {
            synchronized (DesignerEngine.class) {
                e = engine;
                if (e == null) {
                    e = new SluiceEngine();
                    engine = e;
                }
            }
        }
        return e;
    }
}
