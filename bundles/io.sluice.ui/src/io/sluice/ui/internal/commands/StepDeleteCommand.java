package io.sluice.ui.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.gef.commands.Command;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;

/** Removes a step and every link touching it; undo puts all of them back where they were. */
public final class StepDeleteCommand extends Command {

    private final Pipeline pipeline;
    private final Step step;
    private final List<IndexedLink> links = new ArrayList<>();
    private int stepIndex;

    private record IndexedLink(int index, Link link) {
    }

    public StepDeleteCommand(Pipeline pipeline, Step step) {
        this.pipeline = pipeline;
        this.step = step;
        setLabel(Messages.StepDeleteCommand_label);
    }

    @Override
    public boolean canExecute() {
        return pipeline != null && step != null && step.getPipeline() == pipeline;
    }

    @Override
    public void execute() {
        stepIndex = pipeline.getSteps().indexOf(step);
        for (Link link : pipeline.linksOf(step)) {
            links.add(new IndexedLink(pipeline.getLinks().indexOf(link), link));
        }
        links.sort(Comparator.comparingInt(IndexedLink::index));
        redo();
    }

    @Override
    public void redo() {
        for (IndexedLink l : links) {
            pipeline.getLinks().remove(l.link());
        }
        pipeline.getSteps().remove(step);
    }

    @Override
    public void undo() {
        pipeline.getSteps().add(stepIndex, step);
        for (IndexedLink l : links) {
            pipeline.getLinks().add(l.index(), l.link());
        }
    }
}
