package io.sluice.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.editor.messages"; //$NON-NLS-1$

    public static String PipelinePalette_tools;
    public static String PipelinePalette_link;
    public static String PipelinePalette_linkDescription;
    public static String PipelinePalette_note;
    public static String PipelinePalette_noteDescription;
    public static String PipelinePalette_noteText;
    public static String PipelinePalette_sources;
    public static String PipelinePalette_transforms;
    public static String PipelinePalette_quality;
    public static String PipelinePalette_sinks;
    public static String PipelineEditor_cannotOpen;
    public static String PipelineEditor_saveFailed;
    public static String PipelineEditor_saveAsTitle;
    public static String ClipboardActions_copy;
    public static String ClipboardActions_cut;
    public static String ClipboardActions_paste;
    public static String QuickAdd_title;
    public static String QuickAdd_message;
    public static String ContextMenu_open;
    public static String ContextMenu_preview;
    public static String ContextMenu_runToHere;
    public static String ContextMenu_rename;
    public static String ContextMenu_help;
    public static String ContextMenu_addStep;
    public static String ContextMenu_run;
    public static String Rename_title;
    public static String Rename_message;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
