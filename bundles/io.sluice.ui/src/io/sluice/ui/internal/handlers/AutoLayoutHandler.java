package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.gef.commands.Command;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.layout.PipelineAutoLayout;

/** Lays the active pipeline out left to right, as one undoable change. */
public final class AutoLayoutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActiveEditorChecked(event) instanceof PipelineEditor editor) {
            Command layout = PipelineAutoLayout.command(editor.pipeline());
            if (layout != null) {
                editor.getCommandStack().execute(layout);
            }
        }
        return null;
    }
}
