package sinew.checks.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExposureAnalysis;
import sinew.checks.analysis.ExposureAnalysis.Crossing;
import sinew.checks.analysis.ExposureAnalysis.Transit;
import sinew.model.Route;
import sinew.model.SinewPackage.Literals;
import sinew.model.TransportMode;
import sinew.model.units.Units;

/**
 * DOMAIN check 15: (a) a route whose great-circle track enters the range of an active threat, naming the
 * shortest-ranged such threat, the closest approach to its origin and how much of the route lies inside; (b) a
 * declared transit faster than the route's mode can cover the great-circle distance (the speeds are the constants
 * of {@link ExposureAnalysis}). The great circle is the shortest track; a real route is longer, so (b) only flags
 * transits that are too fast, never too slow.
 */
public final class RouteExposureRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-THR-003", "Route exposure and transit arithmetic",
			Category.EXPOSURE, Severity.WARNING,
			"Munitions reach the forces only along routes, and a route that runs into an adversary's strike envelope "
					+ "can be cut or its shipping sunk, whatever the stock at either end. The route is reported with "
					+ "the weapon whose range it enters and its closest approach to the launch area, so planners can "
					+ "see which sealift and airlift legs a strike campaign reaches. A transit shorter than the "
					+ "great-circle distance allows at the mode's top speed (ships about 25 knots, aircraft 900 km/h, "
					+ "road and rail 1,000 km a day) understates the replenishment lag the other checks rely on.",
			"threat DF16 { weapon \"DF-16\" origin Fujian range 1000 km }\n"
					+ "route Apra_WhiteBeach { from Apra_Harbor to White_Beach mode sea transit 4 days }\n"
					+ "route Darwin_Subic { from Port_Darwin to Subic_Bay mode sea transit 2 days }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		ExposureAnalysis exposure = new ExposureAnalysis(context.model());
		for (Route route : context.model().routes()) {
			exposed(context, exposure, route);
			transit(context, route);
		}
	}

	private static void exposed(CheckContext context, ExposureAnalysis exposure, Route route) {
		List<Crossing> crossings = exposure.envelopesCrossed(route);
		if (crossings.isEmpty()) {
			return;
		}
		Crossing first = crossings.get(0);
		String where;
		if (first.startsInside() && first.endsInside()) {
			where = "all of its " + CheckContext.km(first.lengthKm());
		} else if (first.endsInside()) {
			where = "the last " + CheckContext.km(first.insideKm()) + " of its " + CheckContext.km(first.lengthKm())
					+ " (into " + CheckContext.label(route.getTo()) + ")";
		} else if (first.startsInside()) {
			where = "the first " + CheckContext.km(first.insideKm()) + " of its " + CheckContext.km(first.lengthKm())
					+ " (out of " + CheckContext.label(route.getFrom()) + ")";
		} else {
			where = "about " + CheckContext.km(first.insideKm()) + " of its " + CheckContext.km(first.lengthKm())
					+ " in mid-route";
		}
		String others = crossings.size() == 1 ? ""
				: "; also within " + String.join(", ",
						crossings.subList(1, crossings.size()).stream().map(c -> ExposureAnalysis.threatName(c.threat())).toList());
		context.report(route, CheckContext.label(route) + " runs inside " + ExposureAnalysis.threatName(first.threat())
				+ " range for " + where + ": its great-circle track comes within " + CheckContext.km(first.closestKm())
				+ " of " + CheckContext.label(first.threat().getOrigin()) + " (range " + CheckContext.km(first.rangeKm())
				+ ")" + others);
	}

	private static void transit(CheckContext context, Route route) {
		Optional<Transit> found = ExposureAnalysis.transit(route);
		if (found.isEmpty() || !found.get().tooFast()) {
			return;
		}
		Transit t = found.get();
		TransportMode mode = route.getMode() == null ? TransportMode.SEA : route.getMode();
		String implied = Double.isInfinite(t.kmPerDay()) ? "is impossible"
				: "implies " + CheckContext.km(t.kmPerDay()) + "/day";
		context.report(route, Literals.ROUTE__TRANSIT,
				CheckContext.label(route) + ": transit of " + Units.format(route.getTransit()) + " for "
						+ CheckContext.km(t.lengthKm()) + " by " + (mode == TransportMode.LAND ? "road" : mode.getLiteral()) + " " + implied + "; "
						+ limit(mode) + ", so the trip takes at least " + CheckContext.days(Math.ceil(t.leastDays() * 10) / 10));
	}

	/** The mode's top speed in words. */
	private static String limit(TransportMode mode) {
		return switch (mode) {
			case SEA -> "ships make at most about " + round(ExposureAnalysis.SEA_KM_PER_DAY) + " km/day (25 knots)";
			case AIR -> "aircraft make at most about " + round(ExposureAnalysis.AIR_KM_PER_DAY)
					+ " km/day (900 km/h around the clock)";
			case LAND -> "road convoys make at most about " + round(ExposureAnalysis.LAND_KM_PER_DAY) + " km/day";
			case RAIL -> "trains make at most about " + round(ExposureAnalysis.RAIL_KM_PER_DAY) + " km/day";
		};
	}

	/** A speed rounded to the hundred, as planners quote it: 1,100. */
	private static String round(double kmPerDay) {
		return String.format(Locale.ROOT, "%,d", Math.round(kmPerDay / 100) * 100);
	}
}
