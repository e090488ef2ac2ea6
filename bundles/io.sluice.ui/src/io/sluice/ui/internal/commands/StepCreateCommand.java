package io.sluice.ui.internal.commands;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;

import io.sluice.model.Bounds;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.Step;

/** Adds a new step to a pipeline at a place on the canvas; the step gets a fresh id and a name unique in it. */
public final class StepCreateCommand extends Command {

    private final Pipeline pipeline;
    private final Step step;
    private final Rectangle bounds;
    private final String baseName;

    /**
     * @param step a new step not yet in any pipeline (its id, name and layout are assigned here)
     * @param bounds where to put it; a width or height of -1 means the default size
     */
    public StepCreateCommand(Pipeline pipeline, Step step, String baseName, Rectangle bounds) {
        this.pipeline = pipeline;
        this.step = step;
        this.baseName = baseName;
        this.bounds = bounds.getCopy();
        setLabel(Messages.StepCreateCommand_label);
    }

    @Override
    public boolean canExecute() {
        return pipeline != null && step != null && step.getPipeline() == null;
    }

    @Override
    public void execute() {
        step.setId(pipeline.newStepId(step.eClass().getName().toLowerCase(java.util.Locale.ROOT)));
        step.setName(pipeline.uniqueStepName(baseName));
        Bounds layout = SluiceFactory.eINSTANCE.createBounds();
        layout.setX(bounds.x);
        layout.setY(bounds.y);
        layout.setWidth(bounds.width);
        layout.setHeight(bounds.height);
        step.setLayout(layout);
        redo();
    }

    @Override
    public void redo() {
        pipeline.getSteps().add(step);
    }

    @Override
    public void undo() {
        pipeline.getSteps().remove(step);
    }

    public Step step() {
        return step;
    }
}
