package io.sluice.ui.internal.policies;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import io.sluice.model.Bounds;
import io.sluice.model.Note;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.ui.internal.commands.BoundsChangeCommand;
import io.sluice.ui.internal.commands.NoteCreateCommand;
import io.sluice.ui.internal.commands.StepCreateCommand;
import io.sluice.ui.internal.figures.StepFigure;
import io.sluice.ui.internal.parts.StepKinds;

/** Turns create, move and resize requests on the canvas into commands. */
public final class PipelineLayoutEditPolicy extends XYLayoutEditPolicy {

    private Pipeline pipeline() {
        return (Pipeline) getHost().getModel();
    }

    /** Steps keep their handles off their ports; notes get GEF's usual ones. */
    @Override
    protected org.eclipse.gef.EditPolicy createChildEditPolicy(EditPart child) {
        if (child instanceof io.sluice.ui.internal.parts.StepEditPart) {
            return new StepSelectionEditPolicy();
        }
        return super.createChildEditPolicy(child);
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        Bounds layout = switch (child.getModel()) {
            case Step step -> step.getLayout();
            case Note note -> note.getLayout();
            default -> null;
        };
        return layout == null || !(constraint instanceof Rectangle r) ? null : new BoundsChangeCommand(layout, r);
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        Rectangle r = ((Rectangle) getConstraintFor(request)).getCopy();
        Object created = request.getNewObject();
        if (created instanceof Step step) {
            r.width = r.width > 0 ? r.width : StepFigure.DEFAULT_WIDTH;
            r.height = r.height > 0 ? r.height : StepFigure.DEFAULT_HEIGHT;
            return new StepCreateCommand(pipeline(), step, StepKinds.baseName(step.eClass()), r);
        }
        if (created instanceof Note note) {
            return new NoteCreateCommand(pipeline(), note, r);
        }
        return null;
    }

    @Override
    protected Command getDeleteDependantCommand(Request request) {
        return null;
    }
}
