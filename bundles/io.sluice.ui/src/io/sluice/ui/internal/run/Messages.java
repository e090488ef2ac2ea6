package io.sluice.ui.internal.run;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.run.messages"; //$NON-NLS-1$

    public static String PipelineRunJob_name;
    public static String PipelineRunJob_progress;
    public static String PipelineRunJob_failed;
    public static String PipelineRunJob_notSucceeded;
    public static String StepPreviewJob_name;
    public static String RunLog_started;
    public static String RunLog_stepDone;
    public static String RunLog_stepFailed;
    public static String RunLog_rejected;
    public static String RunLog_problem;
    public static String RunLog_retry;
    public static String RunLog_finished;
    public static String RunDialog_title;
    public static String RunDialog_parameters;
    public static String RunDialog_name;
    public static String RunDialog_value;
    public static String RunDialog_default;
    public static String RunDialog_description;
    public static String RunDialog_threads;
    public static String RunDialog_failOnParseError;
    public static String RunDialog_run;
    public static String RunDialog_engine;
    public static String RunDialog_embedded;
    public static String RunDialog_sparkLocal;
    public static String RunDialog_sparkCluster;
    public static String RunDialog_clusterUrl;
    public static String RunDialog_noLauncher;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
