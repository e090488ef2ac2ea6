package io.sluice.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.handlers.messages"; //$NON-NLS-1$

    public static String OpenPipelinesFolder_title;
    public static String NewPipeline_title;
    public static String NewPipeline_prompt;
    public static String NewPipeline_failed;
    public static String NewPipeline_nameRequired;
    public static String NewPipeline_badCharacters;
    public static String NewPipeline_exists;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
