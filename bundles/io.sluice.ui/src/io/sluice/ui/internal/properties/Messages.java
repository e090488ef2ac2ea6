package io.sluice.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.properties.messages"; //$NON-NLS-1$

    public static String StepPropertySource_stepCategory;
    public static String StepPropertySource_notAWholeNumber;
    public static String StepPropertySource_nameRequired;
    public static String StepPropertySource_nameTaken;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
