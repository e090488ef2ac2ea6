package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.gef.commands.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.Filter;
import io.sluice.model.validation.Problem;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.figures.StepFigure.ProblemSeverity;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.views.PipelineProblemsView;
import io.sluice.ui.internal.views.StepSchemaView;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;

/** Validation runs in the background after every change and shows on the canvas, in Problems and in Schema. */
@ExtendWith(ScreenshotOnFailure.class)
class ValidationViewsTest extends EditorTestBase {

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("checked.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, TestModels.ordersIntoPaidIntoCsv("checked"), file); //$NON-NLS-1$
    }

    @Test
    void badExpressionMarksTheStepListsTheProblemAndClearsOnUndo() throws Exception {
        Filter filter = (Filter) editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        StepEditPart part = (StepEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(filter);
        PipelineProblemsView problems = (PipelineProblemsView) page.showView(SluiceViews.PROBLEMS);
        page.activate(editor);
        ui.waitUntil("the first validation to finish", () -> editor.validator().latest() != null); //$NON-NLS-1$
        assertEquals(ProblemSeverity.NONE, part.stepFigure().getProblem(), () -> "valid pipeline marked: " //$NON-NLS-1$
                + editor.validator().latest().problems());

        editor.getCommandStack().execute(setCondition(filter, "amount > 'abc' AND colour = 1")); //$NON-NLS-1$
        ui.waitUntil("the filter to be marked with an error", //$NON-NLS-1$
                () -> part.stepFigure().getProblem() == ProblemSeverity.ERROR);
        List<Problem> shown = problems.shownProblems();
        assertTrue(shown.stream().anyMatch(p -> "paid".equals(p.stepName()) && p.message().contains("colour")), //$NON-NLS-1$ //$NON-NLS-2$
                () -> "Problems view does not name the unknown column: " + shown); //$NON-NLS-1$
        assertTrue(part.stepFigure().toolTipText().startsWith("paid \u2014 Filter\n") //$NON-NLS-1$
                && part.stepFigure().toolTipText().contains("colour"), //$NON-NLS-1$
                () -> "the tooltip names the step and its problems: " + part.stepFigure().toolTipText()); //$NON-NLS-1$
        Screenshots.capture(ui.display(), "validation-error-on-canvas"); //$NON-NLS-1$

        editor.getCommandStack().undo();
        ui.waitUntil("the mark to go away after undo", () -> part.stepFigure().getProblem() == ProblemSeverity.NONE); //$NON-NLS-1$
        ui.waitUntil("the Problems view to empty", () -> problems.shownProblems().stream().noneMatch(Problem::isError)); //$NON-NLS-1$
    }

    @Test
    void schemaViewShowsTheSelectedStepsPropagatedColumns() throws Exception {
        StepSchemaView schema = (StepSchemaView) page.showView(SluiceViews.SCHEMA);
        page.activate(editor);
        ui.waitUntil("the first validation to finish", () -> editor.validator().latest() != null); //$NON-NLS-1$
        Filter filter = (Filter) editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        editor.selectStep(filter.getId());
        // a filter has two ports: what it keeps ('out') and the rows whose condition fails ('rejects')
        ui.waitUntil("the Schema view to list the filter's columns", //$NON-NLS-1$
                () -> schema.shownRows() != null && schema.shownRows().stream().anyMatch(r -> "rejects".equals(r.port()))); //$NON-NLS-1$
        assertEquals(List.of("amount:FLOAT64", "status:STRING"), schema.shownRows().stream() //$NON-NLS-1$ //$NON-NLS-2$
                .filter(r -> "out".equals(r.port())) //$NON-NLS-1$
                .map(r -> r.field().name() + ":" + r.field().type()).toList()); //$NON-NLS-1$
        assertEquals(List.of("amount", "status", "_rule", "_reason"), schema.shownRows().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .filter(r -> "rejects".equals(r.port())).map(r -> r.field().name()).toList().subList(0, 4)); //$NON-NLS-1$
    }

    private Command setCondition(Filter filter, String condition) {
        String old = filter.getCondition();
        return new Command("Set condition") { //$NON-NLS-1$
            @Override
            public void execute() {
                filter.setCondition(condition);
            }

            @Override
            public void undo() {
                filter.setCondition(old);
            }
        };
    }
}
