package io.sluice.ui;

/** Identifiers of the views the designer contributes, for perspectives and tests. */
public final class SluiceViews {

    /** The navigator listing the {@code *.sluice} files of the pipelines folder. */
    public static final String PIPELINES = "io.sluice.ui.views.pipelines"; //$NON-NLS-1$

    private SluiceViews() {
    }
}
