package io.sluice.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.part.ViewPart;

import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.figures.Colours;
import io.sluice.ui.internal.run.RunLog;

/**
 * The log of every run started in the designer: its start, each step that finishes or fails, warnings and errors
 * with their step's name, and the outcome. Selecting a line about a step selects that step on its canvas.
 */
public final class ConsoleView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.console"; //$NON-NLS-1$

    private TableViewer viewer;
    private final Consumer<RunLog.Line> listener = line -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Console_time, 80, line -> line.time().toString());
        column(Messages.Console_level, 80, line -> line.level().name().toLowerCase(java.util.Locale.ROOT));
        column(Messages.Console_message, 900, RunLog.Line::text);
        viewer.addSelectionChangedListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof RunLog.Line line) {
                reveal(line);
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Console_clear) {
            @Override
            public void run() {
                RunLog.get().clear();
                refresh();
            }
        });
        RunLog.get().addListener(listener);
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<RunLog.Line, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RunLog.Line) element);
            }

            @Override
            public Color getForeground(Object element) {
                return switch (((RunLog.Line) element).level()) {
                    case ERROR -> Colours.get(Colours.ERROR);
                    case WARNING -> Colours.get(Colours.WARNING);
                    case INFO -> null;
                };
            }
        });
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        java.util.List<RunLog.Line> lines = RunLog.get().lines();
        viewer.setInput(lines);
        if (!lines.isEmpty()) {
            viewer.getTable().showItem(viewer.getTable().getItem(lines.size() - 1));
        }
    }

    /** Selects the line's step in the editor of its pipeline (the active one when the file is unknown). */
    private void reveal(RunLog.Line line) {
        if (line.stepId() == null) {
            return;
        }
        PipelineEditor target = null;
        for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part instanceof PipelineEditor editor && editor.file() != null && editor.file().equals(line.pipelineFile())) {
                target = editor;
            }
        }
        if (target == null && getSite().getPage().getActiveEditor() instanceof PipelineEditor active) {
            target = active;
        }
        if (target != null) {
            getSite().getPage().bringToTop(target);
            target.selectStep(line.stepId());
        }
    }

    /** The lines shown, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        RunLog.get().removeListener(listener);
        super.dispose();
    }
}
