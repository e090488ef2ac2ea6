package io.sluice.ui;

/** Identifiers of the views the designer contributes, for perspectives and tests. */
public final class SluiceViews {

    /** The navigator listing the {@code *.sluice} files of the pipelines folder. */
    public static final String PIPELINES = "io.sluice.ui.views.pipelines"; //$NON-NLS-1$

    /** Validation problems of the active pipeline. */
    public static final String PROBLEMS = "io.sluice.ui.views.problems"; //$NON-NLS-1$

    /** The propagated schema of the selected step. */
    public static final String SCHEMA = "io.sluice.ui.views.schema"; //$NON-NLS-1$

    /** The first rows of a previewed step. */
    public static final String PREVIEW = "io.sluice.ui.views.preview"; //$NON-NLS-1$

    /** The run history of the active pipeline. */
    public static final String RUNS = "io.sluice.ui.views.runs"; //$NON-NLS-1$

    /** The log of the runs started in the designer. */
    public static final String CONSOLE = "io.sluice.ui.views.console"; //$NON-NLS-1$

    /** The parameters of the active pipeline: added, edited and documented in place. */
    public static final String PARAMETERS = "io.sluice.ui.views.parameters"; //$NON-NLS-1$

    private SluiceViews() {
    }
}
