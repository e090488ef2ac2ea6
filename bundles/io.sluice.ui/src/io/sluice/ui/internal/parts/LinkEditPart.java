package io.sluice.ui.internal.parts;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;

import io.sluice.model.Link;
import io.sluice.model.Ports;
import io.sluice.ui.internal.figures.Colours;
import io.sluice.ui.internal.policies.LinkEditPolicy;

/** A link between two ports. Links from a {@code rejects} port are dashed red: bad rows flow there. */
public final class LinkEditPart extends AbstractConnectionEditPart {

    public Link link() {
        return (Link) getModel();
    }

    @Override
    protected IFigure createFigure() {
        PolylineConnection connection = new PolylineConnection();
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setTemplate(PolygonDecoration.TRIANGLE_TIP);
        connection.setTargetDecoration(arrow);
        boolean rejects = Ports.REJECTS.equals(link().getSourcePort());
        connection.setForegroundColor(Colours.get(rejects ? Colours.REJECTS : Colours.LINK));
        connection.setBackgroundColor(Colours.get(rejects ? Colours.REJECTS : Colours.LINK));
        connection.setLineStyle(rejects ? Graphics.LINE_DASH : Graphics.LINE_SOLID);
        connection.setLineWidth(2);
        return connection;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new LinkEditPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
    }
}
