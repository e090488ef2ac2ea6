package io.sluice.team.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import io.sluice.model.Pipeline;
import io.sluice.model.diff.PipelineComparison;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.team.internal.GitRepo.Revision;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.views.ActiveEditorTracker;

/**
 * The Git history of the active pipeline (JGit): the commits that touched its file, newest first. Open draws a
 * revision read-only; Compare with Working Copy draws it against the editor's current pipeline, Compare Selected two
 * revisions (older to newer); Commit… commits changed files, Pull and Push talk to the configured remote. Every Git
 * call runs in a job ({@link #GIT_FAMILY}): the designer stays usable while a remote is slow or silent.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "io.sluice.team.views.history"; //$NON-NLS-1$
    /** Job family of the view's Git work: reading history and revisions, commit, pull and push. */
    public static final Object GIT_FAMILY = new Object();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

    private TableViewer viewer;
    private Button open;
    private Button compareWorking;
    private Button compareTwo;
    private Button commit;
    private Button pull;
    private Button push;
    private ActiveEditorTracker tracker;
    private PipelineEditor editor;
    /** The refresh whose result the view shows; older ones are dropped. UI thread only. */
    private long generation;
    private Job reading;
    /** The commit, pull or push running, null when none; the buttons that start one wait for it. UI thread only. */
    private Job working;
    /** What the view says while {@link #working} runs. */
    private String workingText;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(root);
        Composite holder = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.History_commit, 2, Revision::shortId);
        column(layout, Messages.History_date, 3, r -> DATE.format(r.time()));
        column(layout, Messages.History_author, 3, Revision::author);
        column(layout, Messages.History_message, 8, Revision::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> updateButtons());
        viewer.addDoubleClickListener(e -> openSelected());
        open = button(root, Messages.History_open, this::openSelected);
        compareWorking = button(root, Messages.History_compareWorking, this::compareWithWorkingCopy);
        compareTwo = button(root, Messages.History_compareTwo, this::compareSelected);
        commit = button(root, Messages.History_commitFiles, this::commit);
        pull = button(root, Messages.History_pull, this::pull);
        push = button(root, Messages.History_push, this::push);
        tracker = new ActiveEditorTracker(getSite().getPage(), this::follow);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<Revision, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Revision) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
    }

    private void follow(PipelineEditor active) {
        editor = active;
        refresh();
    }

    /** Reads the history of the active pipeline again, in a job: the UI thread never waits on Git. */
    public void refresh() {
        refresh(null);
    }

    /**
     * Reads the history of the active pipeline again in a job (shown as the view's progress), then lists it on the UI
     * thread; {@code outcome}, if any, is what the view says afterwards instead of the summary (a pull's result).
     * A newer refresh supersedes one still reading.
     */
    private void refresh(String outcome) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        long mine = ++generation;
        if (reading != null) {
            reading.cancel();
        }
        Path file = editor == null ? null : editor.file();
        if (file == null) {
            list(mine, List.of(), Messages.History_noEditor);
            return;
        }
        setContentDescription(working != null ? workingText : NLS.bind(Messages.History_reading, file.getFileName()));
        Display display = viewer.getControl().getDisplay();
        reading = gitJob(NLS.bind(Messages.History_reading, file.getFileName()), monitor -> {
            List<Revision> revisions = List.of();
            String description;
            try (GitRepo repo = GitRepo.of(file)) {
                if (repo == null) {
                    description = NLS.bind(Messages.History_notInGit, file.getFileName());
                } else {
                    revisions = repo.history(file);
                    description = NLS.bind(Messages.History_summary, revisions.size(), repo.relative(file));
                }
            } catch (Exception e) {
                description = NLS.bind(Messages.History_failed, e.getMessage());
                ILog.of(HistoryView.class).error(description, e);
            }
            if (monitor.isCanceled()) {
                throw new OperationCanceledException(); // the job ends as cancelled
            }
            List<Revision> read = revisions;
            String said = outcome != null ? outcome : description;
            display.asyncExec(() -> list(mine, read, said));
        });
        schedule(reading);
    }

    /** Lists what refresh {@code generation} read, unless a newer one started or the view is gone (UI thread). */
    private void list(long generation, List<Revision> revisions, String description) {
        if (generation != this.generation || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(revisions);
        setContentDescription(working != null ? workingText : description);
        updateButtons();
    }

    private List<Revision> selected() {
        return viewer.getStructuredSelection().toList().stream().map(Revision.class::cast).toList();
    }

    private void updateButtons() {
        int n = selected().size();
        open.setEnabled(n == 1);
        compareWorking.setEnabled(n <= 1 && editor != null && !shown().isEmpty());
        compareTwo.setEnabled(n == 2);
        boolean inGit = editor != null && !shown().isEmpty() && working == null;
        commit.setEnabled(editor != null && working == null);
        pull.setEnabled(inGit);
        push.setEnabled(inGit);
    }

    /**
     * Reads the file at {@code revisions} in a job, then opens on the UI thread what {@code input} makes of the
     * pipelines read (in the same order); a revision that cannot be read is reported instead.
     */
    private void showRevisions(List<Revision> revisions, Function<List<Pipeline>, RevisionEditorInput> input) {
        Path file = editor.file();
        Display display = viewer.getControl().getDisplay();
        schedule(gitJob(NLS.bind(Messages.History_readingRevision, file.getFileName()), monitor -> {
            List<Pipeline> pipelines = new ArrayList<>();
            String problem = null;
            try (GitRepo repo = GitRepo.of(file)) {
                if (repo == null) {
                    problem = NLS.bind(Messages.History_notInGit, file.getFileName());
                }
                for (int i = 0; problem == null && i < revisions.size(); i++) {
                    Revision revision = revisions.get(i);
                    byte[] bytes = repo.contentAt(revision.id(), file);
                    LoadResult r = bytes == null ? null : SluiceModel.load(file.getFileName() + "@" + revision.shortId(), bytes); //$NON-NLS-1$
                    if (r == null) {
                        problem = NLS.bind(Messages.History_notInRevision, file.getFileName(), revision.shortId());
                    } else if (!r.ok()) {
                        problem = r.problems().get(0).toString();
                    } else {
                        pipelines.add(r.pipeline());
                    }
                }
            } catch (Exception e) {
                problem = e.getMessage();
            }
            String failed = problem;
            display.asyncExec(() -> {
                if (viewer.getControl().isDisposed()) {
                    return;
                }
                if (failed != null) {
                    error(failed);
                } else {
                    show(input.apply(pipelines));
                }
            });
        }));
    }

    /** Opens the selected revision read-only (read in a job; the editor opens when it is read). */
    public void openSelected() {
        List<Revision> sel = selected();
        if (editor == null || sel.size() != 1) {
            return;
        }
        String name = NLS.bind(Messages.Revision_name, editor.file().getFileName(), sel.get(0).shortId());
        showRevisions(sel, p -> new RevisionEditorInput(name, sel.get(0).id() + " " + sel.get(0).message(), p.get(0))); //$NON-NLS-1$
    }

    /** Compares the selected revision (HEAD when none is selected) with the pipeline as it is in the editor. */
    public void compareWithWorkingCopy() {
        List<Revision> sel = selected();
        if (editor == null || sel.size() > 1 || shown().isEmpty()) {
            return;
        }
        Revision older = sel.isEmpty() ? shown().get(0) : sel.get(0);
        PipelineEditor working = editor;
        String name = NLS.bind(Messages.Compare_name, editor.file().getFileName(), older.shortId(), Messages.Compare_working);
        showRevisions(List.of(older), p -> new RevisionEditorInput(name, older.id(), PipelineComparison.of(p.get(0), working.pipeline())));
    }

    /** Compares two selected revisions, the older one first. */
    public void compareSelected() {
        List<Revision> sel = selected();
        if (editor == null || sel.size() != 2) {
            return;
        }
        Revision a = sel.get(0);
        Revision b = sel.get(1);
        Revision older = a.time().isAfter(b.time()) ? b : a;
        Revision newer = older == a ? b : a;
        String name = NLS.bind(Messages.Compare_name, editor.file().getFileName(), older.shortId(), newer.shortId());
        showRevisions(List.of(older, newer), p -> new RevisionEditorInput(name, older.id() + " .. " + newer.id(), //$NON-NLS-1$
                PipelineComparison.of(p.get(0), p.get(1))));
    }

    private RevisionEditor show(RevisionEditorInput input) {
        try {
            IEditorPart part = getSite().getPage().openEditor(input, RevisionEditor.ID);
            return part instanceof RevisionEditor r ? r : null;
        } catch (PartInitException e) {
            error(e.getMessage());
            return null;
        }
    }

    /** Git work on the repository of the view's pipeline, run in a job's thread. */
    @FunctionalInterface
    private interface GitWork {
        /** What the view says when it is done ({@code null}: the history's summary); throws when Git fails. */
        String run(GitRepo repo, Path file, IProgressMonitor monitor) throws Exception;
    }

    /**
     * Runs a commit, pull or push on the active pipeline's repository in a job, listed in the Progress view and the
     * status line and cancellable there ({@link #cancellable}). The commit, pull and push buttons
     * wait meanwhile; the view says what runs ({@code running} with the remote as {0}), then the outcome or the error
     * ({@code failed}: the remote as {0}, the cause as {1}, with no credential in either), and reads the history
     * again. The UI thread never waits on Git, however slow or silent the remote.
     */
    private void runGit(String name, String running, String failed, GitWork work) {
        if (editor == null || editor.file() == null || working != null) {
            return;
        }
        Path file = editor.file();
        Display display = viewer.getControl().getDisplay();
        Job[] job = new Job[1];
        job[0] = gitJob(NLS.bind(name, file.getFileName()), monitor -> {
            monitor.beginTask(job[0].getName(), IProgressMonitor.UNKNOWN);
            String outcome;
            GitRepo opened = GitRepo.of(file);
            if (opened == null) {
                outcome = NLS.bind(Messages.History_notInGit, file.getFileName());
            } else {
                try (GitRepo repo = opened) {
                    String remote = repo.describeRemote();
                    display.asyncExec(() -> running(job[0], NLS.bind(running, remote)));
                    try {
                        outcome = cancellable(job[0].getName(), monitor, () -> work.run(repo, file, monitor));
                    } catch (Exception e) {
                        if (monitor.isCanceled()) {
                            outcome = NLS.bind(Messages.History_cancelled, job[0].getName());
                        } else {
                            outcome = NLS.bind(failed, remote, cause(repo, e));
                            ILog.of(HistoryView.class).error(outcome);
                        }
                    }
                }
            }
            String said = outcome;
            display.asyncExec(() -> finished(job[0], said));
        });
        working = job[0];
        workingText = NLS.bind(running, Messages.History_theRemote);
        setContentDescription(workingText);
        updateButtons();
        schedule(job[0]);
    }

    /**
     * Runs {@code work} on a virtual thread and waits for it, and interrupts it when the job is cancelled. Blocking
     * socket I/O on a virtual thread ends when it is interrupted (on the job's platform thread it would not), so Cancel
     * ends even a wait on a remote that accepted the connection and says nothing; JGit's own checks (through
     * {@link JGitProgress}) cancel between its progress steps.
     */
    private static String cancellable(String name, IProgressMonitor monitor, Callable<String> work) throws Exception {
        FutureTask<String> task = new FutureTask<>(work);
        Thread worker = Thread.ofVirtual().name(name).start(task);
        while (true) {
            try {
                return task.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                if (monitor.isCanceled()) {
                    worker.interrupt(); // the work then fails (socket closed), and the job says it was cancelled
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception failure ? failure : new IllegalStateException(e.getCause());
            }
        }
    }

    /** Says what the running Git job does, once it knows the remote (UI thread). */
    private void running(Job job, String text) {
        if (job != working || viewer.getControl().isDisposed()) {
            return;
        }
        workingText = text;
        setContentDescription(text);
    }

    /** The Git job ended: the buttons are free again, and the history is read again under its outcome (UI thread). */
    private void finished(Job job, String outcome) {
        if (job != working) {
            return;
        }
        working = null;
        workingText = null;
        if (viewer.getControl().isDisposed()) {
            return;
        }
        setContentDescription(outcome == null ? "" : outcome); //$NON-NLS-1$
        updateButtons();
        refresh(outcome);
        GitStatusDecorator.refresh();
    }

    /** An exception and its causes as one line ("what: why: deeper why"), with no credential of the repository's remotes. */
    private static String cause(GitRepo repo, Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (sb.indexOf(m) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return repo.redact(sb.toString());
    }

    /** A job of {@link #GIT_FAMILY} around {@code body}; a cancelled body ends it as cancelled. */
    private static Job gitJob(String name, ICoreRunnable body) {
        return new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    body.run(monitor);
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == GIT_FAMILY;
            }
        };
    }

    /**
     * Schedules a job as the view's work (the view shows itself busy). Not a user job: the workbench would put a
     * progress dialog in front of the designer, which is what running it in the background is to avoid; the job is in
     * the Progress view and the status line all the same.
     */
    private void schedule(Job job) {
        IWorkbenchSiteProgressService progress = getSite().getAdapter(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }

    /** Asks for the files and the message (the changes are read in the job first), then commits them. */
    private void commit() {
        Shell shell = getSite().getShell();
        Display display = shell.getDisplay();
        runGit(Messages.History_commitJob, Messages.History_committing, Messages.History_commitFailed, (repo, file, monitor) -> {
            GitRepo.Changes changes = repo.changes();
            String current = repo.relative(file);
            CommitDialog[] answered = new CommitDialog[1];
            display.syncExec(() -> { // the job waits on the dialog, never the UI thread on the job
                if (!shell.isDisposed()) {
                    CommitDialog dialog = new CommitDialog(shell, changes, current);
                    answered[0] = dialog.open() == Window.OK ? dialog : null;
                }
            });
            if (answered[0] == null) {
                return null;
            }
            String id = repo.commit(answered[0].chosen(), answered[0].message());
            return NLS.bind(Messages.Commit_done, id.substring(0, 8));
        });
    }

    private void pull() {
        runGit(Messages.History_pullJob, Messages.History_pulling, Messages.History_pullFailed,
                (repo, file, monitor) -> NLS.bind(Messages.History_pulled, repo.describeRemote(), repo.pull(new JGitProgress(monitor))));
    }

    private void push() {
        runGit(Messages.History_pushJob, Messages.History_pushing, Messages.History_pushFailed,
                (repo, file, monitor) -> NLS.bind(Messages.History_pushed, repo.describeRemote(), repo.push(new JGitProgress(monitor))));
    }

    private void error(String message) {
        MessageDialog.openError(getSite().getShell(), getPartName(), NLS.bind(Messages.History_failed, message));
    }

    /** For tests: the revisions listed. */
    @SuppressWarnings("unchecked")
    public List<Revision> shown() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<Revision>) input;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Button commitButton() {
        return commit;
    }

    public Button openButton() {
        return open;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        generation++;
        if (reading != null) {
            reading.cancel();
        }
        tracker.dispose();
        super.dispose();
    }
}
