package io.sluice.ui.internal.figures;

import org.eclipse.draw2d.AbstractConnectionAnchor;
import org.eclipse.draw2d.geometry.Point;

/** Where a link meets a step: the centre of one named port of a {@link StepFigure}. */
public final class PortAnchor extends AbstractConnectionAnchor {

    private final String port;

    public PortAnchor(StepFigure owner, String port) {
        super(owner);
        this.port = port;
    }

    public String port() {
        return port;
    }

    @Override
    public Point getLocation(Point reference) {
        StepFigure owner = (StepFigure) getOwner();
        Point location = owner.portCentre(port);
        owner.translateToAbsolute(location);
        return location;
    }

    @Override
    public Point getReferencePoint() {
        return getLocation(null);
    }
}
