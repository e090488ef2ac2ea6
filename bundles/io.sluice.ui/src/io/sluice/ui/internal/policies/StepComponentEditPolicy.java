package io.sluice.ui.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import io.sluice.model.Step;
import io.sluice.ui.internal.commands.StepDeleteCommand;

/** Delete for a step. */
public final class StepComponentEditPolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        Step step = (Step) getHost().getModel();
        return new StepDeleteCommand(step.getPipeline(), step);
    }
}
