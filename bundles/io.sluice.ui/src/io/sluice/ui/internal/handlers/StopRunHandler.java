package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.internal.editor.PipelineEditor;

/** Run › Stop: cancels the active pipeline's run; the engine stops cleanly and frees its memory. */
public final class StopRunHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActiveEditorChecked(event) instanceof PipelineEditor editor && editor.currentRun() != null) {
            editor.currentRun().cancel();
        }
        return null;
    }
}
