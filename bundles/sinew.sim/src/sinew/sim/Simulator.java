package sinew.sim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import sinew.sim.SimData.Allocation;
import sinew.sim.SimData.Input;
import sinew.sim.SimData.Line;
import sinew.sim.SimData.Route;
import sinew.sim.SimData.Stockpile;
import sinew.sim.SimData.Threat;
import sinew.sim.SimData.Unit;

/**
 * One day-by-day run of a scenario over its window (day 0 is the scenario's start, the last day is
 * {@code ceil(durationDays) - 1}). The assumptions, in the order a day is simulated:
 * <ol>
 * <li><b>Pooling.</b> The stock of an item in the theatre is one pool: the sum of the stockpiles of that item at
 * the theatre's sites (a stockpile that is the input stock of a production line is not part of the pool). Every
 * unit based at a theatre site draws from the pool of its item; units based elsewhere are not simulated.
 * Distribution inside the theatre is instantaneous and free.</li>
 * <li><b>Strikes</b> happen once, on day 0, before anything is consumed: each active threat destroys its declared
 * share of every theatre stockpile at an exposed site in its range (a site is exposed unless hardened or
 * dispersed; partial hardening is exposed). Threats whose envelopes overlap compound. In deterministic mode the
 * share is exact; otherwise each stockpile loses a binomial draw (its quantity, the share: each round destroyed
 * independently) from the run's seeded stream.</li>
 * <li><b>Arrivals</b> in transit for the day are added to the pool.</li>
 * <li><b>Production.</b> A line produces from the day it is active in the scenario ({@code producesFrom}, or the
 * day an {@code enable} excursion applies to a planned line) and not before its lead time, counted from day 0
 * (orders are placed at war start); it stops on its end date or from the day a {@code disable} excursion
 * applies. Its capacity on a day is its rate, replaced by dated capacity changes and {@code set rate} excursions
 * (the latest applying), and, with a surge, at least the straight ramp from the capacity on day 0 to the surge
 * target over the ramp's days. Output is the capacity limited by inputs: for each bill-of-materials input, what
 * is available ÷ quantity per unit, where a supplier line's input is the part of the supplier's output allocated
 * to the line (allocations are shares of output: the allocation's rate ÷ the sum of the supplier's allocation
 * rates) accumulated in a buffer, and a stock input is what remains of that stockpile. Components travel from
 * supplier to line instantly. Output not allocated to lines (nation allocations, or everything when a line has
 * no allocations) goes to the theatre pool of its item: it arrives after the quickest chain of routes from the
 * line's site to a theatre site ({@code ceil} of the summed transit days; 0 inside the theatre); with no chain
 * of routes, it never arrives. Route capacity is not modelled. Production is continuous (fractions of units).</li>
 * <li><b>Consumption.</b> Demand of an item is the sum of the theatre units' rates at the day's phase intensity.
 * What the pool cannot meet is unmet (lost, not back-ordered).</li>
 * </ol>
 * The day of exhaustion of an item is the first day its demand cannot be met in full. Each shortfall day is put
 * down to a binding constraint: {@code no line} (no line makes the item in the scenario), {@code lead time} (no
 * line is producing yet), {@code transit} (output has no route to the theatre or has not arrived yet),
 * {@code input cap} (a line's last output was capped by its inputs) or {@code capacity}.
 */
public final class Simulator {

	/** Binding constraints behind a shortfall. */
	public static final String NO_LINE = "no line", LEAD_TIME = "lead time", TRANSIT = "transit",
			INPUT_CAP = "input cap", CAPACITY = "capacity";

	private static final double EPS = 1e-9;

	/** Results of an item in the theatre. */
	public record ItemResult(String item, double initialStock, double destroyed, double demand, double unmet,
			Integer exhaustionDay, Integer firstArrivalDay, String bindingConstraint,
			Map<String, Integer> shortfallDays, double[] stock) {
	}

