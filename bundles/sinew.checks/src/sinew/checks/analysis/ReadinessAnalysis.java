package sinew.checks.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import sinew.model.CapacityChange;
import sinew.model.Consumption;
import sinew.model.Excursion;
import sinew.model.ExcursionKind;
import sinew.model.Intensity;
import sinew.model.Item;
import sinew.model.ProductionLine;
import sinew.model.Route;
import sinew.model.Scenario;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.Theatre;
import sinew.model.Unit;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;

/**
 * Derived figures of stock and readiness under a scenario: how new stock of an item reaches a theatre once a
 * war has started (which lines can deliver, when, and along which chain of routes), the stock of an item held
 * anywhere, and the production rates of an item at its planned capacity and at its recent, declared rates.
 * <p>
 * This is the one definition of replenishment lag (production lead time plus transit) that rules and views use.
 * It honours time and the route network: lines a scenario enables count from the day they are enabled, lines that start later count from
 * their start, lines that stop before their first delivery do not count, and transit may chain several routes
 * (a plant to a port, the port to a forward base). Lead time and transit are read as the shared analysis reads
 * them. Rates are per day and durations in days.
 */
public final class ReadinessAnalysis {

	private final SupplyAnalysis supply;
	private final ModelIndex model;

	public ReadinessAnalysis(SupplyAnalysis supply) {
		this.supply = supply;
		this.model = supply.model();
	}

	public SupplyAnalysis supply() {
		return supply;
	}

	// ------------------------------------------------------------------ replenishment under a scenario

	/**
	 * The quickest way new stock reaches a theatre: a line, the days from the scenario's start until the line
	 * can take orders ({@code waitDays}), its lead time, and the routes from its site to the theatre with their
	 * total transit. {@code routes} is empty when the line is inside the theatre.
	 */
	public record Replenishment(double days, ProductionLine line, double waitDays, double leadTimeDays, List<Route> routes,
			double transitDays) {
	}

