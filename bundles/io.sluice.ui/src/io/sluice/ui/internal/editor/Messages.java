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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
