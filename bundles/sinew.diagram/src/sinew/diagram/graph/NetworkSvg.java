package sinew.diagram.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sinew.diagram.DiagramFinding;
import sinew.diagram.Frame;
import sinew.diagram.Frame.LegendEntry;
import sinew.diagram.Presentation;
import sinew.diagram.Svg;
import sinew.diagram.Viewpoint;
import sinew.diagram.graph.Graph.Edge;
import sinew.diagram.graph.Graph.Node;

/** Draws a laid-out {@link Graph} as SVG: nested boxes, orthogonal edges with arrows and labels, badges, legend. */
public final class NetworkSvg {

	/** The diagram's group passes the look of detail lines down; the group of the edges that of an edge. */
	static final Presentation.Context DIAGRAM = Presentation.ROOT.inside("text", "detail");
	static final Presentation.Context EDGES = DIAGRAM.inside("path", "edge");

	private NetworkSvg() {
	}

	public static String render(Graph graph, Viewpoint viewpoint, List<DiagramFinding> findings) {
		Map<String, List<DiagramFinding>> byElement = Frame.byElement(findings);
		Set<String> drawn = new HashSet<>();
		for (Node node : graph.nodes()) {
			if (node.element != null) {
				drawn.add(node.element);
			}
		}
		for (Edge edge : graph.edges()) {
			if (edge.element != null) {
				drawn.add(edge.element);
			}
		}
		List<String> notes = new ArrayList<>(graph.notes());
		notes.addAll(Frame.findingNotes(findings, drawn));
		List<LegendEntry> legend = legend(viewpoint);
		double top = Frame.HEADER;
		double width = Math.max(graph.width, Frame.footWidth(legend, notes));
		double height = top + graph.height + Frame.footHeight(legend, notes);
		long errors = findings.stream().filter(f -> drawn.contains(f.elementId()) && f.error()).count();
		long others = findings.stream().filter(f -> drawn.contains(f.elementId()) && !f.error()).count();
		long leaves = graph.nodes().stream().filter(n -> !n.isGroup()).count();
		String subtitle = leaves + " elements, " + graph.edges().size() + " links; findings drawn: " + errors
				+ " errors, " + others + " warnings" + (graph.nodes().isEmpty() ? " (nothing to draw in this view)" : "");

		Svg svg = new Svg();
		Frame.open(svg, viewpoint, width, height, subtitle);
		svg.raw("<g id=\"diagram\"").attr("transform", "translate(0 " + Svg.num(top) + ")").raw(DIAGRAM.attributes())
				.raw(">\n");
		for (Node node : graph.roots()) {
			node(svg, node, byElement);
		}
		svg.raw("<g id=\"edges\"").raw(EDGES.attributes()).raw(">\n");
		for (Edge edge : graph.edges()) {
			edge(svg, edge);
		}
		svg.raw("</g>\n");
		svg.raw("</g>\n");
		Frame.foot(svg, top + graph.height, legend, notes);
		svg.raw("</svg>\n");
		return svg.toString();
	}

	private static void node(Svg svg, Node node, Map<String, List<DiagramFinding>> byElement) {
		StringBuilder css = new StringBuilder("node ").append(node.kind);
		if (node.isGroup()) {
			css.append(" group");
		}
		for (String mark : node.marks) {
			css.append(' ').append(mark);
		}
		svg.raw("<g").attr("id", node.id);
		if (node.element != null) {
			svg.attr("data-element", node.element);
		}
		String classes = css.toString();
		svg.attr("class", classes).raw(">");
		List<String> tip = new ArrayList<>();
		tip.add(node.kind + " " + (node.element != null ? node.element : node.label));
		if (!node.label.equals(last(node.element))) {
			tip.add(node.label);
		}
		tip.addAll(node.details);
		svg.title(tip);
		svg.raw("<rect").attr("x", node.x).attr("y", node.y).attr("width", node.width).attr("height", node.height)
				.attr("rx", node.kind.equals("item") ? 10 : 4).raw(DIAGRAM.of("rect", classes)).raw("/>\n");
		if (node.isGroup()) {
			svg.textAt(DIAGRAM, node.x + 8, node.y + 18, "glabel", node.label);
		} else {
			double y = node.y + TextMetrics.PAD_Y + 12;
			svg.textAt(DIAGRAM, node.x + TextMetrics.PAD_X, y, "label", node.label);
			for (String detail : node.details) {
				y += TextMetrics.DETAIL_LINE;
				svg.textAt(DIAGRAM, node.x + TextMetrics.PAD_X, y, "detail", TextMetrics.cut(detail));
			}
		}
		List<DiagramFinding> findings = node.element == null ? null : byElement.get(node.element);
		if (findings != null) {
			Frame.badge(svg, DIAGRAM, node.element, findings, node.x + node.width - 2, node.y + 2, "");
		}
		for (Node child : node.children) {
			node(svg, child, byElement);
		}
		svg.raw("</g>\n");
	}

