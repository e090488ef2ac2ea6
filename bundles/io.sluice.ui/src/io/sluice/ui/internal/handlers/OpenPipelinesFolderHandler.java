package io.sluice.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.ui.internal.navigator.PipelinesFolder;

/** Lets the user choose the folder the Pipelines view lists. */
public final class OpenPipelinesFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShellChecked(event));
        dialog.setText(Messages.OpenPipelinesFolder_title);
        PipelinesFolder.current().ifPresent(folder -> dialog.setFilterPath(folder.toString()));
        String chosen = dialog.open();
        if (chosen != null) {
            PipelinesFolder.choose(Path.of(chosen));
        }
        return null;
    }
}
