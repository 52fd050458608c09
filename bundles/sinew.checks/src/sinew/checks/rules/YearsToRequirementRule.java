package sinew.checks.rules;

import java.time.LocalDate;
import java.util.List;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.ReadinessAnalysis;
import sinew.checks.analysis.ReadinessAnalysis.PlannedRate;
import sinew.checks.analysis.ReadinessAnalysis.RecentRate;
import sinew.model.Comparison;
import sinew.model.Item;
import sinew.model.Metric;
import sinew.model.ProductionLine;
import sinew.model.Requirement;
import sinew.model.SinewPackage.Literals;
import sinew.model.Theatre;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;
import sinew.model.units.Units.Dimension;

/**
 * DOMAIN check 9: for a stock-level requirement not met by the stock on hand, the years production takes to
 * close the gap, at the planned rate (after dated expansions) and at the recent average rate.
 */
public final class YearsToRequirementRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-STK-003", "Years to a stock requirement",
			Category.STOCK_AND_READINESS, Severity.WARNING,
			"A stock requirement the inventory does not meet is closed only by production: (requirement - inventory) "
					+ "/ rate. The figure is given twice, at the planned rate (every existing line at its capacity once the "
					+ "announced expansions are in force) and at the recent average rate (the lines' declared rates), "
					+ "because announced expansions arrive late and the gap often takes years, not months, to close. Each "
					+ "figure assumes the whole output of the lines goes to this requirement.",
			"munition SM6\n"
					+ "line Tucson_SM6 { makes SM6 site Tucson rate 125/year capacity 500/year from 2029-01 }\n"
					+ "stockpile SM6_Yokosuka { item SM6 site Yokosuka quantity 160 }\n"
					+ "requirement SM6_Stock { stock-level of SM6 >= 1000 }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		ReadinessAnalysis readiness = new ReadinessAnalysis(context.analysis());
		for (Requirement requirement : context.model().requirements()) {
			Item item = requirement.getItem();
			if (requirement.getMetric() != Metric.STOCK || requirement.getThreshold() == null || !ModelIndex.resolved(item)
					|| Units.dimension(requirement.getThreshold()) != Dimension.COUNT
					|| requirement.getComparison() == Comparison.LE || requirement.getComparison() == Comparison.LT) {
				continue;
			}
			Theatre theatre = ModelIndex.resolved(requirement.getTheatre()) ? requirement.getTheatre() : null;
			if (requirement.getTheatre() != null && theatre == null) {
				continue; // an unresolved theatre: the linker reports it
			}
			double threshold = Units.normalised(requirement.getThreshold());
			double inventory = readiness.stock(item, theatre);
			if (inventory >= threshold) {
				continue;
			}
			double gap = threshold - inventory;
			LocalDate reference = ModelIndex.resolved(requirement.getScenario())
					? ScenarioWindow.of(requirement.getScenario()).map(ScenarioWindow::start).orElse(null)
					: null;
			PlannedRate planned = readiness.plannedRate(item);
			RecentRate recent = readiness.recentRate(item, reference);
			String where = theatre == null ? "" : " in " + CheckContext.label(theatre);
			String message = "Stock of " + CheckContext.label(item) + where + " is " + CheckContext.figure(inventory) + ", "
					+ CheckContext.figure(gap) + " short of the " + CheckContext.figure(threshold) + " that " + requirement.getName()
					+ " requires: ";
			if (planned.lines().isEmpty() && recent.lines().isEmpty()) {
				message += "no existing production line makes " + CheckContext.label(item) + ", so the gap never closes";
			} else {
				message += years(gap, planned.perDay()) + " at the planned rate of " + rate(planned.perDay(), planned.lines())
						+ (planned.date() == null ? "" : " from " + PlanText.date(planned.date())) + " and " + years(gap, recent.perDay())
						+ " at the recent rate of " + rate(recent.perDay(), recent.lines());
			}
			context.report(requirement, Literals.REQUIREMENT__THRESHOLD, message);
		}
	}

	private static String years(double gap, double perDay) {
		if (perDay <= 0) {
			return "never";
		}
		double years = gap / (perDay * Units.DAYS_PER_YEAR);
		if (years < 1.0 / 12) {
			return CheckContext.days(gap / perDay);
		}
		if (years < 1) {
			double months = years * 12;
			return CheckContext.figure(months) + (Math.abs(months - 1) < 1e-9 ? " month" : " months");
		}
		return CheckContext.figure(years) + (Math.abs(years - 1) < 1e-9 ? " year" : " years");
	}

	private static String rate(double perDay, List<ProductionLine> lines) {
		String text = CheckContext.perYear(perDay);
		if (lines.isEmpty()) {
			return text + " (no line)";
		}
		return text + " (" + PlanText.list(lines.stream().map(ProductionLine::getName).toList()) + ")";
	}
}
