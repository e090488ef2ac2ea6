package io.sluice.team.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.gef.commands.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import io.sluice.model.MergeConflict;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.model.diff.ConflictResolution;
import io.sluice.model.diff.ConflictResolution.Side;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.views.ActiveEditorTracker;

/**
 * The unresolved merge conflicts of the active pipeline: step, property, and the base, ours and theirs values side by
 * side. Selecting a conflict selects its step on the canvas (where validation marks it); Take Ours / Take Theirs
 * resolve it through the editor's command stack, so Ctrl+Z brings it back.
 */
public final class MergeConflictsView extends ViewPart {

    public static final String ID = "io.sluice.team.views.conflicts"; //$NON-NLS-1$

    private TableViewer viewer;
    private Button takeOurs;
    private Button takeTheirs;
    private ActiveEditorTracker tracker;
    private PipelineEditor editor;
    private final CommandStackListener onChange = event -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(root);
        Composite holder = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.Conflicts_step, 2, this::stepName);
        column(layout, Messages.Conflicts_property, 3, c -> c.getProperty() == null ? c.getKind().getLiteral() : c.getProperty());
        column(layout, Messages.Conflicts_base, 3, MergeConflict::getBase);
        column(layout, Messages.Conflicts_ours, 3, MergeConflict::getOurs);
        column(layout, Messages.Conflicts_theirs, 3, MergeConflict::getTheirs);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(event -> {
            MergeConflict c = selected();
            if (editor != null && c != null && c.getStepId() != null) {
                editor.selectStep(c.getStepId());
            }
            updateButtons();
        });
        takeOurs = button(root, Messages.Conflicts_takeOurs, Side.OURS);
        takeTheirs = button(root, Messages.Conflicts_takeTheirs, Side.THEIRS);
        tracker = new ActiveEditorTracker(getSite().getPage(), this::follow);
    }

    private Button button(Composite parent, String text, Side side) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> resolve(side));
        return b;
    }

    private String stepName(MergeConflict c) {
        if (c.getStepId() == null) {
            return Messages.Conflicts_pipeline;
        }
        Step s = editor == null ? null : editor.pipeline().findStep(c.getStepId());
        return s == null ? c.getStepId() : s.getName();
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<MergeConflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((MergeConflict) element);
                return t == null ? Messages.Conflicts_unset : t;
            }

            @Override
            public String getToolTipText(Object element) {
                return ((MergeConflict) element).getMessage();
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    private MergeConflict selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof MergeConflict c ? c : null;
    }

    /** Resolves the selected conflict with one side, as an undoable command on the editor's stack. */
    public void resolve(Side side) {
        MergeConflict c = selected();
        if (editor == null || c == null) {
            return;
        }
        ConflictResolveCommand command = new ConflictResolveCommand(editor.pipeline(), c, side);
        if (command.canExecute()) {
            editor.getCommandStack().execute(command);
        }
    }

    private void follow(PipelineEditor active) {
        if (editor != null && editor.getCommandStack() != null) {
            editor.getCommandStack().removeCommandStackListener(onChange);
        }
        editor = active;
        if (editor != null && editor.getCommandStack() != null) {
            editor.getCommandStack().addCommandStackListener(onChange);
        }
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Pipeline p = editor == null ? null : editor.pipeline();
        List<MergeConflict> conflicts = p == null ? List.of() : List.copyOf(p.getConflicts());
        viewer.setInput(conflicts);
        if (!conflicts.isEmpty() && selected() == null) {
            viewer.getTable().select(0);
        }
        setContentDescription(p == null ? Messages.Conflicts_noEditor
                : conflicts.isEmpty() ? Messages.Conflicts_none : NLS.bind(Messages.Conflicts_summary, conflicts.size()));
        updateButtons();
    }

    private void updateButtons() {
        MergeConflict c = selected();
        takeOurs.setEnabled(c != null);
        takeTheirs.setEnabled(c != null && editor != null && ConflictResolution.canTakeTheirs(editor.pipeline(), c));
    }

    /** For tests: the conflicts shown. */
    @SuppressWarnings("unchecked")
    public List<MergeConflict> shownConflicts() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<MergeConflict>) input;
    }

    /** For tests: the table and the two buttons, to click them. */
    public org.eclipse.swt.widgets.Table table() {
        return viewer.getTable();
    }

    public Button takeOursButton() {
        return takeOurs;
    }

    public Button takeTheirsButton() {
        return takeTheirs;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        follow(null);
        tracker.dispose();
        super.dispose();
    }
}
