package io.sluice.ui.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import io.sluice.model.Note;
import io.sluice.model.Pipeline;
import io.sluice.ui.internal.commands.NoteDeleteCommand;

/** Delete for a note. */
public final class NoteComponentEditPolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        Note note = (Note) getHost().getModel();
        return new NoteDeleteCommand((Pipeline) note.eContainer(), note);
    }
}