	/** Results of a production line; {@code output} is the day-by-day output (units made on each day). */
	public record LineResult(String line, String item, Integer firstProductionDay, Integer transitDays,
			double produced, double capacity, Double utilisation, double[] output) {
	}

	/** Results of a run. */
	public record RunResult(String scenario, String theatre, int days, Integer firstHighIntensityDay,
			Map<String, ItemResult> items, Map<String, LineResult> lines) {
	}

	private final SimData data;
	private final int days;
	private final Map<String, Line> lineById = new HashMap<>();
	private final List<Line> order = new ArrayList<>();
	private final Map<String, Integer> activeFrom = new HashMap<>();
	private final Map<String, Integer> stopFrom = new HashMap<>();
	private final Map<String, Integer> productionStart = new HashMap<>();
	private final Map<String, Integer> transit = new HashMap<>();
	private final Map<String, double[]> capacity = new HashMap<>();
	private final Set<String> inputStocks = new HashSet<>();
	private final Set<String> reported = new TreeSet<>();

	/** Prepares runs of a simulation input (what does not depend on chance is computed once). */
	public Simulator(SimData data) {
		this.data = data;
		this.days = data.scenario().days();
		for (Line l : data.lines()) {
			lineById.put(l.id(), l);
			for (Input in : l.inputs()) {
				if (in.stock() != null) {
					inputStocks.add(in.stock());
				}
			}
		}
		for (Line l : data.lines()) {
			visit(l, new HashSet<>());
		}
		for (Line l : data.lines()) {
			prepare(l);
		}
		for (Stockpile s : theatreStockpiles()) {
			if (s.item() != null) {
				reported.add(s.item());
			}
		}
		for (Unit u : theatreUnits()) {
			u.consumption().stream().filter(c -> c.item() != null && c.ratePerDay() > 0).forEach(c -> reported.add(c.item()));
		}
	}

	/** Suppliers before the lines they supply (a cycle is broken where it is found). */
	private void visit(Line l, Set<String> path) {
		if (order.contains(l) || !path.add(l.id())) {
			return;
		}
		for (Input in : l.inputs()) {
			Line supplier = in.supplierLine() == null ? null : lineById.get(in.supplierLine());
			if (supplier != null) {
				visit(supplier, path);
			}
		}
		path.remove(l.id());
		if (!order.contains(l)) {
			order.add(l);
		}
	}

	private int day(LocalDate date) {
		return (int) ChronoUnit.DAYS.between(data.scenario().start(), date);
	}

	private void prepare(Line l) {
		Integer from = l.producesFrom() == null ? null : Math.max(0, day(l.producesFrom()));
		Integer stop = l.end() == null ? null : Math.max(0, day(l.end()) + 1);
		for (SimData.Excursion e : data.excursions()) {
			if (!l.id().equals(e.target())) {
				continue;
			}
			int d = Math.max(0, e.day());
			if ("enable".equals(e.kind())) {
				from = from == null ? d : Math.min(from, d);
			} else if ("disable".equals(e.kind())) {
				stop = stop == null ? d : Math.min(stop, d);
			}
		}
		if (from == null) {
			return;
		}
		activeFrom.put(l.id(), from);
		if (stop != null) {
			stopFrom.put(l.id(), stop);
		}
		productionStart.put(l.id(), Math.max(from, (int) Math.ceil(l.leadTimeDays() - EPS)));
		Integer t = quickestTransit(l.site());
		if (t != null) {
			transit.put(l.id(), t);
		}
		double[] cap = new double[days];
		for (int d = 0; d < days; d++) {
			cap[d] = baseCapacity(l, d);
		}
		if (l.surge() != null && days > 0) {
			double c0 = cap[0], target = l.surge().targetPerDay(), ramp = l.surge().rampDays();
			for (int d = 0; d < days; d++) {
				double r = ramp <= 0 ? target : c0 + (target - c0) * Math.min(1.0, d / ramp);
				cap[d] = Math.max(cap[d], r);
			}
		}
		capacity.put(l.id(), cap);
	}

