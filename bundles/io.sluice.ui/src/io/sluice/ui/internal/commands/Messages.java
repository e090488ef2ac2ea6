package io.sluice.ui.internal.commands;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.commands.messages"; //$NON-NLS-1$

    public static String StepCreateCommand_label;
    public static String StepDeleteCommand_label;
    public static String BoundsChangeCommand_label;
    public static String LinkCreateCommand_label;
    public static String LinkCreateCommand_noOutput;
    public static String LinkCreateCommand_noInput;
    public static String LinkDeleteCommand_label;
    public static String NoteCreateCommand_label;
    public static String NoteDeleteCommand_label;
    public static String StepsPasteCommand_label;
    public static String NoteTextCommand_label;
    public static String ParameterAddCommand_label;
    public static String ParameterDeleteCommand_label;
    public static String ParameterSetCommand_label;
    public static String ParameterSetCommand_badName;
    public static String ParameterSetCommand_duplicate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
