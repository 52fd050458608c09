package sinew.checks.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import sinew.model.Allocation;
import sinew.model.CapacityChange;
import sinew.model.ProductionLine;
import sinew.model.Quantity;
import sinew.model.QuantityUnit;
import sinew.model.Scenario;
import sinew.model.SinewFactory;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;

/**
 * Derived figures of surge: what a line's own surge ramp allows on a date (the limit a scenario's {@code set
 * rate} excursion should respect), ramps faster than industry achieves, the orders placed on a line and its
 * capacity period by period. Rates are per day, durations in days.
 */
public final class SurgeAnalysis {

	/**
	 * Surges take about two years to peak (the domain brief: surges peak about two years after a war starts); a
	 * ramp that multiplies a line's rate by this factor or more in less than {@link #FASTEST_DOUBLING_DAYS} is
	 * faster than industry has achieved.
	 */
	public static final double DOUBLING = 2.0;

	/** Twelve months: the shortest time in which a doubling of a line's rate is credible. */
	public static final double FASTEST_DOUBLING_DAYS = Units.DAYS_PER_YEAR;

	private final SupplyAnalysis supply;

	public SurgeAnalysis(SupplyAnalysis supply) {
		this.supply = supply;
	}

	// ------------------------------------------------------------------ surge ramps

	/**
	 * The rate a line's own surge ramp allows on a date, ramping from the scenario's start, before any of the
	 * scenario's excursions: {@link SupplyAnalysis#surgedRateOn} evaluated on the scenario's window alone.
	 * Without a surge, the line's capacity on the date. Empty when the line has a surge but the scenario has no
	 * start and duration to ramp from.
	 */
	public Optional<Double> rampAllows(ProductionLine line, LocalDate date, Scenario scenario) {
		Optional<ScenarioWindow> window = scenario == null ? Optional.empty() : ScenarioWindow.of(scenario);
		if (window.isEmpty()) {
			return line.getSurge() == null ? Optional.of(supply.capacityOn(line, date, null)) : Optional.empty();
		}
		return Optional.of(supply.surgedRateOn(line, date, windowOnly(window.get())));
	}

	/**
	 * The first date, not before a given one, on which the ramp of {@link #rampAllows} reaches a rate; empty when
	 * it never does (the rate is above the surge target and every dated capacity).
	 */
	public Optional<LocalDate> rampReaches(ProductionLine line, double perDay, Scenario scenario, LocalDate notBefore) {
		Optional<ScenarioWindow> window = scenario == null ? Optional.empty() : ScenarioWindow.of(scenario);
		TreeSet<LocalDate> candidates = new TreeSet<>();
		candidates.add(notBefore);
		for (CapacityChange change : line.getCapacityChanges()) {
			Dates.tryParse(change.getFrom()).filter(d -> d.isAfter(notBefore)).ifPresent(candidates::add);
		}
		if (window.isPresent() && line.getSurge() != null) {
			LocalDate day0 = window.get().start();
			double start = supply.capacityOn(line, day0, null);
			Optional<Double> target = SupplyAnalysis.perDay(line.getSurge().getTarget());
			Optional<Double> within = SupplyAnalysis.days(line.getSurge().getWithin());
			if (target.isPresent() && within.isPresent() && target.get() > start && perDay <= target.get()) {
				long days = (long) Math.ceil(within.get() * (perDay - start) / (target.get() - start) - 1e-9);
				LocalDate reached = day0.plusDays(Math.max(0, days));
				if (reached.isAfter(notBefore)) {
					candidates.add(reached);
				}
			}
		}
		for (LocalDate date : candidates) {
			Optional<Double> allowed = rampAllows(line, date, scenario);
			if (allowed.isPresent() && allowed.get() >= perDay * (1 - 1e-9)) {
				return Optional.of(date);
			}
		}
		return Optional.empty();
	}

	/** A surge ramp faster than industry achieves: from a rate to a target, within a time. */
	public record FastSurge(double ratePerDay, double targetPerDay, double withinDays) {

		/** How many times the line's rate the target is. */
		public double factor() {
			return targetPerDay / ratePerDay;
		}
	}

	/**
	 * A line's surge when it multiplies the line's declared rate by {@link #DOUBLING} or more in less than
	 * {@link #FASTEST_DOUBLING_DAYS}; empty otherwise (and when the line has no rate, surge or valid figures).
	 */
	public Optional<FastSurge> fasterThanIndustry(ProductionLine line) {
		if (line.getSurge() == null) {
			return Optional.empty();
		}
		Optional<Double> rate = SupplyAnalysis.perDay(line.getRate());
		Optional<Double> target = SupplyAnalysis.perDay(line.getSurge().getTarget());
		Optional<Double> within = SupplyAnalysis.days(line.getSurge().getWithin());
		if (rate.isEmpty() || target.isEmpty() || within.isEmpty() || rate.get() <= 0) {
			return Optional.empty();
		}
		if (target.get() >= DOUBLING * rate.get() * (1 - 1e-9) && within.get() < FASTEST_DOUBLING_DAYS - 1e-9) {
			return Optional.of(new FastSurge(rate.get(), target.get(), within.get()));
		}
		return Optional.empty();
	}

	// ------------------------------------------------------------------ orders and capacity

	/** The orders placed on a line: the sum of its allocations (national, FMS, co-production...), per day. */
	public static double orders(ProductionLine line) {
		double total = 0;
		for (Allocation allocation : line.getAllocations()) {
			total += SupplyAnalysis.perDay(allocation.getRate()).orElse(0.0);
		}
		return total;
	}

	/**
	 * A span of a line's declared capacity: from a date (null: the declared rate, before any dated change) until
	 * the next change (null: open-ended).
	 */
	public record Period(LocalDate from, LocalDate until, double perDay) {
	}

	/**
	 * A line's capacity period by period: its declared rate until the first dated change, then the capacity in
	 * force from each change date ({@link SupplyAnalysis#capacityOn}). A line with no declared rate has no first
	 * period.
	 */
	public List<Period> capacityPeriods(ProductionLine line) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		for (CapacityChange change : line.getCapacityChanges()) {
			if (SupplyAnalysis.perDay(change.getRate()).isPresent()) {
				Dates.tryParse(change.getFrom()).ifPresent(dates::add);
			}
		}
		List<Period> periods = new ArrayList<>();
		LocalDate first = dates.isEmpty() ? null : dates.first();
		SupplyAnalysis.perDay(line.getRate()).ifPresent(rate -> periods.add(new Period(null, first, rate)));
		for (LocalDate date : dates) {
			periods.add(new Period(date, dates.higher(date), supply.capacityOn(line, date, null)));
		}
		return periods;
	}

	// ------------------------------------------------------------------ helpers

	/** A scenario with the window of another and nothing else: no phases, threats or excursions. Not in any model. */
	private static Scenario windowOnly(ScenarioWindow window) {
		Scenario bare = SinewFactory.eINSTANCE.createScenario();
		bare.setName("window");
		bare.setStart(window.start().toString());
		Quantity duration = SinewFactory.eINSTANCE.createQuantity();
		duration.setValue(window.days());
		duration.setUnit(QuantityUnit.DAY);
		bare.setDuration(duration);
		return bare;
	}
}