	/**
	 * The quickest replenishment of an item in a theatre under a scenario (without a scenario: the existing
	 * lines, from now); empty when no line can deliver there.
	 */
	public Optional<Replenishment> replenishment(Item item, Theatre theatre, Scenario scenario) {
		Replenishment best = null;
		for (ProductionLine line : linesAvailable(item, scenario)) {
			double wait = waitDays(line, scenario).orElse(0.0);
			double lead = SupplyAnalysis.days(line.getLeadTime()).orElse(0.0);
			Optional<Path> path = quickestPath(line.getSite(), theatre);
			if (path.isEmpty()) {
				continue;
			}
			double total = wait + lead + path.get().days();
			if (best == null || total < best.days()) {
				best = new Replenishment(total, line, wait, lead, path.get().routes(), path.get().days());
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The lines making an item that can deliver under a scenario: existing lines, and planned lines the scenario
	 * (or its base) enables; not those that stop (by their end date or a disabling excursion) before their first
	 * delivery could come out. Without a scenario: the existing lines.
	 */
	public List<ProductionLine> linesAvailable(Item item, Scenario scenario) {
		List<ProductionLine> lines = new ArrayList<>();
		for (ProductionLine line : model.linesMaking(item)) {
			if (ModelIndex.resolved(line.getSite()) && waitDays(line, scenario).isPresent()) {
				lines.add(line);
			}
		}
		return lines;
	}

	/**
	 * Days from a scenario's start until a line can take orders for it, or empty when the line does not deliver
	 * in the scenario at all (planned and not enabled, or stopped before its first delivery).
	 */
	public Optional<Double> waitDays(ProductionLine line, Scenario scenario) {
		Optional<ScenarioWindow> window = scenario == null ? Optional.empty() : ScenarioWindow.of(scenario);
		LocalDate available = null; // null: from day 0
		boolean enabled = !line.isPlanned();
		LocalDate stops = Dates.tryParse(line.getEnd()).orElse(null);
		if (scenario != null) {
			for (Scenario s : ScenarioWindow.lineage(scenario)) {
				for (Excursion excursion : s.getExcursions()) {
					if (excursion.getTarget() != line) {
						continue;
					}
					Optional<LocalDate> from = Dates.tryParse(excursion.getFrom());
					if (excursion.getKind() == ExcursionKind.ENABLE) {
						enabled = true;
						if (line.isPlanned() && from.isPresent() && (available == null || from.get().isBefore(available))) {
							available = from.get();
						}
					} else if (excursion.getKind() == ExcursionKind.DISABLE && from.isPresent()
							&& (stops == null || from.get().isBefore(stops))) {
						stops = from.get();
					}
				}
			}
		}
		if (!enabled) {
			return Optional.empty();
		}
		Optional<LocalDate> start = Dates.tryParse(line.getStart());
		if (start.isPresent() && (available == null || start.get().isAfter(available))) {
			available = start.get();
		}
		if (window.isEmpty()) {
			return Optional.of(0.0);
		}
		LocalDate day0 = window.get().start();
		LocalDate from = available == null || available.isBefore(day0) ? day0 : available;
		double wait = ChronoUnit.DAYS.between(day0, from);
		if (stops != null) {
			double lead = SupplyAnalysis.days(line.getLeadTime()).orElse(0.0);
			if (stops.isBefore(from.plusDays((long) Math.ceil(lead)))) {
				return Optional.empty();
			}
		}
		return Optional.of(wait);
	}

	/** A chain of routes and its total transit. */
	public record Path(double days, List<Route> routes) {
	}

	/**
	 * The quickest chain of routes from a site to any site of a theatre, by transit time (routes whose transit is
	 * not a duration are not used); zero days and no route when the site is in the theatre.
	 */
	public Optional<Path> quickestPath(Site from, Theatre theatre) {
		if (!ModelIndex.resolved(from)) {
			return Optional.empty();
		}
		if (theatre.getSites().contains(from)) {
			return Optional.of(new Path(0, List.of()));
		}
		Map<Site, Double> best = new HashMap<>();
		Map<Site, Route> via = new HashMap<>();
		Set<Site> done = new LinkedHashSet<>();
		PriorityQueue<Map.Entry<Site, Double>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
		best.put(from, 0.0);
		queue.add(Map.entry(from, 0.0));
		while (!queue.isEmpty()) {
			Map.Entry<Site, Double> next = queue.poll();
			Site site = next.getKey();
			if (!done.add(site)) {
				continue;
			}
			if (theatre.getSites().contains(site)) {
				List<Route> routes = new ArrayList<>();
				for (Site s = site; via.containsKey(s); s = via.get(s).getFrom()) {
					routes.add(0, via.get(s));
				}
				return Optional.of(new Path(next.getValue(), routes));
			}
			for (Route route : model.routes()) {
				Optional<Double> transit = SupplyAnalysis.days(route.getTransit());
				if (route.getFrom() != site || !ModelIndex.resolved(route.getTo()) || transit.isEmpty()
						|| transit.get() < 0) {
					continue;
				}
				double arrival = next.getValue() + transit.get();
				Double known = best.get(route.getTo());
				if (known == null || arrival < known) {
					best.put(route.getTo(), arrival);
					via.put(route.getTo(), route);
					queue.add(Map.entry(route.getTo(), arrival));
				}
			}
		}
		return Optional.empty();
	}

	// ------------------------------------------------------------------ stock and production rates

	/** The items the units based in a theatre consume at an intensity (at a rate above zero), in model order. */
	public List<Item> itemsConsumed(Theatre theatre, Intensity intensity) {
		Set<Item> items = new LinkedHashSet<>();
		for (Unit unit : model.units()) {
			if (!ModelIndex.resolved(unit.getBase()) || !theatre.getSites().contains(unit.getBase())) {
				continue;
			}
			for (Consumption consumption : unit.getConsumption()) {
				if (consumption.getIntensity() == intensity && ModelIndex.resolved(consumption.getItem())
						&& SupplyAnalysis.perDay(consumption.getRate()).orElse(0.0) > 0) {
					items.add(consumption.getItem());
				}
			}
		}
		return new ArrayList<>(items);
	}

	/** The stockpiles of an item held at the sites of a theatre, in model order. */
	public List<Stockpile> stockpiles(Item item, Theatre theatre) {
		List<Stockpile> stockpiles = new ArrayList<>();
		for (Stockpile stockpile : model.stockpiles()) {
			if (stockpile.getItem() == item && theatre.getSites().contains(stockpile.getSite())) {
				stockpiles.add(stockpile);
			}
		}
		return stockpiles;
	}

	/** Stock of an item in a theatre, or at every site when no theatre is given. */
	public double stock(Item item, Theatre theatre) {
		if (theatre != null) {
			return supply.stock(item, theatre);
		}
		double total = 0;
		for (Stockpile stockpile : model.stockpiles()) {
			if (stockpile.getItem() == item) {
				total += Math.max(0, stockpile.getQuantity());
			}
		}
		return total;
	}

	/**
	 * The existing lines' capacity for an item once every dated expansion is in force: the sum of their
	 * capacities on the latest of their capacity-change and start dates ({@code date}, null when none is dated),
	 * over the lines that are not planned and have not stopped by then.
	 */
	public record PlannedRate(double perDay, LocalDate date, List<ProductionLine> lines) {
	}

	/** The planned rate of an item: see {@link PlannedRate}. */
	public PlannedRate plannedRate(Item item) {
		List<ProductionLine> existing = model.linesMaking(item).stream().filter(l -> !l.isPlanned()).toList();
		LocalDate latest = null;
		for (ProductionLine line : existing) {
			List<LocalDate> dates = new ArrayList<>();
			for (CapacityChange change : line.getCapacityChanges()) {
				Dates.tryParse(change.getFrom()).ifPresent(dates::add);
			}
			Dates.tryParse(line.getStart()).ifPresent(dates::add);
			for (LocalDate date : dates) {
				if (latest == null || date.isAfter(latest)) {
					latest = date;
				}
			}
		}
		double total = 0;
		List<ProductionLine> counted = new ArrayList<>();
		for (ProductionLine line : existing) {
			Optional<LocalDate> end = Dates.tryParse(line.getEnd());
			if (latest != null && end.isPresent() && !end.get().isAfter(latest)) {
				continue;
			}
			total += supply.capacityOn(line, latest, null);
			counted.add(line);
		}
		return new PlannedRate(total, latest, counted);
	}

	/** The recent rate of an item: the existing lines' declared base rates, and those lines. */
	public record RecentRate(double perDay, List<ProductionLine> lines) {
	}

	/**
	 * The recent average rate of an item: the sum of the declared base rates of its existing lines producing on
	 * a date (lines that start after it or have stopped by it do not count); without a date, of all its
	 * existing lines.
	 */
	public RecentRate recentRate(Item item, LocalDate on) {
		double total = 0;
		List<ProductionLine> counted = new ArrayList<>();
		for (ProductionLine line : model.linesMaking(item)) {
			if (line.isPlanned()) {
				continue;
			}
			Optional<LocalDate> start = Dates.tryParse(line.getStart());
			Optional<LocalDate> end = Dates.tryParse(line.getEnd());
			if (on != null && (start.isPresent() && start.get().isAfter(on) || end.isPresent() && !end.get().isAfter(on))) {
				continue;
			}
			total += SupplyAnalysis.perDay(line.getRate()).orElse(0.0);
			counted.add(line);
		}
		return new RecentRate(total, counted);
	}
}
