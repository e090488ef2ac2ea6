package io.sluice.ui.tests;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * What a UI test of one pipeline editor starts from: the workbench page and the input driver (set before the test's
 * own {@code @BeforeEach}), and the editor the test opens ({@link TestModels#open}), closed unsaved after each test.
 */
abstract class EditorTestBase {
    protected IWorkbenchPage page;
    protected UiDriver ui;
    protected PipelineEditor editor;

    @BeforeEach
    void workbench() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
    }

    @AfterEach
    void closeEditor() {
        if (editor != null) {
            page.closeEditor(editor, false);
        }
    }
}
