package sinew.checks.rules;

import java.util.Optional;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.checks.analysis.SurgeAnalysis;
import sinew.model.ProductionLine;
import sinew.model.SinewPackage.Literals;

/** DOMAIN check 11: peacetime orders on a line below its minimum sustaining rate. */
public final class MinimumSustainingRateRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-SRG-002", "Orders below the minimum sustaining rate",
			Category.SURGE, Severity.WARNING,
			"A line kept below its minimum sustaining rate goes cold: skilled workers leave, sub-tier suppliers close "
					+ "and tooling is mothballed, and restarting it takes longer than any surge ramp. Peacetime orders (the "
					+ "sum of a line's allocations: national, FMS and co-production) below that rate mean the surge the "
					+ "plans count on may not be there when a war starts.",
			"line Troy_LRASM { makes LRASM site Troy rate 71/year minimum rate 48/year\n"
					+ "\tallocate 40/year to USA via national }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		for (ProductionLine line : context.model().lines()) {
			Optional<Double> minimum = SupplyAnalysis.perDay(line.getMinimumSustainingRate());
			if (line.getAllocations().isEmpty() || minimum.isEmpty()) {
				continue;
			}
			double orders = SurgeAnalysis.orders(line);
			if (orders < minimum.get() * (1 - 1e-9)) {
				context.report(line, Literals.PRODUCTION_LINE__MINIMUM_SUSTAINING_RATE, "Peacetime orders on "
						+ line.getName() + " total " + PlanText.rate(orders, line.getMinimumSustainingRate()) + " ("
						+ PlanText.list(line.getAllocations().stream().map(PlanText::allocation).toList())
						+ "), below its minimum sustaining rate of " + PlanText.written(line.getMinimumSustainingRate(), "?")
						+ ": the line goes cold");
			}
		}
	}
}