	private double baseCapacity(Line l, int d) {
		LocalDate date = data.scenario().start().plusDays(d);
		double rate = l.ratePerDay() == null ? 0 : l.ratePerDay();
		for (SimData.CapacityChange c : l.capacityChanges()) {
			if (!c.from().isAfter(date)) {
				rate = c.ratePerDay();
			}
		}
		int setDay = Integer.MIN_VALUE;
		for (SimData.Excursion e : data.excursions()) {
			if ("set".equals(e.kind()) && l.id().equals(e.target()) && e.value() != null && e.property() != null
					&& e.property().toLowerCase().contains("rate") && e.day() <= d && e.day() >= setDay) {
				setDay = e.day();
				rate = e.value();
			}
		}
		return rate;
	}

	/** Days of the quickest chain of routes from a site to a theatre site (0 inside), null when there is none. */
	Integer quickestTransit(String site) {
		if (site == null) {
			return null;
		}
		Set<String> theatre = data.scenario().theatreSites();
		Map<String, Double> best = new HashMap<>();
		PriorityQueue<Map.Entry<String, Double>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
		best.put(site, 0.0);
		queue.add(Map.entry(site, 0.0));
		while (!queue.isEmpty()) {
			Map.Entry<String, Double> e = queue.poll();
			if (e.getValue() > best.get(e.getKey())) {
				continue;
			}
			if (theatre.contains(e.getKey())) {
				return (int) Math.ceil(e.getValue() - EPS);
			}
			for (Route r : data.routes()) {
				if (e.getKey().equals(r.from()) && r.to() != null) {
					double t = e.getValue() + r.transitDays();
					if (t < best.getOrDefault(r.to(), Double.POSITIVE_INFINITY)) {
						best.put(r.to(), t);
						queue.add(Map.entry(r.to(), t));
					}
				}
			}
		}
		return null;
	}

	private List<Stockpile> theatreStockpiles() {
		return data.stockpiles().stream()
				.filter(s -> s.site() != null && data.scenario().theatreSites().contains(s.site()))
				.filter(s -> !inputStocks.contains(s.id())).toList();
	}

	private List<Unit> theatreUnits() {
		return data.units().stream().filter(u -> u.base() != null && data.scenario().theatreSites().contains(u.base()))
				.toList();
	}

