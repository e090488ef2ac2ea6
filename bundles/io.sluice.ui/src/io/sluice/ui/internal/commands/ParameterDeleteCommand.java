package io.sluice.ui.internal.commands;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Parameter;
import io.sluice.model.Pipeline;

/** Removes a parameter from its pipeline; undo puts it back where it was. */
public final class ParameterDeleteCommand extends Command {

    private final Pipeline pipeline;
    private final Parameter parameter;
    private int index;

    public ParameterDeleteCommand(Pipeline pipeline, Parameter parameter) {
        super(Messages.ParameterDeleteCommand_label);
        this.pipeline = pipeline;
        this.parameter = parameter;
    }

    @Override
    public boolean canExecute() {
        return pipeline.getParameters().contains(parameter);
    }

    @Override
    public void execute() {
        index = pipeline.getParameters().indexOf(parameter);
        redo();
    }

    @Override
    public void redo() {
        pipeline.getParameters().remove(parameter);
    }

    @Override
    public void undo() {
        pipeline.getParameters().add(index, parameter);
    }
}
