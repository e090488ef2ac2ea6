package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.navigator.PipelinesFolder;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.UiDriver;

/** Ctrl+N asks for a name, writes an empty pipeline into the pipelines folder and opens it in the editor. */
@ExtendWith(ScreenshotOnFailure.class)
class NewPipelineTest {

    private IWorkbenchPage page;

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void ctrlNCreatesAndOpensANamedPipelineInTheFolder(@TempDir Path folder) throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        UiDriver ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        PipelinesFolder.choose(folder);
        ui.activate(page.getWorkbenchWindow().getShell());
        Thread typist = ui.answerNextDialog(page.getWorkbenchWindow().getShell(), "daily orders", "Return"); //$NON-NLS-1$ //$NON-NLS-2$
        ui.key("ctrl+n"); // opens the modal dialog; returns once the typist has answered it //$NON-NLS-1$
        typist.join(30_000);
        Path file = folder.resolve("daily orders.sluice"); //$NON-NLS-1$
        ui.waitUntil("the pipeline file and its editor", //$NON-NLS-1$
                () -> Files.exists(file) && page.getActiveEditor() instanceof PipelineEditor);
        PipelineEditor editor = assertInstanceOf(PipelineEditor.class, page.getActiveEditor());
        assertEquals(file.toAbsolutePath(), editor.file().toAbsolutePath());
        LoadResult loaded = SluiceModel.load(file);
        assertTrue(loaded.ok(), () -> "the new file loads: " + loaded.problems()); //$NON-NLS-1$
        assertEquals("daily orders", loaded.pipeline().getName()); //$NON-NLS-1$
        assertTrue(loaded.pipeline().getSteps().isEmpty());
    }
}
