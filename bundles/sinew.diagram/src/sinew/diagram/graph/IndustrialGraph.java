package sinew.diagram.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sinew.checks.analysis.ExportAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.diagram.graph.Graph.Edge;
import sinew.diagram.graph.Graph.Node;
import sinew.model.Component;
import sinew.model.Firm;
import sinew.model.Item;
import sinew.model.LineInput;
import sinew.model.Munition;
import sinew.model.Nation;
import sinew.model.Platform;
import sinew.model.ProductionLine;
import sinew.model.units.Units;

/**
 * The industrial network: a box per nation holding its firms (each holding its production lines) and the items
 * that originate there; edges from a line to the item it makes and from an item to each line that takes it as an
 * input (labelled with the supplier line or stockpile named). A line capped upstream (its inputs allow less than the
 * highest rate it is expected to reach: rate, dated capacity or surge target; {@link SupplyAnalysis#cappedOutput}) is
 * marked {@code capped}; an input whose item has one non-planned line
 * making it (the single-source rule's definition) is marked {@code single-source}.
 */
public final class IndustrialGraph {

	private IndustrialGraph() {
	}

	public static Graph build(ModelIndex index) {
		Graph graph = new Graph();
		SupplyAnalysis supply = new SupplyAnalysis(index);
		Map<Nation, Node> nations = new HashMap<>();
		for (Nation nation : index.nations()) {
			nations.put(nation, graph.add(null, new Node(Ids.of(nation), Ids.of(nation), "nation", Ids.label(nation))));
		}
		for (Firm firm : index.all(Firm.class)) {
			Node parent = ModelIndex.resolved(firm.getNation()) ? nations.get(firm.getNation()) : noNation(graph);
			Node node = graph.add(parent, new Node(Ids.of(firm), Ids.of(firm), "firm", Ids.label(firm)));
			if (firm.getTier() != null) {
				node.detail(firm.getTier().getLiteral());
			}
		}
		for (ProductionLine line : index.lines()) {
			Node parent;
			if (ModelIndex.resolved(line.getFirm())) {
				parent = graph.node(Ids.of(line.getFirm()));
			} else {
				Optional<Nation> nation = ExportAnalysis.nationOf(line);
				parent = nation.isPresent() ? nations.get(nation.get()) : noNation(graph);
			}
			Node node = graph.add(parent, new Node(Ids.of(line), Ids.of(line), "line", line.getName()));
			if (ModelIndex.resolved(line.getSite())) {
				node.detail("at " + Ids.label(line.getSite()));
			}
			if (line.getRate() != null) {
				node.detail(Units.format(line.getRate())
						+ (line.getSurge() != null && line.getSurge().getTarget() != null
								? ", surge " + Units.format(line.getSurge().getTarget())
								: ""));
			}
			if (line.isPlanned()) {
				node.mark("planned").detail("planned");
			}
			double claimed = highestClaim(line);
			SupplyAnalysis.Capped capped = supply.cappedOutput(line, claimed);
			if (claimed > 0 && capped.cappedUpstream() && capped.perDay() < claimed * (1 - 1e-9)) {
				node.mark("capped").detail("capped at " + Ids.perYear(capped.perDay()) + " by "
						+ capped.limitingSupplier().getName());
			}
		}
		for (ProductionLine line : index.lines()) {
			Node lineNode = graph.node(Ids.of(line));
			if (ModelIndex.resolved(line.getItem())) {
				graph.connect(new Edge("makes:" + Ids.of(line), null, "makes", lineNode, item(graph, nations, line.getItem()),
						null));
			} else {
				graph.note(line.getName() + ": the item it makes is unresolved; the line is drawn without it");
			}
			int n = 0;
			for (LineInput input : line.getInputs()) {
				n++;
				if (!ModelIndex.resolved(input.getItem())) {
					graph.note(line.getName() + ": input " + n + " names an unresolved item; the link is left out");
					continue;
				}
				Node itemNode = item(graph, nations, input.getItem());
				String label = null;
				if (ModelIndex.resolved(input.getSupplier())) {
					label = "from " + input.getSupplier().getName();
				} else if (ModelIndex.resolved(input.getStock())) {
					label = "from stock " + input.getStock().getName();
				} else if (input.getSupplier() != null || input.getStock() != null) {
					graph.note(line.getName() + ": input " + n + " names an unresolved supplier; drawn without it");
				}
				Edge edge = graph.connect(new Edge("link:" + Ids.of(line) + ":" + n, null, "input", itemNode, lineNode, label));
				List<ProductionLine> makers = index.linesMaking(input.getItem()).stream().filter(l -> !l.isPlanned())
						.toList();
				if (makers.size() == 1) {
					edge.mark("single-source");
				}
			}
		}
		graph.pruneEmpty("nation");
		return graph;
	}

	/**
	 * The highest rate a line is expected to reach: its rate, a dated capacity or its surge target (the claims the
	 * co-production cap rule SNW-SUP-002 weighs against what the line's suppliers allocate to it).
	 */
	static double highestClaim(ProductionLine line) {
		double claimed = SupplyAnalysis.perDay(line.getRate()).orElse(0.0);
		for (sinew.model.CapacityChange change : line.getCapacityChanges()) {
			claimed = Math.max(claimed, SupplyAnalysis.perDay(change.getRate()).orElse(0.0));
		}
		if (line.getSurge() != null) {
			claimed = Math.max(claimed, SupplyAnalysis.perDay(line.getSurge().getTarget()).orElse(0.0));
		}
		return claimed;
	}

	private static Node noNation(Graph graph) {
		Node none = graph.node("group:none");
		return none != null ? none : graph.add(null, new Node("group:none", null, "nation", "No nation"));
	}

	private static Node item(Graph graph, Map<Nation, Node> nations, Item item) {
		Node existing = graph.node(Ids.of(item));
		if (existing != null) {
			return existing;
		}
		Optional<Nation> origin = ExportAnalysis.originOf(item);
		Node parent = origin.isPresent() && nations.containsKey(origin.get()) ? nations.get(origin.get()) : noNation(graph);
		String kind = item instanceof Munition ? "munition" : item instanceof Component ? "component"
				: item instanceof Platform ? "platform" : "item";
		Node node = graph.add(parent, new Node(Ids.of(item), Ids.of(item), "item", item.getName()).mark(kind));
		if (item.getTitle() != null) {
			node.detail(item.getTitle());
		}
		return node;
	}
}
