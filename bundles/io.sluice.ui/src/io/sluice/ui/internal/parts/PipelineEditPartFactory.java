package io.sluice.ui.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import io.sluice.model.Link;
import io.sluice.model.Note;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;

/** Edit parts of the pipeline canvas. */
public final class PipelineEditPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        EditPart part;
        if (model instanceof Pipeline) {
            part = new PipelineEditPart();
        } else if (model instanceof Step) {
            part = new StepEditPart();
        } else if (model instanceof Link) {
            part = new LinkEditPart();
        } else if (model instanceof Note) {
            part = new NoteEditPart();
        } else {
            throw new IllegalArgumentException("no edit part for " + (model == null ? "null" : model.getClass().getName())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        part.setModel(model);
        return part;
    }
}
