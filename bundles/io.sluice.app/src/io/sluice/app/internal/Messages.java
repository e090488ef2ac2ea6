package io.sluice.app.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.app.internal.messages"; //$NON-NLS-1$

    public static String menuFile;
    public static String menuEdit;
    public static String menuRun;
    public static String menuWindow;
    public static String menuHelp;
    public static String workspaceInUseTitle;
    public static String workspaceInUse;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
