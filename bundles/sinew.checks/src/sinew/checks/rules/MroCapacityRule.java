package sinew.checks.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.MroAnalysis;
import sinew.checks.analysis.MroAnalysis.Demand;
import sinew.checks.analysis.MroAnalysis.UnitDemand;
import sinew.model.MroFacility;
import sinew.model.Platform;
import sinew.model.SinewPackage.Literals;
import sinew.model.units.Units;

/**
 * DOMAIN check 16: a facility whose demand, the platforms in deep maintenance at once on average (fleet / interval
 * x duration, over the units it serves and is certified for), exceeds what its slots hold at the availability of
 * {@link MroAnalysis#AVAILABILITY}. See {@link MroAnalysis#demand} for how shared fleets are counted.
 */
public final class MroCapacityRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-MRO-001", "MRO capacity below demand", Category.MRO,
			Severity.WARNING,
			"A fleet needs deep maintenance at a steady pace: a fleet of N platforms maintained every I months for D "
					+ "months each keeps N / I x D of them in the yard at once on average. When that is more than the "
					+ "facility's slots hold (at 85 % availability), platforms queue, and every month in the queue is a "
					+ "month out of the fight; regional MRO in allied territory only shortens the trip home if it has "
					+ "the slots for the fleet it is meant to serve.",
			"platform P8A { maintenance every 72 months for 120 days }\n"
					+ "unit RAAF_92WG { nation AUS platform P8A count 14 base RAAF_Edinburgh }\n"
					+ "unit VP_Kadena { nation USA platform P8A count 6 base Kadena }\n"
					+ "mro P8_Edinburgh { site RAAF_Edinburgh serves P8A slots 1 turnaround 120 days certified for AUS, USA }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		MroAnalysis mro = new MroAnalysis(context.model());
		for (MroFacility facility : context.model().mroFacilities()) {
			Optional<Demand> found = mro.demand(facility);
			if (found.isEmpty() || !found.get().overloaded()) {
				continue;
			}
			Demand demand = found.get();
			Map<Platform, List<UnitDemand>> byPlatform = new LinkedHashMap<>();
			for (UnitDemand unit : demand.units()) {
				byPlatform.computeIfAbsent(unit.platform(), p -> new ArrayList<>()).add(unit);
			}
			List<String> parts = new ArrayList<>();
			for (Map.Entry<Platform, List<UnitDemand>> entry : byPlatform.entrySet()) {
				Platform platform = entry.getKey();
				List<UnitDemand> units = entry.getValue();
				int fleet = units.stream().mapToInt(UnitDemand::count).sum();
				List<String> names = units.stream().map(u -> u.unit().getName() + " " + u.count()).toList();
				double here = units.stream().mapToDouble(u -> u.count() * u.share()).sum();
				java.util.LinkedHashSet<String> others = new java.util.LinkedHashSet<>();
				units.forEach(u -> u.sharedWith().forEach(f -> others.add(f.getName())));
				String shared = here < fleet ? "; " + two(here) + " of them here, the rest at " + String.join(", ", others)
						+ " in proportion to slots" : "";
				String duration = MroAnalysis.plannedDuration(facility, platform).map(Units::format).orElse("?");
				parts.add(fleet + " " + CheckContext.label(platform) + " (" + String.join(", ", names) + shared + "), in for "
						+ duration + " every " + Units.format(platform.getMaintenanceInterval()));
			}
			context.report(facility, Literals.MRO_FACILITY__SLOTS, CheckContext.label(facility) + ": "
					+ String.join(" and ", parts) + ", keep " + two(demand.inMaintenance())
					+ " in maintenance at once on average, more than the " + two(demand.capacity()) + " that "
					+ demand.slots() + (demand.slots() == 1 ? " slot" : " slots") + " at "
					+ Math.round(MroAnalysis.AVAILABILITY * 100) + " % availability " + (demand.slots() == 1 ? "holds" : "hold"));
		}
	}

	/** A small figure to two decimals at most: 1.1, 0.85. */
	static String two(double value) {
		return Units.figure(Math.round(value * 100) / 100.0);
	}
}
