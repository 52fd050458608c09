package sinew.diagram.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import sinew.checks.analysis.ModelIndex;
import sinew.diagram.graph.Graph.Edge;
import sinew.diagram.graph.Graph.Node;
import sinew.model.Consumption;
import sinew.model.MroFacility;
import sinew.model.Platform;
import sinew.model.Route;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.Theatre;
import sinew.model.Unit;
import sinew.model.units.Units;

/**
 * The sustainment flow: a box per theatre holding its sites (a site in several theatres sits in the first, in model
 * order); each site holds its stockpiles, MRO facilities and the units based there. Routes join sites (labelled with
 * mode and transit days); a stockpile serves the units at its site that consume its item ({@code supplies}); an MRO
 * facility serves the units whose platform it maintains ({@code maintains}). Only sites that hold something or that
 * a route touches are drawn.
 */
public final class SustainmentGraph {

	private SustainmentGraph() {
	}

	public static Graph build(ModelIndex index) {
		Graph graph = new Graph();
		Set<Site> used = new LinkedHashSet<>();
		for (Stockpile s : index.stockpiles()) {
			if (resolved(graph, s.getSite(), s.getName(), "its site")) {
				used.add(s.getSite());
			}
		}
		for (MroFacility m : index.mroFacilities()) {
			if (resolved(graph, m.getSite(), m.getName(), "its site")) {
				used.add(m.getSite());
			}
		}
		for (Unit u : index.units()) {
			if (resolved(graph, u.getBase(), u.getName(), "its base")) {
				used.add(u.getBase());
			}
		}
		for (Route r : index.routes()) {
			boolean from = resolved(graph, r.getFrom(), r.getName(), "its origin");
			boolean to = resolved(graph, r.getTo(), r.getName(), "its destination");
			if (from && to) {
				used.add(r.getFrom());
				used.add(r.getTo());
			}
		}
		for (Theatre theatre : index.theatres()) {
			graph.add(null, new Node(Ids.of(theatre), Ids.of(theatre), "theatre", Ids.label(theatre)));
		}
		for (Site site : index.sites()) {
			if (!used.contains(site)) {
				continue;
			}
			List<Theatre> theatres = index.theatresOf(site);
			Node parent = theatres.isEmpty() ? null : graph.node(Ids.of(theatres.get(0)));
			Node node = graph.add(parent, new Node(Ids.of(site), Ids.of(site), "site", Ids.label(site)));
			if (site.getKind() != null) {
				node.mark(site.getKind().getLiteral().replace('_', '-'));
			}
		}
		for (Stockpile s : index.stockpiles()) {
			if (ModelIndex.resolved(s.getSite())) {
				Node node = graph.add(graph.node(Ids.of(s.getSite())),
						new Node(Ids.of(s), Ids.of(s), "stockpile", s.getName()));
				node.detail((ModelIndex.resolved(s.getItem()) ? s.getItem().getName() : "?") + " × "
						+ Units.figure(s.getQuantity()));
			}
		}
		for (MroFacility m : index.mroFacilities()) {
			if (ModelIndex.resolved(m.getSite())) {
				Node node = graph.add(graph.node(Ids.of(m.getSite())), new Node(Ids.of(m), Ids.of(m), "mro", m.getName()));
				node.detail(m.getSlots() + " slots" + (m.getTurnaround() != null ? ", " + Units.format(m.getTurnaround()) : ""));
			}
		}
		for (Unit u : index.units()) {
			if (ModelIndex.resolved(u.getBase())) {
				Node node = graph.add(graph.node(Ids.of(u.getBase())), new Node(Ids.of(u), Ids.of(u), "unit", u.getName()));
				if (ModelIndex.resolved(u.getPlatform())) {
					node.detail((u.getCount() > 0 ? u.getCount() + " × " : "") + u.getPlatform().getName());
				}
			}
		}
		for (Route r : index.routes()) {
			if (ModelIndex.resolved(r.getFrom()) && ModelIndex.resolved(r.getTo())) {
				String label = (r.getMode() == null ? "route" : r.getMode().getLiteral())
						+ (r.getTransit() != null ? " · " + Ids.number(Units.days(r.getTransit())) + " d" : "");
				graph.connect(new Edge(Ids.of(r), Ids.of(r), "route", graph.node(Ids.of(r.getFrom())),
						graph.node(Ids.of(r.getTo())), label));
			}
		}
		for (Stockpile s : index.stockpiles()) {
			if (!ModelIndex.resolved(s.getSite()) || !ModelIndex.resolved(s.getItem())) {
				continue;
			}
			for (Unit u : index.units()) {
				if (u.getBase() == s.getSite() && consumes(u, s)) {
					graph.connect(new Edge("supplies:" + Ids.of(s) + ":" + Ids.of(u), null, "supplies",
							graph.node(Ids.of(s)), graph.node(Ids.of(u)), null));
				}
			}
		}
		for (MroFacility m : index.mroFacilities()) {
			if (!ModelIndex.resolved(m.getSite())) {
				continue;
			}
			for (Unit u : index.units()) {
				if (ModelIndex.resolved(u.getBase()) && ModelIndex.resolved(u.getPlatform()) && serves(m, u.getPlatform())) {
					graph.connect(new Edge("maintains:" + Ids.of(m) + ":" + Ids.of(u), null, "maintains",
							graph.node(Ids.of(m)), graph.node(Ids.of(u)), null));
				}
			}
		}
		graph.pruneEmpty("theatre");
		return graph;
	}

	private static boolean consumes(Unit unit, Stockpile stockpile) {
		for (Consumption c : unit.getConsumption()) {
			if (c.getItem() == stockpile.getItem()) {
				return true;
			}
		}
		return false;
	}

	private static boolean serves(MroFacility mro, Platform platform) {
		return mro.getServes().contains(platform);
	}

	private static boolean resolved(Graph graph, Site site, String name, String what) {
		if (ModelIndex.resolved(site)) {
			return true;
		}
		graph.note(name + ": " + what + " is " + (site == null ? "not given" : "unresolved") + "; left out");
		return false;
	}
}
