package io.sluice.team.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.PlatformUI;

/**
 * Marks pipeline files in the Pipelines view by their Git status: {@code > name} when modified, {@code name [new]}
 * when not yet committed. Runs in the decorator manager's background thread.
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
            Set<String> added = repo.newFiles();
            if (added.contains(path)) {
                decoration.addSuffix(" [" + Messages.Commit_new + "]"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (repo.modifiedFiles().contains(path)) {
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
