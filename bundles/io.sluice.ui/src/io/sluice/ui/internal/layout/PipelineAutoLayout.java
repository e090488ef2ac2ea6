package io.sluice.ui.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CompoundCommand;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.ui.internal.commands.BoundsChangeCommand;
import io.sluice.ui.internal.figures.StepFigure;

/** Auto-layout of a pipeline as one undoable command that moves every step (and only moves them). */
public final class PipelineAutoLayout {

    private static final Point ORIGIN = new Point(40, 40);

    private PipelineAutoLayout() {
    }

    /** The command that lays the pipeline out left to right; null when there is nothing to lay out. */
    public static Command command(Pipeline pipeline) {
        List<LayeredLayout.Node> nodes = new ArrayList<>();
        Map<String, Step> byId = new LinkedHashMap<>();
        for (Step step : pipeline.getSteps()) {
            if (step.getLayout() == null) {
                continue;
            }
            Rectangle r = bounds(step);
            nodes.add(new LayeredLayout.Node(step.getId(), r.width, r.height, ports(step, r)));
            byId.put(step.getId(), step);
        }
        if (nodes.isEmpty()) {
            return null;
        }
        List<LayeredLayout.Edge> edges = new ArrayList<>();
        for (Link link : pipeline.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null) {
                edges.add(new LayeredLayout.Edge(link.getSource().getId(), link.getSourcePort(), link.getTarget().getId(),
                        link.getTargetPort()));
            }
        }
        Map<String, Point> placed = LayeredLayout.layout(nodes, edges, ORIGIN);
        CompoundCommand moves = new CompoundCommand(Messages.PipelineAutoLayout_label);
        placed.forEach((id, at) -> {
            Step step = byId.get(id);
            Rectangle r = bounds(step);
            if (r.x != at.x || r.y != at.y) {
                moves.add(new BoundsChangeCommand(step.getLayout(), new Rectangle(at.x, at.y, r.width, r.height)));
            }
        });
        return moves.isEmpty() ? null : moves;
    }

    private static Rectangle bounds(Step step) {
        int w = step.getLayout().getWidth() > 0 ? step.getLayout().getWidth() : StepFigure.DEFAULT_WIDTH;
        int h = step.getLayout().getHeight() > 0 ? step.getLayout().getHeight() : StepFigure.DEFAULT_HEIGHT;
        return new Rectangle(step.getLayout().getX(), step.getLayout().getY(), w, h);
    }

    /** Port positions exactly as {@link StepFigure} draws them, relative to the step's corner. */
    private static Map<String, LayeredLayout.PortAt> ports(Step step, Rectangle r) {
        Map<String, LayeredLayout.PortAt> ports = new LinkedHashMap<>();
        List<String> inputs = step.inputPorts();
        for (int i = 0; i < inputs.size(); i++) {
            ports.put(inputs.get(i), new LayeredLayout.PortAt(0, r.height * (i + 1) / (inputs.size() + 1), LayeredLayout.Side.WEST));
        }
        for (String out : step.outputPorts()) {
            ports.put(out, Ports.REJECTS.equals(out)
                    ? new LayeredLayout.PortAt(r.width - 28, r.height, LayeredLayout.Side.SOUTH)
                    : new LayeredLayout.PortAt(r.width, r.height / 2, LayeredLayout.Side.EAST));
        }
        return ports;
    }
}
