package io.sluice.ui.internal.commands;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;

import io.sluice.model.Bounds;
import io.sluice.model.Note;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;

/** Adds a free-text note to the canvas. */
public final class NoteCreateCommand extends Command {

    private final Pipeline pipeline;
    private final Note note;

    public NoteCreateCommand(Pipeline pipeline, Note note, Rectangle bounds) {
        this.pipeline = pipeline;
        this.note = note;
        Bounds layout = SluiceFactory.eINSTANCE.createBounds();
        layout.setX(bounds.x);
        layout.setY(bounds.y);
        layout.setWidth(bounds.width > 0 ? bounds.width : 180);
        layout.setHeight(bounds.height > 0 ? bounds.height : 80);
        note.setLayout(layout);
        setLabel(Messages.NoteCreateCommand_label);
    }

    @Override
    public void execute() {
        redo();
    }

    @Override
    public void redo() {
        pipeline.getNotes().add(note);
    }

    @Override
    public void undo() {
        pipeline.getNotes().remove(note);
    }
}
