package io.sluice.ui.internal.editor;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.actions.ActionFactory;

import io.sluice.ui.internal.parts.LinkEditPart;
import io.sluice.ui.internal.parts.StepEditPart;

/**
 * The canvas's context menu, by what is under the mouse: on a step — open its dialog, preview, run to here, rename,
 * delete, help; on a link — delete; anywhere — add a step, run, undo/redo, paste, auto-layout.
 */
final class PipelineContextMenu extends ContextMenuProvider {

    private final PipelineEditor editor;

    PipelineContextMenu(EditPartViewer viewer, PipelineEditor editor) {
        super(viewer);
        this.editor = editor;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        IStructuredSelection selection = (IStructuredSelection) getViewer().getSelection();
        Object first = selection.getFirstElement();
        if (first instanceof StepEditPart step && selection.size() == 1) {
            menu.appendToGroup(GEFActionConstants.GROUP_VIEW, action(Messages.ContextMenu_open, () -> editor.openStepDialog(step)));
            menu.appendToGroup(GEFActionConstants.GROUP_VIEW, action(Messages.ContextMenu_preview, () -> editor.preview(step.step())));
            menu.appendToGroup(GEFActionConstants.GROUP_VIEW, action(Messages.ContextMenu_runToHere, () -> editor.preview(step.step())));
            menu.appendToGroup(GEFActionConstants.GROUP_EDIT, action(Messages.ContextMenu_rename, () -> editor.rename(step)));
            menu.appendToGroup(GEFActionConstants.GROUP_EDIT, registered(ActionFactory.DELETE.getId()));
            menu.appendToGroup(GEFActionConstants.GROUP_EDIT, registered(ActionFactory.COPY.getId()));
            menu.appendToGroup(GEFActionConstants.GROUP_REST, action(Messages.ContextMenu_help, editor::showStepHelp));
        } else if (first instanceof LinkEditPart) {
            menu.appendToGroup(GEFActionConstants.GROUP_EDIT, registered(ActionFactory.DELETE.getId()));
        } else {
            menu.appendToGroup(GEFActionConstants.GROUP_ADD, action(Messages.ContextMenu_addStep, () -> QuickAdd.open(editor, ""))); //$NON-NLS-1$
            menu.appendToGroup(GEFActionConstants.GROUP_EDIT, registered(ActionFactory.PASTE.getId()));
            menu.appendToGroup(GEFActionConstants.GROUP_VIEW, action(Messages.ContextMenu_run, editor::run));
        }
        menu.appendToGroup(GEFActionConstants.GROUP_UNDO, registered(ActionFactory.UNDO.getId()));
        menu.appendToGroup(GEFActionConstants.GROUP_UNDO, registered(ActionFactory.REDO.getId()));
        menu.add(new Separator());
    }

    private IAction registered(String id) {
        return editor.action(id);
    }

    private static IAction action(String label, Runnable body) {
        return new Action(label) {
            @Override
            public void run() {
                body.run();
            }
        };
    }
}
