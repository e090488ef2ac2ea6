package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
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
import io.sluice.runtime.StepState;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.parts.LinkEditPart;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.run.MetricsText;
import io.sluice.ui.internal.run.RateSamples;
import io.sluice.ui.internal.run.RunDisplay;
import io.sluice.ui.internal.views.PreviewView;
import io.sluice.ui.internal.views.RunsView;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/** Runs a pipeline on a generated 1M-row CSV from the designer, and previews a step. */
@ExtendWith(ScreenshotOnFailure.class)
class RunAndPreviewTest extends EditorTestBase {

    private static final int ROWS = 1_000_000;
    private Path output;
    private long paidRows;

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("orders.csv"); //$NON-NLS-1$
        paidRows = writeOrders(csv, ROWS);
        output = folder.resolve("paid.parquet"); //$NON-NLS-1$
        Path file = folder.resolve("paid.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, pipeline(csv, output), file);
        ui.pump(100);
    }

    /** order_id, status, amount; every third order is paid. Returns the number of paid rows. */
    private static long writeOrders(Path csv, int rows) throws IOException {
        String[] statuses = { "paid", "pending", "refunded" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long paid = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("order_id,status,amount\n"); //$NON-NLS-1$
            StringBuilder line = new StringBuilder(48);
            for (int i = 0; i < rows; i++) {
                String status = statuses[i % 3];
                paid += i % 3 == 0 ? 1 : 0;
                line.setLength(0);
                line.append(i).append(',').append(status).append(',').append(i % 500).append('.').append(i % 100).append('\n');
                w.append(line);
            }
        }
        return paid;
    }

