package io.sluice.ui.internal.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Edits a note's text in place, in a multi-line text box over the note. */
final class NoteDirectEditManager extends DirectEditManager {

    NoteDirectEditManager(NoteEditPart part) {
        super(part, TextCellEditor.class, locatorFor(part));
    }

    private static CellEditorLocator locatorFor(GraphicalEditPart part) {
        return editor -> {
            Rectangle r = part.getFigure().getBounds().getCopy();
            part.getFigure().translateToAbsolute(r);
            editor.getControl().setBounds(r.x + 4, r.y + 4, r.width - 8, r.height - 8);
        };
    }

    @Override
    protected CellEditor createCellEditorOn(Composite composite) {
        return new TextCellEditor(composite, SWT.MULTI | SWT.WRAP);
    }

    @Override
    protected void initCellEditor() {
        String text = ((NoteEditPart) getEditPart()).note().getText();
        getCellEditor().setValue(text == null ? "" : text); //$NON-NLS-1$
    }
}
