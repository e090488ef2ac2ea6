package io.sluice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
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
import io.sluice.model.resource.SluiceModel;
import io.sluice.team.internal.HistoryView;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.editor.PipelineEditors;
import io.sluice.ui.tests.driver.EditorDriver;
import io.sluice.ui.tests.driver.ScreenshotOnFailure;
import io.sluice.ui.tests.driver.Screenshots;
import io.sluice.ui.tests.driver.UiDriver;

/**
 * Push and pull to a remote that accepts the connection and never answers (a socket this test listens on, with the
 * remote's URL carrying a user and a password): the designer stays usable while Git waits — the History view says
 * the push or pull runs, its Git buttons wait, a step is clicked on the canvas and gets selected — and when the remote
 * hangs up, the view names the remote and the cause, with no credential, and its buttons work again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GitSilentRemoteTest {

    private static final String PASSWORD = "s3cret-token-0042"; //$NON-NLS-1$

    private IWorkbenchPage page;
    private UiDriver ui;
    private PipelineEditor editor;
    private SilentRemote remote;

    @BeforeEach
    void setUp(@TempDir Path folder) throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ui = new UiDriver(page.getWorkbenchWindow().getShell().getDisplay());
        remote = new SilentRemote();
        Path repo = folder.resolve("work"); //$NON-NLS-1$
        Path file = repo.resolve("orders.sluice"); //$NON-NLS-1$
        try (Git git = TestRepos.withOrigin(repo, "http://ann:" + PASSWORD + "@127.0.0.1:" + remote.port() + "/remote.git")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            StoredConfig config = git.getRepository().getConfig();
            // only this test ends the wait (by hanging up), never a timeout racing a loaded machine
            config.setInt("remote", "origin", "timeout", 3600); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            config.save();
            SluiceModel.save(pipeline(), file);
            git.add().addFilepattern("orders.sluice").call(); //$NON-NLS-1$
            git.commit().setMessage("first version").call(); //$NON-NLS-1$
        }
        editor = PipelineEditors.open(page, file);
        assertNotNull(editor);
    }

    @AfterEach
    void tearDown() throws IOException {
        remote.close();
        if (editor != null) {
            page.closeEditor(editor, false);
        }
    }

    private static Pipeline pipeline() {
        Pipeline p = SluiceModel.newPipeline("orders"); //$NON-NLS-1$
        CsvSource csv = TestModels.csvSource(p, "orders", "orders.csv", 40, 60, "amount", "FLOAT64", "status", "STRING"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Filter filter = (Filter) SluiceModel.newStep(p, SluicePackage.Literals.FILTER, "paid", 300, 60); //$NON-NLS-1$
        filter.setCondition("status = 'paid'"); //$NON-NLS-1$
        p.getSteps().add(filter);
        p.link(csv, Ports.OUT, filter, Ports.IN);
        return p;
    }

    @Test
    void pushToASilentRemoteLeavesTheDesignerUsable() throws Exception {
        talkToTheSilentRemote("Push", "Git push", "Pushing to origin", "Push to origin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void pullFromASilentRemoteLeavesTheDesignerUsable() throws Exception {
        talkToTheSilentRemote("Pull", "Git pull", "Pulling from origin", "Pull from origin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static Button button(HistoryView view, String label) {
        return UiDriver.find(view.viewer().getTable().getParent().getParent(), Button.class, b -> label.equals(b.getText())).orElseThrow();
    }

    private static boolean jobRuns(String name) {
        return Arrays.stream(Job.getJobManager().find(null)).anyMatch(j -> j.getName().startsWith(name));
    }

    @Test
    void cancelAPushThatWaitsOnASilentRemote() throws Exception {
        HistoryView view = showHistory();
        Button push = button(view, "Push"); //$NON-NLS-1$
        Rectangle r = push.getBounds();
        ui.click(push, r.width / 2, r.height / 2);
        ui.waitUntil("the push to wait on the silent remote", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> remote.connections() > 0 && view.getContentDescription().startsWith("Pushing to origin")); //$NON-NLS-1$
        // what the Progress view's Cancel button does
        Job running = Arrays.stream(Job.getJobManager().find(HistoryView.GIT_FAMILY))
                .filter(j -> j.getName().startsWith("Git push")).findFirst().orElseThrow(); //$NON-NLS-1$
        running.cancel();
        ui.waitUntil("the History view to say the push was cancelled", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> view.getContentDescription().startsWith("Git push (orders.sluice): cancelled")); //$NON-NLS-1$
        ui.waitUntil("the Git buttons to work again", () -> push.isEnabled() && button(view, "Pull").isEnabled()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(remote.listening(), "cancelled while the remote still held the connection open"); //$NON-NLS-1$
    }

    private HistoryView showHistory() throws Exception {
        HistoryView view = (HistoryView) page.showView(HistoryView.ID);
        page.activate(editor);
        page.activate(view);
        ui.waitUntil("the History view to list the commit", () -> view.shown().size() == 1); //$NON-NLS-1$
        ui.pump(500); // a view shown for the first time is laid out again once its part stack settles
        return view;
    }

    /** Clicks the button labelled {@code label}; {@code job} is the name the Progress view shows while it runs. */
    private void talkToTheSilentRemote(String label, String job, String running, String done) throws Exception {
        HistoryView view = showHistory();
        Shell workbench = page.getWorkbenchWindow().getShell();
        // Were the click to run Git on the UI thread, nothing below would run until the remote gave up, which this one
        // never does: the watchdog then hangs up on Git's behalf and closes the error dialog, and the test fails.
        Watchdog watchdog = new Watchdog(ui.display(), workbench, remote);
        Button push = button(view, "Push"); //$NON-NLS-1$
        Button pull = button(view, "Pull"); //$NON-NLS-1$
        Button commit = button(view, "Commit\u2026"); //$NON-NLS-1$
        Button b = button(view, label);
        Rectangle r = b.getBounds();
        ui.click(b, r.width / 2, r.height / 2);
        ui.waitUntil("the click to start Git", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> !push.isEnabled() || remote.connections() > 0);
        watchdog.release();
        assertFalse(watchdog.fired(), "the UI thread was held by Git until the silent remote was cut off"); //$NON-NLS-1$

        ui.waitUntil("Git to reach the silent remote", UiDriver.BACKGROUND_WORK, () -> remote.connections() > 0); //$NON-NLS-1$
        ui.waitUntil("the History view to say what runs", () -> view.getContentDescription().startsWith(running)); //$NON-NLS-1$
        assertFalse(push.isEnabled(), "Push waits for the running Git job"); //$NON-NLS-1$
        assertFalse(pull.isEnabled(), "Pull waits for the running Git job"); //$NON-NLS-1$
        assertFalse(commit.isEnabled(), "Commit waits for the running Git job"); //$NON-NLS-1$
        assertTrue(jobRuns(job), "the Git job is in the Progress view"); //$NON-NLS-1$

        // the designer answers real input meanwhile: a click on the canvas selects a step
        page.activate(editor);
        Step paid = editor.pipeline().findStepByName("paid"); //$NON-NLS-1$
        new EditorDriver(ui, page, editor).select(paid);
        assertTrue(jobRuns(job), "the push or pull is still waiting on the remote"); //$NON-NLS-1$
        assertTrue(view.getContentDescription().startsWith(running), view.getContentDescription());
        Screenshots.capture(ui.display(), "git-silent-remote-" + label.toLowerCase() + "-running"); //$NON-NLS-1$ //$NON-NLS-2$

        remote.close(); // the remote hangs up
        ui.waitUntil("the failure to show in the History view", UiDriver.BACKGROUND_WORK, //$NON-NLS-1$
                () -> view.getContentDescription().startsWith(done));
        String said = view.getContentDescription();
        assertTrue(said.contains("failed") && said.contains("http://127.0.0.1:" + remote.port() + "/remote.git"), said); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(said.contains(PASSWORD), said);
        assertFalse(said.contains("ann@") || said.contains("ann:"), said); //$NON-NLS-1$ //$NON-NLS-2$
        ui.waitUntil("the Git buttons to work again", () -> push.isEnabled() && pull.isEnabled()); //$NON-NLS-1$
        assertEquals(1, view.shown().size(), "the history read again"); //$NON-NLS-1$
        ui.pump(200); // the buttons repainted enabled
        Screenshots.capture(ui.display(), "git-silent-remote-" + label.toLowerCase() + "-failed"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A TCP port that accepts connections and never says a word; {@link #close()} hangs up on every one. */
    private static final class SilentRemote implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        SilentRemote() throws IOException {
            acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(server.accept());
                    }
                } catch (IOException closed) {
                    // closed: no more connections
                }
            }, "silent-remote"); //$NON-NLS-1$
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        boolean listening() {
            return !server.isClosed();
        }

        /** Refuses new connections first (a client retrying gets "refused"), then hangs up on the open ones. */
        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    /**
     * Fires when the test is not released in {@link UiDriver#BACKGROUND_WORK}: hangs up the remote so Git on the UI
     * thread would end, and closes the dialogs the workbench's shell then has, so that the test gets to fail.
     */
    private static final class Watchdog {
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean fired;

        Watchdog(Display display, Shell workbench, SilentRemote remote) {
            Thread thread = new Thread(() -> {
                try {
                    if (released.await(UiDriver.BACKGROUND_WORK.toSeconds(), TimeUnit.SECONDS)) {
                        return;
                    }
                    fired = true;
                    remote.close();
                    while (!released.await(200, TimeUnit.MILLISECONDS)) {
                        display.asyncExec(() -> {
                            for (Shell s : display.getShells()) {
                                if (s != workbench && s.getParent() == workbench && (s.getStyle() & SWT.APPLICATION_MODAL) != 0) {
                                    s.close();
                                }
                            }
                        });
                    }
                } catch (InterruptedException | IOException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ui-thread-watchdog"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }

        void release() {
            released.countDown();
        }

        boolean fired() {
            return fired;
        }
    }
}
