package sinew.checks.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import sinew.model.Allocation;
import sinew.model.BomEntry;
import sinew.model.CapacityChange;
import sinew.model.Consumption;
import sinew.model.Excursion;
import sinew.model.ExcursionKind;
import sinew.model.Intensity;
import sinew.model.Item;
import sinew.model.LineInput;
import sinew.model.Phase;
import sinew.model.ProductionLine;
import sinew.model.Scenario;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.Theatre;
import sinew.model.Unit;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;
import sinew.model.units.Units.Dimension;

/**
 * The derived figures of supply that rules, hover text, diagrams and the simulation inputs share: a line's rate
 * on a date, its output as capped by its inputs, stock and consumption of an item in a theatre, days of supply
 * (the replenishment lag under a scenario, over chains of routes, is {@link ReadinessAnalysis}'s). Rates are per
 * day, durations in days, as {@link Units} normalises them.
 */
public final class SupplyAnalysis {

	private final ModelIndex model;

	public SupplyAnalysis(ModelIndex model) {
		this.model = model;
	}

	public ModelIndex model() {
		return model;
	}

	/** A quantity's value per day when it is a rate, else empty. */
	public static Optional<Double> perDay(sinew.model.Quantity rate) {
		return rate != null && Units.dimension(rate) == Dimension.RATE ? Optional.of(Units.perDay(rate)) : Optional.empty();
	}

	/** A quantity's value in days when it is a duration, else empty. */
	public static Optional<Double> days(sinew.model.Quantity duration) {
		return duration != null && Units.dimension(duration) == Dimension.DURATION ? Optional.of(Units.days(duration))
				: Optional.empty();
	}

	/**
	 * A line's declared capacity per day on a date: its rate, or the latest dated capacity change on or before the
	 * date; a scenario's {@code set rate} excursion in force on the date replaces it. Without a date, the rate.
	 */
	public double capacityOn(ProductionLine line, LocalDate date, Scenario scenario) {
		double rate = perDay(line.getRate()).orElse(0.0);
		if (date != null) {
			LocalDate latest = null;
			for (CapacityChange change : line.getCapacityChanges()) {
				Optional<LocalDate> from = Dates.tryParse(change.getFrom());
				Optional<Double> changed = perDay(change.getRate());
				if (from.isPresent() && changed.isPresent() && !from.get().isAfter(date)
						&& (latest == null || from.get().isAfter(latest))) {
					latest = from.get();
					rate = changed.get();
				}
			}
			if (scenario != null) {
				for (Scenario s : ScenarioWindow.lineage(scenario)) {
					for (Excursion excursion : s.getExcursions()) {
						if (excursion.getKind() == ExcursionKind.SET && excursion.getTarget() == line
								&& "rate".equals(excursion.getProperty())) {
							Optional<LocalDate> from = Dates.tryParse(excursion.getFrom());
							Optional<Double> set = perDay(excursion.getValue());
							if (from.isPresent() && set.isPresent() && !from.get().isAfter(date)) {
								rate = set.get();
							}
						}
					}
				}
			}
		}
		return rate;
	}

	/**
	 * The rate a line could reach on a date by surging from the scenario's start: a straight ramp from its
	 * capacity at the start to its surge target over the declared time. Without a surge, its capacity.
	 */
	public double surgedRateOn(ProductionLine line, LocalDate date, Scenario scenario) {
		double capacity = capacityOn(line, date, scenario);
		Optional<ScenarioWindow> window = scenario == null ? Optional.empty() : ScenarioWindow.of(scenario);
		if (line.getSurge() == null || window.isEmpty() || date == null) {
			return capacity;
		}
		double start = capacityOn(line, window.get().start(), scenario);
		Optional<Double> target = perDay(line.getSurge().getTarget());
		Optional<Double> within = days(line.getSurge().getWithin());
		if (target.isEmpty() || within.isEmpty()) {
			return capacity;
		}
		double elapsed = Math.max(0, ChronoUnit.DAYS.between(window.get().start(), date));
		double share = within.get() <= 0 ? 1 : Math.min(1, elapsed / within.get());
		return Math.max(capacity, start + (target.get() - start) * share);
	}

