package sinew.diagram.graph;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.ElkUtil;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import sinew.diagram.graph.Graph.Edge;
import sinew.diagram.graph.Graph.Node;

/**
 * Lays a {@link Graph} out with ELK's layered algorithm: left to right, a port per edge end (out on the east side,
 * in on the west), orthogonal edges, edge labels placed by the algorithm (as label dummies, so they do not overlap
 * nodes or each other), groups laid out together with their contents (hierarchy handling "include children", so
 * edges between groups are routed too). Node sizes come from their text ({@link TextMetrics}). ELK's random seed is
 * fixed, so the same graph gives the same layout.
 */
public final class ElkLayout {

	/** Space above a group's children for its header. */
	public static final double GROUP_HEADER = 24;
	static final double GROUP_PADDING = 10;
	static final double LABEL_PADDING = 4;

	private static boolean registered;

	private ElkLayout() {
	}

	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	/** Sets every node's and edge's absolute place and the graph's size. */
	public static void layout(Graph graph) {
		register();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
		configure(root);
		Map<Node, ElkNode> nodes = new HashMap<>();
		for (Node node : graph.roots()) {
			add(root, node, nodes);
		}
		Map<Edge, ElkEdge> edges = new HashMap<>();
		for (Edge edge : graph.edges()) {
			ElkNode source = nodes.get(edge.source);
			ElkNode target = nodes.get(edge.target);
			ElkPort out = ElkGraphUtil.createPort(source);
			out.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
			out.setDimensions(1, 1);
			ElkPort in = ElkGraphUtil.createPort(target);
			in.setProperty(CoreOptions.PORT_SIDE, PortSide.WEST);
			in.setDimensions(1, 1);
			ElkEdge e = ElkGraphUtil.createSimpleEdge(out, in);
			ElkGraphUtil.updateContainment(e);
			if (edge.label != null) {
				ElkLabel label = ElkGraphUtil.createLabel(edge.label, e);
				label.setDimensions(TextMetrics.width(edge.label, TextMetrics.EDGE_LABEL) + 2 * LABEL_PADDING,
						TextMetrics.EDGE_LABEL + 2 * LABEL_PADDING);
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			edges.put(edge, e);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		for (Map.Entry<Node, ElkNode> entry : nodes.entrySet()) {
			ElkNode n = entry.getValue();
			KVector position = ElkUtil.absolutePosition(n);
			Node node = entry.getKey();
			node.x = position.x;
			node.y = position.y;
			node.width = n.getWidth();
			node.height = n.getHeight();
		}
		for (Edge edge : graph.edges()) {
			ElkEdge e = edges.get(edge);
			ElkNode container = e.getContainingNode();
			KVector offset = container == null || container == root ? new KVector() : ElkUtil.absolutePosition(container);
			edge.points.clear();
			for (ElkEdgeSection section : e.getSections()) {
				edge.points.add(new double[] { offset.x + section.getStartX(), offset.y + section.getStartY() });
				for (ElkBendPoint bend : section.getBendPoints()) {
					edge.points.add(new double[] { offset.x + bend.getX(), offset.y + bend.getY() });
				}
				edge.points.add(new double[] { offset.x + section.getEndX(), offset.y + section.getEndY() });
			}
			if (!e.getLabels().isEmpty()) {
				ElkLabel label = e.getLabels().get(0);
				edge.labelX = offset.x + label.getX();
				edge.labelY = offset.y + label.getY();
				edge.labelWidth = label.getWidth();
				edge.labelHeight = label.getHeight();
			}
		}
		graph.width = root.getWidth();
		graph.height = root.getHeight();
	}

	private static void add(ElkNode parent, Node node, Map<Node, ElkNode> nodes) {
		ElkNode n = ElkGraphUtil.createNode(parent);
		n.setIdentifier(node.id);
		n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
		nodes.put(node, n);
		if (node.isGroup()) {
			n.setProperty(CoreOptions.PADDING,
					new ElkPadding(GROUP_HEADER + GROUP_PADDING, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING));
			configure(n);
			n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			n.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
					new KVector(TextMetrics.width(node.label, TextMetrics.GROUP_LABEL) + 2 * GROUP_PADDING + 24, 40));
			for (Node child : node.children) {
				add(n, child, nodes);
			}
		} else {
			double[] size = TextMetrics.nodeSize(node);
			n.setDimensions(size[0], size[1]);
		}
	}

	/** Spacing and routing options, applied to every node that lays out children. */
	static void configure(ElkNode node) {
		node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
		node.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
		node.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
		node.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
	}
}
