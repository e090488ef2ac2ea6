package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.CsvSource;
import io.sluice.model.Filter;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.history.RunRecord;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.run.MetricsText;
import io.sluice.ui.internal.run.RunConfiguration;
import io.sluice.ui.internal.run.RunDialog;
import io.sluice.ui.internal.run.RunDisplay;
import io.sluice.ui.internal.run.SparkRuns;
import io.sluice.ui.internal.views.RunsView;
import io.sluice.ui.tests.driver.EditorDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * Issue 14 in the designer: Run Configurations… offers Embedded / Spark local / Spark cluster; choosing Spark local
 * runs the pipeline on Apache Spark (the designer starts {@code sluice run --engine spark} of its checkout as a child
 * process), its metrics reach the canvas, the output is written, and the Runs view lists the run naming the engine.
 * The Spark engine is built only in the {@code spark} profile ({@code ./sluice test}, which CI runs, has it): without
 * it this test is skipped, saying so.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SparkRunFromTheDesignerTest {

    private static final int ROWS = 300;
    private IWorkbenchPage page;
    private UiDriver ui;
    private PipelineEditor editor;
    private EditorDriver driver;
    private Path folder;

    @BeforeEach
    void open(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sluice.uitest.spark"), //$NON-NLS-1$
                "the Spark engine is built only with -Pspark (as ./sluice test and CI run): this run has no Spark engine"); //$NON-NLS-1$
        folder = dir;
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        ui.activate(page.getWorkbenchWindow().getShell());
        StringBuilder csv = new StringBuilder("order_id,status,amount\n"); //$NON-NLS-1$
        String[] statuses = { "paid", "pending", "refunded" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (int i = 0; i < ROWS; i++) {
            csv.append(i).append(',').append(statuses[i % 3]).append(',').append(i % 50).append(".25\n"); //$NON-NLS-1$
        }
        Files.writeString(folder.resolve("orders.csv"), csv); //$NON-NLS-1$
        Pipeline p = SluiceModel.newPipeline("paid_on_spark"); //$NON-NLS-1$
        CsvSource read = TestModels.csvSource(p, "read", "orders.csv", 40, 60, //$NON-NLS-1$ //$NON-NLS-2$
                "order_id", "INT64", "status", "STRING", "amount", "FLOAT64"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Filter paid = (Filter) SluiceModel.newStep(p, SluicePackage.Literals.FILTER, "paid", 300, 60); //$NON-NLS-1$
        paid.setCondition("status = 'paid'"); //$NON-NLS-1$
        p.getSteps().add(paid);
        Step write = SluiceModel.newStep(p, SluicePackage.Literals.CSV_SINK, "write", 560, 60); //$NON-NLS-1$
        write.eSet(SluicePackage.Literals.FILE_SINK__PATH, "paid.csv"); //$NON-NLS-1$
        p.getSteps().add(write);
        p.link(read, Ports.OUT, paid, Ports.IN);
        p.link(paid, Ports.OUT, write, Ports.IN);
        Path file = folder.resolve("paid_on_spark.sluice"); //$NON-NLS-1$
        SluiceModel.save(p, file);
        editor = PipelineEditors.open(page, file);
        assertNotNull(editor);
        driver = new EditorDriver(ui, page, editor);
        ui.pump(100);
    }

    @AfterEach
    void close() {
        if (editor != null) {
            page.closeEditor(editor, false);
        }
    }

    @Test
    void sparkLocalChosenInTheRunDialogRunsThePipelineAndTheRunsViewNamesTheEngine() throws Exception {
        assertNotNull(SparkRuns.launcher(), "with -Pspark the tests get sluice.home, the checkout whose sluice script runs Spark"); //$NON-NLS-1$
        List<RunSnapshot> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        editor.getGraphicalViewer().addPropertyChangeListener(e -> {
            if (RunDisplay.VIEWER_PROPERTY.equals(e.getPropertyName())) {
                seen.add((RunSnapshot) e.getNewValue());
            }
        });
        List<Boolean> engineChoice = new ArrayList<>();
        Thread script = ui.offline(input -> {
            if (!input.await(() -> RunDialog.current() != null
                    && ui.display().getActiveShell() == RunDialog.current().getShell())) {
                return;
            }
            input.pause(200);
            engineChoice.add(input.read(() -> RunDialog.current().engineChoiceEnabled()));
            input.read(() -> {
                RunDialog.current().selectEngine(RunConfiguration.Engine.SPARK_LOCAL, null);
                return null;
            });
            input.pause(200);
            input.click(input.read(() -> RunDialog.current().buttonCentre(RunDialog.RUN)));
        });
        driver.clickEmptyCanvas();
        ui.key("ctrl+shift+F11"); //$NON-NLS-1$ Run Configurations…
        ui.waitUntil("the Spark run to start", Duration.ofSeconds(60), () -> editor.currentRun() != null); //$NON-NLS-1$
        script.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(!script.isAlive(), "the input script did not finish"); //$NON-NLS-1$
        assertEquals(List.of(Boolean.TRUE), engineChoice, "the dialog offers the engines when the launcher is known"); //$NON-NLS-1$
        // a Spark session starts in ~3-10 s on an idle machine; far longer on a loaded one (the bound only ends a hang)
        ui.waitUntil("the Spark run to end", Duration.ofMinutes(8), () -> editor.currentRun().result() != null); //$NON-NLS-1$
        ui.pump(300);
        RunResult result = editor.currentRun().result();
        assertEquals(RunStatus.SUCCEEDED, result.status(), () -> "Spark run failed: " + result.error() + result.problems()); //$NON-NLS-1$

        List<String> lines = Files.readAllLines(folder.resolve("paid.csv")); //$NON-NLS-1$
        assertEquals("order_id,status,amount", lines.get(0)); //$NON-NLS-1$
        assertEquals(ROWS / 3, lines.size() - 1, "the paid orders, written by Spark"); //$NON-NLS-1$
        assertTrue(lines.contains("3,paid,3.25"), () -> String.join("\n", lines)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",paid,")), "only paid orders"); //$NON-NLS-1$ //$NON-NLS-2$

        Step paid = editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        assertEquals(ROWS / 3, MetricsText.of(result.finalSnapshot(), paid.getId()).rowsOut(), "the Spark run's counts"); //$NON-NLS-1$
        assertTrue(!seen.isEmpty(), "the run's metrics reached the canvas"); //$NON-NLS-1$
        StepEditPart paidPart = (StepEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(paid);
        ui.waitUntil("the final counts on the filter's card", //$NON-NLS-1$
                () -> paidPart.metricsText().startsWith(ROWS + " in") && paidPart.metricsText().contains(ROWS / 3 + " out")); //$NON-NLS-1$ //$NON-NLS-2$
        Screenshots.capture(ui.display(), "spark-run-finished"); //$NON-NLS-1$

        RunsView runs = (RunsView) page.showView(SluiceViews.RUNS);
        page.activate(editor);
        ui.waitUntil("the Runs view to list the Spark run of this pipeline", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> runs.shownRuns().stream().anyMatch(r -> r.runId().equals(result.runId())));
        RunRecord recorded = runs.shownRuns().stream().filter(r -> r.runId().equals(result.runId())).findFirst().orElseThrow();
        assertEquals("SUCCEEDED", recorded.status()); //$NON-NLS-1$
        assertTrue(recorded.engine().startsWith("spark local["), recorded::engine); //$NON-NLS-1$
        Table table = UiDriver.find(page.getWorkbenchWindow().getShell(), Table.class,
                t -> t.getColumnCount() > 3 && "Engine".equals(t.getColumn(3).getText())).orElseThrow(); //$NON-NLS-1$
        ui.waitUntil("the Engine column to name Spark", () -> java.util.Arrays.stream(table.getItems()) //$NON-NLS-1$
                .anyMatch(item -> item.getText(3).startsWith("spark local["))); //$NON-NLS-1$
        Screenshots.capture(ui.display(), "spark-run-in-runs-view"); //$NON-NLS-1$
    }
}
