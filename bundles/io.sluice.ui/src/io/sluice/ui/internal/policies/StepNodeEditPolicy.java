package io.sluice.ui.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import io.sluice.model.Step;
import io.sluice.ui.internal.commands.LinkCreateCommand;
import io.sluice.ui.internal.parts.StepEditPart;

/**
 * Draws links from port to port: the output port nearest to where the drag starts, the input port nearest to where
 * it ends. The half-built command waits on the request between the two.
 */
public final class StepNodeEditPolicy extends GraphicalNodeEditPolicy {

    private StepEditPart host() {
        return (StepEditPart) getHost();
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        Step step = host().step();
        String port = host().outputPortAt(request);
        if (port == null) {
            return null;
        }
        LinkCreateCommand command = new LinkCreateCommand(step.getPipeline(), step, port);
        request.setStartCommand(command);
        return command;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (!(request.getStartCommand() instanceof LinkCreateCommand command)) {
            return null;
        }
        command.setTarget(host().step(), host().inputPortAt(request));
        return command;
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return null;
    }
}
