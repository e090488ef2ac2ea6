package io.sluice.ui.internal.commands;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;

import io.sluice.model.Bounds;

/** Moves or resizes a step or a note: only its layout changes, so only layout lines change in the file. */
public final class BoundsChangeCommand extends Command {

    private final Bounds layout;
    private final Rectangle newBounds;
    private Rectangle oldBounds;

    public BoundsChangeCommand(Bounds layout, Rectangle newBounds) {
        this.layout = layout;
        this.newBounds = newBounds.getCopy();
        setLabel(Messages.BoundsChangeCommand_label);
    }

    @Override
    public boolean canExecute() {
        return layout != null && newBounds.width != 0 && newBounds.height != 0;
    }

    @Override
    public void execute() {
        oldBounds = new Rectangle(layout.getX(), layout.getY(), layout.getWidth(), layout.getHeight());
        redo();
    }

    @Override
    public void redo() {
        apply(newBounds);
    }

    @Override
    public void undo() {
        apply(oldBounds);
    }

    private void apply(Rectangle r) {
        layout.setX(r.x);
        layout.setY(r.y);
        layout.setWidth(r.width);
        layout.setHeight(r.height);
    }
}
