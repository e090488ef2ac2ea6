package io.sluice.ui.internal.editor;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.tools.SelectionTool;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuListener2;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.actions.ActionFactory;

import io.sluice.ui.internal.parts.LinkEditPart;
import io.sluice.ui.internal.parts.StepEditPart;

/**
 * The canvas's context menu, by what is under the mouse: on a step — open its dialog, preview, run to here, rename,
 * delete, help; on a link — delete; anywhere — add a step, run, undo/redo, paste, auto-layout.
 * <p>
 * "What is under the mouse" is decided here, when the menu is asked for, not left to the selection tool's handling of
 * the button press: on GTK the menu pops up on the press and takes the pointer grab, so the release never reaches
 * the canvas and GEF's selection tool stays mid-gesture. Its next press is then swallowed (the menu showed what was
 * selected before), and its next release selected the element of the previous gesture. A mouse-made menu therefore
 * restarts the selection tool and selects the element under the pointer itself; and a closing menu restarts it too,
 * so the first click after a menu is a fresh gesture.
 */
final class PipelineContextMenu extends ContextMenuProvider {

    private final PipelineEditor editor;

    PipelineContextMenu(EditPartViewer viewer, PipelineEditor editor) {
        super(viewer);
        this.editor = editor;
        viewer.getControl().addListener(SWT.MenuDetect, this::targetWhatIsUnderThePointer);
        addMenuListener(new IMenuListener2() {
            @Override
            public void menuAboutToShow(IMenuManager manager) {
                // built by buildContextMenu
            }

            @Override
            public void menuAboutToHide(IMenuManager manager) {
                restartSelectionTool();
            }
        });
    }

    /** Deactivates and activates the selection tool: drops any gesture the menu's pointer grab left unfinished. */
    private void restartSelectionTool() {
        EditDomain domain = getViewer().getEditDomain();
        if (domain.getActiveTool() instanceof SelectionTool tool) {
            domain.setActiveTool(tool);
        }
    }

    private void targetWhatIsUnderThePointer(Event event) {
        if (event.detail != SWT.MENU_MOUSE) {
            return; // from the keyboard (Shift+F10, the menu key): the menu is for the current selection
        }
        restartSelectionTool();
        EditPartViewer viewer = getViewer();
        Control control = viewer.getControl();
        org.eclipse.swt.graphics.Point at = control.toControl(event.x, event.y);
        EditPart target = viewer.findObjectAtExcluding(new Point(at.x, at.y), java.util.Set.of(), EditPart::isSelectable);
        if (target == null || target == viewer.getContents()) {
            viewer.setSelection(StructuredSelection.EMPTY);
        } else if (target.getSelected() == EditPart.SELECTED_NONE) {
            viewer.select(target);
        }
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
