package io.sluice.team.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Commit: a message and the changed files of the repository (new and modified, pipelines checked), committed through
 * JGit when OK is pressed (Return in the message presses it).
 */
final class CommitDialog extends Dialog {
    private final GitRepo repo;
    private final String current;
    private final Set<String> added;
    private final List<String> files = new ArrayList<>();
    private Text message;
    private CheckboxTableViewer table;
    private String committed;

    CommitDialog(Shell parent, GitRepo repo, String current) throws Exception {
        super(parent);
        this.repo = repo;
        this.current = current;
        this.added = repo.newFiles();
        files.addAll(repo.modifiedFiles());
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
        List<String> chosen = new ArrayList<>();
        for (Object o : table.getCheckedElements()) {
            chosen.add((String) o);
        }
        if (chosen.isEmpty() || message.getText().isBlank()) {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            return;
        }
        try {
            committed = repo.commit(chosen, message.getText().strip());
        } catch (Exception e) {
            MessageDialog.openError(getShell(), Messages.Commit_title, NLS.bind(Messages.History_failed, e.getMessage()));
            return;
        }
        super.okPressed();
    }

    /** The new commit's id once OK committed; null before. */
    String committed() {
        return committed;
    }
}
