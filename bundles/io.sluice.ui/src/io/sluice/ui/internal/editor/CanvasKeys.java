package io.sluice.ui.internal.editor;

import org.eclipse.gef.KeyHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

/**
 * Keys of the canvas itself (the workbench's key bindings come first): Ctrl+Space or any letter typed on the canvas
 * opens quick-add with what was typed; F1 shows the selected step's documentation; Return opens its dialog.
 */
final class CanvasKeys extends KeyHandler {

    private final PipelineEditor editor;

    CanvasKeys(PipelineEditor editor) {
        this.editor = editor;
    }

    @Override
    public boolean keyPressed(KeyEvent event) {
        int modifiers = event.stateMask & SWT.MODIFIER_MASK;
        if (event.character == ' ' && modifiers == SWT.MOD1) {
            run(() -> QuickAdd.open(editor, "")); //$NON-NLS-1$
            return true;
        }
        if (event.keyCode == SWT.F1 && modifiers == 0) {
            editor.showStepHelp();
            return true;
        }
        if ((modifiers & ~SWT.SHIFT) == 0 && Character.isLetterOrDigit(event.character)) {
            String typed = String.valueOf(event.character);
            run(() -> QuickAdd.open(editor, typed));
            return true;
        }
        return super.keyPressed(event);
    }

    /** Opens dialogs after the key event is done, so the dialog's own loop does not run inside GEF's dispatch. */
    private void run(Runnable action) {
        editor.getGraphicalViewer().getControl().getDisplay().asyncExec(() -> {
            if (!editor.getGraphicalViewer().getControl().isDisposed()) {
                action.run();
            }
        });
    }
}
