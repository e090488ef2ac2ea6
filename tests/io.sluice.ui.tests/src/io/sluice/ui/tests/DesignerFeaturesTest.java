package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.draw2d.Connection;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.Filter;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.internal.navigator.PipelinesFolder;
import io.sluice.ui.internal.parts.LinkEditPart;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.parts.StepKinds;
import io.sluice.ui.internal.views.PreviewView;
import io.sluice.ui.internal.views.WelcomePage;
import io.sluice.ui.tests.driver.CanvasDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * The designer's features that issue 13 lists, each driven with real mouse and keyboard input: Shift keeps a palette
 * entry armed; the context menus of the canvas, a step and a link; F1 on a step; a card's tooltip with the full name;
 * the Outline's thumbnail of a large pipeline; the welcome page's actions.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DesignerFeaturesTest {

    private static final String CSV = "id,country,amount\n1,de,1986.919999999999\n2,fr,3.5\n3,at,10\n"; //$NON-NLS-1$
    private static final String LONG_NAME = "read the orders of every region from last quarter's sales export"; //$NON-NLS-1$
    private IWorkbenchPage page;
    private Shell shell;
    private UiDriver ui;
    private PipelineEditor editor;
    private CanvasDriver canvas;
    private Path folder;

    @BeforeEach
    void open(@TempDir Path dir) throws Exception {
        folder = dir;
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        shell = page.getWorkbenchWindow().getShell();
        ui = new UiDriver(shell.getDisplay());
        ui.activate(shell);
        Files.writeString(folder.resolve("orders.csv"), CSV); //$NON-NLS-1$
        Pipeline p = SluiceModel.newPipeline("features"); //$NON-NLS-1$
        Step read = TestModels.csvSource(p, LONG_NAME, "orders.csv", 40, 60, "id", "INT64", "country", "STRING", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "amount", "FLOAT64"); //$NON-NLS-1$ //$NON-NLS-2$
        Filter keep = TestModels.filter(p, "keep", "amount > 5", 380, 60); //$NON-NLS-1$ //$NON-NLS-2$
        p.link(read, Ports.OUT, keep, Ports.IN);
        Path file = folder.resolve("features.sluice"); //$NON-NLS-1$
        editor = TestModels.open(page, p, file);
        ui.pump(200);
        canvas = new CanvasDriver(ui, editor.getPaletteViewer(), editor.getGraphicalViewer());
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private StepEditPart part(Step step) {
        return (StepEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(step);
    }

    private Point centre(Step step) {
        return CanvasDriver.centreOf(part(step).getFigure());
    }

    private Step step(String name) {
        return editor.pipeline().findStepByName(name);
    }

    @Test
    void shiftKeepsAPaletteEntryArmedAndAPlainClickCreatesTheLastOne() {
        Pipeline pipeline = editor.pipeline();
        Point rest = new Point(canvas.canvasControl().getSize().x * 3 / 4, canvas.canvasControl().getSize().y * 3 / 4);
        canvas.selectTool(canvas.entry("Transforms", "Filter"), rest); //$NON-NLS-1$ //$NON-NLS-2$
        ui.shiftClick(canvas.canvasControl(), 120, 240);
        ui.waitUntil("a first filter by Shift+click", () -> pipeline.getSteps().size() == 3); //$NON-NLS-1$
        ui.pump(100);
        assertTrue(!canvas.selectionToolActive(), "Shift+click kept the Filter entry armed"); //$NON-NLS-1$
        ui.shiftClick(canvas.canvasControl(), 320, 240);
        ui.waitUntil("a second filter by Shift+click", () -> pipeline.getSteps().size() == 4); //$NON-NLS-1$
        ui.click(canvas.canvasControl(), 520, 240);
        ui.waitUntil("a third filter by a plain click", () -> pipeline.getSteps().size() == 5); //$NON-NLS-1$
        ui.waitUntil("the selection tool back after a plain click", canvas::selectionToolActive); //$NON-NLS-1$
        List<Integer> xs = pipeline.getSteps().subList(2, 5).stream().map(s -> s.getLayout().getX()).toList();
        assertEquals(List.of(120, 320, 520), xs, "each filter where it was clicked"); //$NON-NLS-1$
        ui.click(canvas.canvasControl(), rest.x, rest.y);
        ui.pump(100);
        assertEquals(5, pipeline.getSteps().size(), "a click after the last one created nothing"); //$NON-NLS-1$
    }

    /** The context menu's entries as shown, without mnemonics and accelerators. */
    private List<String> openMenuAt(Point at) {
        Menu menu = canvas.canvasControl().getMenu();
        int[] shown = { 0 };
        org.eclipse.swt.widgets.Listener onShow = e -> shown[0]++;
        menu.addListener(org.eclipse.swt.SWT.Show, onShow);
        try {
            ui.rightClick(canvas.canvasControl(), at.x, at.y);
            ui.waitUntil("the context menu shown", () -> shown[0] > 0); //$NON-NLS-1$
        } finally {
            menu.removeListener(org.eclipse.swt.SWT.Show, onShow);
        }
        ui.pump(200);
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
            int tab = text.indexOf('\t');
            if (!text.isEmpty()) {
                labels.add(tab < 0 ? text : text.substring(0, tab));
            }
        }
        return labels;
    }

    @Test
    void theContextMenusOfTheCanvasAStepAndALinkDoWhatTheySay() throws Exception {
        Pipeline pipeline = editor.pipeline();
        Step read = step(LONG_NAME);
        Step keep = step("keep"); //$NON-NLS-1$
        // the empty canvas: add a step, paste, run, undo/redo
        org.eclipse.swt.graphics.Point size = canvas.canvasControl().getSize();
        List<String> onCanvas = openMenuAt(new Point(size.x - 60, size.y - 60));
        assertTrue(onCanvas.containsAll(List.of("Add Step…", "Paste", "Run Pipeline")), onCanvas::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ui.key("Escape"); //$NON-NLS-1$
        ui.pump(100);
        // a step: preview, run to here, rename, delete, help
        List<String> onStep = openMenuAt(centre(read));
        assertTrue(onStep.containsAll(List.of("Open Step Dialog", "Preview", "Run to Here (preview)", "Rename…", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "Delete", "Step Help")), onStep::toString); //$NON-NLS-1$ //$NON-NLS-2$
        ui.key("p"); // Preview //$NON-NLS-1$
        ui.waitUntil("the preview view", () -> page.findView(SluiceViews.PREVIEW) != null); //$NON-NLS-1$
        PreviewView preview = (PreviewView) page.findView(SluiceViews.PREVIEW);
        ui.waitUntil("the source's three rows previewed", Duration.ofSeconds(30), //$NON-NLS-1$
                () -> preview.shownResult() != null && preview.viewer().getTable().getItemCount() == 3);
        page.activate(editor);
        ui.pump(100);
        openMenuAt(centre(keep));
        ui.key("t"); // Run to Here //$NON-NLS-1$
        ui.waitUntil("the filter's two rows previewed", Duration.ofSeconds(30), //$NON-NLS-1$
                () -> preview.shownResult() != null && preview.viewer().getTable().getItemCount() == 2
                        && preview.getContentDescription().contains("keep")); //$NON-NLS-1$
        page.activate(editor);
        ui.pump(100);
        // help: the step's documentation in a dialog, closed by the user
        String[] helpTitle = { null };
        Thread closer = ui.offline(input -> {
            if (input.await(() -> ui.display().getActiveShell() != null && ui.display().getActiveShell() != shell)) {
                helpTitle[0] = input.read(() -> ui.display().getActiveShell().getText());
                input.key("Return"); //$NON-NLS-1$
            }
        });
        openMenuAt(centre(keep));
        ui.key("h"); // Step Help //$NON-NLS-1$
        join(closer);
        assertEquals(StepKinds.title(keep.eClass()), helpTitle[0]);
        // a link: delete it
        LinkEditPart link = (LinkEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(pipeline.getLinks().get(0));
        Connection line = (Connection) link.getFigure();
        org.eclipse.draw2d.geometry.Point mid = line.getPoints().getMidpoint();
        line.translateToAbsolute(mid);
        List<String> onLink = openMenuAt(new Point(mid.x, mid.y));
        assertTrue(onLink.contains("Delete") && !onLink.contains("Preview"), onLink::toString); //$NON-NLS-1$ //$NON-NLS-2$
        ui.key("d"); // Delete //$NON-NLS-1$
        ui.waitUntil("the link deleted from its context menu", () -> pipeline.getLinks().isEmpty()); //$NON-NLS-1$
        assertEquals(2, pipeline.getSteps().size());
        // a step: delete it
        openMenuAt(centre(keep));
        ui.key("d"); // Delete //$NON-NLS-1$
        ui.waitUntil("the step deleted from its context menu", () -> pipeline.getSteps().size() == 1); //$NON-NLS-1$
        ui.click(canvas.canvasControl(), size.x - 60, size.y - 60);
        ui.key("ctrl+z"); //$NON-NLS-1$
        ui.waitUntil("Ctrl+Z brings the step back", () -> pipeline.getSteps().size() == 2); //$NON-NLS-1$
    }

    @Test
    void thePreviewShowsExactValuesOnDemandAndCopiesAsCsv() throws Exception {
        Step read = step(LONG_NAME);
        Point c = centre(read);
        ui.click(canvas.canvasControl(), c.x, c.y);
        ui.waitUntil("the source selected", () -> part(read).getSelected() != 0); //$NON-NLS-1$
        ui.key("ctrl+shift+p"); //$NON-NLS-1$
        ui.waitUntil("the preview view", () -> page.findView(SluiceViews.PREVIEW) != null); //$NON-NLS-1$
        PreviewView preview = (PreviewView) page.findView(SluiceViews.PREVIEW);
        ui.waitUntil("three rows previewed", Duration.ofSeconds(30), //$NON-NLS-1$
                () -> preview.shownResult() != null && preview.viewer().getTable().getItemCount() == 3);
        org.eclipse.swt.widgets.Table table = preview.viewer().getTable();
        assertTrue(table.getItem(0).getText(2).contains("986.92"), table.getItem(0).getText(2)); //$NON-NLS-1$
        // Exact Values, on demand: the view's toolbar button
        org.eclipse.jface.action.ToolBarManager toolbar = (org.eclipse.jface.action.ToolBarManager) preview.getViewSite()
                .getActionBars().getToolBarManager();
        ui.waitUntil("the preview's toolbar", () -> toolbar.getControl() != null && toolbar.getControl().isVisible()); //$NON-NLS-1$
        org.eclipse.swt.widgets.ToolItem exact = Arrays.stream(toolbar.getControl().getItems())
                .filter(i -> i.getText().replace("&", "").equals("Exact Values")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .orElseThrow(() -> new AssertionError("no Exact Values button")); //$NON-NLS-1$
        org.eclipse.swt.graphics.Rectangle b = exact.getBounds();
        ui.click(toolbar.getControl(), b.x + b.width / 2, b.y + b.height / 2);
        ui.waitUntil("the exact value shown", () -> "1986.919999999999".equals(table.getItem(0).getText(2))); //$NON-NLS-1$ //$NON-NLS-2$
        // Copy as CSV from the grid's context menu: the row under the pointer, with a header
        org.eclipse.swt.graphics.Rectangle row = table.getItem(0).getBounds(0);
        ui.click(table, row.x + 5, row.y + row.height / 2);
        ui.rightClick(table, row.x + 5, row.y + row.height / 2);
        ui.pump(300);
        ui.key("c"); // Copy as &CSV //$NON-NLS-1$
        ui.pump(200);
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(ui.display());
        try {
            ui.waitUntil("the row copied as CSV", () -> "id,country,amount\n1,de,1986.919999999999\n" //$NON-NLS-1$
                    .equals(clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance())));
        } finally {
            clipboard.dispose();
        }
        // and off again: numbers as a person reads them (the view outlives this test)
        ui.click(toolbar.getControl(), b.x + b.width / 2, b.y + b.height / 2);
        ui.waitUntil("rounded values again", () -> !"1986.919999999999".equals(table.getItem(0).getText(2))); //$NON-NLS-1$
    }

    @Test
    void f1ShowsTheSelectedStepsDocumentation() throws Exception {
        Step keep = step("keep"); //$NON-NLS-1$
        Point c = centre(keep);
        ui.click(canvas.canvasControl(), c.x, c.y);
        ui.waitUntil("the filter selected", () -> part(keep).getSelected() != 0); //$NON-NLS-1$
        String[] shown = { null, null };
        Thread closer = ui.offline(input -> {
            if (input.await(() -> ui.display().getActiveShell() != null && ui.display().getActiveShell() != shell)) {
                shown[0] = input.read(() -> ui.display().getActiveShell().getText());
                shown[1] = input.read(() -> labels(ui.display().getActiveShell()));
                input.key("Return"); //$NON-NLS-1$
            }
        });
        ui.key("F1"); //$NON-NLS-1$
        join(closer);
        assertEquals(StepKinds.title(keep.eClass()), shown[0]);
        String documentation = StepKinds.documentation(keep.eClass());
        assertTrue(!documentation.isBlank() && shown[1].contains(documentation.strip().lines().findFirst().orElseThrow()),
                () -> "the dialog shows the filter's documentation: " + shown[1]); //$NON-NLS-1$
    }

    private static String labels(Composite root) {
        StringBuilder text = new StringBuilder();
        for (Label label : UiDriver.findAll(root, Label.class, l -> true)) {
            text.append(label.getText()).append('\n');
        }
        return text.toString();
    }

    @Test
    void aCardCutsALongNameAndItsTooltipShowsItInFull() {
        Step read = step(LONG_NAME);
        String shown = part(read).stepFigure().shownName();
        assertTrue(!shown.equals(LONG_NAME) && LONG_NAME.startsWith(shown.replace("...", "")), //$NON-NLS-1$ //$NON-NLS-2$
                () -> "the card cuts the long name: " + shown); //$NON-NLS-1$
        assertTrue(part(read).stepFigure().toolTipText().startsWith(LONG_NAME + " \u2014 "), //$NON-NLS-1$
                () -> "tooltip: " + part(read).stepFigure().toolTipText()); //$NON-NLS-1$
        Set<Shell> before = visibleShells();
        Point c = centre(read);
        ui.hover(canvas.canvasControl(), c.x, c.y);
        ui.hover(canvas.canvasControl(), c.x + 1, c.y);
        ui.waitUntil("the card's tooltip to pop up on hovering", Duration.ofSeconds(10), //$NON-NLS-1$
                () -> visibleShells().stream().anyMatch(s -> !before.contains(s)));
        ui.hover(canvas.canvasControl(), canvas.canvasControl().getSize().x - 20, canvas.canvasControl().getSize().y - 20);
    }

    private Set<Shell> visibleShells() {
        Set<Shell> shells = new HashSet<>();
        for (Shell s : ui.display().getShells()) {
            if (!s.isDisposed() && s.isVisible()) {
                shells.add(s);
            }
        }
        return shells;
    }

    @Test
    void theOutlineShowsAThumbnailOfALargePipeline() throws Exception {
        Pipeline big = SluiceModel.newPipeline("big"); //$NON-NLS-1$
        for (int i = 0; i < 120; i++) {
            Step s = SluiceModel.newStep(big, SluicePackage.Literals.FILTER, "f" + i, 40 + (i % 12) * 260, 40 + (i / 12) * 160); //$NON-NLS-1$
            ((Filter) s).setCondition("TRUE"); //$NON-NLS-1$
            big.getSteps().add(s);
        }
        Path file = folder.resolve("big.sluice"); //$NON-NLS-1$
        SluiceModel.save(big, file);
        PipelineEditor large = PipelineEditors.open(page, file);
        ui.pump(300);
        org.eclipse.draw2d.FigureCanvas figureCanvas = (org.eclipse.draw2d.FigureCanvas) large.getGraphicalViewer().getControl();
        org.eclipse.draw2d.geometry.Dimension content = figureCanvas.getContents().getPreferredSize();
        org.eclipse.swt.graphics.Rectangle visible = figureCanvas.getClientArea();
        assertTrue(content.width > visible.width && content.height > visible.height,
                () -> "the pipeline is larger than the canvas: " + content + " vs " + visible); //$NON-NLS-1$ //$NON-NLS-2$
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(large);
        ContentOutline outline = (ContentOutline) page.findView(IPageLayout.ID_OUTLINE);
        ui.waitUntil("the outline's page for the large pipeline", //$NON-NLS-1$
                () -> outline.getCurrentPage() != null && outline.getCurrentPage().getControl() != null
                        && !outline.getCurrentPage().getControl().isDisposed()
                        && outline.getCurrentPage().getControl().getSize().x > 20);
        Control thumbnail = outline.getCurrentPage().getControl();
        ui.waitUntil("the thumbnail drawn (the steps in miniature)", Duration.ofSeconds(10), //$NON-NLS-1$
                () -> colours(thumbnail) > 3);
    }

    /** How many distinct colours {@code control} shows on screen. */
    private int colours(Control control) {
        org.eclipse.swt.graphics.Point size = control.getSize();
        Image image = new Image(ui.display(), size.x, size.y);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            Set<Integer> seen = new HashSet<>();
            for (int y = 0; y < data.height; y += 2) {
                for (int x = 0; x < data.width; x += 2) {
                    seen.add(data.getPixel(x, y));
                }
            }
            return seen.size();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void theWelcomePageOpensTheExampleAndCreatesAPipeline(@TempDir Path examples) throws Exception {
        Files.copy(Path.of("../../examples/orders.sluice").toAbsolutePath().normalize(), examples.resolve("orders.sluice")); //$NON-NLS-1$ //$NON-NLS-2$
        String before = System.getProperty(WelcomePage.EXAMPLES_PROPERTY);
        System.setProperty(WelcomePage.EXAMPLES_PROPERTY, examples.toString());
        try {
            page.closeAllEditors(false);
            WelcomePage.open(page);
            ui.pump(200);
            // Open the example pipeline
            clickLink("Open the example pipeline"); //$NON-NLS-1$
            ui.waitUntil("the example opened from the welcome page", //$NON-NLS-1$
                    () -> page.getActiveEditor() instanceof PipelineEditor opened
                            && opened.file().toAbsolutePath().equals(examples.resolve("orders.sluice").toAbsolutePath())); //$NON-NLS-1$
            // Create a pipeline (in the chosen folder of pipelines)
            PipelinesFolder.choose(folder);
            WelcomePage.open(page);
            ui.pump(200);
            Thread typist = ui.answerNextDialog(shell, "from welcome", "Return"); //$NON-NLS-1$ //$NON-NLS-2$
            clickLink("Create a pipeline"); //$NON-NLS-1$
            typist.join(30_000);
            Path created = folder.resolve("from welcome.sluice"); //$NON-NLS-1$
            ui.waitUntil("a new pipeline created and opened from the welcome page", //$NON-NLS-1$
                    () -> Files.exists(created) && page.getActiveEditor() instanceof PipelineEditor opened
                            && opened.file().toAbsolutePath().equals(created.toAbsolutePath()));
            assertInstanceOf(PipelineEditor.class, page.getActiveEditor());
        } finally {
            if (before == null) {
                System.clearProperty(WelcomePage.EXAMPLES_PROPERTY);
            } else {
                System.setProperty(WelcomePage.EXAMPLES_PROPERTY, before);
            }
        }
    }

    /** Clicks the anchor at the start of the welcome page's link whose text contains {@code text}. */
    private void clickLink(String text) {
        Link link = UiDriver.find(shell, Link.class, l -> l.isVisible() && l.getText().contains(text))
                .orElseThrow(() -> new AssertionError("no link '" + text + "' on the welcome page")); //$NON-NLS-1$ //$NON-NLS-2$
        ui.click(link, 12, link.getSize().y / 2);
    }

    private static void join(Thread script) throws InterruptedException {
        script.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(!script.isAlive(), "the input script finished"); //$NON-NLS-1$
    }
}
