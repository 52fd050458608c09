package sinew.checks.rules;

import java.util.ArrayList;
import java.util.List;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.MroAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.model.MroFacility;
import sinew.model.Nation;
import sinew.model.Platform;
import sinew.model.Unit;
import sinew.model.units.Units;

/**
 * DOMAIN check 18: a unit whose platform needs deep maintenance (the platform gives a maintenance interval) while
 * the facilities in the model that serve that platform are none of them certified for the unit's nation (see
 * {@link MroAnalysis#certifiedFor}: a facility listing no nations works for its site's host nation only). Units
 * whose platform no facility serves are left alone: the model does not say where they are maintained.
 */
public final class FacilityCertificationRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-MRO-003", "No certified facility for a unit's platform",
			Category.MRO, Severity.WARNING,
			"A facility may repair a platform only if it is certified for that platform class and for the nation that "
					+ "operates it: U.S. aircraft went to RAAF Edinburgh for P-8A deeper maintenance only after a "
					+ "sustainment agreement opened it to them, and U.S. Navy ships to Korean yards only under a Master "
					+ "Ship Repair Agreement. A unit whose platform is maintained in the model only at facilities not "
					+ "certified for its nation has to send it home, however close the facility is.",
			"platform P8A { maintenance every 72 months for 120 days }\n"
					+ "unit JMSDF_P8 { nation JPN platform P8A count 4 base Atsugi }\n"
					+ "mro P8_Edinburgh { site RAAF_Edinburgh serves P8A slots 1 certified for AUS, USA }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		MroAnalysis mro = new MroAnalysis(context.model());
		for (Unit unit : context.model().units()) {
			Platform platform = unit.getPlatform();
			Nation nation = unit.getNation();
			if (!ModelIndex.resolved(platform) || !ModelIndex.resolved(nation)
					|| MroAnalysis.intervalDays(platform).isEmpty()) {
				continue;
			}
			List<MroFacility> facilities = mro.facilitiesServing(platform);
			if (facilities.isEmpty() || facilities.stream().anyMatch(f -> MroAnalysis.certifiedFor(f, nation))) {
				continue;
			}
			List<String> named = new ArrayList<>();
			for (MroFacility facility : facilities) {
				List<Nation> certified = MroAnalysis.certifiedNations(facility);
				named.add(facility.getName() + " (certified for "
						+ (certified.isEmpty() ? "no nation" : String.join(", ", certified.stream().map(Nation::getName).toList()))
						+ (facility.getCertifiedNations().isEmpty() ? ", its host nation" : "") + ")");
			}
			context.report(unit, CheckContext.label(unit) + ": " + CheckContext.label(platform) + " needs deep maintenance every "
					+ Units.format(platform.getMaintenanceInterval()) + ", but no facility serving it is certified for "
					+ CheckContext.label(nation) + ": " + String.join(", ", named));
		}
	}
}
