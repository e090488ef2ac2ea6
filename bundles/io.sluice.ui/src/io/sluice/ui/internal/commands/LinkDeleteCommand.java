package io.sluice.ui.internal.commands;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;

/** Removes one link; undo restores it at its former position so the file comes back byte for byte. */
public final class LinkDeleteCommand extends Command {

    private final Pipeline pipeline;
    private final Link link;
    private int index;

    public LinkDeleteCommand(Pipeline pipeline, Link link) {
        this.pipeline = pipeline;
        this.link = link;
        setLabel(Messages.LinkDeleteCommand_label);
    }

    @Override
    public boolean canExecute() {
        return pipeline != null && pipeline.getLinks().contains(link);
    }

    @Override
    public void execute() {
        index = pipeline.getLinks().indexOf(link);
        redo();
    }

    @Override
    public void redo() {
        pipeline.getLinks().remove(link);
    }

    @Override
    public void undo() {
        pipeline.getLinks().add(index, link);
    }
}
