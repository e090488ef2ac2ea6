package io.sluice.ui.internal.commands;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Parameter;
import io.sluice.model.Pipeline;

/** Adds a parameter to a pipeline at a position (the end: {@code -1}); undo removes it again. */
public final class ParameterAddCommand extends Command {

    private final Pipeline pipeline;
    private final Parameter parameter;
    private final int index;

    public ParameterAddCommand(Pipeline pipeline, Parameter parameter, int index) {
        super(Messages.ParameterAddCommand_label);
        this.pipeline = pipeline;
        this.parameter = parameter;
        this.index = index;
    }

    @Override
    public boolean canExecute() {
        return parameter.getName() != null && pipeline.findParameter(parameter.getName()) == null;
    }

    @Override
    public void execute() {
        redo();
    }

    @Override
    public void redo() {
        if (index < 0 || index > pipeline.getParameters().size()) {
            pipeline.getParameters().add(parameter);
        } else {
            pipeline.getParameters().add(index, parameter);
        }
    }

    @Override
    public void undo() {
        pipeline.getParameters().remove(parameter);
    }
}
