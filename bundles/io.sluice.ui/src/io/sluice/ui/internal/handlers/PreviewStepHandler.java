package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.parts.StepEditPart;

/**
 * Run › Preview Step: shows the first rows the selected step emits, computed in the background on the pipeline as
 * it is in the editor; no sink is written. A new preview cancels the one still running.
 */
public final class PreviewStepHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditorChecked(event) instanceof PipelineEditor editor)
                || !(editor.getGraphicalViewer().getSelection() instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof StepEditPart part)) {
            return null;
        }
        editor.preview(part.step());
        return null;
    }
}
