package io.sluice.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.ui.internal.properties.messages"; //$NON-NLS-1$

    public static String StepPropertySource_stepCategory;
    public static String StepPropertySource_notAWholeNumber;
    public static String StepPropertySource_nameRequired;
    public static String StepPropertySource_nameTaken;
    public static String ColumnChooser_unknown;
    public static String ColumnChooser_pick;
    public static String ColumnChooser_textMany;
    public static String ColumnChooser_textOne;
    public static String ListEdit_add;
    public static String ListEdit_remove;
    public static String ListEdit_up;
    public static String ListEdit_down;
    public static String ExpressionAssist_example;
    public static String ExpressionAssist_field;
    public static String ExpressionAssist_reference;
    public static String ExpressionAssist_referenceHelp;
    public static String StepDialog_title;
    public static String StepDialog_getFields;
    public static String StepDialog_preview;
    public static String StepDialog_reading;
    public static String StepDialog_noFields;
    public static String StepDialog_fieldsRead;
    public static String StepDialog_helpAll;
    public static String PipelinePropertySource_category;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
