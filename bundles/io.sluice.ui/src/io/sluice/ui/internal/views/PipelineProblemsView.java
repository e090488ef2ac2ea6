package io.sluice.ui.internal.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.sluice.model.validation.Problem;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.validation.ValidationSnapshot;

/**
 * The validation problems of the active pipeline, as the background validation finds them. Double-click a problem
 * to select its step on the canvas.
 */
public final class PipelineProblemsView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.problems"; //$NON-NLS-1$

    private TableViewer viewer;
    private ActiveEditorTracker tracker;
    private PipelineEditor editor;
    private final Consumer<ValidationSnapshot> onValidation = this::show;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.Problems_message, 6, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).message();
            }

            @Override
            public Image getImage(Object element) {
                String key = ((Problem) element).isError() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK;
                return PlatformUI.getWorkbench().getSharedImages().getImage(key);
            }
        });
        column(layout, Messages.Problems_step, 2, text(p -> p.stepName() == null ? "" : p.stepName())); //$NON-NLS-1$
        column(layout, Messages.Problems_field, 2, text(p -> p.field() == null ? "" : p.field())); //$NON-NLS-1$
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> {
            if (editor != null && viewer.getStructuredSelection().getFirstElement() instanceof Problem p && p.stepId() != null) {
                getSite().getPage().activate(editor);
                editor.selectStep(p.stepId());
            }
        });
        tracker = new ActiveEditorTracker(getSite().getPage(), this::follow);
    }

    private static ColumnLabelProvider text(java.util.function.Function<Problem, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }
        };
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    private void follow(PipelineEditor active) {
        if (editor != null && editor.validator() != null) {
            editor.validator().removeListener(onValidation);
        }
        editor = active;
        if (editor != null && editor.validator() != null) {
            editor.validator().addListener(onValidation);
            show(editor.validator().latest());
        } else if (active == null) {
            show(null);
        }
    }

    private void show(ValidationSnapshot snapshot) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Problem> problems = snapshot == null ? List.of() : snapshot.problems();
        viewer.setInput(problems);
        long errors = problems.stream().filter(Problem::isError).count();
        setContentDescription(snapshot == null ? "" : NLS.bind(Messages.Problems_summary, errors, problems.size() - errors)); //$NON-NLS-1$
    }

    /** For tests: the problems shown. */
    @SuppressWarnings("unchecked")
    public List<Problem> shownProblems() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<Problem>) input;
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
