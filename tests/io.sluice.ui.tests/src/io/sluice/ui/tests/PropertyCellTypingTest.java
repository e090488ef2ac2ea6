package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.Aggregate;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.CsvSource;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.Problem;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.views.PipelineProblemsView;
import io.sluice.ui.tests.driver.EditorDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * Issue 13's smaller defects, with real keyboard input in the Properties view: a column typed into an aggregation's
 * column cell is kept (committed with Return and with a click elsewhere, undone with Ctrl+Z), and a typed path clears
 * "path is required" without another edit.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PropertyCellTypingTest extends EditorTestBase {

    private EditorDriver driver;
    private Path folder;

    @BeforeEach
    void open(@TempDir Path dir) throws Exception {
        folder = dir;
        Shell shell = page.getWorkbenchWindow().getShell();
        ui.activate(shell);
        Files.writeString(folder.resolve("orders.csv"), "amount,quantity\n1.5,2\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Pipeline p = SluiceModel.newPipeline("cells"); //$NON-NLS-1$
        CsvSource read = TestModels.csvSource(p, "read", "orders.csv", 40, 60, "amount", "FLOAT64", "quantity", "INT32"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Aggregate totals = (Aggregate) SluiceModel.newStep(p, SluicePackage.Literals.AGGREGATE, "totals", 300, 60); //$NON-NLS-1$
        Aggregation sum = SluiceFactory.eINSTANCE.createAggregation();
        sum.setFunction(AggregateFunction.SUM);
        sum.setOutputName("total"); //$NON-NLS-1$
        totals.getAggregations().add(sum);
        p.getSteps().add(totals);
        p.link(read, Ports.OUT, totals, Ports.IN);
        Path file = folder.resolve("cells.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, p, file);
        driver = new EditorDriver(ui, page, editor);
        ui.pump(200);
    }

    @Test
    void aColumnTypedIntoAnAggregationCellIsKeptWithReturnAndWithAClickElsewhere() throws Exception {
        Aggregate totals = (Aggregate) editor.pipeline().findStepByName("totals"); //$NON-NLS-1$
        ui.waitUntil("the first validation", () -> editor.validator().latest() != null); //$NON-NLS-1$
        driver.select(totals);
        // Return commits the typed column
        editAggregations(input -> {
            input.click(input.read(() -> cellCentre(0, 1)));
            input.pause(300);
            input.type("quantity"); //$NON-NLS-1$
            input.key("Return"); //$NON-NLS-1$
        });
        ui.waitUntil("the typed column set with Return", () -> "quantity".equals(totals.getAggregations().get(0).getColumn())); //$NON-NLS-1$ //$NON-NLS-2$
        // a click on another cell commits it too (the cell shows the current value selected: typing replaces it)
        editAggregations(input -> {
            input.click(input.read(() -> cellCentre(0, 1)));
            input.pause(300);
            input.type("amount"); //$NON-NLS-1$
            input.pause(100);
            input.click(input.read(() -> cellCentre(0, 2)));
            input.pause(300);
        });
        ui.waitUntil("the typed column set with a click elsewhere", () -> "amount".equals(totals.getAggregations().get(0).getColumn())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(AggregateFunction.SUM, totals.getAggregations().get(0).getFunction());
        assertEquals("total", totals.getAggregations().get(0).getOutputName()); //$NON-NLS-1$

        driver.clickEmptyCanvas();
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to revert the click-committed edit", () -> "quantity".equals(totals.getAggregations().get(0).getColumn())); //$NON-NLS-1$ //$NON-NLS-2$
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to revert the Return-committed edit", () -> { //$NON-NLS-1$
            String column = totals.getAggregations().get(0).getColumn();
            return column == null || column.isEmpty();
        });
    }

    @Test
    void aTypedPathClearsPathIsRequiredWithoutAnotherEdit() throws Exception {
        page.showView(SluiceViews.PROBLEMS);
        page.activate(editor);
        Pipeline pipeline = editor.pipeline();
        CsvSource fresh = (CsvSource) SluiceModel.newStep(pipeline, SluicePackage.Literals.CSV_SOURCE, "fresh", 40, 260); //$NON-NLS-1$
        editor.getCommandStack().execute(new org.eclipse.gef.commands.Command() {
            @Override
            public void execute() {
                pipeline.getSteps().add(fresh);
            }
        });
        PipelineProblemsView problems = (PipelineProblemsView) page.findView(SluiceViews.PROBLEMS);
        ui.waitUntil("'path is required' for the new source", () -> pathRequired(problems.shownProblems())); //$NON-NLS-1$
        driver.select(fresh);
        driver.withPropertySheet(sheet -> {
            driver.clickValueCell(sheet, "Path"); //$NON-NLS-1$
            ui.type("orders.csv"); //$NON-NLS-1$
            ui.key("Return"); //$NON-NLS-1$
            ui.waitUntil("the typed path set", () -> "orders.csv".equals(fresh.getPath())); //$NON-NLS-1$ //$NON-NLS-2$
        });
        ui.waitUntil("the Problems view to drop 'path is required'", () -> !pathRequired(problems.shownProblems()) //$NON-NLS-1$
                && !pathRequired(editor.validator().latest().problems()));
    }

    private static boolean pathRequired(List<Problem> problems) {
        return problems.stream().anyMatch(p -> "fresh".equals(p.stepName()) && p.message().contains("path is required")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Opens the aggregations' list editor from the Properties view, runs {@code script} in it, then presses OK. */
    private void editAggregations(java.util.function.Consumer<io.sluice.ui.tests.driver.XInput.Offline> script) throws Exception {
        driver.withPropertySheet(sheet -> {
            Shell workbench = page.getWorkbenchWindow().getShell();
            Thread thread = ui.offline(input -> {
                if (!input.await(() -> listDialog(workbench) != null)) {
                    return;
                }
                input.pause(300);
                script.accept(input);
                input.click(input.read(() -> {
                    Button ok = (Button) listDialog(workbench).getDefaultButton();
                    return ok.toDisplay(ok.getSize().x / 2, ok.getSize().y / 2);
                }));
            });
            driver.clickValueCell(sheet, "Aggregations"); //$NON-NLS-1$
            ui.key("Return"); //$NON-NLS-1$ opens the chooser
            thread.join(TimeUnit.SECONDS.toMillis(40));
            assertTrue(!thread.isAlive(), "the input script did not finish"); //$NON-NLS-1$
            ui.waitUntil("the list editor to close", () -> listDialog(workbench) == null); //$NON-NLS-1$
        });
    }

    /** A cell of the list editor's table, on screen; call on the UI thread. */
    private Point cellCentre(int row, int column) {
        Table table = UiDriver.find(listDialog(page.getWorkbenchWindow().getShell()), Table.class, t -> true).orElseThrow();
        Rectangle cell = table.getItem(row).getBounds(column);
        return table.toDisplay(cell.x + 10, cell.y + cell.height / 2);
    }

    private Shell listDialog(Shell workbench) {
        Shell active = ui.display().getActiveShell();
        return active != null && active != workbench && active.getParent() == workbench
                && UiDriver.find(active, Table.class, t -> true).isPresent() ? active : null;
    }
}
