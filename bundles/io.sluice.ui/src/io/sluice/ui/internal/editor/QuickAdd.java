package io.sluice.ui.internal.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.FilteredList;

import io.sluice.model.SluiceFactory;
import io.sluice.model.Step;
import io.sluice.ui.internal.commands.StepInsertCommand;
import io.sluice.ui.internal.figures.StepFigure;
import io.sluice.ui.internal.parts.StepEditPart;
import io.sluice.ui.internal.parts.StepKinds;

/**
 * Quick-add, as Hop's and KNIME's canvases have it: typing on the canvas or Ctrl+Space opens a searchable list of the
 * step kinds (by palette label, title or category); the chosen one is placed right of the selected step and linked
 * after it, or under the mouse when nothing is selected.
 */
final class QuickAdd {

    private static final int GAP = 60;

    private QuickAdd() {
    }

    /** Opens the list, filtered by {@code typed} (may be empty), and inserts the chosen kind. */
    static Step open(PipelineEditor editor, String typed) {
        GraphicalViewer viewer = editor.getGraphicalViewer();
        Control canvas = viewer.getControl();
        ElementListSelectionDialog dialog = new KindList(canvas.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                EClass kind = (EClass) element;
                return StepKinds.label(kind) + " \u2014 " + StepKinds.title(kind) + " (" //$NON-NLS-1$ //$NON-NLS-2$
                        + StepKinds.category(kind).name().toLowerCase(Locale.ROOT) + ")"; //$NON-NLS-1$
            }
        });
        dialog.setTitle(Messages.QuickAdd_title);
        dialog.setMessage(Messages.QuickAdd_message);
        dialog.setElements(StepKinds.all().toArray());
        dialog.setMultipleSelection(false);
        dialog.setIgnoreCase(true);
        dialog.setMatchEmptyString(true);
        dialog.setFilter(typed == null ? "" : typed); //$NON-NLS-1$
        dialog.setHelpAvailable(false);
        StepEditPart after = selectedStep(viewer);
        Point mouse = canvas.toControl(Display.getCurrent().getCursorLocation());
        if (dialog.open() != Window.OK || !(dialog.getFirstResult() instanceof EClass kind)) {
            return null;
        }
        Rectangle bounds;
        if (after != null) {
            Rectangle b = after.getFigure().getBounds();
            bounds = new Rectangle(b.right() + GAP, b.y, StepFigure.DEFAULT_WIDTH, StepFigure.DEFAULT_HEIGHT);
        } else {
            org.eclipse.draw2d.geometry.Point at = new org.eclipse.draw2d.geometry.Point(
                    Math.max(0, Math.min(mouse.x, canvas.getSize().x - 40)), Math.max(0, Math.min(mouse.y, canvas.getSize().y - 40)));
            ((org.eclipse.gef.GraphicalEditPart) viewer.getContents()).getFigure().translateToRelative(at);
            bounds = new Rectangle(at.x, at.y, StepFigure.DEFAULT_WIDTH, StepFigure.DEFAULT_HEIGHT);
        }
        Step step = (Step) SluiceFactory.eINSTANCE.create(kind);
        StepInsertCommand command = new StepInsertCommand(editor.pipeline(), step, StepKinds.baseName(kind), bounds,
                after == null ? null : after.step());
        editor.getCommandStack().execute(command);
        Object part = viewer.getEditPartRegistry().get(step);
        if (part instanceof EditPart created) {
            viewer.select(created);
            viewer.reveal(created);
        }
        canvas.setFocus();
        return step;
    }

    /**
     * The searchable list: the caret goes after what was typed on the canvas (so typing goes on), and the first match
     * is always selected, so Return adds it.
     * <p>
     * "Always" includes the moment right after a keystroke: the list filters at once, but its table is refreshed by a
     * background job that drops the selection, so a fast typist's Return could meet a disabled OK button and do
     * nothing. With no row selected, OK therefore stands for the first match of the filter as it is now.
     */
    private static final class KindList extends ElementListSelectionDialog {
        private Text filter;
        private FilteredList list;

        KindList(org.eclipse.swt.widgets.Shell shell, LabelProvider labels) {
            super(shell, labels);
        }

        @Override
        protected Text createFilterText(org.eclipse.swt.widgets.Composite parent) {
            filter = super.createFilterText(parent);
            filter.addModifyListener(e -> {
                validateCurrentSelection(); // the list has filtered already (this listener runs after the dialog's)
                selectFirstMatch();
            });
            return filter;
        }

        @Override
        protected boolean validateCurrentSelection() {
            if (getSelectedElements().length == 0 && firstMatch() != null) {
                updateStatus(Status.OK_STATUS);
                return true;
            }
            return super.validateCurrentSelection();
        }

        @Override
        protected void computeResult() {
            Object[] chosen = getSelectedElements();
            Object first = firstMatch();
            setResult(chosen.length > 0 ? Arrays.asList(chosen) : first == null ? List.of() : List.of(first));
        }

        /** The first kind the filter matches now, as the table shows it once its refresh job has run. */
        private Object firstMatch() {
            Object[] folded = list == null || list.isDisposed() ? null : list.getFoldedElements(0);
            return folded == null || folded.length == 0 ? null : folded[0];
        }

        @Override
        protected FilteredList createFilteredList(org.eclipse.swt.widgets.Composite parent) {
            list = super.createFilteredList(parent);
            return list;
        }

        @Override
        public void create() {
            super.create();
            Display display = getShell().getDisplay();
            display.asyncExec(() -> {
                if (!filter.isDisposed()) {
                    filter.setSelection(filter.getText().length());
                    selectFirstMatch();
                }
            });
        }

        private void selectFirstMatch() {
            getShell().getDisplay().asyncExec(() -> {
                if (list != null && !list.isDisposed() && !list.isEmpty() && list.getSelectionIndices().length == 0) {
                    list.setSelection(new int[] { 0 });
                    handleSelectionChanged();
                }
            });
        }
    }

    private static StepEditPart selectedStep(GraphicalViewer viewer) {
        if (viewer.getSelection() instanceof IStructuredSelection selection && selection.size() == 1
                && selection.getFirstElement() instanceof StepEditPart part) {
            return part;
        }
        return null;
    }
}