	/**
	 * One run.
	 *
	 * @param random the run's stream (used only for strikes when not deterministic)
	 * @param deterministic strikes destroy exactly their share
	 */
	public RunResult run(UniformRandomProvider random, boolean deterministic) {
		Map<String, Double> pool = new TreeMap<>();
		Map<String, Double> initial = new TreeMap<>();
		Map<String, Double> destroyed = new TreeMap<>();
		// strikes on day 0, then the pool
		for (Stockpile s : theatreStockpiles()) {
			if (s.item() == null) {
				continue;
			}
			double q = s.quantity();
			initial.merge(s.item(), q, Double::sum);
			SimData.Site site = data.sites().get(s.site());
			if (site != null && site.exposed()) {
				for (Threat t : data.scenario().threats()) {
					if (t.destroyedShare() > 0 && t.sitesInRange().contains(s.site()) && q > 0) {
						double lost = deterministic || random == null ? q * t.destroyedShare()
								: binomial(random, Math.round(q), Math.min(1.0, t.destroyedShare()));
						q -= lost;
						destroyed.merge(s.item(), lost, Double::sum);
					}
				}
			}
			pool.merge(s.item(), q, Double::sum);
		}
		Map<String, Double> stocks = new HashMap<>();
		for (Stockpile s : data.stockpiles()) {
			if (inputStocks.contains(s.id())) {
				stocks.put(s.id(), (double) s.quantity());
			}
		}
		Map<String, double[]> arrivals = new HashMap<>();
		Map<String, Map<String, Double>> buffers = new HashMap<>(); // consumer line -> supplier line -> units
		Map<String, Double> produced = new HashMap<>(), capacityUsed = new HashMap<>();
		Map<String, double[]> output = new HashMap<>();
		Map<String, Boolean> lastInputCapped = new HashMap<>();
		Map<String, Integer> firstArrival = new HashMap<>();
		Map<String, Double> demandTotal = new TreeMap<>(), unmetTotal = new TreeMap<>();
		Map<String, Integer> exhaustion = new HashMap<>();
		Map<String, String> firstConstraint = new HashMap<>();
		Map<String, Map<String, Integer>> shortfallDays = new HashMap<>();
		Map<String, double[]> series = new LinkedHashMap<>();
		for (String item : reported) {
			series.put(item, new double[days]);
		}
		List<Unit> units = theatreUnits();

		for (int d = 0; d < days; d++) {
			for (Map.Entry<String, double[]> a : arrivals.entrySet()) {
				double q = a.getValue()[d];
				if (q > 0) {
					pool.merge(a.getKey(), q, Double::sum);
					firstArrival.putIfAbsent(a.getKey(), d);
				}
			}
			for (Line l : order) {
				Integer start = productionStart.get(l.id());
				Integer stop = stopFrom.get(l.id());
				if (start == null || d < start || (stop != null && d >= stop)) {
					continue;
				}
				double cap = capacity.get(l.id())[d];
				double out = cap;
				Map<String, Double> buffer = buffers.computeIfAbsent(l.id(), k -> new HashMap<>());
				for (Input in : l.inputs()) {
					if (in.quantityPerUnit() <= 0) {
						continue;
					}
					double available = in.supplierLine() != null ? buffer.getOrDefault(in.supplierLine(), 0.0)
							: in.stock() != null ? stocks.getOrDefault(in.stock(), 0.0) : Double.POSITIVE_INFINITY;
					out = Math.min(out, available / in.quantityPerUnit());
				}
				out = Math.max(0, out);
				lastInputCapped.put(l.id(), out < cap - EPS);
				for (Input in : l.inputs()) {
					double used = out * in.quantityPerUnit();
					if (in.supplierLine() != null) {
						buffer.merge(in.supplierLine(), -used, Double::sum);
					} else if (in.stock() != null) {
						stocks.merge(in.stock(), -used, Double::sum);
					}
				}
				produced.merge(l.id(), out, Double::sum);
				output.computeIfAbsent(l.id(), k -> new double[days])[d] = out;
				capacityUsed.merge(l.id(), cap, Double::sum);
				double allocated = l.allocations().stream().mapToDouble(Allocation::ratePerDay).sum();
				double toTheatre = out;
				if (allocated > 0) {
					for (Allocation a : l.allocations()) {
						if (a.line() != null) {
							double share = out * a.ratePerDay() / allocated;
							toTheatre -= share;
							buffers.computeIfAbsent(a.line(), k -> new HashMap<>()).merge(l.id(), share, Double::sum);
						}
					}
				}
				Integer t = transit.get(l.id());
				if (toTheatre > EPS && t != null && l.item() != null) {
					if (t == 0) {
						pool.merge(l.item(), toTheatre, Double::sum);
						firstArrival.putIfAbsent(l.item(), d);
					} else if (d + t < days) {
						arrivals.computeIfAbsent(l.item(), k -> new double[days])[d + t] += toTheatre;
					}
				}
			}
			String intensity = data.scenario().intensity(d);
			Map<String, Double> demand = new TreeMap<>();
			for (Unit u : units) {
				for (SimData.Consumption c : u.consumption()) {
					if (c.item() != null && c.intensity().equals(intensity)) {
						demand.merge(c.item(), c.ratePerDay(), Double::sum);
					}
				}
			}
			for (Map.Entry<String, Double> e : demand.entrySet()) {
				String item = e.getKey();
				double have = pool.getOrDefault(item, 0.0), want = e.getValue();
				double met = Math.min(have, want);
				pool.put(item, have - met);
				demandTotal.merge(item, want, Double::sum);
				if (want - met > EPS) {
					unmetTotal.merge(item, want - met, Double::sum);
					exhaustion.putIfAbsent(item, d);
					String why = constraint(item, d, lastInputCapped);
					firstConstraint.putIfAbsent(item, why);
					shortfallDays.computeIfAbsent(item, k -> new TreeMap<>()).merge(why, 1, Integer::sum);
				}
			}
			for (Map.Entry<String, double[]> s : series.entrySet()) {
				s.getValue()[d] = pool.getOrDefault(s.getKey(), 0.0);
			}
		}

		Map<String, ItemResult> items = new TreeMap<>();
		for (String item : reported) {
			items.put(item, new ItemResult(item, initial.getOrDefault(item, 0.0), destroyed.getOrDefault(item, 0.0),
					demandTotal.getOrDefault(item, 0.0), unmetTotal.getOrDefault(item, 0.0), exhaustion.get(item),
					firstArrival.get(item), firstConstraint.get(item),
					shortfallDays.getOrDefault(item, Map.of()), series.get(item)));
		}
		Map<String, LineResult> lines = new TreeMap<>();
		for (Line l : data.lines()) {
			double p = produced.getOrDefault(l.id(), 0.0), c = capacityUsed.getOrDefault(l.id(), 0.0);
			Integer start = productionStart.get(l.id());
			lines.put(l.id(), new LineResult(l.id(), l.item(), start != null && start < days ? start : null,
					transit.get(l.id()), p, c, c > EPS ? p / c : null, output.getOrDefault(l.id(), new double[days])));
		}
		Integer firstHigh = null;
		for (int d = 0; d < days && firstHigh == null; d++) {
			if ("high".equals(data.scenario().intensity(d))) {
				firstHigh = d;
			}
		}
		return new RunResult(data.scenario().id(), data.scenario().theatre(), days, firstHigh, items, lines);
	}

