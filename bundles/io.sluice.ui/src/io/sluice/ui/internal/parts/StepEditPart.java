package io.sluice.ui.internal.parts;

import java.beans.PropertyChangeListener;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.LocationRequest;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.requests.DropRequest;
import org.eclipse.ui.views.properties.IPropertySource;

import io.sluice.model.Bounds;
import io.sluice.model.Link;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.ui.internal.figures.PortAnchor;
import io.sluice.model.validation.Problem;
import io.sluice.ui.internal.figures.StepFigure;
import io.sluice.ui.internal.figures.StepFigure.ProblemSeverity;
import io.sluice.ui.internal.policies.StepComponentEditPolicy;
import io.sluice.ui.internal.policies.StepNodeEditPolicy;
import io.sluice.ui.internal.properties.StepPropertySource;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.StepMetrics;
import io.sluice.ui.internal.run.MetricsText;
import io.sluice.ui.internal.run.RunDisplay;
import io.sluice.ui.internal.tools.LinkDragTool;
import io.sluice.ui.internal.validation.ValidationSnapshot;

/** A step on the canvas; the links leaving and entering it are its source and target connections. */
public final class StepEditPart extends AbstractGraphicalEditPart implements NodeEditPart {

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.isTouch()) {
                return;
            }
            if (n.getFeature() == SluicePackage.Literals.STEP__LAYOUT) {
                listenTo((Bounds) n.getOldValue(), false);
                listenTo((Bounds) n.getNewValue(), true);
            }
            refreshVisuals();
        }
    };

    private final PropertyChangeListener viewerListener = event -> {
        if (ValidationSnapshot.VIEWER_PROPERTY.equals(event.getPropertyName())) {
            refreshProblems();
        } else if (RunDisplay.VIEWER_PROPERTY.equals(event.getPropertyName())) {
            refreshMetrics();
        }
    };

    /** Viewer property: a {@code Consumer<StepEditPart>} that opens a step's dialog (set by the editor). */
    public static final String OPEN_DIALOG_PROPERTY = "io.sluice.ui.openStepDialog"; //$NON-NLS-1$

    /** Viewer property: the folder data paths of this pipeline are relative to (set by the editor). */
    public static final String BASE_DIRECTORY_PROPERTY = "io.sluice.ui.baseDirectory"; //$NON-NLS-1$

    public Step step() {
        return (Step) getModel();
    }

    public StepFigure stepFigure() {
        return (StepFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        return new StepFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new StepComponentEditPolicy());
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new StepNodeEditPolicy());
    }

    @Override
    protected void refreshVisuals() {
        Step step = step();
        EClass kind = step.eClass();
        StepFigure figure = stepFigure();
        figure.setName(step.getName());
        figure.setKind(StepKinds.title(kind), StepKinds.category(kind), StepKinds.glyph(kind));
        figure.setPorts(step.inputPorts(), step.outputPorts());
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, figure, boundsOf(step.getLayout()));
    }

    /** Shows the step's validation problems from the viewer's latest snapshot as a badge with a tooltip. */
    private void refreshProblems() {
        Object snapshot = getViewer().getProperty(ValidationSnapshot.VIEWER_PROPERTY);
        List<Problem> problems = snapshot instanceof ValidationSnapshot s ? s.problemsOf(step().getId()) : List.of();
        ProblemSeverity severity = problems.isEmpty() ? ProblemSeverity.NONE
                : problems.stream().anyMatch(Problem::isError) ? ProblemSeverity.ERROR : ProblemSeverity.WARNING;
        String message = problems.stream()
                .map(p -> (p.field() == null ? "" : p.field() + ": ") + p.message()) //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
        stepFigure().setProblem(severity, message);
    }

    /** Shows the step's counters from the viewer's latest run snapshot, tinted by the step's state. */
    private void refreshMetrics() {
        StepMetrics metrics = MetricsText.of((RunSnapshot) getViewer().getProperty(RunDisplay.VIEWER_PROPERTY), step().getId());
        if (metrics == null) {
            stepFigure().setMetrics(null, null);
        } else {
            stepFigure().setMetrics(MetricsText.line(metrics), MetricsText.colour(metrics.state()));
        }
    }

    /** The metrics shown, for tests. */
    public String metricsText() {
        return stepFigure().getMetrics();
    }

    static Rectangle boundsOf(Bounds layout) {
        if (layout == null) {
            return new Rectangle(0, 0, StepFigure.DEFAULT_WIDTH, StepFigure.DEFAULT_HEIGHT);
        }
        return new Rectangle(layout.getX(), layout.getY(),
                layout.getWidth() > 0 ? layout.getWidth() : StepFigure.DEFAULT_WIDTH,
                layout.getHeight() > 0 ? layout.getHeight() : StepFigure.DEFAULT_HEIGHT);
    }

    /** Re-reads the links at this step (after links were added or removed). */
    void refreshLinks() {
        refreshSourceConnections();
        refreshTargetConnections();
    }

    @Override
    protected List<Link> getModelSourceConnections() {
        Step step = step();
        return step.getPipeline() == null ? List.of()
                : step.getPipeline().getLinks().stream().filter(l -> l.getSource() == step).toList();
    }

    @Override
    protected List<Link> getModelTargetConnections() {
        Step step = step();
        return step.getPipeline() == null ? List.of()
                : step.getPipeline().getLinks().stream().filter(l -> l.getTarget() == step).toList();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new PortAnchor(stepFigure(), ((Link) connection.getModel()).getSourcePort());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new PortAnchor(stepFigure(), ((Link) connection.getModel()).getTargetPort());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        String port = outputPortAt(request);
        return port == null ? null : new PortAnchor(stepFigure(), port);
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        String port = inputPortAt(request);
        return port == null ? null : new PortAnchor(stepFigure(), port);
    }

    /** The output port nearest to where the request points, or null if the step has none. */
    public String outputPortAt(Request request) {
        return portAt(step().outputPorts(), request);
    }

    /** The input port nearest to where the request points, or null if the step has none. */
    public String inputPortAt(Request request) {
        return portAt(step().inputPorts(), request);
    }

    /**
     * Pressing on an output port with the selection tool draws a link (as in Hop and KNIME) instead of moving the
     * step; anywhere else the step is selected and dragged as usual. Double-click opens the step dialog.
     */
    @Override
    public DragTracker getDragTracker(Request request) {
        if (request instanceof LocationRequest located && located.getLocation() != null) {
            Point p = located.getLocation().getCopy();
            getFigure().translateToRelative(p);
            if (stepFigure().portUnder(step().outputPorts(), p) != null) {
                return new LinkDragTool();
            }
        }
        return super.getDragTracker(request);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void performRequest(Request request) {
        if (RequestConstants.REQ_OPEN.equals(request.getType())) {
            if (getViewer().getProperty(OPEN_DIALOG_PROPERTY) instanceof java.util.function.Consumer<?> opener) {
                ((java.util.function.Consumer<StepEditPart>) opener).accept(this);
            }
            return;
        }
        super.performRequest(request);
    }

    private String portAt(List<String> ports, Request request) {
        if (ports.isEmpty()) {
            return null;
        }
        if (!(request instanceof DropRequest drop) || drop.getLocation() == null) {
            return ports.get(0);
        }
        Point p = drop.getLocation().getCopy();
        getFigure().translateToRelative(p);
        return stepFigure().nearestPort(ports, p);
    }

    private void listenTo(Bounds layout, boolean listen) {
        if (layout == null) {
            return;
        }
        if (listen) {
            layout.eAdapters().add(listener);
        } else {
            layout.eAdapters().remove(listener);
        }
    }

    @Override
    public void activate() {
        if (!isActive()) {
            super.activate();
            step().eAdapters().add(listener);
            listenTo(step().getLayout(), true);
            getViewer().addPropertyChangeListener(viewerListener);
            refreshProblems();
            refreshMetrics();
        }
    }

    @Override
    public void deactivate() {
        if (isActive()) {
            getViewer().removePropertyChangeListener(viewerListener);
            listenTo(step().getLayout(), false);
            step().eAdapters().remove(listener);
            super.deactivate();
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == IPropertySource.class) {
            return new StepPropertySource(step(),
                    () -> (ValidationSnapshot) getViewer().getProperty(ValidationSnapshot.VIEWER_PROPERTY),
                    () -> (java.nio.file.Path) getViewer().getProperty(BASE_DIRECTORY_PROPERTY));
        }
        return super.getAdapter(type);
    }
}
