package sinew.checks.rules;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.MroAnalysis;
import sinew.checks.analysis.MroAnalysis.Overrun;
import sinew.model.MroFacility;
import sinew.model.Quantity;
import sinew.model.SinewPackage.Literals;
import sinew.model.units.Units;

/**
 * DOMAIN check 17: a facility's planned turnaround (or, when it gives none, a served platform's planned
 * maintenance duration) shorter than the turnaround recorded there for past work.
 */
public final class MroGrowthRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-MRO-002", "Planned turnaround below recorded history",
			Category.MRO, Severity.WARNING,
			"New regional MRO work runs over its plan while the yard, its workforce and its supply of parts grow into "
					+ "it: USNS Wally Schirra was planned for about three months at Hanwha Ocean, Geoje, and took six to "
					+ "seven. Planning throughput, slots and fleet availability on the planned turnaround when the "
					+ "recorded history is twice as long overstates what the facility returns to the fleet.",
			"mro Geoje_MRO { site Geoje serves T_AKE slots 2 turnaround 3 months recorded 6.5 months }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		for (MroFacility facility : context.model().mroFacilities()) {
			for (Overrun overrun : MroAnalysis.overruns(facility)) {
				Quantity recorded = facility.getRecordedTurnaround();
				if (overrun.platform() == null) {
					Quantity planned = facility.getTurnaround();
					context.report(facility, Literals.MRO_FACILITY__TURNAROUND, CheckContext.label(facility) + " plans "
							+ written(planned, overrun.plannedDays(), recorded) + " a period, but recorded periods took "
							+ written(recorded, overrun.recordedDays(), planned) + ": " + ratio(overrun.ratio())
							+ " the plan");
				} else {
					Quantity planned = overrun.platform().getMaintenanceDuration();
					context.report(facility, Literals.MRO_FACILITY__RECORDED_TURNAROUND, CheckContext.label(facility)
							+ " plans no turnaround of its own, and " + CheckContext.label(overrun.platform())
							+ " plans " + written(planned, overrun.plannedDays(), recorded)
							+ " of maintenance, but periods here took " + written(recorded, overrun.recordedDays(), planned)
							+ ": " + ratio(overrun.ratio()) + " the plan");
				}
			}
		}
	}

	/** A duration as written, with its days when the other figure is written in another unit. */
	private static String written(Quantity quantity, double days, Quantity other) {
		String text = Units.format(quantity);
		return other != null && other.getUnit() != quantity.getUnit() && quantity.getUnit() != sinew.model.QuantityUnit.DAY
				? text + " (" + CheckContext.days(days) + ")"
				: text;
	}

	private static String ratio(double ratio) {
		return Units.figure(Math.round(ratio * 10) / 10.0) + " times";
	}
}