	/**
	 * A binomial draw: each of {@code n} items destroyed independently with probability {@code p} (counted item by
	 * item up to a million, the normal approximation above; Commons RNG's tabulated sampler cannot tabulate
	 * stockpiles of tens of thousands of rounds).
	 */
	static long binomial(UniformRandomProvider random, long n, double p) {
		if (p <= 0 || n <= 0) {
			return 0;
		}
		if (p >= 1) {
			return n;
		}
		if (n <= 1_000_000) {
			long k = 0;
			for (long i = 0; i < n; i++) {
				if (random.nextDouble() < p) {
					k++;
				}
			}
			return k;
		}
		double x = n * p + Math.sqrt(n * p * (1 - p)) * ZigguratSampler.NormalizedGaussian.of(random).sample();
		return Math.max(0, Math.min(n, Math.round(x)));
	}

	private String constraint(String item, int d, Map<String, Boolean> lastInputCapped) {
		List<Line> makers = data.lines().stream().filter(l -> item.equals(l.item()) && activeFrom.containsKey(l.id()))
				.toList();
		if (makers.isEmpty()) {
			return NO_LINE;
		}
		List<Line> producing = makers.stream().filter(l -> productionStart.get(l.id()) <= d).toList();
		if (producing.isEmpty()) {
			return LEAD_TIME;
		}
		List<Line> arrived = producing.stream()
				.filter(l -> transit.containsKey(l.id()) && productionStart.get(l.id()) + transit.get(l.id()) <= d)
				.toList();
		if (arrived.isEmpty()) {
			return TRANSIT;
		}
		return arrived.stream().anyMatch(l -> lastInputCapped.getOrDefault(l.id(), false)) ? INPUT_CAP : CAPACITY;
	}
}
