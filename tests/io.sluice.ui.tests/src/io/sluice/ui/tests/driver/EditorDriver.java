package io.sluice.ui.tests.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.views.properties.PropertySheet;

import io.sluice.model.Step;
import io.sluice.ui.internal.editor.PipelineEditor;

/** A pipeline editor as a user handles it with real input: steps clicked on the canvas, cells of the Properties view. */
public final class EditorDriver {

    private final UiDriver ui;
    private final IWorkbenchPage page;
    private final PipelineEditor editor;

    public EditorDriver(UiDriver ui, IWorkbenchPage page, PipelineEditor editor) {
        this.ui = ui;
        this.page = page;
        this.editor = editor;
    }

    /** Clicks {@code step} on the canvas and waits until it is selected. */
    public void select(Step step) {
        GraphicalEditPart part = (GraphicalEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(step);
        Point c = CanvasDriver.centreOf(part.getFigure());
        ui.click(editor.getGraphicalViewer().getControl(), c.x, c.y);
        ui.waitUntil("step '" + step.getName() + "' selected", () -> part.getSelected() != 0); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Clicks an empty corner of the canvas (the canvas gets the keyboard, nothing is selected). */
    public void clickEmptyCanvas() {
        Control control = editor.getGraphicalViewer().getControl();
        ui.click(control, control.getSize().x - 40, control.getSize().y - 40);
    }

    /** What runs with the Properties view shown. */
    public interface SheetAction {
        void run(PropertySheet sheet) throws Exception;
    }

    /** Maximizes the Properties view (a source has more rows than the docked view shows) while {@code action} runs. */
    public void withPropertySheet(SheetAction action) throws Exception {
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        ui.pump(150);
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        IWorkbenchPartReference ref = page.getReference(sheet);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        ui.pump(300);
        try {
            action.run(sheet);
        } finally {
            page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
            ui.pump(150);
            page.activate(editor);
        }
    }

    /** Clicks the value cell of the property labelled {@code label}, which opens its cell editor. */
    public void clickValueCell(PropertySheet sheet, String label) {
        Tree tree = (Tree) sheet.getCurrentPage().getControl();
        TreeItem item = findItem(tree, label);
        tree.showItem(item);
        ui.pump(150);
        Rectangle cell = item.getBounds(1);
        ui.click(tree, cell.x + 10, cell.y + cell.height / 2);
        ui.pump(200);
    }

    /** The row of {@code tree} (at any depth) whose first column reads {@code label}. */
    public static TreeItem findItem(Tree tree, String label) {
        TreeItem item = itemOrNull(tree, label);
        if (item == null) {
            throw new AssertionError("no property '" + label + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return item;
    }

    /** Whether {@code tree} has a row (at any depth) whose first column reads {@code label}. */
    public static boolean hasItem(Tree tree, String label) {
        return itemOrNull(tree, label) != null;
    }

    private static TreeItem itemOrNull(Tree tree, String label) {
        List<TreeItem> todo = new ArrayList<>(List.of(tree.getItems()));
        while (!todo.isEmpty()) {
            TreeItem item = todo.remove(0);
            if (label.equals(item.getText(0))) {
                return item;
            }
            todo.addAll(List.of(item.getItems()));
        }
        return null;
    }
}
