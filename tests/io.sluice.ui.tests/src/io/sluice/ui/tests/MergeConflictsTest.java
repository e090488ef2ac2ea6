package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.Filter;
import io.sluice.model.Pipeline;
import io.sluice.model.diff.PipelineMerge;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.team.internal.MergeConflictsView;
import io.sluice.ui.internal.figures.StepFigure.ProblemSeverity;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;

/**
 * A pipeline a merge left with a conflict: opening it shows the conflict (marked on its step, listed with base, ours
 * and theirs in the Merge Conflicts view); Take Theirs is clicked for real, undone and redone from the keyboard, and
 * the saved file is clean.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MergeConflictsTest extends EditorTestBase {

    private Path file;

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        Pipeline base = TestModels.ordersIntoPaidIntoCsv("conflicted"); //$NON-NLS-1$
        Pipeline ours = EcoreUtil.copy(base);
        ((Filter) ours.findStepByName("paid")).setCondition("status = 'paid' AND amount > 10"); //$NON-NLS-1$ //$NON-NLS-2$
        Pipeline theirs = EcoreUtil.copy(base);
        ((Filter) theirs.findStepByName("paid")).setCondition("status = 'paid' AND amount > 20"); //$NON-NLS-1$ //$NON-NLS-2$
        PipelineMerge.Result merged = PipelineMerge.merge(base, ours, theirs);
        assertEquals(1, merged.conflicts().size());
        IViewPart stale = page.findView(MergeConflictsView.ID);
        if (stale != null) {
            page.hideView(stale);
        }
        file = folder.resolve("conflicted.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, merged.merged(), file);
    }

    @Test
    void resolveAConflictOnTheCanvasUndoRedoAndSaveClean() throws Exception {
        Filter filter = (Filter) editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        StepEditPart part = (StepEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(filter);
        ui.waitUntil("the Merge Conflicts view to open with the pipeline", //$NON-NLS-1$
                () -> page.findView(MergeConflictsView.ID) instanceof MergeConflictsView v && v.shownConflicts().size() == 1);
        MergeConflictsView view = (MergeConflictsView) page.findView(MergeConflictsView.ID);
        ui.waitUntil("the conflicted step to be marked on the canvas", () -> part.stepFigure().getProblem() == ProblemSeverity.ERROR); //$NON-NLS-1$
        assertTrue(part.stepFigure().toolTipText().contains("unresolved merge conflict"), part.stepFigure().toolTipText()); //$NON-NLS-1$
        assertEquals("status = 'paid' AND amount > 10", view.table().getItem(0).getText(3)); //$NON-NLS-1$ ours
        assertEquals("status = 'paid' AND amount > 20", view.table().getItem(0).getText(4)); //$NON-NLS-1$ theirs
        assertEquals("status = 'paid'", view.table().getItem(0).getText(2)); //$NON-NLS-1$ base
        page.activate(view);
        Rectangle row = view.table().getItem(0).getBounds(1);
        ui.click(view.table(), row.x + 5, row.y + row.height / 2);
        ui.waitUntil("the conflict's step selected on the canvas", () -> part.getSelected() != 0); //$NON-NLS-1$
        Screenshots.capture(ui.display(), "merge-conflict-on-canvas"); //$NON-NLS-1$

        Rectangle button = view.takeTheirsButton().getBounds();
        ui.click(view.takeTheirsButton(), button.width / 2, button.height / 2);
        ui.waitUntil("Take Theirs to set the condition and resolve the conflict", //$NON-NLS-1$
                () -> "status = 'paid' AND amount > 20".equals(filter.getCondition()) && editor.pipeline().getConflicts().isEmpty()); //$NON-NLS-1$
        ui.waitUntil("the view to empty", () -> view.shownConflicts().isEmpty()); //$NON-NLS-1$
        ui.waitUntil("the mark to go away", () -> part.stepFigure().getProblem() == ProblemSeverity.NONE); //$NON-NLS-1$
        assertTrue(editor.isDirty());

        page.activate(editor);
        ui.activate(page.getWorkbenchWindow().getShell());
        ui.click(editor.getGraphicalViewer().getControl(), 600, 420);
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to bring the conflict back", //$NON-NLS-1$
                () -> editor.pipeline().getConflicts().size() == 1 && "status = 'paid' AND amount > 10".equals(filter.getCondition())); //$NON-NLS-1$
        ui.waitUntil("the view to list it again", () -> view.shownConflicts().size() == 1); //$NON-NLS-1$
        ui.key("ctrl+y"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Y to resolve it again", () -> editor.pipeline().getConflicts().isEmpty()); //$NON-NLS-1$

        ui.key("ctrl+s"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+S to save", () -> !editor.isDirty()); //$NON-NLS-1$
        String saved = Files.readString(file);
        assertTrue(!saved.contains("conflicts"), saved); //$NON-NLS-1$
        LoadResult reloaded = SluiceModel.load(file);
        assertTrue(reloaded.ok(), reloaded.problems()::toString);
        assertEquals("status = 'paid' AND amount > 20", ((Filter) reloaded.pipeline().findStepByName("paid")).getCondition()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