    private static Pipeline pipeline(Path csv, Path output) {
        Pipeline p = SluiceModel.newPipeline("paid"); //$NON-NLS-1$
        CsvSource read = TestModels.csvSource(p, "read", csv.toString(), 40, 60, //$NON-NLS-1$
                "order_id", "INT64", "status", "STRING", "amount", "FLOAT64"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Filter paid = TestModels.filter(p, "paid", "status = 'paid'", 300, 60); //$NON-NLS-1$ //$NON-NLS-2$
        Step write = SluiceModel.newStep(p, SluicePackage.Literals.PARQUET_SINK, "write", 560, 60); //$NON-NLS-1$
        write.eSet(SluicePackage.Literals.FILE_SINK__PATH, output.toString());
        p.getSteps().add(write);
        p.link(read, Ports.OUT, paid, Ports.IN);
        p.link(paid, Ports.OUT, write, Ports.IN);
        return p;
    }

    @Test
    void runShowsLiveCountsOnTheCanvasAndEndsWithTheEnginesCounts() throws Exception {
        List<RunSnapshot> seen = new ArrayList<>();
        editor.getGraphicalViewer().addPropertyChangeListener(e -> {
            if (RunDisplay.VIEWER_PROPERTY.equals(e.getPropertyName())) {
                seen.add((RunSnapshot) e.getNewValue());
            }
        });
        Step read = editor.pipeline().findStepByName("read"); //$NON-NLS-1$
        Step paid = editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        StepEditPart readPart = (StepEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(read);
        ui.click(editor.getGraphicalViewer().getControl(), 10, 10);
        long start = System.nanoTime();
        ui.key("ctrl+F11"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+F11 to start a run", () -> editor.currentRun() != null); //$NON-NLS-1$
        ui.waitUntil("live counts on the canvas while the run goes", Duration.ofSeconds(60), //$NON-NLS-1$
                () -> seen.stream().anyMatch(s -> s.status() == RunStatus.RUNNING
                        && s.steps().stream().anyMatch(m -> m.state() == StepState.RUNNING && m.rowsOut() > 0)));
        ui.pump(60);
        Screenshots.capture(ui.display(), "run-in-progress"); //$NON-NLS-1$
        String midRun = readPart.metricsText();
        ui.waitUntil("the run to finish", Duration.ofSeconds(120), () -> editor.currentRun().result() != null); //$NON-NLS-1$
        long millis = (System.nanoTime() - start) / 1_000_000;
        ui.pump(300);
        RunResult result = editor.currentRun().result();
        assertEquals(RunStatus.SUCCEEDED, result.status(), () -> "run failed: " + result.error() + result.problems()); //$NON-NLS-1$
        assertEquals(ROWS, MetricsText.of(result.finalSnapshot(), read.getId()).rowsOut());
        assertEquals(paidRows, MetricsText.of(result.finalSnapshot(), paid.getId()).rowsOut());
        assertTrue(Files.size(output) > 0, "the Parquet file was written"); //$NON-NLS-1$
        String finalText = readPart.metricsText();
        assertTrue(finalText.startsWith("1.0M out"), () -> "final counts on the card: " + finalText); //$NON-NLS-1$ //$NON-NLS-2$
        LinkEditPart readToPaid = (LinkEditPart) readPart.getSourceConnections().get(0);
        assertEquals("1.0M", readToPaid.rowsText(), "rows that passed the link"); //$NON-NLS-1$ //$NON-NLS-2$
        long runningUpdates = seen.stream().filter(s -> s.status() == RunStatus.RUNNING).count();
        System.out.println("designer run of " + ROWS + " rows: " + millis + " ms, " + seen.size() + " canvas updates (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + runningUpdates + " while running), mid-run card: " + midRun); //$NON-NLS-1$
        // coalesced, not one update per batch: judged by the run's own clock in the snapshots (the engine publishes at
        // a fixed rate, so however loaded the machine, the count never exceeds the periods elapsed), not a stopwatch
        long lastElapsed = seen.stream().filter(s -> s.status() == RunStatus.RUNNING).mapToLong(RunSnapshot::elapsedMillis)
                .max().orElse(0);
        assertTrue(runningUpdates <= lastElapsed / io.sluice.runtime.SluiceEngine.METRICS_PERIOD_MILLIS + 1,
                () -> runningUpdates + " canvas updates in " + lastElapsed + " ms of run: more than one per period"); //$NON-NLS-1$ //$NON-NLS-2$
        Screenshots.capture(ui.display(), "run-finished"); //$NON-NLS-1$

        RunsView runs = (RunsView) page.showView(SluiceViews.RUNS);
        page.activate(editor);
        ui.waitUntil("the Runs view to list this run from the H2 history", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> runs.shownRuns().stream().anyMatch(r -> r.runId().equals(result.runId())));
        var recorded = runs.shownRuns().stream().filter(r -> r.runId().equals(result.runId())).findFirst().orElseThrow();
        assertEquals("SUCCEEDED", recorded.status()); //$NON-NLS-1$
        assertTrue(recorded.accounting() != null && recorded.accounting().contains("lost 0"), //$NON-NLS-1$
                () -> "the history keeps the row accounting: " + recorded.accounting()); //$NON-NLS-1$
        assertEquals(paidRows, recorded.steps().stream().filter(s -> s.step().equals(paid.getId())).findFirst()
                .orElseThrow().rowsOut(), "the history keeps each step's final counts"); //$NON-NLS-1$
        assertTrue(RateSamples.of(result.runId(), read.getId()).size() >= 2, "rows/s samples for the sparkline"); //$NON-NLS-1$
        runs.select(result.runId());
        ui.pump(200);
        Screenshots.capture(ui.display(), "runs-view"); //$NON-NLS-1$
    }

    @Test
    void previewShowsTheFirstRowsOfTheSelectedStepWithoutWritingTheSink() throws Exception {
        Step paid = editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        editor.getGraphicalViewer().setSelection(new StructuredSelection(editor.getGraphicalViewer().getEditPartRegistry().get(paid)));
        ui.pump(50);
        ui.key("ctrl+shift+p"); //$NON-NLS-1$
        PreviewView view = (PreviewView) page.findView(SluiceViews.PREVIEW);
        assertNotNull(view, "Ctrl+Shift+P opens the Preview view"); //$NON-NLS-1$
        ui.waitUntil("the preview rows", Duration.ofSeconds(60), () -> view.shownResult() != null); //$NON-NLS-1$
        var result = view.shownResult();
        assertTrue(result.ok(), () -> "preview failed: " + result.error() + result.problems()); //$NON-NLS-1$
        assertEquals(List.of("order_id", "status", "amount"), result.schema().names()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(1000, result.rows().size());
        assertTrue(result.rows().stream().allMatch(r -> "paid".equals(r.get(1))), "only rows that pass the filter"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.notExists(output), "a preview writes no sink"); //$NON-NLS-1$
        Screenshots.capture(ui.display(), "preview"); //$NON-NLS-1$
    }
}
