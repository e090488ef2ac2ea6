package io.sluice.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.internal.navigator.PipelinesFolder;
import io.sluice.ui.internal.navigator.PipelinesView;

/** File › New Pipeline: asks for a name, writes an empty pipeline into the pipelines folder and opens it. */
public final class NewPipelineHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        Optional<Path> folder = PipelinesFolder.current().or(() -> chooseFolder(shell));
        if (folder.isEmpty()) {
            return null;
        }
        InputDialog dialog = new InputDialog(shell, Messages.NewPipeline_title, Messages.NewPipeline_prompt, "", //$NON-NLS-1$
                name -> validate(folder.get(), name));
        if (dialog.open() != Window.OK) {
            return null;
        }
        String name = dialog.getValue().trim();
        Path file = folder.get().resolve(name + "." + SluiceModel.FILE_EXTENSION); //$NON-NLS-1$
        try {
            SluiceModel.save(SluiceModel.newPipeline(name), file);
        } catch (IOException e) {
            throw new ExecutionException(NLS.bind(Messages.NewPipeline_failed, file), e);
        }
        if (window.getActivePage().findView(SluiceViews.PIPELINES) instanceof PipelinesView view) {
            view.refresh();
        }
        PipelineEditors.open(window.getActivePage(), file);
        return null;
    }

    private static Optional<Path> chooseFolder(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.OpenPipelinesFolder_title);
        String chosen = dialog.open();
        if (chosen == null) {
            return Optional.empty();
        }
        PipelinesFolder.choose(Path.of(chosen));
        return Optional.of(Path.of(chosen));
    }

    /** Null if {@code name} can name a new pipeline file in {@code folder}, else why not. */
    static String validate(Path folder, String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            return Messages.NewPipeline_nameRequired;
        }
        if (!trimmed.matches("[\\p{L}\\p{N}_.\\- ]+")) { //$NON-NLS-1$
            return Messages.NewPipeline_badCharacters;
        }
        if (Files.exists(folder.resolve(trimmed + "." + SluiceModel.FILE_EXTENSION))) { //$NON-NLS-1$
            return NLS.bind(Messages.NewPipeline_exists, trimmed);
        }
        return null;
    }
}