	/** What limits a line's output: its own rate or what one supplier allocates to it. */
	public record Capped(double perDay, double ownRate, ProductionLine limitingSupplier, Item limitingInput,
			double suppliedPerDay) {

		/** Whether an input, not the line's own rate, binds. */
		public boolean cappedUpstream() {
			return limitingSupplier != null;
		}
	}

	/**
	 * A line's output per day as its inputs allow: for each input drawn from a supplier line, what that line
	 * allocates to this one divided by the quantity needed per unit (bill of materials), against the line's own
	 * rate (or a rate given instead, such as its surge target).
	 */
	public Capped cappedOutput(ProductionLine line, double ownRate) {
		double best = ownRate;
		ProductionLine limiting = null;
		Item limitingInput = null;
		double supplied = 0;
		for (LineInput input : line.getInputs()) {
			ProductionLine supplier = input.getSupplier();
			if (!ModelIndex.resolved(supplier) || !ModelIndex.resolved(input.getItem())) {
				continue;
			}
			double allocated = allocatedTo(supplier, line);
			double perUnit = quantityPerUnit(line.getItem(), input.getItem());
			double possible = perUnit > 0 ? allocated / perUnit : Double.POSITIVE_INFINITY;
			if (possible < best) {
				best = possible;
				limiting = supplier;
				limitingInput = input.getItem();
				supplied = allocated;
			}
		}
		return new Capped(best, ownRate, limiting, limitingInput, supplied);
	}

	/** What a supplier line allocates per day to another line. */
	public double allocatedTo(ProductionLine supplier, ProductionLine customer) {
		double total = 0;
		for (Allocation allocation : supplier.getAllocations()) {
			if (allocation.getLine() == customer) {
				total += perDay(allocation.getRate()).orElse(0.0);
			}
		}
		return total;
	}

	/** Units of an input needed per unit of an item, from the item's bill of materials (1 when not listed). */
	public static double quantityPerUnit(Item item, Item input) {
		if (!ModelIndex.resolved(item)) {
			return 1;
		}
		for (BomEntry entry : item.getBillOfMaterials()) {
			if (entry.getInput() == input) {
				return entry.getQuantity();
			}
		}
		return 1;
	}

	/** Stock of an item held at the sites of a theatre. */
	public double stock(Item item, Theatre theatre) {
		double total = 0;
		for (Stockpile stockpile : model.stockpiles()) {
			if (stockpile.getItem() == item && theatre.getSites().contains(stockpile.getSite())) {
				total += Math.max(0, stockpile.getQuantity());
			}
		}
		return total;
	}

	/** Daily consumption of an item by the units based in a theatre, at an intensity. */
	public double dailyConsumption(Item item, Theatre theatre, Intensity intensity) {
		double total = 0;
		for (Unit unit : model.units()) {
			if (ModelIndex.resolved(unit.getBase()) && theatre.getSites().contains(unit.getBase())) {
				for (Consumption consumption : unit.getConsumption()) {
					if (consumption.getItem() == item && consumption.getIntensity() == intensity) {
						total += perDay(consumption.getRate()).orElse(0.0);
					}
				}
			}
		}
		return total;
	}

	/** Days the stock of an item in a theatre lasts at an intensity; empty when nothing is consumed there. */
	public Optional<Double> daysOfSupply(Item item, Theatre theatre, Intensity intensity) {
		double consumption = dailyConsumption(item, theatre, intensity);
		return consumption > 0 ? Optional.of(stock(item, theatre) / consumption) : Optional.empty();
	}

	/** Days of a scenario spent at an intensity, by its phases (inherited from its base when it has none). */
	public static double daysAt(Scenario scenario, Intensity intensity) {
		double total = 0;
		for (Phase phase : ScenarioWindow.phases(scenario)) {
			if (phase.getIntensity() == intensity) {
				total += days(phase.getDuration()).orElse(0.0);
			}
		}
		return total;
	}

	/** The theatre a scenario plays in, from itself or its base. */
	public static Optional<Theatre> theatreOf(Scenario scenario) {
		for (Scenario s : ScenarioWindow.lineage(scenario)) {
			if (ModelIndex.resolved(s.getTheatre())) {
				return Optional.of(s.getTheatre());
			}
		}
		return Optional.empty();
	}

	/** Whether a site lies within a distance of another, great-circle. */
	public static boolean within(Site a, Site b, double km) {
		return Geo.distanceKm(a, b) <= km;
	}
}
