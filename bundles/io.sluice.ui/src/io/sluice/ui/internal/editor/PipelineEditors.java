package io.sluice.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opens pipeline files in the pipeline editor. */
public final class PipelineEditors {

    private PipelineEditors() {
    }

    /**
     * Opens (or activates) the editor on {@code file}. A file that cannot be read as a pipeline shows the load
     * problems in a dialog, not a stack trace; the result is then null.
     */
    public static PipelineEditor open(IWorkbenchPage page, Path file) {
        try {
            IEditorPart editor = page.openEditor(new PipelineEditorInput(file), PipelineEditor.ID);
            return editor instanceof PipelineEditor pipelineEditor ? pipelineEditor : null;
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, null, e.getStatus());
            return null;
        }
    }
}
