package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.validation.Problem;
import io.sluice.runtime.RunStatus;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.internal.validation.ValidationSnapshot;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * The bundled example, copied with its data to a folder of its own (as a clone elsewhere would be) while the
 * designer's pipelines folder is somewhere else: it validates clean and runs with Ctrl+F11, writing its output beside
 * it. A missing input file is reported as missing. The run's picture is the README's screenshot.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExampleFromItsFolderTest {

    private IWorkbenchPage page;
    private PipelineEditor editor;

    @AfterEach
    void close() {
        if (editor != null) {
            page.closeEditor(editor, false);
        }
    }

    private static void copyExample(Path target) throws Exception {
        Path examples = Path.of("../../examples").toAbsolutePath().normalize(); //$NON-NLS-1$
        Files.createDirectories(target.resolve("data")); //$NON-NLS-1$
        Files.copy(examples.resolve("orders.sluice"), target.resolve("orders.sluice")); //$NON-NLS-1$ //$NON-NLS-2$
        try (Stream<Path> data = Files.list(examples.resolve("data"))) { //$NON-NLS-1$
            for (Path f : data.toList()) {
                Files.copy(f, target.resolve("data").resolve(f.getFileName())); //$NON-NLS-1$
            }
        }
    }

    @Test
    void theExampleOpenedFromItsOwnFolderValidatesCleanAndRuns(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("somewhere/else/examples"); //$NON-NLS-1$
        copyExample(folder);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        UiDriver ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        ui.activate(page.getWorkbenchWindow().getShell());
        editor = PipelineEditors.open(page, folder.resolve("orders.sluice")); //$NON-NLS-1$
        assertNotNull(editor);
        ui.waitUntil("the example validated", UiDriver.BACKGROUND_WORK, () -> editor.validator().latest() != null); //$NON-NLS-1$
        ValidationSnapshot validated = editor.validator().latest();
        assertTrue(validated.problems().isEmpty(), () -> "problems: " + validated.problems()); //$NON-NLS-1$
        page.showView(SluiceViews.CONSOLE);
        page.activate(editor);
        org.eclipse.swt.graphics.Point size = editor.getGraphicalViewer().getControl().getSize();
        ui.click(editor.getGraphicalViewer().getControl(), size.x - 30, size.y - 30);
        ui.key("ctrl+F11"); //$NON-NLS-1$
        ui.waitUntil("the example's run to finish", Duration.ofSeconds(90), //$NON-NLS-1$
                () -> editor.currentRun() != null && editor.currentRun().result() != null);
        assertEquals(RunStatus.SUCCEEDED, editor.currentRun().result().status(), () -> editor.currentRun().result().toString());
        assertTrue(Files.exists(folder.resolve("target/orders-by-country-day.parquet")), //$NON-NLS-1$
                "the output is written beside the pipeline, whatever the working directory"); //$NON-NLS-1$
        ui.pump(600); // the last metrics reach the canvas
        Screenshots.captureScaled(page.getWorkbenchWindow().getShell(), "designer-run", 0.6); //$NON-NLS-1$
    }

    @Test
    void aMissingInputFileIsReportedAsMissing(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("examples"); //$NON-NLS-1$
        copyExample(folder);
        Files.delete(folder.resolve("data/orders-sample.csv")); //$NON-NLS-1$
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        UiDriver ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        editor = PipelineEditors.open(page, folder.resolve("orders.sluice")); //$NON-NLS-1$
        assertNotNull(editor);
        ui.waitUntil("the example validated", UiDriver.BACKGROUND_WORK, () -> editor.validator().latest() != null); //$NON-NLS-1$
        assertTrue(editor.validator().latest().problems().stream().map(Problem::message)
                .anyMatch(m -> m.contains("input file 'data/orders-sample.csv' does not exist")), //$NON-NLS-1$
                () -> editor.validator().latest().problems().toString());
    }
}
