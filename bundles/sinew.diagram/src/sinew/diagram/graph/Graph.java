package sinew.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The graph of one viewpoint before and after layout: nodes (nested: a group holds children), edges between them,
 * and notes on what could not be drawn. Nodes and edges keep the order they were added in, which the builders make
 * deterministic (model order, or sorted), so the same models give the same graph and the same SVG bytes.
 */
public final class Graph {

	/** One box: an element of the model (or a group such as a nation), with its place once laid out. */
	public static final class Node {
		/** Unique in the graph: the element's qualified name, or a prefixed name for groups ("nation:USA"). */
		public final String id;
		/** The qualified name of the model element drawn, or null for a grouping that is no element. */
		public final String element;
		/** What it is, in the users' words (firm, line, item, site, stockpile...): the CSS class of the shape. */
		public final String kind;
		/** The first line of text (the name or title). */
		public final String label;
		/** Further lines of text under the label. */
		public final List<String> details = new ArrayList<>();
		/** Marks that change the style (capped, single-source, pass, fail...). */
		public final TreeSet<String> marks = new TreeSet<>();
		public final List<Node> children = new ArrayList<>();
		public Node parent;
		/** Position relative to the graph's origin (absolute) and size, once laid out. */
		public double x, y, width, height;

		public Node(String id, String element, String kind, String label) {
			this.id = id;
			this.element = element;
			this.kind = kind;
			this.label = label;
		}

		public boolean isGroup() {
			return !children.isEmpty();
		}

		public Node detail(String line) {
			if (line != null && !line.isBlank()) {
				details.add(line);
			}
			return this;
		}

		public Node mark(String mark) {
			marks.add(mark);
			return this;
		}

		@Override
		public String toString() {
			return id;
		}
	}

	/** One connection between two nodes, with its route and label place once laid out. */
	public static final class Edge {
		public final String id;
		/** The qualified name of the model element the edge stands for (a route), or null. */
		public final String element;
		public final String kind;
		public final Node source;
		public final Node target;
		public final String label;
		public final TreeSet<String> marks = new TreeSet<>();
		/** The route: bend points from source to target, absolute, once laid out. */
		public final List<double[]> points = new ArrayList<>();
		/** The label's box, absolute, once laid out (width 0 when there is no label). */
		public double labelX, labelY, labelWidth, labelHeight;

		public Edge(String id, String element, String kind, Node source, Node target, String label) {
			this.id = id;
			this.element = element;
			this.kind = kind;
			this.source = source;
			this.target = target;
			this.label = label;
		}

		public Edge mark(String mark) {
			marks.add(mark);
			return this;
		}

		@Override
		public String toString() {
			return source.id + " -> " + target.id + (label == null ? "" : " [" + label + "]");
		}
	}

	private final Map<String, Node> nodes = new LinkedHashMap<>();
	private final List<Node> roots = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	/** The whole drawing's size once laid out. */
	public double width, height;

	/** Adds a node under a parent (null: at the top); a node with an id already present is returned as it is. */
	public Node add(Node parent, Node node) {
		Node existing = nodes.get(node.id);
		if (existing != null) {
			return existing;
		}
		nodes.put(node.id, node);
		node.parent = parent;
		if (parent == null) {
			roots.add(node);
		} else {
			parent.children.add(node);
		}
		return node;
	}

	public Edge connect(Edge edge) {
		edges.add(edge);
		return edge;
	}

	/** Says what was left out of the drawing and why (drawn as a note in the SVG). */
	public void note(String text) {
		if (!notes.contains(text)) {
			notes.add(text);
		}
	}

	public Node node(String id) {
		return nodes.get(id);
	}

	/** Every node, groups before their children, in the order added. */
	public List<Node> nodes() {
		return List.copyOf(nodes.values());
	}

	/** The nodes at the top (not inside a group). */
	public List<Node> roots() {
		return Collections.unmodifiableList(roots);
	}

	public List<Edge> edges() {
		return Collections.unmodifiableList(edges);
	}

	public List<String> notes() {
		return Collections.unmodifiableList(notes);
	}

	/** Removes groups left empty: a group kind that ended with no children is not drawn. */
	public void pruneEmpty(String kind) {
		List<Node> empty = nodes.values().stream().filter(n -> n.kind.equals(kind) && n.children.isEmpty()).toList();
		for (Node node : empty) {
			boolean used = edges.stream().anyMatch(e -> e.source == node || e.target == node);
			if (!used) {
				nodes.remove(node.id);
				(node.parent == null ? roots : node.parent.children).remove(node);
			}
		}
	}
}
