package io.sluice.ui.internal.commands;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Note;
import io.sluice.model.Pipeline;

/** Removes a note from the canvas. */
public final class NoteDeleteCommand extends Command {

    private final Pipeline pipeline;
    private final Note note;
    private int index;

    public NoteDeleteCommand(Pipeline pipeline, Note note) {
        this.pipeline = pipeline;
        this.note = note;
        setLabel(Messages.NoteDeleteCommand_label);
    }

    @Override
    public void execute() {
        index = pipeline.getNotes().indexOf(note);
        redo();
    }

    @Override
    public void redo() {
        pipeline.getNotes().remove(note);
    }

    @Override
    public void undo() {
        pipeline.getNotes().add(index, note);
    }
}
