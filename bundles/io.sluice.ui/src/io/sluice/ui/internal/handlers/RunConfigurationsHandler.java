package io.sluice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.internal.editor.PipelineEditor;

/** Run › Run Configurations…: parameter values, threads and options for a run, remembered for the pipeline. */
public final class RunConfigurationsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActiveEditorChecked(event) instanceof PipelineEditor editor) {
            editor.runWithDialog();
        }
        return null;
    }
}
