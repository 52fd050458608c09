package sinew.checks.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import sinew.checks.CheckContext;
import sinew.model.BomEntry;
import sinew.model.CapacityChange;
import sinew.model.Item;
import sinew.model.LineInput;
import sinew.model.ProductionLine;
import sinew.model.Quantity;
import sinew.model.Scenario;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;

/**
 * Complete items from their bills of materials: a line assembles no more complete items than the scarcest of its
 * inputs allows, the inputs counted as the total output of every existing line that makes them, on a date.
 * Rates are per day; {@link #rate} writes them back in the unit the model uses.
 */
public final class KitAnalysis {

	private final ModelIndex model;
	private final SupplyAnalysis supply;

	public KitAnalysis(ModelIndex model, SupplyAnalysis supply) {
		this.model = model;
		this.supply = supply;
	}

	/** A rate per day written per month, week or day when the given quantity is, else per year: "18,000/month". */
	public static String rate(double perDay, Quantity like) {
		if (like != null && like.getUnit() != null) {
			switch (like.getUnit()) {
				case PER_MONTH:
					return CheckContext.figure(perDay * Units.DAYS_PER_MONTH) + "/month";
				case PER_WEEK:
					return CheckContext.figure(perDay * Units.DAYS_PER_WEEK) + "/week";
				case PER_DAY:
					return CheckContext.figure(perDay) + "/day";
				default:
					break;
			}
		}
		return CheckContext.perYear(perDay);
	}

	/**
	 * Whether a line produces on a date: it is not planned, it has started (when it has a start) and not ended.
	 * Without a date, every line that is not planned.
	 */
	public static boolean producesOn(ProductionLine line, LocalDate date) {
		if (line.isPlanned()) {
			return false;
		}
		if (date == null) {
			return true;
		}
		Optional<LocalDate> start = Dates.tryParse(line.getStart());
		Optional<LocalDate> end = Dates.tryParse(line.getEnd());
		return (start.isEmpty() || !start.get().isAfter(date)) && (end.isEmpty() || end.get().isAfter(date));
	}

	/** The most a line can make per day on a date: its surge target or its capacity then, whichever is higher. */
	public double ceilingOn(ProductionLine line, LocalDate date) {
		double capacity = supply.capacityOn(line, date, null);
		Optional<Double> target = line.getSurge() == null ? Optional.empty() : SupplyAnalysis.perDay(line.getSurge().getTarget());
		return Math.max(capacity, target.orElse(0.0));
	}

	/** The existing lines making an item on a date. */
	public List<ProductionLine> makersOn(Item item, LocalDate date) {
		return model.linesMaking(item).stream().filter(l -> producesOn(l, date)).toList();
	}

	/** The bill-of-materials entries of a line's item for which the line declares no source (line or stock). */
	public static List<BomEntry> unsourced(ProductionLine line) {
		List<BomEntry> missing = new ArrayList<>();
		if (!ModelIndex.resolved(line.getItem())) {
			return missing;
		}
		for (BomEntry entry : line.getItem().getBillOfMaterials()) {
			if (ModelIndex.resolved(entry.getInput()) && entry.getQuantity() > 0
					&& line.getInputs().stream().noneMatch(i -> i.getItem() == entry.getInput())) {
				missing.add(entry);
			}
		}
		return missing;
	}

	/**
	 * Complete items per day a line's inputs allow on a date, and the input that binds. {@code perDay} is infinite
	 * when no input is counted (no bill of materials, or inputs drawn from stock only).
	 */
	public record Kit(LocalDate date, double perDay, BomEntry binding, double suppliedPerDay,
			List<ProductionLine> makers) {
	}

	/**
	 * Complete items per day a line can assemble on a date: the minimum over its item's bill of materials of the
	 * total rate of the existing lines making each input, divided by the quantity per unit. With {@code surged},
	 * each of those lines counts at its ceiling (surge target) instead of its capacity on the date. Inputs the line
	 * has no source for, or draws from stock that no line replenishes, are left out (a stock is a quantity, not a
	 * rate).
	 */
	public Kit completeRate(ProductionLine line, LocalDate date, boolean surged) {
		Kit best = new Kit(date, Double.POSITIVE_INFINITY, null, 0, List.of());
		if (!ModelIndex.resolved(line.getItem())) {
			return best;
		}
		for (BomEntry entry : line.getItem().getBillOfMaterials()) {
			Item input = entry.getInput();
			if (!ModelIndex.resolved(input) || entry.getQuantity() <= 0) {
				continue;
			}
			List<LineInput> sources = line.getInputs().stream().filter(i -> i.getItem() == input).toList();
			boolean fromLine = sources.stream().anyMatch(i -> i.getSupplier() != null);
			List<ProductionLine> makers = makersOn(input, date);
			if (sources.isEmpty() || !fromLine && makers.isEmpty()) {
				continue;
			}
			double total = 0;
			for (ProductionLine maker : makers) {
				total += surged ? ceilingOn(maker, date) : supply.capacityOn(maker, date, null);
			}
			double possible = total / entry.getQuantity();
			if (possible < best.perDay()) {
				best = new Kit(date, possible, entry, total, makers);
			}
		}
		return best;
	}

	/**
	 * The dates on which a line's kit is worth comparing with its rate: the starts and dated capacity changes of
	 * the line and of every line making one of its inputs, and the scenarios' start dates, none before the line's
	 * own start. A single undated comparison (null) when there are none.
	 */
	public List<LocalDate> comparisonDates(ProductionLine line) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		List<ProductionLine> lines = new ArrayList<>();
		lines.add(line);
		if (ModelIndex.resolved(line.getItem())) {
			for (BomEntry entry : line.getItem().getBillOfMaterials()) {
				if (ModelIndex.resolved(entry.getInput())) {
					lines.addAll(model.linesMaking(entry.getInput()));
				}
			}
		}
		for (ProductionLine l : lines) {
			Dates.tryParse(l.getStart()).ifPresent(dates::add);
			for (CapacityChange change : l.getCapacityChanges()) {
				Dates.tryParse(change.getFrom()).ifPresent(dates::add);
			}
		}
		for (Scenario scenario : model.scenarios()) {
			ScenarioWindow.of(scenario).ifPresent(w -> dates.add(w.start()));
		}
		Optional<LocalDate> start = Dates.tryParse(line.getStart());
		Optional<LocalDate> end = Dates.tryParse(line.getEnd());
		List<LocalDate> result = new ArrayList<>();
		for (LocalDate date : dates) {
			if ((start.isEmpty() || !date.isBefore(start.get())) && (end.isEmpty() || date.isBefore(end.get()))) {
				result.add(date);
			}
		}
		if (result.isEmpty() && dates.isEmpty()) {
			result.add(null);
		}
		return result;
	}
}
