package io.sluice.team.internal;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.sluice.ui.internal.editor.PipelineEditor;

/** Shows the Merge Conflicts view whenever a pipeline with unresolved conflicts is opened. */
public final class ConflictedEditorWatcher implements IStartup, IPartListener2 {

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (IWorkbenchPage page : window.getPages()) {
                    page.addPartListener(this);
                }
            }
        });
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        if (ref.getPart(false) instanceof PipelineEditor editor && editor.pipeline() != null
                && !editor.pipeline().getConflicts().isEmpty()) {
            IWorkbenchPage page = ref.getPage();
            page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                try {
                    page.showView(MergeConflictsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    org.eclipse.core.runtime.ILog.of(ConflictedEditorWatcher.class).error(e.getMessage(), e);
                }
            });
        }
    }
}
