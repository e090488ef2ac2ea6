package io.sluice.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editpolicies.ResizableEditPolicy;
import org.eclipse.gef.handles.MoveHandle;
import org.eclipse.gef.handles.ResizableHandleKit;

import io.sluice.ui.internal.parts.StepEditPart;

/**
 * A selected step's handles, kept off its ports: the ports sit on the middle of the left and right edges and on the
 * bottom edge, where GEF puts the east and west resize handles and its selection border, which would catch a press
 * meant to draw a link. So the step resizes from its corners and top and bottom, and its border ignores presses on
 * a port.
 */
public final class StepSelectionEditPolicy extends ResizableEditPolicy {

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    protected List createSelectionHandles() {
        GraphicalEditPart part = (GraphicalEditPart) getHost();
        List handles = new ArrayList();
        handles.add(new MoveHandle(part) {
            @Override
            public boolean containsPoint(int x, int y) {
                return super.containsPoint(x, y) && !onPort(part, x, y);
            }
        });
        for (int direction : new int[] { PositionConstants.NORTH_EAST, PositionConstants.NORTH_WEST,
                PositionConstants.SOUTH_EAST, PositionConstants.SOUTH_WEST, PositionConstants.NORTH,
                PositionConstants.SOUTH }) {
            ResizableHandleKit.addHandle(part, handles, direction);
        }
        return handles;
    }

    /** Whether the absolute point {@code (x, y)} is on one of the step's ports. */
    static boolean onPort(GraphicalEditPart part, int x, int y) {
        if (!(part instanceof StepEditPart step)) {
            return false;
        }
        Point p = new Point(x, y);
        step.getFigure().translateToRelative(p);
        List<String> ports = new ArrayList<>(step.step().inputPorts());
        ports.addAll(step.step().outputPorts());
        return step.stepFigure().portUnder(ports, p) != null;
    }
}
