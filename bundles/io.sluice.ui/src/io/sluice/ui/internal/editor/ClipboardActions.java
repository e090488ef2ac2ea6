package io.sluice.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.CompoundCommand;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.ui.internal.commands.StepsPasteCommand;

/**
 * Copy, cut and paste of steps. They are editor-scoped GEF selection actions, like GEF's own Delete, because they
 * work on the canvas selection and the editor's command stack; the workbench's Copy/Cut/Paste retarget to them.
 */
final class ClipboardActions {

    private static final int PASTE_OFFSET = 30;

    private ClipboardActions() {
    }

    static final class Copy extends SelectionAction {
        private final PipelineEditor editor;

        Copy(PipelineEditor editor) {
            super(editor);
            this.editor = editor;
            setId(ActionFactory.COPY.getId());
            setActionDefinitionId(ActionFactory.COPY.getCommandId());
            setText(Messages.ClipboardActions_copy);
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        }

        @Override
        protected boolean calculateEnabled() {
            return !StepClipboard.stepsOf(getSelectedObjects()).isEmpty();
        }

        @Override
        public void run() {
            StepClipboard.copy(editor.getSite().getShell().getDisplay(), editor.pipeline(),
                    StepClipboard.stepsOf(getSelectedObjects()));
            editor.clipboardChanged();
        }
    }

    static final class Cut extends SelectionAction {
        private final PipelineEditor editor;

        Cut(PipelineEditor editor) {
            super(editor);
            this.editor = editor;
            setId(ActionFactory.CUT.getId());
            setActionDefinitionId(ActionFactory.CUT.getCommandId());
            setText(Messages.ClipboardActions_cut);
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
        }

        @Override
        protected boolean calculateEnabled() {
            return !StepClipboard.stepsOf(getSelectedObjects()).isEmpty();
        }

        @Override
        public void run() {
            List<?> selection = getSelectedObjects();
            StepClipboard.copy(editor.getSite().getShell().getDisplay(), editor.pipeline(), StepClipboard.stepsOf(selection));
            editor.clipboardChanged();
            GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
            delete.setEditParts(new ArrayList<>(selection));
            CompoundCommand cut = new CompoundCommand(Messages.ClipboardActions_cut);
            for (Object o : selection) {
                if (o instanceof EditPart part && part.getModel() instanceof Step) {
                    cut.add(part.getCommand(delete));
                }
            }
            execute(cut.unwrap());
        }
    }

    static final class Paste extends SelectionAction {
        private final PipelineEditor editor;

        Paste(PipelineEditor editor) {
            super(editor);
            this.editor = editor;
            setId(ActionFactory.PASTE.getId());
            setActionDefinitionId(ActionFactory.PASTE.getCommandId());
            setText(Messages.ClipboardActions_paste);
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
        }

        @Override
        protected boolean calculateEnabled() {
            // reading the clipboard on every selection change is cheap (local text), and keeps the menu honest
            return StepClipboard.hasSteps(editor.getSite().getShell().getDisplay());
        }

        @Override
        public void run() {
            Pipeline fragment = StepClipboard.read(editor.getSite().getShell().getDisplay());
            if (fragment == null) {
                return;
            }
            StepsPasteCommand paste = new StepsPasteCommand(editor.pipeline(), fragment, PASTE_OFFSET);
            execute(paste);
            select(paste.pastedSteps());
        }

        private void select(List<Step> steps) {
            GraphicalViewer viewer = editor.getGraphicalViewer();
            List<Object> parts = new ArrayList<>();
            for (Step step : steps) {
                Object part = viewer.getEditPartRegistry().get(step);
                if (part != null) {
                    parts.add(part);
                }
            }
            viewer.setSelection(new StructuredSelection(parts));
        }
    }

}
