package io.sluice.ui.internal.views;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.views.messages"; //$NON-NLS-1$

    public static String Problems_message;
    public static String Problems_step;
    public static String Problems_field;
    public static String Problems_summary;
    public static String Schema_column;
    public static String Schema_type;
    public static String Schema_nullable;
    public static String Schema_port;
    public static String Schema_noStep;
    public static String Schema_unknown;
    public static String Schema_of;
    public static String Preview_hint;
    public static String Preview_running;
    public static String Preview_failed;
    public static String Preview_rows;
    public static String Runs_status;
    public static String Runs_started;
    public static String Runs_duration;
    public static String Runs_engine;
    public static String Runs_revision;
    public static String Runs_read;
    public static String Runs_rejected;
    public static String Runs_error;
    public static String Runs_id;
    public static String Runs_step;
    public static String Runs_state;
    public static String Runs_in;
    public static String Runs_out;
    public static String Runs_rate;
    public static String Runs_trend;
    public static String Runs_rule;
    public static String Runs_kind;
    public static String Runs_severity;
    public static String Runs_checked;
    public static String Runs_failed;
    public static String Runs_samples;
    public static String Runs_message;
    public static String Runs_loading;
    public static String Runs_drift;
    public static String Runs_loadFailed;
    public static String Runs_scope;
    public static String Runs_allPipelines;
    public static String Console_time;
    public static String Console_level;
    public static String Console_message;
    public static String Console_clear;
    public static String Preview_filter;
    public static String Preview_copyCsv;
    public static String Preview_copyTsv;
    public static String Preview_exact;
    public static String Welcome_title;
    public static String Welcome_tab;
    public static String Parameters_name;
    public static String Parameters_type;
    public static String Parameters_default;
    public static String Parameters_description;
    public static String Parameters_add;
    public static String Parameters_addTooltip;
    public static String Parameters_remove;
    public static String ExpressionReference_missing;
    public static String Welcome_openExample;
    public static String Welcome_newPipeline;
    public static String Welcome_openFolder;
    public static String Welcome_shortcuts;
    public static String Preferences_description;
    public static String Preferences_threads;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
