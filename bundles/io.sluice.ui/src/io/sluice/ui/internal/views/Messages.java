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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
