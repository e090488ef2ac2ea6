package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.CsvSource;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Source;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.runtime.PreviewResult;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.views.PreviewView;
import io.sluice.ui.internal.views.StepSchemaView;
import io.sluice.ui.tests.driver.EditorDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * Issue 11 in the designer: a CSV source's "Infer decimals" switch, set in the Properties view with real input, makes
 * the Schema view show DECIMAL(p,s) (Ctrl+Z restores FLOAT64); and a JSON lines source with DECIMAL, TIMESTAMP(ns)
 * local and instant, TIME, BINARY, LIST, STRUCT and MAP columns shows each type's text form in the Schema view and
 * readable values in the Preview (hex bytes, {@code Z} on instants, nested values as JSON text).
 */
@ExtendWith(ScreenshotOnFailure.class)
class NewTypesInTheDesignerTest extends EditorTestBase {

    /** Column name → declared type, in order. */
    private static final Map<String, String> TYPES = new LinkedHashMap<>();
    static {
        TYPES.put("amount", "DECIMAL(12,2)"); //$NON-NLS-1$ //$NON-NLS-2$
        TYPES.put("local_ts", "TIMESTAMP_NTZ(ns)"); //$NON-NLS-1$ //$NON-NLS-2$
        TYPES.put("instant_ts", "TIMESTAMP(ns)"); //$NON-NLS-1$ //$NON-NLS-2$
        TYPES.put("at", "TIME"); //$NON-NLS-1$ //$NON-NLS-2$
        TYPES.put("hash", "BINARY"); //$NON-NLS-1$ //$NON-NLS-2$
        TYPES.put("ids", "LIST<INT64>"); //$NON-NLS-1$ //$NON-NLS-2$
        TYPES.put("address", "STRUCT<city: STRING, zip: INT32>"); //$NON-NLS-1$ //$NON-NLS-2$
        TYPES.put("tags", "MAP<STRING, INT64>"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private EditorDriver driver;

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        org.eclipse.swt.widgets.Shell shell = page.getWorkbenchWindow().getShell();
        ui.activate(shell);
        Files.writeString(folder.resolve("amounts.csv"), "id,amount,rate\n1,12.50,0.125\n2,-3,1.5\n3,1234.05,2\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(folder.resolve("events.jsonl"), //$NON-NLS-1$
                "{\"amount\":1234.50,\"local_ts\":\"2024-03-01T10:15:30.123456789\",\"instant_ts\":\"2024-03-01T10:15:30.123456789Z\"," //$NON-NLS-1$
                        + "\"at\":\"10:15:30.5\",\"hash\":\"ff0001\",\"ids\":[1,2,3],\"address\":{\"city\":\"Oslo\",\"zip\":150}," //$NON-NLS-1$
                        + "\"tags\":{\"a\":1,\"b\":2}}\n" //$NON-NLS-1$
                        + "{\"amount\":null,\"local_ts\":null,\"instant_ts\":null,\"at\":null,\"hash\":null,\"ids\":null," //$NON-NLS-1$
                        + "\"address\":null,\"tags\":null}\n"); //$NON-NLS-1$
        Pipeline p = SluiceModel.newPipeline("types"); //$NON-NLS-1$
        CsvSource amounts = (CsvSource) SluiceModel.newStep(p, SluicePackage.Literals.CSV_SOURCE, "amounts", 40, 60); //$NON-NLS-1$
        amounts.setPath("amounts.csv"); //$NON-NLS-1$
        p.getSteps().add(amounts);
        Source events = (Source) SluiceModel.newStep(p, SluicePackage.Literals.JSON_LINES_SOURCE, "events", 40, 260); //$NON-NLS-1$
        events.eSet(SluicePackage.Literals.FILE_SOURCE__PATH, "events.jsonl"); //$NON-NLS-1$
        TYPES.forEach((name, type) -> events.getColumns().add(TestModels.column(name, type)));
        p.getSteps().add(events);
        Path file = folder.resolve("types.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, p, file);
        driver = new EditorDriver(ui, page, editor);
        ui.pump(200);
    }

    @Test
    void theInferDecimalsSwitchShowsDecimalColumnsInTheSchemaViewAndUndoRestoresThem() throws Exception {
        CsvSource amounts = (CsvSource) editor.pipeline().findStepByName("amounts"); //$NON-NLS-1$
        StepSchemaView schema = (StepSchemaView) page.showView(SluiceViews.SCHEMA);
        page.activate(editor);
        driver.select(amounts);
        ui.waitUntil("the Schema view to show the inferred columns", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> types(schema).equals(List.of("INT64", "FLOAT64", "FLOAT64"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        driver.withPropertySheet(sheet -> {
            driver.clickValueCell(sheet, "Infer decimals"); //$NON-NLS-1$
            ui.key("Down"); //$NON-NLS-1$ false → true in the yes/no cell
            ui.key("Return"); //$NON-NLS-1$
            ui.waitUntil("the switch set from the Properties view", amounts::isInferDecimals); //$NON-NLS-1$
        });
        ui.waitUntil("the Schema view to show DECIMAL columns", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> types(schema).equals(List.of("INT64", "DECIMAL(18,2)", "DECIMAL(18,3)"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("INT64", "DECIMAL(18,2)", "DECIMAL(18,3)"), shownColumn(1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Screenshots.capture(ui.display(), "infer-decimals"); //$NON-NLS-1$

        driver.clickEmptyCanvas();
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z to clear the switch", () -> !amounts.isInferDecimals()); //$NON-NLS-1$
        driver.select(amounts);
        ui.waitUntil("the Schema view to show FLOAT64 again", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> types(schema).equals(List.of("INT64", "FLOAT64", "FLOAT64"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void theSchemaViewAndThePreviewShowTheNewTypes() throws Exception {
        Step events = editor.pipeline().findStepByName("events"); //$NON-NLS-1$
        StepSchemaView schema = (StepSchemaView) page.showView(SluiceViews.SCHEMA);
        page.activate(editor);
        driver.select(events);
        List<String> expected = new ArrayList<>(TYPES.values());
        ui.waitUntil("the Schema view to show the declared types", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> types(schema).size() == TYPES.size());
        assertEquals(expected, shownColumn(1));
        assertEquals(new ArrayList<>(TYPES.keySet()), shownColumn(0));

        editor.getGraphicalViewer().setSelection(new StructuredSelection(editor.getGraphicalViewer().getEditPartRegistry().get(events)));
        ui.pump(50);
        PreviewView open = (PreviewView) page.findView(SluiceViews.PREVIEW);
        PreviewResult earlier = open == null ? null : open.shownResult(); // another test's preview, still on show
        ui.key("ctrl+shift+p"); //$NON-NLS-1$
        PreviewView preview = (PreviewView) page.findView(SluiceViews.PREVIEW);
        assertNotNull(preview, "Ctrl+Shift+P opens the Preview view"); //$NON-NLS-1$
        ui.waitUntil("the preview rows", Duration.ofSeconds(90), //$NON-NLS-1$
                () -> preview.shownResult() != null && preview.shownResult() != earlier);
        var result = preview.shownResult();
        assertTrue(result.ok(), () -> "preview failed: " + result.error() + result.problems()); //$NON-NLS-1$
        ui.pump(100);
        Table table = preview.viewer().getTable();
        assertEquals(2, table.getItemCount());
        List<String> first = new ArrayList<>();
        for (int c = 0; c < TYPES.size(); c++) {
            first.add(table.getItem(0).getText(c));
        }
        assertEquals(List.of("1234.50", "2024-03-01 10:15:30.123456789", "2024-03-01 10:15:30.123456789Z", "10:15:30.5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "FF0001", "[1,2,3]", "{\"city\":\"Oslo\",\"zip\":150}", "{\"a\":1,\"b\":2}"), first); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Screenshots.capture(ui.display(), "new-types-preview"); //$NON-NLS-1$
    }

    private static List<String> types(StepSchemaView view) {
        List<StepSchemaView.Row> rows = view.shownRows();
        return rows == null ? List.of() : rows.stream().filter(r -> Ports.OUT.equals(r.port())).map(r -> r.field().type().name()).toList();
    }

    /** A column of the Schema view's table (Column, Type, Null, Port) as it shows, for the rows of the output port. */
    private List<String> shownColumn(int column) {
        Table table = UiDriver.find(page.getWorkbenchWindow().getShell(), Table.class,
                t -> t.getColumnCount() == 4 && "Column".equals(t.getColumn(0).getText()) //$NON-NLS-1$
                        && "Type".equals(t.getColumn(1).getText())).orElseThrow(); //$NON-NLS-1$
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            if (Ports.OUT.equals(table.getItem(i).getText(3))) { // not the rejects port's bookkeeping columns
                texts.add(table.getItem(i).getText(column));
            }
        }
        return texts;
    }
}
