package io.sluice.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.sluice.expression.types.Field;
import io.sluice.model.Step;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.validation.ValidationSnapshot;

/** The propagated output schema of the step selected on the canvas, per output port. */
public final class StepSchemaView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.schema"; //$NON-NLS-1$

    /** One row of the table: a column a port emits. */
    public record Row(String port, Field field) {
    }

    private TableViewer viewer;
    private ActiveEditorTracker tracker;
    private PipelineEditor editor;
    private Step step;
    private final Consumer<ValidationSnapshot> onValidation = snapshot -> refresh();
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.Schema_column, 4, r -> r.field().name());
        column(layout, Messages.Schema_type, 2, r -> r.field().type().name());
        column(layout, Messages.Schema_nullable, 1, r -> r.field().nullable() ? "\u2713" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        column(layout, Messages.Schema_port, 1, Row::port);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().getPage().addPostSelectionListener(selectionListener);
        tracker = new ActiveEditorTracker(getSite().getPage(), this::follow);
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part instanceof PipelineEditor && selection instanceof IStructuredSelection s) {
            step = s.getFirstElement() instanceof StepEditPart stepPart ? stepPart.step() : null;
            refresh();
        }
    }

    private void follow(PipelineEditor active) {
        if (editor != null && editor.validator() != null) {
            editor.validator().removeListener(onValidation);
        }
        editor = active;
        step = null;
        if (editor != null && editor.validator() != null) {
            editor.validator().addListener(onValidation);
        }
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ValidationSnapshot snapshot = editor == null || editor.validator() == null ? null : editor.validator().latest();
        List<Row> rows = new ArrayList<>();
        if (snapshot != null && step != null) {
            for (String port : snapshot.outputPorts(step.getId())) {
                snapshot.outputSchema(step.getId(), port).ifPresent(schema -> schema.fields().forEach(f -> rows.add(new Row(port, f))));
            }
        }
        viewer.setInput(rows);
        setContentDescription(step == null ? Messages.Schema_noStep
                : rows.isEmpty() ? NLS.bind(Messages.Schema_unknown, step.getName()) : NLS.bind(Messages.Schema_of, step.getName()));
    }

    /** For tests: the rows shown. */
    @SuppressWarnings("unchecked")
    public List<Row> shownRows() {
        return (List<Row>) viewer.getInput();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        follow(null);
        tracker.dispose();
        super.dispose();
    }
}
