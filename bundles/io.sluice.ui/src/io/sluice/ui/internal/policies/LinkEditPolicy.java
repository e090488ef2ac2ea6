package io.sluice.ui.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.ui.internal.commands.LinkDeleteCommand;

/** Delete for a link. */
public final class LinkEditPolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        Link link = (Link) getHost().getModel();
        return new LinkDeleteCommand((Pipeline) link.eContainer(), link);
    }
}
