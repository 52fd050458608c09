package sinew.checks.rules;

import java.time.LocalDate;
import java.util.List;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.SurgeAnalysis;
import sinew.checks.analysis.SurgeAnalysis.Period;
import sinew.model.ProductionLine;
import sinew.model.Quantity;

/** DOMAIN check 12: orders on one line (national + FMS + co-production) above its capacity. */
public final class OverAllocationRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-SRG-003", "Line over-allocated", Category.SURGE,
			Severity.WARNING,
			"National orders, Foreign Military Sales and deliveries to co-production lines all draw on the same line. "
					+ "When their sum is above the line's capacity, someone's deliveries slip, and the customers whose plans "
					+ "count on them (an ally's licensed line waiting for seekers, an FMS customer's stockpile) find out only "
					+ "when the missiles do not arrive. Each dated capacity is checked; the worst shortfall is reported.",
			"line Camden_PAC3 { makes PAC3 site Camden rate 500/year\n"
					+ "\tallocate 450/year to USA via national\n"
					+ "\tallocate 100/year to JPN via fms }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		SurgeAnalysis surge = new SurgeAnalysis(context.analysis());
		for (ProductionLine line : context.model().lines()) {
			if (line.getAllocations().isEmpty()) {
				continue;
			}
			double orders = SurgeAnalysis.orders(line);
			List<Period> periods = surge.capacityPeriods(line);
			Period worst = null;
			for (Period period : periods) {
				if (orders > period.perDay() * (1 + 1e-9) && (worst == null || period.perDay() < worst.perDay())) {
					worst = period;
				}
			}
			if (worst == null) {
				continue;
			}
			Quantity unit = line.getRate() != null ? line.getRate() : line.getAllocations().get(0).getRate();
			StringBuilder message = new StringBuilder("Orders on ").append(line.getName()).append(" total ")
					.append(PlanText.rate(orders, unit)).append(" (")
					.append(PlanText.list(line.getAllocations().stream().map(PlanText::allocation).toList()))
					.append("), above its capacity of ").append(PlanText.rate(worst.perDay(), unit));
			if (periods.size() > 1) {
				if (worst.from() == null) {
					message.append(" before ").append(PlanText.date(worst.until()));
				} else {
					message.append(" from ").append(PlanText.date(worst.from()))
							.append(worst.until() == null ? "" : " until " + PlanText.date(worst.until()));
				}
			}
			message.append(" by ").append(PlanText.rate(orders - worst.perDay(), unit));
			if (periods.size() > 1) {
				// the first date from which the dated capacity covers the orders for good, if any
				LocalDate since = null;
				for (int i = periods.size() - 1; i >= 0 && periods.get(i).from() != null
						&& orders <= periods.get(i).perDay() * (1 + 1e-9); i--) {
					since = periods.get(i).from();
				}
				message.append(since != null ? "; capacity covers them from " + PlanText.date(since)
						: "; none of its dated capacities covers them");
			}
			context.report(line, message.toString());
		}
	}
}
