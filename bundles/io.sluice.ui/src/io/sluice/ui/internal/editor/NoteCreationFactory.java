package io.sluice.ui.internal.editor;

import org.eclipse.gef.requests.CreationFactory;

import io.sluice.model.Note;
import io.sluice.model.SluiceFactory;

/** Makes a new note with a hint text. */
final class NoteCreationFactory implements CreationFactory {

    @Override
    public Object getNewObject() {
        Note note = SluiceFactory.eINSTANCE.createNote();
        note.setText(Messages.PipelinePalette_noteText);
        return note;
    }

    @Override
    public Object getObjectType() {
        return Note.class;
    }
}
