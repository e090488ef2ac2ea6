package io.sluice.team.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
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
 * revisions (older to newer); Commit… commits changed files, Pull and Push talk to the configured remote.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "io.sluice.team.views.history"; //$NON-NLS-1$
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
        pull = button(root, Messages.History_pull, () -> remote(true));
        push = button(root, Messages.History_push, () -> remote(false));
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
        setContentDescription(NLS.bind(Messages.History_reading, file.getFileName()));
        Display display = viewer.getControl().getDisplay();
        reading = Job.create(NLS.bind(Messages.History_reading, file.getFileName()), monitor -> {
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
        IWorkbenchSiteProgressService progress = getSite().getAdapter(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(reading);
        } else {
            reading.schedule();
        }
    }

    /** Lists what refresh {@code generation} read, unless a newer one started or the view is gone (UI thread). */
    private void list(long generation, List<Revision> revisions, String description) {
        if (generation != this.generation || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(revisions);
        setContentDescription(description);
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
        boolean inGit = editor != null && !shown().isEmpty();
        commit.setEnabled(editor != null);
        pull.setEnabled(inGit);
        push.setEnabled(inGit);
    }

    /** The pipeline in the file at a revision; null (reported) when it cannot be read. */
    private Pipeline at(Revision revision) {
        Path file = editor.file();
        try (GitRepo repo = GitRepo.of(file)) {
            byte[] bytes = repo.contentAt(revision.id(), file);
            LoadResult r = SluiceModel.load(file.getFileName() + "@" + revision.shortId(), bytes); //$NON-NLS-1$
            if (!r.ok()) {
                error(r.problems().get(0).toString());
                return null;
            }
            return r.pipeline();
        } catch (Exception e) {
            error(e.getMessage());
            return null;
        }
    }

    /** Opens the selected revision read-only. */
    public RevisionEditor openSelected() {
        List<Revision> sel = selected();
        if (editor == null || sel.size() != 1) {
            return null;
        }
        Pipeline p = at(sel.get(0));
        return p == null ? null : show(new RevisionEditorInput(NLS.bind(Messages.Revision_name, editor.file().getFileName(), sel.get(0).shortId()),
                sel.get(0).id() + " " + sel.get(0).message(), p)); //$NON-NLS-1$
    }

    /** Compares the selected revision (HEAD when none is selected) with the pipeline as it is in the editor. */
    public RevisionEditor compareWithWorkingCopy() {
        List<Revision> sel = selected();
        if (editor == null || sel.size() > 1 || shown().isEmpty()) {
            return null;
        }
        Revision older = sel.isEmpty() ? shown().get(0) : sel.get(0);
        Pipeline before = at(older);
        if (before == null) {
            return null;
        }
        return show(new RevisionEditorInput(NLS.bind(Messages.Compare_name, editor.file().getFileName(), older.shortId(), Messages.Compare_working),
                older.id(), PipelineComparison.of(before, editor.pipeline())));
    }

    /** Compares two selected revisions, the older one first. */
    public RevisionEditor compareSelected() {
        List<Revision> sel = selected();
        if (editor == null || sel.size() != 2) {
            return null;
        }
        Revision a = sel.get(0);
        Revision b = sel.get(1);
        Revision older = a.time().isAfter(b.time()) ? b : a;
        Revision newer = older == a ? b : a;
        Pipeline before = at(older);
        Pipeline after = at(newer);
        if (before == null || after == null) {
            return null;
        }
        return show(new RevisionEditorInput(NLS.bind(Messages.Compare_name, editor.file().getFileName(), older.shortId(), newer.shortId()),
                older.id() + " .. " + newer.id(), PipelineComparison.of(before, after))); //$NON-NLS-1$
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

    private void commit() {
        if (editor == null) {
            return;
        }
        try (GitRepo repo = GitRepo.of(editor.file())) {
            if (repo == null) {
                error(NLS.bind(Messages.History_notInGit, editor.file().getFileName()));
                return;
            }
            CommitDialog dialog = new CommitDialog(getSite().getShell(), repo, repo.relative(editor.file()));
            if (dialog.open() == Window.OK) {
                refresh();
                GitStatusDecorator.refresh();
            }
        } catch (Exception e) {
            error(e.getMessage());
        }
    }

    private void remote(boolean pulling) {
        try (GitRepo repo = GitRepo.of(editor.file())) {
            String outcome = pulling ? repo.pull() : repo.push();
            setContentDescription(outcome);
            if (pulling) {
                refresh(outcome);
                GitStatusDecorator.refresh();
            }
        } catch (Exception e) {
            error(e.getMessage());
        }
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
