package io.sluice.ui.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import io.sluice.model.Note;
import io.sluice.ui.internal.commands.NoteTextCommand;

/** Turns the text typed into a note's in-place editor into a command. */
public final class NoteDirectEditPolicy extends DirectEditPolicy {

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor().getValue();
        Note note = (Note) getHost().getModel();
        return value instanceof String text && !text.equals(note.getText()) ? new NoteTextCommand(note, text) : null;
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // the text box shows the value itself
    }
}