	private static String last(String qualifiedName) {
		return qualifiedName == null ? null : qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
	}

	private static void edge(Svg svg, Edge edge) {
		StringBuilder css = new StringBuilder("edge ").append(edge.kind);
		for (String mark : edge.marks) {
			css.append(' ').append(mark);
		}
		String classes = css.toString();
		svg.raw("<g").attr("id", edge.id).attr("class", classes);
		if (edge.element != null) {
			svg.attr("data-element", edge.element);
		}
		svg.attr("data-source", edge.source.element != null ? edge.source.element : edge.source.id);
		svg.attr("data-target", edge.target.element != null ? edge.target.element : edge.target.id).raw(">");
		List<String> tip = new ArrayList<>();
		tip.add(edge.kind + ": " + edge.source.label + " → " + edge.target.label + (edge.label == null ? "" : " (" + edge.label + ")"));
		if (edge.marks.contains("single-source")) {
			tip.add("single source: one line makes this item");
		}
		svg.title(tip);
		if (edge.points.size() >= 2) {
			svg.raw("<path").attr("d", Svg.path(edge.points)).raw(EDGES.of("path", classes))
					.raw(" marker-end=\"url(#arrow)\"/>");
		}
		if (edge.label != null && edge.labelWidth > 0) {
			svg.raw("<rect class=\"elabelbox\"").attr("x", edge.labelX).attr("y", edge.labelY).attr("width", edge.labelWidth)
					.attr("height", edge.labelHeight).raw(EDGES.of("rect", "elabelbox")).raw("/>");
			svg.textAt(EDGES, edge.labelX + ElkLayout.LABEL_PADDING, edge.labelY + edge.labelHeight - ElkLayout.LABEL_PADDING - 1.5,
					"elabel", edge.label);
		}
		svg.raw("</g>\n");
	}

	static List<LegendEntry> legend(Viewpoint viewpoint) {
		return switch (viewpoint) {
			case INDUSTRIAL -> List.of(LegendEntry.box("node nation group", "nation (holds its firms and the items that originate there)"),
					LegendEntry.box("node firm group", "firm (holds its production lines)"),
					LegendEntry.box("node line", "production line: site, rate, surge"),
					LegendEntry.box("node line capped", "line capped upstream: its inputs allow less than its rate"),
					LegendEntry.box("node line planned", "planned line"),
					LegendEntry.box("node item munition", "item: munition"),
					LegendEntry.box("node item component", "item: component"),
					LegendEntry.box("node item platform", "item: platform"),
					LegendEntry.line("edge makes", "line makes item"),
					LegendEntry.line("edge input", "item is an input of a line (label: supplier line or stock)"),
					LegendEntry.line("edge input single-source", "single-source input: one line makes the item"),
					LegendEntry.dot("badge error", "error on the element (hover for the message)"),
					LegendEntry.dot("badge warning", "warning on the element (hover for the message)"));
			case SUSTAINMENT -> List.of(LegendEntry.box("node theatre group", "theatre"),
					LegendEntry.box("node site group", "site (holds its stockpiles, MRO facilities and units)"),
					LegendEntry.box("node stockpile", "stockpile: item × quantity"),
					LegendEntry.box("node mro", "MRO facility: slots, turnaround"),
					LegendEntry.box("node unit", "unit: count × platform"),
					LegendEntry.line("edge route", "route: mode · transit days"),
					LegendEntry.line("edge supplies", "stockpile supplies a unit at its site with an item it consumes"),
					LegendEntry.line("edge maintains", "MRO facility maintains the unit's platform"),
					LegendEntry.dot("badge error", "error on the element (hover for the message)"),
					LegendEntry.dot("badge warning", "warning on the element (hover for the message)"));
			case REQUIREMENTS -> List.of(LegendEntry.box("node requirement", "requirement (not verified)"),
					LegendEntry.box("node requirement pass", "requirement verified: PASS"),
					LegendEntry.box("node requirement fail", "requirement verified: FAIL"),
					LegendEntry.box("node requirement unknown", "requirement verified: UNKNOWN (cannot be measured)"),
					LegendEntry.box("node item", "item a requirement constrains (no verdict colour)"),
					LegendEntry.box("node theatre", "theatre"),
					LegendEntry.box("node line", "production line"),
					LegendEntry.box("node scenario", "scenario"),
					LegendEntry.line("edge constrains", "what the requirement constrains (item, theatre, line, scenario)"),
					LegendEntry.dot("badge error", "error on the element (hover for the message)"),
					LegendEntry.dot("badge warning", "warning on the element (hover for the message)"));
			case POSTURE -> List.of();
		};
	}
}
