package io.sluice.ui.internal.validation;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.validation.messages"; //$NON-NLS-1$

    public static String EditorValidator_jobName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
