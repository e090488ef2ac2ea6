package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.Note;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.tests.driver.CanvasDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;

/** Copy/paste, auto-layout and note editing, driven from the keyboard and mouse. */
@ExtendWith(ScreenshotOnFailure.class)
class EditingFeaturesTest extends EditorTestBase {

    private Pipeline pipeline;

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("edit.sluice"); //$NON-NLS-1$
        Pipeline p = SluiceModel.newPipeline("edit"); //$NON-NLS-1$
        // deliberately placed right to left, against the data flow
        Step read = add(p, SluicePackage.Literals.CSV_SOURCE, "read", 620, 300); //$NON-NLS-1$
        Step keep = add(p, SluicePackage.Literals.FILTER, "keep", 340, 40); //$NON-NLS-1$
        Step write = add(p, SluicePackage.Literals.PARQUET_SINK, "write", 60, 200); //$NON-NLS-1$
        p.link(read, Ports.OUT, keep, Ports.IN);
        p.link(keep, Ports.OUT, write, Ports.IN);
        editor = TestModels.open(page, p, file);
        pipeline = editor.pipeline();
        ui.pump(100);
    }

    private static Step add(Pipeline p, org.eclipse.emf.ecore.EClass kind, String name, int x, int y) {
        Step step = SluiceModel.newStep(p, kind, name, x, y);
        p.getSteps().add(step);
        return step;
    }

    @Test
    void copyPasteRenewsIdsAndNamesAndKeepsInnerLinks() {
        Step read = pipeline.findStepByName("read"); //$NON-NLS-1$
        Step keep = pipeline.findStepByName("keep"); //$NON-NLS-1$
        editor.getGraphicalViewer().setSelection(new StructuredSelection(List.of(part(read), part(keep))));
        ui.pump(50);
        Point free = freeSpot();
        ui.hover(editor.getGraphicalViewer().getControl(), free.x, free.y);
        ui.key("ctrl+c"); //$NON-NLS-1$
        ui.key("ctrl+v"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+V to paste two steps", () -> pipeline.getSteps().size() == 5); //$NON-NLS-1$
        assertEquals(3, pipeline.getLinks().size(), "the link between the copied steps is pasted too"); //$NON-NLS-1$
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        pipeline.getSteps().forEach(s -> {
            ids.add(s.getId());
            names.add(s.getName());
        });
        assertEquals(5, ids.size(), "pasted steps get new ids"); //$NON-NLS-1$
        assertEquals(5, names.size(), "pasted steps get unique names"); //$NON-NLS-1$
        Step pastedRead = pipeline.getSteps().get(3);
        assertEquals(read.getLayout().getX() + 30, pastedRead.getLayout().getX());
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to undo the paste", () -> pipeline.getSteps().size() == 3 && pipeline.getLinks().size() == 2); //$NON-NLS-1$
    }

    @Test
    void autoLayoutOrdersStepsAlongTheFlowAndUndoes() throws Exception {
        Step read = pipeline.findStepByName("read"); //$NON-NLS-1$
        Step keep = pipeline.findStepByName("keep"); //$NON-NLS-1$
        Step write = pipeline.findStepByName("write"); //$NON-NLS-1$
        int readX = read.getLayout().getX();
        Point free = freeSpot();
        ui.click(editor.getGraphicalViewer().getControl(), free.x, free.y);
        ui.key("ctrl+shift+f"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Shift+F to lay the pipeline out", //$NON-NLS-1$
                () -> read.getLayout().getX() < keep.getLayout().getX() && keep.getLayout().getX() < write.getLayout().getX());
        assertTrue(Math.abs(read.getLayout().getY() - write.getLayout().getY()) < 20, "a straight chain stays on one line"); //$NON-NLS-1$
        Screenshots.capture(ui.display(), "auto-layout"); //$NON-NLS-1$
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to undo the layout in one step", () -> read.getLayout().getX() == readX); //$NON-NLS-1$
    }

    @Test
    void doubleClickingANoteEditsItsTextInPlace() {
        Note note = SluiceFactory.eINSTANCE.createNote();
        editor.getCommandStack().execute(new io.sluice.ui.internal.commands.NoteCreateCommand(pipeline, note,
                new org.eclipse.draw2d.geometry.Rectangle(60, 420, 200, 90)));
        ui.pump(50);
        org.eclipse.gef.GraphicalEditPart notePart = (org.eclipse.gef.GraphicalEditPart) editor.getGraphicalViewer()
                .getEditPartRegistry().get(note);
        Point centre = CanvasDriver.centreOf(notePart.getFigure());
        ui.click(editor.getGraphicalViewer().getControl(), centre.x, centre.y);
        ui.pump(400); // past the double-click interval, so the next click is a separate one
        ui.doubleClick(editor.getGraphicalViewer().getControl(), centre.x, centre.y);
        ui.pump(150);
        ui.type("Orders arrive at 02:00"); //$NON-NLS-1$
        Point free = freeSpot();
        ui.click(editor.getGraphicalViewer().getControl(), free.x, free.y);
        ui.waitUntil("the note to take the typed text", () -> "Orders arrive at 02:00".equals(note.getText())); //$NON-NLS-1$
        assertNotEquals(0, editor.getCommandStack().getCommands().length);
    }

    /** A spot of the canvas where nothing is drawn: its bottom-right corner. */
    private Point freeSpot() {
        org.eclipse.swt.graphics.Point size = editor.getGraphicalViewer().getControl().getSize();
        return new Point(size.x - 30, size.y - 30);
    }

    private Object part(Step step) {
        return editor.getGraphicalViewer().getEditPartRegistry().get(step);
    }
}
