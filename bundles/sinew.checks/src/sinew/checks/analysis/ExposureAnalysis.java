package sinew.checks.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sinew.model.Item;
import sinew.model.Route;
import sinew.model.Scenario;
import sinew.model.SinewPackage.Literals;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.Theatre;
import sinew.model.ThreatEnvelope;
import sinew.model.TransportMode;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;
import sinew.model.units.Units.Dimension;

/**
 * The derived figures of exposure to adversary strike that rules, diagrams and the simulation share: which threat
 * envelopes are active, which of them reach a site or a route (and how deep), how a theatre's stock of an item is
 * spread over its sites, and how fast a route's declared transit implies its cargo moves. Distances are
 * great-circle ({@link Geo}), durations in days as {@link Units} normalises them.
 */
public final class ExposureAnalysis {

	/**
	 * Share of a theatre's stock of an item above which holding it at one site, or inside one threat envelope, is
	 * a concentration: more than half (50 %).
	 */
	public static final double CONCENTRATION_SHARE = 0.5;

	/** A knot in km/h (one nautical mile, 1,852 m, per hour). */
	public static final double KM_PER_KNOT_HOUR = 1.852;
	/** Fastest sealift: 25 knots around the clock, about 1,111 km a day (fast sealift and T-AKE make 20-24 kn). */
	public static final double SEA_KM_PER_DAY = 25 * KM_PER_KNOT_HOUR * 24;
	/** Fastest airlift: 900 km/h (jet transport cruise) for 24 hours, 21,600 km a day. */
	public static final double AIR_KM_PER_DAY = 900.0 * 24;
	/** Fastest movement by road: about 1,000 km a day (convoys driving in relays around the clock). */
	public static final double LAND_KM_PER_DAY = 1000.0;
	/** Fastest movement by rail: about 1,000 km a day (freight trains including stops). */
	public static final double RAIL_KM_PER_DAY = 1000.0;

	private final ModelIndex model;
	private List<ThreatEnvelope> active;

	public ExposureAnalysis(ModelIndex model) {
		this.model = model;
	}

	public ModelIndex model() {
		return model;
	}

	// ------------------------------------------------------------------------------------------------ threats

	/** Threats active in some scenario (its own or inherited through {@code extends}); all threats when no scenario names any. */
	public static List<ThreatEnvelope> activeThreats(ModelIndex model) {
		LinkedHashSet<ThreatEnvelope> active = new LinkedHashSet<>();
		for (Scenario scenario : model.scenarios()) {
			for (Scenario s : ScenarioWindow.lineage(scenario)) {
				s.getThreats().stream().filter(ModelIndex::resolved).forEach(active::add);
			}
		}
		return active.isEmpty() ? model.threats() : List.copyOf(active);
	}

	/** The active threats of the models checked (computed once). */
	public List<ThreatEnvelope> activeThreats() {
		if (active == null) {
			active = activeThreats(model);
		}
		return active;
	}

	/** A threat as planners name it: its weapon ("DF-16"), else its name. */
	public static String threatName(ThreatEnvelope threat) {
		return threat.getWeapon() != null && !threat.getWeapon().isBlank() ? threat.getWeapon() : threat.getName();
	}

	/** A threat's range in km, when it has a resolved origin with a position and a range that is a distance. */
	public static Optional<Double> rangeKm(ThreatEnvelope threat) {
		if (!ModelIndex.resolved(threat) || !hasPosition(threat.getOrigin()) || threat.getRange() == null
				|| Units.dimension(threat.getRange()) != Dimension.DISTANCE) {
			return Optional.empty();
		}
		return Optional.of(Units.km(threat.getRange()));
	}

	/** Whether a site is resolved and has a position (a site at exactly 0N 0E is taken to have none). */
	public static boolean hasPosition(Site site) {
		return ModelIndex.resolved(site)
				&& (site.eIsSet(Literals.SITE__LATITUDE) || site.eIsSet(Literals.SITE__LONGITUDE));
	}

	/** Whether a threat's range reaches a site (false when either lacks a position or a range). */
	public static boolean reaches(ThreatEnvelope threat, Site site) {
		Optional<Double> range = rangeKm(threat);
		return range.isPresent() && hasPosition(site) && Geo.distanceKm(threat.getOrigin(), site) <= range.get();
	}

	// ------------------------------------------------------------------------------------------------ concentration

	/** What a theatre holds of an item at one of its sites: the quantity and the stockpiles making it up. */
	public record SiteStock(Site site, double quantity, List<Stockpile> stockpiles) {

		/** The largest stockpile at the site, where a finding about the site is best placed. */
		public Stockpile largest() {
			return stockpiles.stream().max(Comparator.comparingInt(Stockpile::getQuantity)).orElseThrow();
		}
	}

	/**
	 * A theatre's stock of an item by site, in model order: sites of the theatre holding a positive quantity.
	 * The total over the sites equals {@link SupplyAnalysis#stock(Item, Theatre)}.
	 */
	public List<SiteStock> stockBySite(Item item, Theatre theatre) {
		Map<Site, List<Stockpile>> bySite = new LinkedHashMap<>();
		for (Stockpile stockpile : model.stockpiles()) {
			if (stockpile.getItem() == item && ModelIndex.resolved(item) && stockpile.getQuantity() > 0
					&& ModelIndex.resolved(stockpile.getSite()) && theatre.getSites().contains(stockpile.getSite())) {
				bySite.computeIfAbsent(stockpile.getSite(), s -> new ArrayList<>()).add(stockpile);
			}
		}
		List<SiteStock> result = new ArrayList<>();
		bySite.forEach((site, stockpiles) -> result.add(
				new SiteStock(site, stockpiles.stream().mapToDouble(Stockpile::getQuantity).sum(), List.copyOf(stockpiles))));
		return result;
	}

