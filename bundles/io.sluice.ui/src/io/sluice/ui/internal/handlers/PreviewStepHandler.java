package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.model.Step;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.run.DesignerEngine;
import io.sluice.ui.internal.run.StepPreviewJob;
import io.sluice.ui.internal.views.PreviewView;

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
        Step step = part.step();
        IWorkbenchPage page = editor.getSite().getPage();
        PreviewView view;
        try {
            view = (PreviewView) page.showView(SluiceViews.PREVIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        view.showPending(step.getName());
        Job.getJobManager().cancel(StepPreviewJob.FAMILY);
        new StepPreviewJob(step.getName(), DesignerEngine.get(), editor.runRequest(), step.getId(),
                StepPreviewJob.DEFAULT_ROWS, editor.getSite().getShell().getDisplay(),
                result -> view.show(step.getName(), result)).schedule();
        return null;
    }
}
