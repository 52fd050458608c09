package sinew.diagram.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * nodes or each other). Each group is laid out on its own, inside out, and an edge between groups passes through a
 * port on each group boundary it crosses ({@link #connect}). Node sizes come from their text ({@link TextMetrics}).
 * ELK's random seed is fixed (its default), so the same graph gives the same layout.
 */
public final class ElkLayout {

	/** Space above a group's children for its header. */
	public static final double GROUP_HEADER = 24;
	static final double GROUP_PADDING = 10;
	static final double LABEL_PADDING = 4;
	/**
	 * Above this many nodes the crossing minimisation makes one pass of layer sweeps instead of ELK's default seven
	 * (thoroughness 1): the crossing minimisation takes about a third of the layout time of a 1,000-node network;
	 * small diagrams keep the default, and its fewer crossings.
	 */
	static final int LARGE = 400;

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
		root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
		root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		configure(root);
		int size = graph.nodes().size();
		if (size > LARGE) {
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
		}
		Map<Node, ElkNode> nodes = new HashMap<>();
		for (Node node : graph.roots()) {
			add(root, node, nodes, size > LARGE);
		}
		Map<Edge, List<ElkEdge>> edges = new HashMap<>();
		Crossings crossings = new Crossings();
		for (Edge edge : graph.edges()) {
			edges.put(edge, connect(root, edge, nodes, crossings));
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
			edge.points.clear();
			for (ElkEdge e : edges.get(edge)) {
				ElkNode container = e.getContainingNode();
				KVector offset = container == null || container == root ? new KVector() : ElkUtil.absolutePosition(container);
				for (ElkEdgeSection section : e.getSections()) {
					point(edge, offset.x + section.getStartX(), offset.y + section.getStartY());
					for (ElkBendPoint bend : section.getBendPoints()) {
						point(edge, offset.x + bend.getX(), offset.y + bend.getY());
					}
					point(edge, offset.x + section.getEndX(), offset.y + section.getEndY());
				}
				if (!e.getLabels().isEmpty() && edge.label != null) {
					ElkLabel label = e.getLabels().get(0);
					edge.labelX = offset.x + label.getX();
					edge.labelY = offset.y + label.getY();
					edge.labelWidth = label.getWidth();
					edge.labelHeight = label.getHeight();
				}
			}
		}
		graph.width = root.getWidth();
		graph.height = root.getHeight();
	}

	/** Adds a point to an edge's route, dropping one that repeats the last. */
	private static void point(Edge edge, double x, double y) {
		if (!edge.points.isEmpty()) {
			double[] last = edge.points.get(edge.points.size() - 1);
			if (Math.abs(last[0] - x) < 0.01 && Math.abs(last[1] - y) < 0.01) {
				return;
			}
		}
		edge.points.add(new double[] { x, y });
	}

	/** Ports on group boundaries and edge pieces, shared by the edges that take the same way. */
	private static final class Crossings {
		final Map<String, ElkPort> ports = new HashMap<>();
		final Map<String, ElkEdge> pieces = new HashMap<>();
		final Map<ElkNode, String> ids = new HashMap<>();

		String id(ElkNode n) {
			return ids.computeIfAbsent(n, k -> Integer.toString(ids.size()));
		}

		/** The port on a group's side for the edges to or from one node outside it. */
		ElkPort port(ElkNode group, PortSide side, Node outside) {
			return ports.computeIfAbsent(id(group) + side + outside.id, k -> ElkLayout.port(group, side));
		}

		ElkEdge piece(ElkNode container, ElkPort from, ElkPort to) {
			return pieces.computeIfAbsent(System.identityHashCode(from) + ">" + System.identityHashCode(to) + "@" + id(container),
					k -> {
						ElkEdge e = ElkGraphUtil.createSimpleEdge(from, to);
						container.getContainedEdges().add(e);
						return e;
					});
		}
	}

	/**
	 * Connects an edge's ends through the boundaries of the groups between them: out of the source's groups through a
	 * port on each group's east side, across their lowest common group, into the target's groups through west ports.
	 * Each group is laid out on its own (ELK's default hierarchy handling), which keeps large networks fast; the
	 * layout of a group fixes the places of its ports, which the layout around it keeps. Edges that leave a group for
	 * the same place share its port and the piece beyond (drawn as one bundle). The pieces, in order from source to
	 * target, make the drawn route; the label goes on the last piece (labels of edges sharing it are joined).
	 */
	private static List<ElkEdge> connect(ElkNode root, Edge edge, Map<Node, ElkNode> nodes, Crossings crossings) {
		List<Node> up = new ArrayList<>(); // source and its groups, inner first
		for (Node n = edge.source; n != null; n = n.parent) {
			up.add(n);
		}
		List<Node> down = new ArrayList<>(); // target and its groups, inner first
		for (Node n = edge.target; n != null; n = n.parent) {
			down.add(n);
		}
		int u = 0;
		while (u < up.size() && (!down.contains(up.get(u)) || up.get(u) == edge.source || up.get(u) == edge.target)) {
			u++;
		}
		Node common = u < up.size() ? up.get(u) : null;
		int d = common == null ? down.size() : down.indexOf(common);
		Node sourceSide = up.get(u - 1); // the source, or its group, just inside the common group
		Node targetSide = down.get(d - 1);
		List<ElkEdge> pieces = new ArrayList<>();
		ElkPort from = crossings.ports.computeIfAbsent("out" + edge.id, k -> port(nodes.get(edge.source), PortSide.EAST));
		for (int i = 1; i < u; i++) {
			ElkNode group = nodes.get(up.get(i));
			ElkPort out = crossings.port(group, PortSide.EAST, targetSide);
			pieces.add(crossings.piece(group, from, out));
			from = out;
		}
		ElkPort inner = port(nodes.get(edge.target), PortSide.WEST);
		List<ElkEdge> inward = new ArrayList<>();
		for (int i = 1; i < d; i++) {
			ElkNode group = nodes.get(down.get(i));
			ElkPort in = crossings.port(group, PortSide.WEST, sourceSide);
			inward.add(0, crossings.piece(group, in, inner));
			inner = in;
		}
		pieces.add(crossings.piece(common == null ? root : nodes.get(common), from, inner));
		pieces.addAll(inward);
		if (edge.label != null) {
			ElkEdge last = pieces.get(pieces.size() - 1);
			String text = last.getLabels().isEmpty() ? edge.label : last.getLabels().get(0).getText() + ", " + edge.label;
			ElkLabel label = last.getLabels().isEmpty() ? ElkGraphUtil.createLabel(last) : last.getLabels().get(0);
			label.setText(text);
			label.setDimensions(TextMetrics.width(text, TextMetrics.EDGE_LABEL) + 2 * LABEL_PADDING,
					TextMetrics.EDGE_LABEL + 2 * LABEL_PADDING);
			label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		}
		return pieces;
	}

	private static ElkPort port(ElkNode node, PortSide side) {
		ElkPort port = ElkGraphUtil.createPort(node);
		port.setProperty(CoreOptions.PORT_SIDE, side);
		port.setDimensions(0, 0);
		return port;
	}

	private static void add(ElkNode parent, Node node, Map<Node, ElkNode> nodes, boolean large) {
		ElkNode n = ElkGraphUtil.createNode(parent);
		n.setIdentifier(node.id);
		n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
		nodes.put(node, n);
		if (node.isGroup()) {
			n.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			n.setProperty(CoreOptions.PADDING,
					new ElkPadding(GROUP_HEADER + GROUP_PADDING, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING));
			configure(n);
			if (large) {
				n.setProperty(LayeredOptions.THOROUGHNESS, 1);
			}
			n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE, SizeConstraint.PORTS));
			n.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
					new KVector(TextMetrics.width(node.label, TextMetrics.GROUP_LABEL) + 2 * GROUP_PADDING + 24, 40));
			for (Node child : node.children) {
				add(n, child, nodes, large);
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
