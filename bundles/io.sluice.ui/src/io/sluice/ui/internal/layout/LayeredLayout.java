package io.sluice.ui.internal.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Left-to-right layered layout (Sugiyama style) by the Eclipse Layout Kernel: layers follow the data flow, crossings
 * are minimised, and ports stay where the step figures draw them. Knows nothing of the pipeline model.
 */
public final class LayeredLayout {

    /** A box to place, with its ports' centres relative to its top-left corner. */
    public record Node(String id, int width, int height, Map<String, PortAt> ports) {
    }

    /** Where a port sits on its node, and on which side. */
    public record PortAt(int x, int y, Side side) {
    }

    public enum Side { WEST, EAST, SOUTH }

    /** A directed edge between two ports. */
    public record Edge(String sourceNode, String sourcePort, String targetNode, String targetPort) {
    }

    private static boolean registered;

    private LayeredLayout() {
    }

    private static synchronized void registerAlgorithm() {
        // Explicit, because ELK finds algorithms through ServiceLoader, which sees nothing across OSGi bundles.
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /** New top-left corners for every node, offset so the drawing starts at {@code origin}. */
    public static Map<String, Point> layout(List<Node> nodes, List<Edge> edges, Point origin) {
        registerAlgorithm();
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, ElkPort> elkPorts = new HashMap<>();
        for (Node node : nodes) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setDimensions(node.width(), node.height());
            n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            elkNodes.put(node.id(), n);
            node.ports().forEach((name, at) -> {
                ElkPort port = ElkGraphUtil.createPort(n);
                port.setDimensions(2, 2);
                port.setLocation(at.x() - 1, at.y() - 1);
                port.setProperty(CoreOptions.PORT_SIDE, switch (at.side()) {
                    case WEST -> PortSide.WEST;
                    case EAST -> PortSide.EAST;
                    case SOUTH -> PortSide.SOUTH;
                });
                elkPorts.put(node.id() + '/' + name, port);
            });
        }
        for (Edge edge : edges) {
            ElkPort from = elkPorts.get(edge.sourceNode() + '/' + edge.sourcePort());
            ElkPort to = elkPorts.get(edge.targetNode() + '/' + edge.targetPort());
            if (from != null && to != null) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        Map<String, Point> placed = new LinkedHashMap<>();
        elkNodes.forEach((id, n) -> placed.put(id, new Point((int) Math.round(n.getX()) + origin.x,
                (int) Math.round(n.getY()) + origin.y)));
        return placed;
    }
}