	/** The items a theatre holds stock of, in model order. */
	public List<Item> itemsHeldIn(Theatre theatre) {
		LinkedHashSet<Item> items = new LinkedHashSet<>();
		for (Stockpile stockpile : model.stockpiles()) {
			if (ModelIndex.resolved(stockpile.getItem()) && stockpile.getQuantity() > 0
					&& ModelIndex.resolved(stockpile.getSite()) && theatre.getSites().contains(stockpile.getSite())) {
				items.add(stockpile.getItem());
			}
		}
		return List.copyOf(items);
	}

	/** Whether some site of a theatre lies outside a threat's range (so stock could be held there instead). */
	public static boolean theatreExtendsBeyond(Theatre theatre, ThreatEnvelope threat) {
		for (Site site : theatre.getSites()) {
			if (hasPosition(site) && !reaches(threat, site)) {
				return true;
			}
		}
		return false;
	}

	// ------------------------------------------------------------------------------------------------ routes

	/** Great-circle length of a route in km, when both ends are resolved sites with positions. */
	public static Optional<Double> lengthKm(Route route) {
		if (!hasPosition(route.getFrom()) || !hasPosition(route.getTo())) {
			return Optional.empty();
		}
		return Optional.of(Geo.distanceKm(route.getFrom(), route.getTo()));
	}

	/** Where a route meets a threat envelope: the closest approach of its track to the origin and the km inside. */
	public record Crossing(ThreatEnvelope threat, double rangeKm, double closestKm, double lengthKm, double insideKm,
			boolean startsInside, boolean endsInside) {
	}

	/**
	 * The active threats whose range the great-circle track of a route enters, shortest range first: the least
	 * distance from the threat's origin to the track ({@link Geo#distanceToArcKm}) is within its range.
	 */
	public List<Crossing> envelopesCrossed(Route route) {
		List<Crossing> result = new ArrayList<>();
		Optional<Double> length = lengthKm(route);
		if (length.isEmpty()) {
			return result;
		}
		Site from = route.getFrom();
		Site to = route.getTo();
		for (ThreatEnvelope threat : activeThreats()) {
			Optional<Double> range = rangeKm(threat);
			if (range.isEmpty()) {
				continue;
			}
			Site origin = threat.getOrigin();
			double closest = Geo.distanceToArcKm(origin.getLatitude(), origin.getLongitude(), from.getLatitude(),
					from.getLongitude(), to.getLatitude(), to.getLongitude());
			if (closest <= range.get()) {
				result.add(new Crossing(threat, range.get(), closest, length.get(),
						kmInside(origin, range.get(), from, to, length.get()), Geo.distanceKm(origin, from) <= range.get(),
						Geo.distanceKm(origin, to) <= range.get()));
			}
		}
		result.sort(Comparator.comparingDouble(Crossing::rangeKm));
		return result;
	}

	/** Km of the great-circle track between two sites that lie within a range of an origin (solved exactly, see Geo). */
	static double kmInside(Site origin, double rangeKm, Site from, Site to, double lengthKm) {
		if (lengthKm <= 0) {
			return 0;
		}
		return Geo.arcKmWithin(origin.getLatitude(), origin.getLongitude(), rangeKm, from.getLatitude(),
				from.getLongitude(), to.getLatitude(), to.getLongitude());
	}

	/** The fastest a mode moves cargo, in km a day (the constants above). */
	public static double maxKmPerDay(TransportMode mode) {
		return switch (mode == null ? TransportMode.SEA : mode) {
			case SEA -> SEA_KM_PER_DAY;
			case AIR -> AIR_KM_PER_DAY;
			case LAND -> LAND_KM_PER_DAY;
			case RAIL -> RAIL_KM_PER_DAY;
		};
	}

	/** A route's declared transit against its great-circle length: the speed it implies and the mode's limit. */
	public record Transit(double lengthKm, double transitDays, double kmPerDay, double maxKmPerDay) {

		/** Whether the declared transit is faster than the mode can move (a transit of zero days always is). */
		public boolean tooFast() {
			return kmPerDay > maxKmPerDay;
		}

		/** The least transit the mode allows over the great-circle length, in days. */
		public double leastDays() {
			return lengthKm / maxKmPerDay;
		}
	}

	/**
	 * A route's transit arithmetic, when it has both ends and a transit that is a duration (the metamodel's default
	 * mode is sea). A transit of zero days over a positive distance implies an infinite speed.
	 */
	public static Optional<Transit> transit(Route route) {
		Optional<Double> length = lengthKm(route);
		if (length.isEmpty() || length.get() <= 0 || route.getTransit() == null
				|| Units.dimension(route.getTransit()) != Dimension.DURATION) {
			return Optional.empty();
		}
		double days = Units.days(route.getTransit());
		if (days < 0) {
			return Optional.empty();
		}
		double speed = days == 0 ? Double.POSITIVE_INFINITY : length.get() / days;
		return Optional.of(new Transit(length.get(), days, speed, maxKmPerDay(route.getMode())));
	}
}
