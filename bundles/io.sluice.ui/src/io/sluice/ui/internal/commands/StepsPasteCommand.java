package io.sluice.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;

/**
 * Pastes the steps (and the links among them) of a clipboard fragment into a pipeline: every pasted step gets a
 * new id and a name unique in the target, and lands offset from where it was copied, so a paste never collides.
 */
public final class StepsPasteCommand extends Command {

    private final Pipeline pipeline;
    private final Pipeline fragment;
    private final int offset;
    private final List<Step> steps = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    /** @param fragment a pipeline read from the clipboard; its steps and links move into {@code pipeline} */
    public StepsPasteCommand(Pipeline pipeline, Pipeline fragment, int offset) {
        this.pipeline = pipeline;
        this.fragment = fragment;
        this.offset = offset;
        setLabel(Messages.StepsPasteCommand_label);
    }

    @Override
    public boolean canExecute() {
        return pipeline != null && fragment != null && !fragment.getSteps().isEmpty();
    }

    @Override
    public void execute() {
        steps.addAll(fragment.getSteps());
        links.addAll(fragment.getLinks());
        List<String> taken = new ArrayList<>();
        for (Step step : steps) {
            step.setId(pipeline.newStepId(step.eClass().getName().toLowerCase(Locale.ROOT)));
            String name = uniqueName(step.getName(), taken);
            step.setName(name);
            taken.add(name);
            if (step.getLayout() != null) {
                step.getLayout().setX(step.getLayout().getX() + offset);
                step.getLayout().setY(step.getLayout().getY() + offset);
            }
            // reserve the id now, so the next step of the fragment does not get the same one
            pipeline.getSteps().add(step);
        }
        pipeline.getLinks().addAll(links);
    }

    private String uniqueName(String wanted, List<String> taken) {
        String name = pipeline.uniqueStepName(wanted);
        int n = 2;
        while (taken.contains(name)) {
            name = pipeline.uniqueStepName(wanted + " " + n++); //$NON-NLS-1$
        }
        return name;
    }

    @Override
    public void redo() {
        pipeline.getSteps().addAll(steps);
        pipeline.getLinks().addAll(links);
    }

    @Override
    public void undo() {
        pipeline.getLinks().removeAll(links);
        pipeline.getSteps().removeAll(steps);
    }

    /** The steps this command added, for selecting them after the paste. */
    public List<Step> pastedSteps() {
        return List.copyOf(steps);
    }
}
