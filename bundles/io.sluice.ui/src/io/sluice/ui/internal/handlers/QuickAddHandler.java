package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.internal.editor.PipelineEditor;

/** Edit › Add Step… (Ctrl+Space on the canvas): the searchable list of step kinds. */
public final class QuickAddHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActiveEditorChecked(event) instanceof PipelineEditor editor) {
            editor.quickAdd();
        }
        return null;
    }
}
