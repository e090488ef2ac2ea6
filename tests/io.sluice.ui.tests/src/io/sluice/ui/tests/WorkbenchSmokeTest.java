package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.app.internal.SluicePerspective;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.navigator.PipelinesFolder;
import io.sluice.ui.internal.navigator.PipelinesView;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/** The designer starts as a user sees it: the Sluice perspective, the Pipelines navigator and the editor area. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchSmokeTest {

    private UiDriver ui;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no active workbench window");
        ui = new UiDriver(window.getShell().getDisplay());
        ui.activate(window.getShell());
    }

    @AfterEach
    void tearDown() {
        PipelinesFolder.choose(Path.of(System.getProperty("java.io.tmpdir"))); //$NON-NLS-1$
    }

    @Test
    void opensOnTheSluicePerspectiveWithNavigatorAndEditorArea() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        assertEquals(SluicePerspective.ID, page.getPerspective().getId());
        assertTrue(page.isEditorAreaVisible(), "editor area hidden");
        IViewPart view = page.findView(SluiceViews.PIPELINES);
        assertInstanceOf(PipelinesView.class, view, "Pipelines view missing");
        assertEquals("Sluice", window.getShell().getText()); //$NON-NLS-1$
        Screenshots.capture(ui.display(), "workbench-started"); //$NON-NLS-1$
    }

    @Test
    void navigatorListsPipelinesOfTheChosenFolderAndSelectsOneOnClick(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("daily"));
        Files.writeString(folder.resolve("daily/orders.sluice"), "<pipeline/>"); //$NON-NLS-1$
        Files.writeString(folder.resolve("customers.sluice"), "<pipeline/>"); //$NON-NLS-1$
        Files.writeString(folder.resolve("notes.txt"), "not a pipeline"); //$NON-NLS-1$
        Files.createDirectories(folder.resolve("empty"));

        PipelinesView view = (PipelinesView) window.getActivePage().findView(SluiceViews.PIPELINES);
        PipelinesFolder.choose(folder);
        ui.waitUntil("the navigator to show the folder", () -> view.folder().filter(folder::equals).isPresent()); //$NON-NLS-1$

        Tree tree = view.viewer().getTree();
        ui.waitUntil("two top-level entries", () -> tree.getItemCount() == 2); //$NON-NLS-1$
        assertEquals("daily", tree.getItem(0).getText(), "folders first, hidden and pipeline-less ones left out"); //$NON-NLS-1$
        TreeItem customers = tree.getItem(1);
        assertEquals("customers.sluice", customers.getText()); //$NON-NLS-1$

        Rectangle bounds = customers.getBounds();
        ui.click(tree, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        ui.waitUntil("a click to select customers.sluice", () -> { //$NON-NLS-1$
            IStructuredSelection selection = view.viewer().getStructuredSelection();
            return folder.resolve("customers.sluice").equals(selection.getFirstElement()); //$NON-NLS-1$
        });
    }

    @Test
    void navigatorExplainsHowToOpenAFolderWhenNoneIsChosen() {
        PipelinesView view = (PipelinesView) window.getActivePage().findView(SluiceViews.PIPELINES);
        PipelinesFolder.choose(Path.of("/nonexistent-" + System.nanoTime())); //$NON-NLS-1$
        ui.waitUntil("the view to drop its folder", () -> view.folder().isEmpty()); //$NON-NLS-1$
        Label message = UiDriver.find(window.getShell(), Label.class,
                l -> l.isVisible() && l.getText().contains("Open Pipelines Folder")).orElse(null); //$NON-NLS-1$
        assertNotNull(message, "no hint how to open a folder");
    }
}
