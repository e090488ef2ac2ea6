package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.internal.editor.PipelineEditor;

/** Run › Run Pipeline: runs the active pipeline in the embedded engine, in the background, with live metrics. */
public final class RunPipelineHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActiveEditorChecked(event) instanceof PipelineEditor editor) {
            editor.run();
        }
        return null;
    }
}
