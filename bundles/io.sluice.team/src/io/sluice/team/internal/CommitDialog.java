package io.sluice.team.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Commit: a message and the changed files of the repository (new and modified, pipelines checked); OK (Return in the
 * message presses it) keeps the choice for the caller, who commits it in a job. The dialog itself touches no Git.
 */
final class CommitDialog extends Dialog {
    private final String current;
    private final Set<String> added;
    private final List<String> files = new ArrayList<>();
    private Text message;
    private CheckboxTableViewer table;
    private List<String> chosen;
    private String chosenMessage;

    /** {@code changes} as read before (off the UI thread); {@code current} is the active pipeline's path. */
    CommitDialog(Shell parent, GitRepo.Changes changes, String current) {
        super(parent);
        this.current = current;
        this.added = changes.added();
        files.addAll(changes.modified());
        files.addAll(added);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Commit_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText(Messages.Commit_message);
        message = new Text(area, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(message);
        new Label(area, SWT.NONE).setText(Messages.Commit_files);
        table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element + "  (" + (added.contains(element) ? Messages.Commit_new : Messages.Commit_modified) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        table.setInput(files);
        for (String f : files) {
            table.setChecked(f, f.equals(current) || f.endsWith(".sluice")); //$NON-NLS-1$
        }
        // the shell gives focus to the OK button when it opens; the message is what one types first
        parent.getDisplay().asyncExec(() -> {
            if (!message.isDisposed()) {
                message.setFocus();
            }
        });
        return area;
    }

    @Override
    protected void okPressed() {
        List<String> paths = new ArrayList<>();
        for (Object o : table.getCheckedElements()) {
            paths.add((String) o);
        }
        if (paths.isEmpty() || message.getText().isBlank()) {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            return;
        }
        chosen = List.copyOf(paths);
        chosenMessage = message.getText().strip();
        super.okPressed();
    }

    /** The paths to commit once OK was pressed; null before. */
    List<String> chosen() {
        return chosen;
    }

    /** The commit message once OK was pressed; null before. */
    String message() {
        return chosenMessage;
    }
}
