package sinew.diagram.graph;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import sinew.checks.analysis.ModelIndex;
import sinew.diagram.graph.Graph.Edge;
import sinew.diagram.graph.Graph.Node;
import sinew.generator.reports.RequirementReport;
import sinew.model.Comparison;
import sinew.model.NamedElement;
import sinew.model.Requirement;
import sinew.model.units.Units;

/**
 * Requirements and what they constrain: a box per requirement (its metric, comparison and threshold; its verdict
 * when given, as the mark {@code pass}, {@code fail} or {@code unknown}) with edges to its item, theatre, line and
 * scenario, each drawn once however many requirements name it.
 */
public final class RequirementsGraph {

	private RequirementsGraph() {
	}

	public static Graph build(ModelIndex index, Map<String, RequirementReport.Verdict> verdicts) {
		Graph graph = new Graph();
		for (Requirement r : index.requirements()) {
			Node node = graph.add(null, new Node(Ids.of(r), Ids.of(r), "requirement", r.getName()));
			if (r.getMetric() != null) {
				node.detail(r.getMetric().getLiteral().replace('_', ' ') + " " + symbol(r.getComparison()) + " "
						+ (r.getThreshold() == null ? "?" : Units.format(r.getThreshold())));
			}
			if (r.getVerifiedBy() != null) {
				node.detail("by " + r.getVerifiedBy().getLiteral());
			}
			RequirementReport.Verdict verdict = verdicts == null ? null : verdicts.get(Ids.of(r));
			if (verdict != null) {
				node.mark(verdict.status().name().toLowerCase(Locale.ROOT));
				node.detail(verdict.status().name());
			}
			target(graph, node, r, r.getItem(), "item", "item");
			target(graph, node, r, r.getTheatre(), "theatre", "in");
			target(graph, node, r, r.getLine(), "line", "line");
			target(graph, node, r, r.getScenario(), "scenario", "under");
		}
		return graph;
	}

	private static void target(Graph graph, Node requirement, Requirement r, EObject target, String kind, String role) {
		if (target == null) {
			return;
		}
		if (!ModelIndex.resolved(target)) {
			graph.note(r.getName() + ": its " + kind + " is unresolved; the link is left out");
			return;
		}
		String id = Ids.of(target);
		Node node = graph.node(id);
		if (node == null) {
			node = graph.add(null, new Node(id, id, kind, ((NamedElement) target).getName()));
			String label = Ids.label((NamedElement) target);
			if (!label.equals(((NamedElement) target).getName())) {
				node.detail(label);
			}
		}
		graph.connect(new Edge("constrains:" + requirement.id + ":" + role, null, "constrains", requirement, node, role));
	}

	static String symbol(Comparison comparison) {
		if (comparison == null) {
			return "?";
		}
		return switch (comparison) {
			case GE -> "≥";
			case GT -> ">";
			case LE -> "≤";
			case LT -> "<";
		};
	}
}
