package io.sluice.ui.internal.properties;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Shell;

/** A resizable dialog with a title: the common frame of the property editors' dialogs. */
abstract class TitledDialog extends Dialog {

    private final String title;

    TitledDialog(Shell shell, String title) {
        super(shell);
        this.title = title;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
