package sinew.sim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
import sinew.sim.SimData.Licence;
import sinew.sim.SimData.Line;
import sinew.sim.SimData.MroFacility;
import sinew.sim.SimData.Platform;
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
 * unit based at a theatre site draws from the pool of its item; units based elsewhere consume nothing here (their
 * platforms still take MRO slots). Distribution inside the theatre is instantaneous and free.</li>
 * <li><b>Strikes</b> happen once, on day 0, before anything is consumed: each active threat destroys its declared
 * share of every theatre stockpile at an exposed site in its range (a site is exposed unless hardened or
 * dispersed; partial hardening is exposed). Threats whose envelopes overlap compound. In deterministic mode the
 * share is exact; otherwise each stockpile loses a binomial draw (its quantity, the share: each round destroyed
 * independently) from the run's seeded stream.</li>
 * <li><b>Arrivals</b> due on the day are added to the pool.</li>
 * <li><b>Production: pre-war orders and war orders.</b> A line is active from {@code producesFrom} (its start, or
 * the day an {@code enable} excursion applies to a planned line) until its end date or a {@code disable}
 * excursion. While active it delivers its contracted capacity from its first active day, without waiting for its
 * lead time: the pipeline of orders placed before the war. That capacity is its rate, replaced by dated capacity
 * changes and {@code set rate} excursions (the latest applying). The surge is what the war orders on day 0: from
 * the line's lead time on (order to first delivery, counted from day 0) its capacity is at least the straight
 * ramp from the capacity on day 0 to the surge target over the ramp's days. So a cold line (rate 0) with a surge
 * first delivers on day {@code ceil(lead time)}.</li>
 * <li><b>Licences.</b> A line that produces under a licence produces only while the licence is in force: granted
 * (or pending and granted by a {@code grant} excursion, from its day), from its effective date, before its expiry
 * and before a {@code disable} excursion; denied, or pending and never granted, it never produces.</li>
 * <li><b>Inputs.</b> Output is the capacity limited by inputs: for each bill-of-materials input, what is available
 * ÷ quantity per unit, where a supplier line's input is what the supplier delivered to the line (below)
 * accumulated in a buffer, and a stock input is what remains of that stockpile. Components travel from supplier
 * to line instantly. Production is continuous (fractions of units).</li>
 * <li><b>Allocations.</b> A line's output goes to its allocations: when it is at most the sum of their rates, in
 * proportion to the rates; above it, each gets its rate and the spare goes first to the lines it supplies, in
 * proportion to what each still needs to produce at capacity that day (capacity × quantity per unit − its buffer),
 * then the rest to all allocations in proportion to their rates. A line without allocations delivers everything
 * to its own nation.</li>
 * <li><b>Export authorisation.</b> An allocation that crosses a border with a controlled item (the generator marks
 * it {@code licenceRequired} and lists the licences that could authorise it) moves only on days one of those
 * licences is in force (dated as above); until then its share is held at the line and moves, all at once, on the
 * first authorised day; with none ever in force it never moves. Allocations to nations go to the theatre pool;
 * allocations to lines go to the receiving line's buffer.</li>
 * <li><b>Transit.</b> What goes to the theatre follows the quickest chain of routes (least summed transit days)
 * from the line's site to a theatre site (nothing to travel inside the theatre; with no chain it never arrives).
 * Each route carries at most its capacity per day, all items together, first come first served in the order
 * shipments became ready; what it cannot carry waits at the route's start for the next day. A shipment arrives
 * on day {@code ceil} of its departure plus the transit days (fractional legs add up).</li>
 * <li><b>MRO.</b> A unit whose platform has a maintenance interval sends {@code count ÷ interval} platforms a day
 * to deep maintenance (a fluid flow from day 0, none in maintenance then). They queue at one facility: the first,
 * by id, that serves the platform and is certified for the unit's nation (or certifies no nation list). A facility
 * works on at most {@code slots} platforms at once from the day it opens, each for its turnaround (else the
 * platform's maintenance duration), and returns them to their unit; queues share free slots in proportion to their
 * length. Platforms queued or in work are unavailable; with no facility they wait for the rest of the
 * scenario.</li>
 * <li><b>Consumption.</b> Demand of an item is the sum of the theatre units' rates at the day's phase intensity,
 * each scaled by the unit's share of platforms available (1 without MRO). What the pool cannot meet is unmet
 * (lost, not back-ordered).</li>
 * </ol>
 * The day of exhaustion of an item is the first day its demand cannot be met in full. Its replenishment lag is the
 * shortest time from production to arrival in the theatre of anything that arrived (transit, plus waits for route
 * capacity and export authorisation). Each shortfall day is put down to a binding constraint: {@code no line} (no
 * line makes the item in the scenario), {@code export licence} (the lines that could produce lack their licence,
 * or their output is held for export authorisation), {@code lead time} (no line is delivering yet),
 * {@code transit} (output has no route to the theatre or has not arrived yet), {@code route capacity} (output is
 * waiting for room on a route), {@code input cap} (a line's last output was capped by its inputs) or
 * {@code capacity}.
 */
public final class Simulator {

	/** Binding constraints behind a shortfall. */
	public static final String NO_LINE = "no line", LEAD_TIME = "lead time", TRANSIT = "transit",
			INPUT_CAP = "input cap", CAPACITY = "capacity", EXPORT_LICENCE = "export licence",
			ROUTE_CAPACITY = "route capacity";

	private static final double EPS = 1e-9;

	/** Results of an item in the theatre. */
	public record ItemResult(String item, double initialStock, double destroyed, double demand, double unmet,
			Integer exhaustionDay, Integer firstArrivalDay, String bindingConstraint,
			Map<String, Integer> shortfallDays, double[] stock, Integer replenishmentLagDays, double arrived) {
	}

	/** Results of a production line; {@code output} is what it made each day. */
	public record LineResult(String line, String item, Integer firstProductionDay, Integer transitDays,
			double produced, double capacity, Double utilisation, double[] output, double heldForExport) {
	}

	/** Platforms of a unit that goes to deep maintenance. */
	public record UnitResult(String unit, String platform, int count, String mro, double minAvailable,
			double meanAvailable, double platformDaysDown) {
	}

	/** An MRO facility: platforms returned, slot utilisation over its open days, longest queue. */
	public record MroResult(String facility, double returned, Double utilisation, double maxQueue) {
	}

	/** Results of a run. */
	public record RunResult(String scenario, String theatre, int days, Integer firstHighIntensityDay,
			Map<String, ItemResult> items, Map<String, LineResult> lines, Map<String, UnitResult> units,
			Map<String, MroResult> mro) {
	}

	/** A line as the run sees it, prepared once. */
	private static final class Plan {
		final Line line;
		final int index;
		Integer activeFrom;
		double[] capacity; // 0 where it cannot produce for lack of capacity or activity
		boolean[] licensed; // the line's own licence in force (all true without one)
		Integer firstOutputDay; // first day with capacity and licence
		Integer firstCapacityDay; // first day with capacity
		List<Route> chain; // null: no way to the theatre; empty: inside it
		int[] legs; // the chain as route indices
		Integer transit;
		boolean[][] authorised; // per allocation, per day
		double allocated; // sum of allocation rates
		int[] consumer; // per allocation: index of the receiving line's plan, or -1
		double[] perUnit; // per allocation to a line: its quantity per unit of this line's item

		Plan(Line line, int index) {
			this.line = line;
			this.index = index;
		}
	}

	/** A shipment on its way to the theatre. */
	private static final class Shipment {
		final String item;
		double quantity;
		double ready; // time it can leave the start of its current leg
		final int leg;
		final int[] chain; // route indices
		final int produced;
		final long order;

		Shipment(String item, double quantity, double ready, int leg, int[] chain, int produced, long order) {
			this.item = item;
			this.quantity = quantity;
			this.ready = ready;
			this.leg = leg;
			this.chain = chain;
			this.produced = produced;
			this.order = order;
		}
	}

	/** A unit with platforms that go to maintenance. */
	private record Fleet(Unit unit, double perDay, int facility, int turnaround, boolean inTheatre) {
	}

	private final SimData data;
	private final int days;
	private final Map<String, Integer> planIndex = new HashMap<>();
	private final List<Plan> plans = new ArrayList<>(); // suppliers before the lines they supply
	private final Map<String, Integer> routeIndex = new HashMap<>();
	private final Set<String> inputStocks = new HashSet<>();
	private final Set<String> reported = new TreeSet<>();
	private final List<Fleet> fleets = new ArrayList<>();
	private final List<MroFacility> facilities;
	private final int[] opens;
	private final List<Unit> theatreUnits;
	private final Map<String, List<Plan>> makersOf = new HashMap<>(); // item -> lines active in the scenario

	/** Prepares runs of a simulation input (what does not depend on chance is computed once). */
	public Simulator(SimData data) {
		this.data = data;
		this.days = data.scenario().days();
		Map<String, Line> byId = new HashMap<>();
		for (Line l : data.lines()) {
			byId.put(l.id(), l);
			for (Input in : l.inputs()) {
				if (in.stock() != null) {
					inputStocks.add(in.stock());
				}
			}
		}
		List<Line> order = new ArrayList<>();
		for (Line l : data.lines()) {
			visit(l, byId, order, new HashSet<>());
		}
		for (Line l : order) {
			planIndex.put(l.id(), plans.size());
			plans.add(new Plan(l, plans.size()));
		}
		for (int i = 0; i < data.routes().size(); i++) {
			routeIndex.put(data.routes().get(i).id(), i);
		}
		for (Plan p : plans) {
			prepare(p);
		}
		for (Plan p : plans) {
			prepareAllocations(p);
			if (p.line.item() != null && p.activeFrom != null) {
				makersOf.computeIfAbsent(p.line.item(), k -> new ArrayList<>()).add(p);
			}
		}
		for (Stockpile s : theatreStockpiles()) {
			if (s.item() != null) {
				reported.add(s.item());
			}
		}
		theatreUnits = data.units().stream()
				.filter(u -> u.base() != null && data.scenario().theatreSites().contains(u.base())).toList();
		for (Unit u : theatreUnits) {
			u.consumption().stream().filter(c -> c.item() != null && c.ratePerDay() > 0).forEach(c -> reported.add(c.item()));
		}
		facilities = data.mroFacilities();
		opens = new int[facilities.size()];
		for (int f = 0; f < facilities.size(); f++) {
			opens[f] = facilities.get(f).opens() == null ? Integer.MIN_VALUE : day(facilities.get(f).opens());
		}
		for (Unit u : data.units().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
			Platform platform = u.platform() == null ? null : data.platforms().get(u.platform());
			if (platform == null || platform.intervalDays() == null || platform.intervalDays() <= 0 || u.count() <= 0) {
				continue;
			}
			int facility = -1;
			for (int f = 0; f < facilities.size() && facility < 0; f++) {
				MroFacility m = facilities.get(f);
				if (m.serves().contains(u.platform()) && m.slots() > 0
						&& (m.certifiedNations().isEmpty() || m.certifiedNations().contains(u.nation()))) {
					facility = f;
				}
			}
			Double turnaround = facility < 0 ? null
					: facilities.get(facility).turnaroundDays() != null ? facilities.get(facility).turnaroundDays()
							: platform.durationDays();
			if (turnaround == null) {
				facility = -1;
			}
			fleets.add(new Fleet(u, u.count() / platform.intervalDays(), facility,
					turnaround == null ? 0 : Math.max(1, (int) Math.ceil(turnaround - EPS)), theatreUnits.contains(u)));
		}
	}

	/** Suppliers before the lines they supply (a cycle is broken where it is found). */
	private static void visit(Line l, Map<String, Line> byId, List<Line> order, Set<String> path) {
		if (order.contains(l) || !path.add(l.id())) {
			return;
		}
		for (Input in : l.inputs()) {
			Line supplier = in.supplierLine() == null ? null : byId.get(in.supplierLine());
			if (supplier != null) {
				visit(supplier, byId, order, path);
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

	/** The days of the scenario a licence is in force: granted or granted by the scenario, effective, not expired or disabled. */
	boolean[] inForce(String licenceId) {
		boolean[] in = new boolean[days];
		Licence licence = licenceId == null ? null : data.licences().get(licenceId);
		if (licence == null || "denied".equals(licence.status())) {
			return in;
		}
		long from = licence.effective() == null ? Long.MIN_VALUE : day(licence.effective());
		long until = licence.expires() == null ? Long.MAX_VALUE : day(licence.expires());
		Integer granted = null;
		for (SimData.Excursion e : data.excursions()) {
			if (licenceId.equals(e.target())) {
				if ("grant".equals(e.kind())) {
					granted = granted == null ? e.day() : Math.min(granted, e.day());
				} else if ("disable".equals(e.kind())) {
					until = Math.min(until, e.day());
				}
			}
		}
		if ("pending".equals(licence.status())) {
			if (granted == null) {
				return in;
			}
			from = Math.max(from, granted);
		}
		for (int d = 0; d < days; d++) {
			in[d] = d >= from && d < until;
		}
		return in;
	}

	private void prepare(Plan p) {
		Line l = p.line;
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
		p.capacity = new double[days];
		p.licensed = new boolean[days];
		Arrays.fill(p.licensed, true);
		if (l.licence() != null) {
			p.licensed = inForce(l.licence());
		}
		Route[] chain = quickestChain(l.site());
		p.chain = chain == null ? null : List.of(chain);
		if (chain != null) {
			p.legs = Arrays.stream(chain).mapToInt(r -> routeIndex.get(r.id())).toArray();
		}
		if (p.chain != null) {
			p.transit = (int) Math.ceil(p.chain.stream().mapToDouble(Route::transitDays).sum() - EPS);
		}
		if (from == null) {
			return;
		}
		p.activeFrom = from;
		double[] base = new double[days];
		for (int d = 0; d < days; d++) {
			base[d] = baseCapacity(l, d);
		}
		int lead = (int) Math.ceil(l.leadTimeDays() - EPS);
		for (int d = 0; d < days; d++) {
			double cap = base[d];
			if (l.surge() != null && d >= lead) {
				double c0 = base[0], target = l.surge().targetPerDay(), ramp = l.surge().rampDays();
				cap = Math.max(cap, ramp <= 0 ? target : c0 + (target - c0) * Math.min(1.0, d / ramp));
			}
			boolean active = d >= from && (stop == null || d < stop);
			p.capacity[d] = active ? Math.max(0, cap) : 0;
			if (p.firstCapacityDay == null && p.capacity[d] > EPS) {
				p.firstCapacityDay = d;
			}
			if (p.firstOutputDay == null && p.capacity[d] > EPS && p.licensed[d]) {
				p.firstOutputDay = d;
			}
		}
	}

	private void prepareAllocations(Plan p) {
		List<Allocation> allocations = p.line.allocations();
		p.authorised = new boolean[allocations.size()][];
		p.consumer = new int[allocations.size()];
		p.perUnit = new double[allocations.size()];
		for (int i = 0; i < allocations.size(); i++) {
			Allocation a = allocations.get(i);
			p.allocated += a.ratePerDay();
			boolean[] ok = new boolean[days];
			if (!a.licenceRequired()) {
				Arrays.fill(ok, true);
			} else {
				for (String licence : a.exportLicences()) {
					boolean[] in = inForce(licence);
					for (int d = 0; d < days; d++) {
						ok[d] |= in[d];
					}
				}
			}
			p.authorised[i] = ok;
			Integer c = a.line() == null ? null : planIndex.get(a.line());
			p.consumer[i] = c == null ? -1 : c;
			if (c != null) {
				for (Input in : plans.get(c).line.inputs()) {
					if (p.line.id().equals(in.supplierLine())) {
						p.perUnit[i] = in.quantityPerUnit();
					}
				}
			}
		}
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
		Route[] chain = quickestChain(site);
		return chain == null ? null : (int) Math.ceil(Arrays.stream(chain).mapToDouble(Route::transitDays).sum() - EPS);
	}

	/** The quickest chain of routes from a site to a theatre site (empty inside it), null when there is none. */
	private Route[] quickestChain(String site) {
		if (site == null) {
			return null;
		}
		Set<String> theatre = data.scenario().theatreSites();
		Map<String, Double> best = new HashMap<>();
		Map<String, Route> via = new HashMap<>();
		PriorityQueue<Map.Entry<String, Double>> queue = new PriorityQueue<>(
				Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
		best.put(site, 0.0);
		queue.add(Map.entry(site, 0.0));
		while (!queue.isEmpty()) {
			Map.Entry<String, Double> e = queue.poll();
			if (e.getValue() > best.get(e.getKey())) {
				continue;
			}
			if (theatre.contains(e.getKey())) {
				List<Route> chain = new ArrayList<>();
				for (String at = e.getKey(); via.containsKey(at); at = via.get(at).from()) {
					chain.add(0, via.get(at));
				}
				return chain.toArray(Route[]::new);
			}
			for (Route r : data.routes()) {
				if (e.getKey().equals(r.from()) && r.to() != null) {
					double t = e.getValue() + r.transitDays();
					if (t < best.getOrDefault(r.to(), Double.POSITIVE_INFINITY)) {
						best.put(r.to(), t);
						via.put(r.to(), r);
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

	/** Shipments in the order they became ready, then the order they were made: first come, first served. */
	private static final java.util.Comparator<Shipment> FIRST_COME = (a, b) -> a.ready != b.ready
			? Double.compare(a.ready, b.ready) : Long.compare(a.order, b.order);

	/** The state of one run. */
	private final class Run {
		final Map<String, Double> pool = new TreeMap<>();
		final Map<String, Integer> firstArrival = new HashMap<>();
		final Map<String, Integer> lag = new HashMap<>();
		final Map<String, Double> arrived = new HashMap<>();
		final Map<String, double[]> arrivals = new HashMap<>();
		final Map<String, int[]> arrivalLag = new HashMap<>(); // item -> per day, the shortest lag of what arrives then
		@SuppressWarnings("unchecked")
		final TreeSet<Shipment>[] queues = new TreeSet[data.routes().size()]; // at the start of each route
		@SuppressWarnings("unchecked")
		final Map<String, Integer>[] queued = new Map[data.routes().size()]; // per route: shipments by item
		final Set<String> backlog = new HashSet<>(); // items waiting for room on a route today
		long shipments;

		Run() {
			for (int r = 0; r < queues.length; r++) {
				queues[r] = new TreeSet<>(FIRST_COME);
				queued[r] = new HashMap<>();
			}
		}

		void toTheatre(Plan p, double quantity, int producedDay, int d) {
			if (quantity <= EPS || p.chain == null || p.line.item() == null) {
				return;
			}
			if (p.chain.isEmpty()) {
				arrive(p.line.item(), quantity, d, producedDay);
			} else {
				enqueue(new Shipment(p.line.item(), quantity, d, 0, p.legs, producedDay, shipments++));
			}
		}

		int routeOf(Shipment s) {
			return s.chain[s.leg];
		}

		void enqueue(Shipment s) {
			int r = routeOf(s);
			queues[r].add(s);
			queued[r].merge(s.item, 1, Integer::sum);
		}

		void arrive(String item, double quantity, int d, int producedDay) {
			pool.merge(item, quantity, Double::sum);
			arrived.merge(item, quantity, Double::sum);
			firstArrival.putIfAbsent(item, d);
			lag.merge(item, d - producedDay, Math::min);
		}

		void schedule(String item, double quantity, int d, int producedDay, int today) {
			if (d <= today) {
				arrive(item, quantity, today, producedDay);
			} else if (d < days) {
				arrivals.computeIfAbsent(item, k -> new double[days])[d] += quantity;
				int[] lags = arrivalLag.computeIfAbsent(item, k -> {
					int[] a = new int[days];
					Arrays.fill(a, Integer.MAX_VALUE);
					return a;
				});
				lags[d] = Math.min(lags[d], d - producedDay);
			}
		}

		/**
		 * Moves what is ready along its routes, within each route's capacity for the day: the route whose first
		 * waiting shipment became ready earliest goes first, so a shipment that reaches the next route within the
		 * day can go on the same day.
		 */
		void transport(int d) {
			backlog.clear();
			double[] room = new double[queues.length];
			PriorityQueue<Integer> heads = new PriorityQueue<>(
					(a, b) -> FIRST_COME.compare(queues[a].first(), queues[b].first()));
			for (int r = 0; r < queues.length; r++) {
				Double c = data.routes().get(r).capacityPerDay();
				room[r] = c == null ? Double.POSITIVE_INFINITY : c;
				if (!queues[r].isEmpty() && queues[r].first().ready < d + 1 - EPS) {
					heads.add(r);
				}
			}
			while (!heads.isEmpty()) {
				int r = heads.poll();
				Shipment s = queues[r].first();
				Route route = data.routes().get(r);
				double moved = Math.min(s.quantity, room[r]);
				if (moved > EPS) {
					room[r] -= moved;
					double at = Math.max(s.ready, d) + route.transitDays();
					if (s.leg + 1 == s.chain.length) {
						schedule(s.item, moved, (int) Math.ceil(at - EPS), s.produced, d);
					} else {
						Shipment next = new Shipment(s.item, moved, at, s.leg + 1, s.chain, s.produced, shipments++);
						int n = routeOf(next);
						boolean listed = heads.remove(n);
						enqueue(next);
						if ((listed || n != r && at < d + 1 - EPS && room[n] > EPS) && queues[n].first().ready < d + 1 - EPS) {
							heads.add(n);
						}
					}
				}
				s.quantity -= moved;
				if (s.quantity <= EPS) {
					queues[r].pollFirst();
					queued[r].merge(s.item, -1, Integer::sum);
				}
				if (!queues[r].isEmpty() && queues[r].first().ready < d + 1 - EPS) {
					if (room[r] > EPS) {
						heads.add(r);
					} else {
						// out of room: what waits at this route waits for tomorrow
						queued[r].forEach((item, count) -> {
							if (count > 0) {
								backlog.add(item);
							}
						});
					}
				}
			}
		}
	}

	/**
	 * One run.
	 *
	 * @param random the run's stream (used only for strikes when not deterministic)
	 * @param deterministic strikes destroy exactly their share
	 */
	public RunResult run(UniformRandomProvider random, boolean deterministic) {
		Run run = new Run();
		Map<String, Double> pool = run.pool;
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
		int n = plans.size();
		List<Map<String, Double>> buffers = new ArrayList<>(); // consumer line -> supplier line -> units
		for (int i = 0; i < n; i++) {
			buffers.add(new HashMap<>());
		}
		double[] produced = new double[n], capacityUsed = new double[n];
		double[][] output = new double[n][days];
		boolean[] lastInputCapped = new boolean[n];
		Integer[] firstDispatch = new Integer[n];
		double[][] held = new double[n][];
		int[][] heldSince = new int[n][];
		for (Plan p : plans) {
			held[p.index] = new double[p.line.allocations().size()];
			heldSince[p.index] = new int[p.line.allocations().size()];
		}
		Map<String, Double> demandTotal = new TreeMap<>(), unmetTotal = new TreeMap<>();
		Map<String, Integer> exhaustion = new HashMap<>();
		Map<String, String> firstConstraint = new HashMap<>();
		Map<String, Map<String, Integer>> shortfallDays = new HashMap<>();
		Map<String, double[]> series = new LinkedHashMap<>();
		for (String item : reported) {
			series.put(item, new double[days]);
		}
		// MRO state
		int fleetCount = fleets.size();
		double[] queued = new double[fleetCount], inWork = new double[fleetCount], down = new double[fleetCount];
		double[] minAvailable = new double[fleetCount], sumAvailable = new double[fleetCount];
		double[][] returning = new double[fleetCount][days + 1];
		for (int u = 0; u < fleetCount; u++) {
			minAvailable[u] = fleets.get(u).unit().count();
		}
		double[] returned = new double[facilities.size()], busy = new double[facilities.size()],
				openSlots = new double[facilities.size()], maxQueue = new double[facilities.size()];

		for (int d = 0; d < days; d++) {
			for (Map.Entry<String, double[]> a : run.arrivals.entrySet()) {
				double q = a.getValue()[d];
				if (q > 0) {
					int[] lags = run.arrivalLag.get(a.getKey());
					run.arrive(a.getKey(), q, d, d - (lags == null || lags[d] == Integer.MAX_VALUE ? 0 : lags[d]));
				}
			}
			for (Plan p : plans) {
				int i = p.index;
				lastInputCapped[i] = false;
				double cap = p.capacity[d];
				if (cap <= EPS || !p.licensed[d]) {
					release(run, p, held, heldSince, buffers, d, firstDispatch);
					continue;
				}
				double out = cap;
				Map<String, Double> buffer = buffers.get(i);
				for (Input in : p.line.inputs()) {
					if (in.quantityPerUnit() <= 0) {
						continue;
					}
					double available = in.supplierLine() != null ? buffer.getOrDefault(in.supplierLine(), 0.0)
							: in.stock() != null ? stocks.getOrDefault(in.stock(), 0.0) : Double.POSITIVE_INFINITY;
					out = Math.min(out, available / in.quantityPerUnit());
				}
				out = Math.max(0, out);
				lastInputCapped[i] = out < cap - EPS;
				for (Input in : p.line.inputs()) {
					double used = out * in.quantityPerUnit();
					if (in.supplierLine() != null) {
						buffer.merge(in.supplierLine(), -used, Double::sum);
					} else if (in.stock() != null) {
						stocks.merge(in.stock(), -used, Double::sum);
					}
				}
				produced[i] += out;
				capacityUsed[i] += cap;
				output[i][d] = out;
				List<Allocation> allocations = p.line.allocations();
				if (allocations.isEmpty() || p.allocated <= EPS) {
					if (out > EPS) {
						firstDispatch[i] = firstDispatch[i] == null ? d : firstDispatch[i];
						run.toTheatre(p, out, d, d);
					}
					continue;
				}
				double[] share = new double[allocations.size()];
				if (out <= p.allocated + EPS) {
					for (int k = 0; k < share.length; k++) {
						share[k] = out * allocations.get(k).ratePerDay() / p.allocated;
					}
				} else {
					double spare = out - p.allocated;
					double[] need = new double[share.length];
					double needed = 0;
					for (int k = 0; k < share.length; k++) {
						share[k] = allocations.get(k).ratePerDay();
						int c = p.consumer[k];
						if (c >= 0 && p.perUnit[k] > 0) {
							need[k] = Math.max(0, plans.get(c).capacity[d] * p.perUnit[k]
									- buffers.get(c).getOrDefault(p.line.id(), 0.0) - share[k] - held[i][k]);
							needed += need[k];
						}
					}
					if (needed > EPS) {
						double given = Math.min(spare, needed);
						for (int k = 0; k < share.length; k++) {
							share[k] += given * need[k] / needed;
						}
						spare -= given;
					}
					for (int k = 0; k < share.length; k++) {
						share[k] += spare * allocations.get(k).ratePerDay() / p.allocated;
					}
				}
				for (int k = 0; k < share.length; k++) {
					if (held[i][k] <= EPS) {
						heldSince[i][k] = d;
					}
					held[i][k] += share[k];
				}
				release(run, p, held, heldSince, buffers, d, firstDispatch);
			}
			run.transport(d);
			// MRO: returns, new arrivals in the queues, starts
			double[] queueAt = new double[facilities.size()];
			for (int u = 0; u < fleetCount; u++) {
				Fleet f = fleets.get(u);
				inWork[u] -= returning[u][d];
				if (f.facility() >= 0) {
					returned[f.facility()] += returning[u][d];
				}
				double count = f.unit().count();
				queued[u] += Math.min(f.perDay(), Math.max(0, count - queued[u] - inWork[u]));
				if (f.facility() >= 0) {
					queueAt[f.facility()] += queued[u];
				}
			}
			for (int m = 0; m < facilities.size(); m++) {
				maxQueue[m] = Math.max(maxQueue[m], queueAt[m]);
				if (d < opens[m]) {
					continue;
				}
				double working = 0;
				for (int u = 0; u < fleetCount; u++) {
					if (fleets.get(u).facility() == m) {
						working += inWork[u];
					}
				}
				int slots = facilities.get(m).slots();
				openSlots[m] += slots;
				double free = Math.max(0, slots - working);
				double start = Math.min(free, queueAt[m]);
				if (start > EPS) {
					for (int u = 0; u < fleetCount; u++) {
						Fleet f = fleets.get(u);
						if (f.facility() == m && queued[u] > 0) {
							double s = start * queued[u] / queueAt[m];
							queued[u] -= s;
							inWork[u] += s;
							returning[u][Math.min(days, d + f.turnaround())] += s;
						}
					}
				}
				busy[m] += working + start;
			}
			Map<String, Double> share = new HashMap<>();
			for (int u = 0; u < fleetCount; u++) {
				double count = fleets.get(u).unit().count();
				double available = count - queued[u] - inWork[u];
				minAvailable[u] = Math.min(minAvailable[u], available);
				sumAvailable[u] += available;
				down[u] += count - available;
				share.put(fleets.get(u).unit().id(), available / count);
			}
			// consumption
			String intensity = data.scenario().intensity(d);
			Map<String, Double> demand = new TreeMap<>();
			for (Unit u : theatreUnits) {
				double available = share.getOrDefault(u.id(), 1.0);
				for (SimData.Consumption c : u.consumption()) {
					if (c.item() != null && c.intensity().equals(intensity)) {
						demand.merge(c.item(), c.ratePerDay() * available, Double::sum);
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
					String why = constraint(item, d, lastInputCapped, firstDispatch, held, run.backlog);
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
					run.firstArrival.get(item), firstConstraint.get(item), shortfallDays.getOrDefault(item, Map.of()),
					series.get(item), run.lag.get(item), run.arrived.getOrDefault(item, 0.0)));
		}
		Map<String, LineResult> lines = new TreeMap<>();
		for (Plan p : plans) {
			int i = p.index;
			double p0 = produced[i], c = capacityUsed[i];
			Integer start = null;
			for (int d = 0; d < days && start == null; d++) {
				if (output[i][d] > EPS) {
					start = d;
				}
			}
			lines.put(p.line.id(), new LineResult(p.line.id(), p.line.item(),
					start != null ? start : p.firstOutputDay, p.transit, p0, c, c > EPS ? p0 / c : null, output[i],
					Arrays.stream(held[i]).sum()));
		}
		Map<String, UnitResult> units = new TreeMap<>();
		for (int u = 0; u < fleetCount; u++) {
			Fleet f = fleets.get(u);
			units.put(f.unit().id(), new UnitResult(f.unit().id(), f.unit().platform(), f.unit().count(),
					f.facility() < 0 ? null : facilities.get(f.facility()).id(), minAvailable[u],
					days == 0 ? f.unit().count() : sumAvailable[u] / days, down[u]));
		}
		Map<String, MroResult> mro = new TreeMap<>();
		for (int m = 0; m < facilities.size(); m++) {
			int facility = m;
			if (fleets.stream().anyMatch(f -> f.facility() == facility)) {
				mro.put(facilities.get(m).id(), new MroResult(facilities.get(m).id(), returned[m],
						openSlots[m] > 0 ? busy[m] / openSlots[m] : null, maxQueue[m]));
			}
		}
		Integer firstHigh = null;
		for (int d = 0; d < days && firstHigh == null; d++) {
			if ("high".equals(data.scenario().intensity(d))) {
				firstHigh = d;
			}
		}
		return new RunResult(data.scenario().id(), data.scenario().theatre(), days, firstHigh, items, lines, units, mro);
	}

	/** Moves what a line holds for each allocation whose flow is authorised on the day. */
	private void release(Run run, Plan p, double[][] held, int[][] heldSince, List<Map<String, Double>> buffers, int d,
			Integer[] firstDispatch) {
		int i = p.index;
		for (int k = 0; k < held[i].length; k++) {
			double q = held[i][k];
			if (q <= EPS || !p.authorised[k][d]) {
				continue;
			}
			held[i][k] = 0;
			Allocation a = p.line.allocations().get(k);
			if (a.line() != null) {
				if (p.consumer[k] >= 0) {
					buffers.get(p.consumer[k]).merge(p.line.id(), q, Double::sum);
				}
			} else {
				firstDispatch[i] = firstDispatch[i] == null ? d : firstDispatch[i];
				run.toTheatre(p, q, heldSince[i][k], d);
			}
		}
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

	private String constraint(String item, int d, boolean[] lastInputCapped, Integer[] firstDispatch, double[][] held,
			Set<String> backlog) {
		List<Plan> makers = makersOf.getOrDefault(item, List.of());
		if (makers.isEmpty()) {
			return NO_LINE;
		}
		boolean producing = false, unlicensed = false, heldBack = false, reaching = false, capped = false;
		for (Plan p : makers) {
			if (p.firstOutputDay == null || p.firstOutputDay > d) {
				unlicensed |= p.firstCapacityDay != null && p.firstCapacityDay <= d;
				continue;
			}
			producing = true;
			if (p.chain == null) {
				continue;
			}
			for (double h : held[p.index]) {
				heldBack |= h > EPS;
			}
			if (firstDispatch[p.index] != null && firstDispatch[p.index] + p.transit <= d) {
				reaching = true;
				capped |= lastInputCapped[p.index];
			}
		}
		if (!producing) {
			return unlicensed ? EXPORT_LICENCE : LEAD_TIME;
		}
		if (!reaching) {
			return heldBack ? EXPORT_LICENCE : TRANSIT;
		}
		if (backlog.contains(item)) {
			return ROUTE_CAPACITY;
		}
		if (heldBack) {
			return EXPORT_LICENCE;
		}
		return capped ? INPUT_CAP : CAPACITY;
	}
}
