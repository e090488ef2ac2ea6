package io.sluice.team.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.PlatformUI;

/**
 * Marks pipeline files in the Pipelines view by their Git status: {@code > name} when modified, {@code name [new]}
 * when not yet committed. A lightweight decorator: the workbench calls it in its decoration job, never on the UI
 * thread, so reading the status (one walk of the working tree per file) holds nothing up.
 */
public final class GitStatusDecorator extends LabelProvider implements ILightweightLabelDecorator {

    public static final String ID = "io.sluice.team.decorators.status"; //$NON-NLS-1$

    @Override
    public void decorate(Object element, IDecoration decoration) {
        if (!(element instanceof Path file) || !Files.isRegularFile(file) || !file.toString().endsWith(".sluice")) { //$NON-NLS-1$
            return;
        }
        try (GitRepo repo = GitRepo.of(file)) {
            if (repo == null) {
                return;
            }
            String path = repo.relative(file);
            GitRepo.Changes changes = repo.changes();
            if (changes.added().contains(path)) {
                decoration.addSuffix(" [" + Messages.Commit_new + "]"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (changes.modified().contains(path)) {
                decoration.addPrefix("> "); //$NON-NLS-1$
            }
        } catch (Exception e) {
            // no decoration: the file is shown as it is
        }
    }

    /** Asks the workbench to decorate again (after a save, commit or pull). */
    public static void refresh() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().getDecoratorManager().update(ID));
    }
}
