package io.sluice.ui.internal.commands;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Note;

/** Changes the text of a note. */
public final class NoteTextCommand extends Command {

    private final Note note;
    private final String text;
    private String old;

    public NoteTextCommand(Note note, String text) {
        this.note = note;
        this.text = text;
        setLabel(Messages.NoteTextCommand_label);
    }

    @Override
    public void execute() {
        old = note.getText();
        redo();
    }

    @Override
    public void redo() {
        note.setText(text);
    }

    @Override
    public void undo() {
        note.setText(old);
    }
}
