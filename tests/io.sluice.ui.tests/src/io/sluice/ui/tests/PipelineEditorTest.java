package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.CsvSource;
import io.sluice.model.Filter;
import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.tests.driver.EditorDriver;
import io.sluice.ui.tests.driver.CanvasDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * Edits a pipeline the way a user does, with real mouse and keyboard input: palette drag-and-drop, click-click
 * creation, a link dragged from port to port, a property typed into the Properties view, undo and redo from the
 * keyboard, save, and reopening the file.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PipelineEditorTest {

    private static final Point EMPTY_SPOT = new Point(600, 420);
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private UiDriver ui;
    private PipelineEditor editor;
    private CanvasDriver canvas;
    private Path file;

    @BeforeEach
    void openEmptyPipeline(@TempDir Path folder) throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        ui = new UiDriver(window.getShell().getDisplay());
        ui.activate(window.getShell());
        file = folder.resolve("orders.sluice"); //$NON-NLS-1$
        SluiceModel.save(SluiceModel.newPipeline("orders"), file); //$NON-NLS-1$
        editor = PipelineEditors.open(page, file);
        assertNotNull(editor, "the pipeline editor did not open"); //$NON-NLS-1$
        ui.pump(200);
        canvas = new CanvasDriver(ui, editor.getPaletteViewer(), editor.getGraphicalViewer());
    }

    @AfterEach
    void closeEditor() {
        if (editor != null) {
            page.closeEditor(editor, false);
        }
    }

    @Test
    void buildsAPipelineWithRealInputThenUndoesRedoesSavesAndReopens() throws Exception {
        Pipeline pipeline = editor.pipeline();

        // 1. native drag-and-drop of a palette entry onto the canvas
        canvas.dragFromPalette(canvas.entry("Sources", "CSV"), new Point(60, 80)); //$NON-NLS-1$ //$NON-NLS-2$
        ui.waitUntil("a CSV source dropped on the canvas", () -> pipeline.getSteps().size() == 1); //$NON-NLS-1$
        CsvSource csv = assertInstanceOf(CsvSource.class, pipeline.getSteps().get(0));
        assertEquals(60, csv.getLayout().getX(), "dropped where the mouse was released"); //$NON-NLS-1$

        // 2. click the palette entry, move over the canvas (creates nothing), then click the canvas: one filter, and
        //    the palette is back on the selection tool
        Point filterAt = new Point(360, 80);
        canvas.selectTool(canvas.entry("Transforms", "Filter"), EMPTY_SPOT); //$NON-NLS-1$ //$NON-NLS-2$
        ui.pump(100);
        assertEquals(1, pipeline.getSteps().size(), "moving the mouse over the canvas created a step"); //$NON-NLS-1$
        ui.click(canvas.canvasControl(), filterAt.x, filterAt.y);
        ui.waitUntil("a filter created by click-click", () -> pipeline.getSteps().size() == 2); //$NON-NLS-1$
        Filter filter = assertInstanceOf(Filter.class, pipeline.getSteps().get(1));
        assertTrue(Math.abs(filter.getLayout().getX() - filterAt.x) <= 2 && Math.abs(filter.getLayout().getY() - filterAt.y) <= 2,
                () -> "filter created at " + filter.getLayout().getX() + "," + filter.getLayout().getY() //$NON-NLS-1$ //$NON-NLS-2$
                        + " instead of where the canvas was clicked"); //$NON-NLS-1$
        ui.waitUntil("the palette back on the selection tool after one step", canvas::selectionToolActive); //$NON-NLS-1$

        // 3. drag a link from the CSV's out port to the filter's in port, with the selection tool
        StepEditPart csvPart = part(csv);
        StepEditPart filterPart = part(filter);
        Point from = CanvasDriver.toControl(csvPart.getFigure(), csvPart.stepFigure().portCentre(Ports.OUT));
        Point to = CanvasDriver.toControl(filterPart.getFigure(), filterPart.stepFigure().portCentre(Ports.IN));
        int csvX = csv.getLayout().getX();
        canvas.drawLink(from, to, () -> pipeline.getLinks().size() == 1);
        assertEquals(csvX, csv.getLayout().getX(), "dragging from the port moved the step instead of linking"); //$NON-NLS-1$
        Link link = pipeline.getLinks().get(0);
        assertEquals(List.of(csv, Ports.OUT, filter, Ports.IN),
                List.of(link.getSource(), link.getSourcePort(), link.getTarget(), link.getTargetPort()));
        ui.click(canvas.canvasControl(), EMPTY_SPOT.x, EMPTY_SPOT.y);
        ui.pump(100);
        assertEquals(2, pipeline.getSteps().size(), "a click on the canvas after one creation created another step"); //$NON-NLS-1$

        // 4. select the filter and type its condition into the Properties view
        ui.key("Escape"); //$NON-NLS-1$
        Point filterCentre = CanvasDriver.centreOf(filterPart.getFigure());
        ui.click(canvas.canvasControl(), filterCentre.x, filterCentre.y);
        ui.waitUntil("the filter selected", () -> filterPart.getSelected() != 0); //$NON-NLS-1$
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        ui.pump(100);
        Tree properties = propertiesTree();
        TreeItem condition = EditorDriver.findItem(properties, "Condition"); //$NON-NLS-1$
        Rectangle valueCell = condition.getBounds(1);
        ui.click(properties, valueCell.x + 10, valueCell.y + valueCell.height / 2);
        ui.pump(150);
        ui.type("amount > 100"); //$NON-NLS-1$
        ui.key("Return"); //$NON-NLS-1$
        ui.waitUntil("the condition set through the Properties view", //$NON-NLS-1$
                () -> "amount > 100".equals(filter.getCondition())); //$NON-NLS-1$
        assertTrue(editor.isDirty());
        Screenshots.capture(ui.display(), "editor-csv-filter-linked"); //$NON-NLS-1$

        // 5. undo twice (condition, then link) and redo twice from the keyboard, on the canvas
        ui.click(canvas.canvasControl(), EMPTY_SPOT.x, EMPTY_SPOT.y);
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to undo the condition", () -> filter.getCondition() == null || filter.getCondition().isEmpty()); //$NON-NLS-1$
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to undo the link", () -> pipeline.getLinks().isEmpty()); //$NON-NLS-1$
        ui.key("ctrl+y"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Y to redo the link", () -> pipeline.getLinks().size() == 1); //$NON-NLS-1$
        ui.key("ctrl+shift+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Shift+Z to redo the condition", () -> "amount > 100".equals(filter.getCondition())); //$NON-NLS-1$

        // 6. save with Ctrl+S and reopen from disk
        ui.key("ctrl+s"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+S to save", () -> !editor.isDirty()); //$NON-NLS-1$
        byte[] saved = Files.readAllBytes(file);
        page.closeEditor(editor, false);
        editor = null;
        LoadResult reloaded = SluiceModel.load(file);
        assertTrue(reloaded.ok(), () -> "saved file does not load: " + reloaded.problems()); //$NON-NLS-1$
        Pipeline copy = reloaded.pipeline();
        assertEquals(List.of("CsvSource", "Filter"), copy.getSteps().stream().map(s -> s.eClass().getName()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, copy.getLinks().size());
        assertEquals("amount > 100", ((Filter) copy.getSteps().get(1)).getCondition()); //$NON-NLS-1$
        assertArrayEquals(saved, SluiceModel.toBytes(copy), "saving the reopened pipeline changes no byte"); //$NON-NLS-1$
    }

    @Test
    void deletingAStepRemovesItsLinksAndUndoRestoresBoth() {
        Pipeline pipeline = editor.pipeline();
        canvas.dragFromPalette(canvas.entry("Sources", "CSV"), new Point(60, 80)); //$NON-NLS-1$ //$NON-NLS-2$
        canvas.dragFromPalette(canvas.entry("Transforms", "Filter"), new Point(360, 80)); //$NON-NLS-1$ //$NON-NLS-2$
        ui.waitUntil("two steps dropped", () -> pipeline.getSteps().size() == 2); //$NON-NLS-1$
        Step csv = pipeline.getSteps().get(0);
        Step filter = pipeline.getSteps().get(1);
        editor.getCommandStack().execute(linkCommand(pipeline, csv, filter));
        ui.pump(50);

        Point centre = CanvasDriver.centreOf(part(filter).getFigure());
        ui.click(canvas.canvasControl(), centre.x, centre.y);
        ui.key("Delete"); //$NON-NLS-1$
        ui.waitUntil("Delete to remove the filter and its link", //$NON-NLS-1$
                () -> pipeline.getSteps().size() == 1 && pipeline.getLinks().isEmpty());
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to bring back the filter and its link", //$NON-NLS-1$
                () -> pipeline.getSteps().size() == 2 && pipeline.getLinks().size() == 1);
        assertFalse(part(filter).getSourceConnections().isEmpty() && part(filter).getTargetConnections().isEmpty(),
                "the restored link is drawn again"); //$NON-NLS-1$
    }

    private static org.eclipse.gef.commands.Command linkCommand(Pipeline pipeline, Step source, Step target) {
        io.sluice.ui.internal.commands.LinkCreateCommand command =
                new io.sluice.ui.internal.commands.LinkCreateCommand(pipeline, source, Ports.OUT);
        command.setTarget(target, Ports.IN);
        return command;
    }

    private StepEditPart part(Step step) {
        GraphicalViewer viewer = editor.getGraphicalViewer();
        return (StepEditPart) viewer.getEditPartRegistry().get(step);
    }

    private Tree propertiesTree() {
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        return (Tree) sheet.getCurrentPage().getControl();
    }

}
