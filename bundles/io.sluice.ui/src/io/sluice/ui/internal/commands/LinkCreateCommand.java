package io.sluice.ui.internal.commands;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.Step;

/**
 * Links an output port of one step to an input port of another. Built in two steps, as the user draws: the
 * source is known when the drag starts, the target when it ends. The model's own rules decide what may be linked.
 */
public final class LinkCreateCommand extends Command {

    private final Pipeline pipeline;
    private final Step source;
    private final String sourcePort;
    private Step target;
    private String targetPort;
    private Link link;

    public LinkCreateCommand(Pipeline pipeline, Step source, String sourcePort) {
        this.pipeline = pipeline;
        this.source = source;
        this.sourcePort = sourcePort;
        setLabel(Messages.LinkCreateCommand_label);
    }

    public void setTarget(Step step, String port) {
        target = step;
        targetPort = port;
    }

    /** Why the link may not be drawn, or null when it may. */
    public String whyNot() {
        if (source == null || sourcePort == null) {
            return Messages.LinkCreateCommand_noOutput;
        }
        if (target == null || targetPort == null) {
            return Messages.LinkCreateCommand_noInput;
        }
        return pipeline.canLink(source, sourcePort, target, targetPort);
    }

    @Override
    public boolean canExecute() {
        return whyNot() == null;
    }

    @Override
    public void execute() {
        link = SluiceFactory.eINSTANCE.createLink();
        link.setSource(source);
        link.setSourcePort(sourcePort);
        link.setTarget(target);
        link.setTargetPort(targetPort);
        redo();
    }

    @Override
    public void redo() {
        pipeline.getLinks().add(link);
    }

    @Override
    public void undo() {
        pipeline.getLinks().remove(link);
    }
}
