package io.sluice.ui.internal.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;

import io.sluice.expression.types.Field;
import io.sluice.runtime.PreviewResult;
import io.sluice.ui.internal.figures.Colours;

/**
 * The rows a previewed step emits: one column per field with its type in the header, nulls shown as a grey
 * {@code null} so they never pass for empty strings.
 */
public final class PreviewView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.preview"; //$NON-NLS-1$
    private static final String NULL = "null"; //$NON-NLS-1$

    private TableViewer viewer;
    private PreviewResult shown;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        setContentDescription(Messages.Preview_hint);
    }

    /** Says a preview of {@code stepName} is being computed. */
    public void showPending(String stepName) {
        setContentDescription(NLS.bind(Messages.Preview_running, stepName));
    }

    /** Shows a preview's rows, or its problems. */
    public void show(String stepName, PreviewResult result) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        shown = result;
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.dispose();
        }
        if (!result.ok() || result.schema() == null) {
            viewer.setInput(List.of());
            String why = result.error() != null ? result.error()
                    : result.problems().stream().map(Object::toString).collect(Collectors.joining("; ")); //$NON-NLS-1$
            setContentDescription(NLS.bind(Messages.Preview_failed, stepName, why));
            return;
        }
        List<Field> fields = result.schema().fields();
        Color muted = Colours.get(Colours.TEXT_MUTED);
        for (int i = 0; i < fields.size(); i++) {
            int index = i;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(fields.get(i).name() + " : " + fields.get(i).type().name()); //$NON-NLS-1$
            column.getColumn().setWidth(140);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object row) {
                    Object value = ((List<?>) row).get(index);
                    return value == null ? NULL : String.valueOf(value);
                }

                @Override
                public Color getForeground(Object row) {
                    return ((List<?>) row).get(index) == null ? muted : null;
                }
            });
        }
        viewer.setInput(result.rows());
        setContentDescription(NLS.bind(Messages.Preview_rows, stepName, result.rows().size()));
    }

    /** For tests: the last result shown. */
    public PreviewResult shownResult() {
        return shown;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
