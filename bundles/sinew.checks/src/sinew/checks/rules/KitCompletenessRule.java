package sinew.checks.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExportAnalysis;
import sinew.checks.analysis.KitAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.BomEntry;
import sinew.model.CapacityChange;
import sinew.model.ProductionLine;
import sinew.model.Quantity;
import sinew.model.SinewPackage.Literals;
import sinew.model.units.Dates;

/** DOMAIN check 3: complete items are the minimum over the bill of materials. */
public final class KitCompletenessRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-SUP-003", "Kit completeness", Category.SUPPLY, Severity.WARNING,
			"A complete round needs every part of its bill of materials, so complete items are the minimum over the "
					+ "inputs, not the output of the biggest line. A line must name a source (a line or a stock) for every "
					+ "input of its item; and its rate, or its surge target, is compared with the total output of every "
					+ "existing line making each input, divided by the quantity per unit, on each date where a figure "
					+ "changes (starts, dated capacities, scenario starts); the surge target is compared with the input "
					+ "lines at their own surge targets. An input drawn only from a stock that no line replenishes caps no "
					+ "rate (a stock is a quantity). The binding input is named where the shortfall is largest. In 2024 "
					+ "the U.S. made about 40,000 155 mm projectiles a month, but propellant charges from a single plant "
					+ "capped complete rounds at about 18,000.",
			"munition Round155 { bom 1 M795_Projectile, 1 MACS_Charge }\n"
					+ "line Radford { makes MACS_Charge site Radford rate 18000/month }\n"
					+ "line Iowa { makes Round155 site Iowa rate 18000/month surge to 40000/month within 2 years\n"
					+ "  input M795_Projectile from line Scranton input MACS_Charge from line Radford }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		KitAnalysis kits = new KitAnalysis(context.model(), context.analysis());
		for (ProductionLine line : context.model().lines()) {
			if (!ModelIndex.resolved(line.getItem()) || line.getItem().getBillOfMaterials().isEmpty()) {
				continue;
			}
			String item = CheckContext.label(line.getItem());
			for (BomEntry missing : KitAnalysis.unsourced(line)) {
				context.report(line, line.getName() + " has no source for " + CheckContext.label(missing.getInput()) + " ("
						+ CheckContext.figure(missing.getQuantity()) + " per unit of " + item + "): add input "
						+ missing.getInput().getName() + " from line or from stock");
			}
			shortfall(context, kits, line, item);
		}
	}

	private static void shortfall(CheckContext context, KitAnalysis kits, ProductionLine line, String item) {
		Optional<Double> surge = line.getSurge() == null ? Optional.empty() : SupplyAnalysis.perDay(line.getSurge().getTarget());
		List<LocalDate> dates = kits.comparisonDates(line);
		KitAnalysis.Kit worst = null;
		double worstClaim = 0;
		boolean worstSurged = false;
		for (LocalDate date : dates) {
			double rate = context.analysis().capacityOn(line, date, null);
			KitAnalysis.Kit kit = kits.completeRate(line, date, false);
			if (rate > 0 && kit.perDay() < rate * (1 - 1e-9) && (worst == null || worse(rate, kit, worstClaim, worst))) {
				worst = kit;
				worstClaim = rate;
				worstSurged = false;
			}
			if (surge.isPresent()) {
				KitAnalysis.Kit surged = kits.completeRate(line, date, true);
				if (surged.perDay() < surge.get() * (1 - 1e-9) && (worst == null || worse(surge.get(), surged, worstClaim, worst))) {
					worst = surged;
					worstClaim = surge.get();
					worstSurged = true;
				}
			}
		}
		if (worst == null) {
			return;
		}
		Quantity unit = line.getRate();
		if (unit == null) {
			unit = line.getCapacityChanges().isEmpty() ? null : line.getCapacityChanges().get(0).getRate();
		}
		if (unit == null && line.getSurge() != null) {
			unit = line.getSurge().getTarget();
		}
		String when = worst.date() == null || worst.date().equals(dates.get(0)) ? "" : " on " + ExportAnalysis.format(worst.date());
		BomEntry binding = worst.binding();
		String input = CheckContext.label(binding.getInput());
		String makers = worst.makers().isEmpty() ? "no existing line makes " + input
				: input + " is made at " + KitAnalysis.rate(worst.suppliedPerDay(), unit)
						+ (worstSurged ? " at most (surge included)" : "") + " by "
						+ (worst.makers().size() == 1 ? "1 line" : worst.makers().size() + " lines") + " ("
						+ String.join(", ", worst.makers().stream().map(ProductionLine::getName).toList()) + ")"
						+ (binding.getQuantity() == 1 ? "" : ", " + CheckContext.figure(binding.getQuantity()) + " per unit");
		Optional<CapacityChange> inForce = worstSurged ? Optional.empty() : capacityInForce(line, worst.date());
		String claim = worstSurged ? "a surge target of " + KitAnalysis.rate(surge.get(), line.getSurge().getTarget())
				: inForce.isPresent() ? "its capacity of " + KitAnalysis.rate(worstClaim, unit) + " from " + inForce.get().getFrom()
						: "its rate of " + KitAnalysis.rate(worstClaim, unit);
		context.report(inForce.isPresent() ? inForce.get() : line,
				inForce.isPresent() ? null : worstSurged ? Literals.PRODUCTION_LINE__SURGE : Literals.PRODUCTION_LINE__RATE,
				line.getName() + " can complete at most " + KitAnalysis.rate(worst.perDay(), unit) + " of " + item + when
						+ ": " + makers + ", against " + claim);
	}

	/** The dated capacity of a line in force on a date (the latest on or before it), if any. */
	private static Optional<CapacityChange> capacityInForce(ProductionLine line, LocalDate date) {
		CapacityChange latest = null;
		LocalDate latestFrom = null;
		for (CapacityChange change : line.getCapacityChanges()) {
			Optional<LocalDate> from = Dates.tryParse(change.getFrom());
			if (date != null && from.isPresent() && !from.get().isAfter(date) && SupplyAnalysis.perDay(change.getRate()).isPresent()
					&& (latestFrom == null || from.get().isAfter(latestFrom))) {
				latest = change;
				latestFrom = from.get();
			}
		}
		return Optional.ofNullable(latest);
	}

	/** Whether a shortfall (claim against kit) is larger, as a ratio, than the worst so far; ties keep the earlier. */
	private static boolean worse(double claim, KitAnalysis.Kit kit, double worstClaim, KitAnalysis.Kit worst) {
		double ratio = kit.perDay() <= 0 ? Double.POSITIVE_INFINITY : claim / kit.perDay();
		double worstRatio = worst.perDay() <= 0 ? Double.POSITIVE_INFINITY : worstClaim / worst.perDay();
		return ratio > worstRatio * (1 + 1e-9);
	}
}
