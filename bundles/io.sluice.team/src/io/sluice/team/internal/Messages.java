package io.sluice.team.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.team.internal.messages"; //$NON-NLS-1$

    public static String Conflicts_step;
    public static String Conflicts_property;
    public static String Conflicts_base;
    public static String Conflicts_ours;
    public static String Conflicts_theirs;
    public static String Conflicts_takeOurs;
    public static String Conflicts_takeTheirs;
    public static String Conflicts_none;
    public static String Conflicts_summary;
    public static String Conflicts_noEditor;
    public static String Conflicts_pipeline;
    public static String Conflicts_unset;
    public static String Command_resolve;
    public static String Side_ours;
    public static String Side_theirs;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
