package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
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
import io.sluice.model.diff.PipelineComparison.Status;
import io.sluice.model.resource.SluiceModel;
import io.sluice.team.internal.HistoryView;
import io.sluice.ui.SluiceViews;
import io.sluice.ui.internal.navigator.PipelinesFolder;
import io.sluice.ui.internal.navigator.PipelinesView;
import io.sluice.team.internal.RevisionEditor;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * The Git History view on a real repository (JGit) with a local bare remote: open a revision read-only, compare a
 * revision with the working copy (added, removed, changed and moved steps marked), the Pipelines view marking new
 * and modified files, commit from the dialog, push.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GitHistoryTest {

    private IWorkbenchPage page;
    private UiDriver ui;
    private PipelineEditor editor;
    private Path repo;
    private Path remote;
    private Path file;
    private final List<org.eclipse.ui.IEditorPart> opened = new ArrayList<>();

    @BeforeEach
    void setUp(@TempDir Path folder) throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        repo = folder.resolve("work"); //$NON-NLS-1$
        remote = folder.resolve("remote.git"); //$NON-NLS-1$
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close(); //$NON-NLS-1$
        file = repo.resolve("orders.sluice"); //$NON-NLS-1$
        try (Git git = TestRepos.withOrigin(repo, remote.toUri().toString())) {
            SluiceModel.save(version1(), file);
            git.add().addFilepattern("orders.sluice").call(); //$NON-NLS-1$
            git.commit().setMessage("first version").call(); //$NON-NLS-1$
            SluiceModel.save(version2(), file);
            git.add().addFilepattern("orders.sluice").call(); //$NON-NLS-1$
            git.commit().setMessage("second version").call(); //$NON-NLS-1$
            git.push().setRemote("origin").add("main").call(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        editor = PipelineEditors.open(page, file);
        assertNotNull(editor);
    }

    @AfterEach
    void close() {
        for (var part : opened) {
            page.closeEditor(part, false);
        }
        page.closeEditor(editor, false);
    }

    /** orders -> paid -> out, orders.rejects -> audit. */
    private static Pipeline version1() {
        Pipeline p = SluiceModel.newPipeline("orders"); //$NON-NLS-1$
        CsvSource csv = TestModels.csvSource(p, "orders", "orders.csv", 40, 60, "amount", "FLOAT64", "status", "STRING"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Filter filter = (Filter) SluiceModel.newStep(p, SluicePackage.Literals.FILTER, "paid", 300, 60); //$NON-NLS-1$
        filter.setCondition("status = 'paid'"); //$NON-NLS-1$
        p.getSteps().add(filter);
        Step out = sink(p, "out", 560, 60); //$NON-NLS-1$
        Step audit = sink(p, "audit", 300, 260); //$NON-NLS-1$
        p.link(csv, Ports.OUT, filter, Ports.IN);
        p.link(filter, Ports.OUT, out, Ports.IN);
        p.link(csv, Ports.REJECTS, audit, Ports.IN);
        return p;
    }

    /** paid's condition changed, out moved, audit removed, bad added. */
    private static Pipeline version2() {
        Pipeline p = version1();
        ((Filter) p.findStepByName("paid")).setCondition("status = 'paid' AND amount > 0"); //$NON-NLS-1$ //$NON-NLS-2$
        p.findStepByName("out").getLayout().setY(120); //$NON-NLS-1$
        Step audit = p.findStepByName("audit"); //$NON-NLS-1$
        p.getLinks().removeIf(l -> l.getTarget() == audit);
        p.getSteps().remove(audit);
        Step bad = sink(p, "bad", 560, 260); //$NON-NLS-1$
        bad.setId("bad_rows"); // not the id audit had: that would make it audit renamed //$NON-NLS-1$
        p.link(p.findStepByName("orders"), Ports.REJECTS, bad, Ports.IN); //$NON-NLS-1$
        return p;
    }

    private static Step sink(Pipeline p, String name, int x, int y) {
        Step s = SluiceModel.newStep(p, SluicePackage.Literals.CSV_SINK, name, x, y);
        s.eSet(SluicePackage.Literals.FILE_SINK__PATH, name + ".csv"); //$NON-NLS-1$
        p.getSteps().add(s);
        return s;
    }

    private HistoryView history() throws Exception {
        HistoryView view = (HistoryView) page.showView(HistoryView.ID);
        page.activate(editor);
        page.activate(view);
        ui.waitUntil("the History view to list both commits", () -> view.shown().size() == 2); //$NON-NLS-1$
        ui.pump(500); // a view shown for the first time is laid out again once its part stack settles
        return view;
    }

    private static List<String> labels(PipelinesView view) {
        List<String> texts = new ArrayList<>();
        for (org.eclipse.swt.widgets.TreeItem item : view.viewer().getTree().getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    private void clickRow(Table table, int index) {
        Rectangle row = table.getItem(index).getBounds(0);
        ui.click(table, row.x + 5, row.y + row.height / 2);
    }

    private void clickButton(Button button) {
        Rectangle b = button.getBounds();
        ui.click(button, b.width / 2, b.height / 2);
    }

    private RevisionEditor activeRevisionEditor() {
        return page.getActiveEditor() instanceof RevisionEditor r ? r : null;
    }

    @Test
    void openARevisionFromHistory() throws Exception {
        HistoryView view = history();
        assertEquals("first version", view.shown().get(1).message()); //$NON-NLS-1$
        clickRow(view.viewer().getTable(), 1);
        ui.waitUntil("the first version selected", () -> view.viewer().getStructuredSelection().size() == 1); //$NON-NLS-1$
        clickButton(view.openButton());
        ui.waitUntil("the revision to open on a canvas", () -> activeRevisionEditor() != null); //$NON-NLS-1$
        RevisionEditor revision = activeRevisionEditor();
        opened.add(revision);
        Pipeline shown = revision.input().pipeline();
        assertEquals("status = 'paid'", ((Filter) shown.findStepByName("paid")).getCondition()); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotNull(shown.findStepByName("audit"), "the old version still has the audit step"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(4, revision.viewer().getContents().getChildren().size(), "every step drawn"); //$NON-NLS-1$
        assertFalse(revision.isDirty());
        Screenshots.capture(ui.display(), "git-revision-read-only"); //$NON-NLS-1$
    }

    @Test
    void compareShowsAddedRemovedAndChangedSteps() throws Exception {
        HistoryView view = history();
        clickRow(view.viewer().getTable(), 1);
        ui.waitUntil("the first version selected", () -> view.viewer().getStructuredSelection().size() == 1); //$NON-NLS-1$
        Button compare = UiDriver.find(view.viewer().getTable().getParent().getParent(), Button.class,
                b -> b.getText().startsWith("Compare with")).orElseThrow(); //$NON-NLS-1$
        clickButton(compare);
        ui.waitUntil("the comparison to open", () -> activeRevisionEditor() != null); //$NON-NLS-1$
        RevisionEditor comparison = activeRevisionEditor();
        opened.add(comparison);
        Pipeline union = comparison.input().pipeline();
        String bad = union.findStepByName("bad").getId(); //$NON-NLS-1$
        String audit = union.findStepByName("audit").getId(); //$NON-NLS-1$
        String paid = union.findStepByName("paid").getId(); //$NON-NLS-1$
        String out = union.findStepByName("out").getId(); //$NON-NLS-1$
        var marks = comparison.decorations();
        assertEquals(Status.ADDED, ((RevisionEditor.Decoration) marks.get(bad)).status());
        assertEquals(Status.REMOVED, ((RevisionEditor.Decoration) marks.get(audit)).status());
        assertEquals(Status.CHANGED, ((RevisionEditor.Decoration) marks.get(paid)).status());
        assertTrue(((RevisionEditor.Decoration) marks.get(paid)).changes().contains("condition: \"status = 'paid'\" -> \"status = 'paid' AND amount > 0\""), //$NON-NLS-1$
                ((RevisionEditor.Decoration) marks.get(paid)).changes());
        assertEquals(Status.MOVED, ((RevisionEditor.Decoration) marks.get(out)).status());
        assertEquals(5, comparison.viewer().getContents().getChildren().size(), "the removed step drawn as a ghost"); //$NON-NLS-1$
        Screenshots.capture(ui.display(), "git-compare-canvas"); //$NON-NLS-1$
    }

    @Test
    void commitFromTheDialogAndPush() throws Exception {
        Filter filter = (Filter) editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        editor.getCommandStack().execute(new Command("Set condition") { //$NON-NLS-1$
            @Override
            public void execute() {
                filter.setCondition("status = 'paid' AND amount > 10"); //$NON-NLS-1$
            }
        });
        editor.doSave(null);
        assertFalse(editor.isDirty());
        SluiceModel.save(version1(), repo.resolve("extra.sluice")); //$NON-NLS-1$
        PipelinesFolder.choose(repo);
        PipelinesView pipelines = (PipelinesView) page.showView(SluiceViews.PIPELINES);
        pipelines.refresh();
        ui.waitUntil("the Pipelines view to mark the modified and the new pipeline", //$NON-NLS-1$
                () -> labels(pipelines).containsAll(List.of("> orders.sluice", "extra.sluice [new]"))); //$NON-NLS-1$ //$NON-NLS-2$
        HistoryView view = history();
        Thread typist = ui.answerNextDialog(page.getWorkbenchWindow().getShell(), "tighter filter", "Return"); //$NON-NLS-1$ //$NON-NLS-2$
        clickButton(view.commitButton());
        typist.join(60_000);
        ui.waitUntil("the commit to show in the history", () -> view.shown().size() == 3); //$NON-NLS-1$
        assertEquals("tighter filter", view.shown().get(0).message()); //$NON-NLS-1$
        try (Git git = Git.open(repo.toFile())) {
            assertTrue(git.status().call().isClean(), () -> "committed: " + git.status().toString()); //$NON-NLS-1$
        }
        ui.waitUntil("the Pipelines view marks to go after the commit", //$NON-NLS-1$
                () -> labels(pipelines).containsAll(List.of("orders.sluice", "extra.sluice"))); //$NON-NLS-1$ //$NON-NLS-2$
        Button push = UiDriver.find(view.viewer().getTable().getParent().getParent(), Button.class, b -> "Push".equals(b.getText())).orElseThrow(); //$NON-NLS-1$
        clickButton(push);
        ui.waitUntil("the push to reach the bare remote", () -> { //$NON-NLS-1$
            try (Git bare = Git.open(remote.toFile())) {
                RevCommit tip = bare.log().setMaxCount(1).call().iterator().next();
                return "tighter filter".equals(tip.getShortMessage()); //$NON-NLS-1$
            } catch (Exception e) {
                return false;
            }
        });
    }
}
