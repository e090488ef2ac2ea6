package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.Parameter;
import io.sluice.model.ParameterType;
import io.sluice.model.Pipeline;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.views.ParametersView;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;

/**
 * The Parameters view, with real input: add a parameter, name, type, give a default and document it in place, remove
 * it — every change one command on the editor's stack, undone with Ctrl+Z, and saved with the pipeline.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ParametersViewTest extends EditorTestBase {

    private Path file;

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        ui.activate(page.getWorkbenchWindow().getShell());
        file = folder.resolve("parameters.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, SluiceModel.newPipeline("parameters"), file); //$NON-NLS-1$
        ui.pump(200);
    }

    @Test
    void parametersAreAddedEditedDocumentedAndRemovedUndoably() throws Exception {
        Pipeline pipeline = editor.pipeline();
        ParametersView view = (ParametersView) page.showView(SluiceViews.PARAMETERS);
        ui.pump(150);
        Table table = view.viewer().getTable();
        assertEquals(0, table.getItemCount());

        // Add: a parameter with a fresh name, its name cell open for typing
        clickToolItem(view, 0);
        ui.waitUntil("a parameter added", () -> pipeline.getParameters().size() == 1); //$NON-NLS-1$
        Parameter region = pipeline.getParameters().get(0);
        assertEquals("param1", region.getName()); //$NON-NLS-1$
        ui.pump(150);
        ui.key("ctrl+a"); //$NON-NLS-1$
        ui.type("region"); //$NON-NLS-1$
        ui.key("Return"); //$NON-NLS-1$
        ui.waitUntil("the parameter renamed in place", () -> "region".equals(region.getName())); //$NON-NLS-1$ //$NON-NLS-2$

        // its default value and description, typed in their cells
        editCell(table, 0, 2, "eu"); //$NON-NLS-1$
        ui.waitUntil("the default value set", () -> "eu".equals(region.getDefaultValue())); //$NON-NLS-1$ //$NON-NLS-2$
        editCell(table, 0, 3, "Sales region to load"); //$NON-NLS-1$
        ui.waitUntil("the description set", () -> "Sales region to load".equals(region.getDescription())); //$NON-NLS-1$ //$NON-NLS-2$

        // its type, chosen from the list
        Rectangle type = table.getItem(0).getBounds(1);
        ui.click(table, type.x + 10, type.y + type.height / 2);
        ui.pump(200);
        ui.key("Down"); //$NON-NLS-1$
        ui.key("Return"); //$NON-NLS-1$
        ui.waitUntil("the type set to PATH", () -> region.getType() == ParameterType.PATH); //$NON-NLS-1$
        assertTrue(editor.isDirty());

        // a name that a ${…} reference cannot carry is refused
        editCell(table, 0, 0, "two words"); //$NON-NLS-1$
        ui.pump(150);
        assertEquals("region", region.getName(), "an unusable name is refused"); //$NON-NLS-1$ //$NON-NLS-2$

        // Ctrl+Z undoes the last change (the type), then the description
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z undoes the type", () -> region.getType() == ParameterType.STRING); //$NON-NLS-1$
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z undoes the description", () -> region.getDescription() == null); //$NON-NLS-1$
        ui.key("ctrl+y"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Y redoes the description", () -> "Sales region to load".equals(region.getDescription())); //$NON-NLS-1$ //$NON-NLS-2$
        ui.waitUntil("the table shows the model", () -> "Sales region to load".equals(table.getItem(0).getText(3))); //$NON-NLS-1$ //$NON-NLS-2$

        // saved with the pipeline
        editor.doSave(null);
        Parameter saved = SluiceModel.load(file).pipeline().findParameter("region"); //$NON-NLS-1$
        assertEquals(java.util.List.of("eu", "Sales region to load"), //$NON-NLS-1$ //$NON-NLS-2$
                java.util.List.of(saved.getDefaultValue(), saved.getDescription()));

        // Remove the selected parameter; Ctrl+Z brings it back
        Rectangle row = table.getItem(0).getBounds(0);
        ui.click(table, row.x + 4, row.y + row.height / 2);
        ui.key("Escape"); // leave the name cell that the click opened //$NON-NLS-1$
        ui.waitUntil("the row selected", () -> !view.viewer().getSelection().isEmpty()); //$NON-NLS-1$
        clickToolItem(view, 1);
        ui.waitUntil("the parameter removed", () -> pipeline.getParameters().isEmpty()); //$NON-NLS-1$
        assertNull(pipeline.findParameter("region")); //$NON-NLS-1$
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z brings the parameter back", () -> pipeline.findParameter("region") == region); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void editCell(Table table, int row, int column, String text) {
        Rectangle cell = table.getItem(row).getBounds(column);
        ui.click(table, cell.x + 10, cell.y + cell.height / 2);
        ui.pump(200);
        ui.key("ctrl+a"); //$NON-NLS-1$
        ui.type(text);
        ui.key("Return"); //$NON-NLS-1$
    }

    private void clickToolItem(ParametersView view, int index) {
        ToolBarManager manager = (ToolBarManager) view.getViewSite().getActionBars().getToolBarManager();
        ui.waitUntil("the view's toolbar", () -> manager.getControl() != null && manager.getControl().getItemCount() > index //$NON-NLS-1$
                && manager.getControl().isVisible());
        ToolBar toolbar = manager.getControl();
        ToolItem item = toolbar.getItem(index);
        ui.waitUntil("the tool item enabled", item::isEnabled); //$NON-NLS-1$
        Rectangle bounds = item.getBounds();
        ui.click(toolbar, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }
}
