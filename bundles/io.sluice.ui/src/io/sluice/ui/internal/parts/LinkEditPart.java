package io.sluice.ui.internal.parts;

import java.beans.PropertyChangeListener;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MidpointLocator;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.swt.graphics.RGB;

import io.sluice.model.Link;
import io.sluice.model.Ports;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.StepMetrics;
import io.sluice.ui.internal.figures.Colours;
import io.sluice.ui.internal.policies.LinkEditPolicy;
import io.sluice.ui.internal.run.MetricsText;
import io.sluice.ui.internal.run.RunDisplay;

/**
 * A link between two ports. Links from a {@code rejects} port are dashed red: bad rows flow there. While a run goes,
 * the link shows how many rows passed it, and turns orange when the step it feeds has a nearly full input queue
 * (back-pressure: that step is the bottleneck).
 */
public final class LinkEditPart extends AbstractConnectionEditPart {

    private static final double BACK_PRESSURE = 0.8;
    private static final RGB BACK_PRESSURE_TINT = new RGB(245, 124, 0);
    private final Label rows = new Label();
    private final PropertyChangeListener runListener = event -> {
        if (RunDisplay.VIEWER_PROPERTY.equals(event.getPropertyName())) {
            refreshRun();
        }
    };

    public Link link() {
        return (Link) getModel();
    }

    private boolean isRejects() {
        return Ports.REJECTS.equals(link().getSourcePort());
    }

    @Override
    protected IFigure createFigure() {
        PolylineConnection connection = new PolylineConnection();
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setTemplate(PolygonDecoration.TRIANGLE_TIP);
        connection.setTargetDecoration(arrow);
        connection.setLineStyle(isRejects() ? Graphics.LINE_DASH : Graphics.LINE_SOLID);
        connection.setLineWidth(2);
        rows.setForegroundColor(Colours.get(Colours.TEXT_MUTED));
        rows.setOpaque(true);
        rows.setBackgroundColor(Colours.get(Colours.CANVAS));
        rows.setVisible(false);
        connection.add(rows, new MidpointLocator(connection, 0));
        tint(connection, null);
        return connection;
    }

    private void tint(PolylineConnection connection, RGB override) {
        RGB colour = override != null ? override : isRejects() ? Colours.REJECTS : Colours.LINK;
        connection.setForegroundColor(Colours.get(colour));
        connection.setBackgroundColor(Colours.get(colour));
    }

    private void refreshRun() {
        RunSnapshot snapshot = (RunSnapshot) getViewer().getProperty(RunDisplay.VIEWER_PROPERTY);
        StepMetrics from = link().getSource() == null ? null : MetricsText.of(snapshot, link().getSource().getId());
        StepMetrics to = link().getTarget() == null ? null : MetricsText.of(snapshot, link().getTarget().getId());
        rows.setVisible(from != null);
        if (from != null) {
            rows.setText(MetricsText.compact(isRejects() ? from.rowsRejected() : from.rowsOut()));
        }
        boolean congested = to != null && to.queueFill() >= BACK_PRESSURE;
        tint((PolylineConnection) getFigure(), congested ? BACK_PRESSURE_TINT : null);
    }

    /** The row count shown on the link, for tests ("" when no run is shown). */
    public String rowsText() {
        return rows.isVisible() ? rows.getText() : ""; //$NON-NLS-1$
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new LinkEditPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
    }

    @Override
    public void activate() {
        if (!isActive()) {
            super.activate();
            getViewer().addPropertyChangeListener(runListener);
            refreshRun();
        }
    }

    @Override
    public void deactivate() {
        if (isActive()) {
            getViewer().removePropertyChangeListener(runListener);
            super.deactivate();
        }
    }
}
