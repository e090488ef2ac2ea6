package io.sluice.ui.internal.run;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.run.messages"; //$NON-NLS-1$

    public static String PipelineRunJob_name;
    public static String PipelineRunJob_progress;
    public static String PipelineRunJob_failed;
    public static String PipelineRunJob_notSucceeded;
    public static String StepPreviewJob_name;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
