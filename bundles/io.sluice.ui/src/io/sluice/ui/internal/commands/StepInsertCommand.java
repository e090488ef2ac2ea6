package io.sluice.ui.internal.commands;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;

import io.sluice.model.Pipeline;
import io.sluice.model.Step;

/**
 * Adds a new step and, when it follows another, links the first output of that step to the first input of the new
 * one — what quick-add does after a selected step. One undo removes both.
 */
public final class StepInsertCommand extends Command {

    private final StepCreateCommand create;
    private final Step after;
    private LinkCreateCommand link;

    /** @param after the step the new one follows, or null for a step on its own */
    public StepInsertCommand(Pipeline pipeline, Step step, String baseName, Rectangle bounds, Step after) {
        this.create = new StepCreateCommand(pipeline, step, baseName, bounds);
        this.after = after;
        setLabel(create.getLabel());
    }

    @Override
    public boolean canExecute() {
        return create.canExecute();
    }

    @Override
    public void execute() {
        create.execute();
        Step step = create.step();
        if (after != null && !after.outputPorts().isEmpty() && !step.inputPorts().isEmpty()) {
            LinkCreateCommand candidate = new LinkCreateCommand(after.getPipeline(), after, after.outputPorts().get(0));
            candidate.setTarget(step, step.inputPorts().get(0));
            if (candidate.canExecute()) {
                candidate.execute();
                link = candidate;
            }
        }
    }

    @Override
    public void redo() {
        create.redo();
        if (link != null) {
            link.redo();
        }
    }

    @Override
    public void undo() {
        if (link != null) {
            link.undo();
        }
        create.undo();
    }

    public Step step() {
        return create.step();
    }
}
