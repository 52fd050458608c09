package sinew.checks.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sinew.model.MroFacility;
import sinew.model.Nation;
import sinew.model.Platform;
import sinew.model.SinewPackage.Literals;
import sinew.model.Unit;
import sinew.model.units.Units;
import sinew.model.units.Units.Dimension;

/**
 * The derived figures of maintenance, repair and overhaul that rules, diagrams and the simulation share: which
 * facilities may work on a unit's platforms, the demand a facility faces (platforms in deep maintenance at once on
 * average) against what its slots hold, and planned against recorded turnaround. Durations in days as
 * {@link Units} normalises them.
 */
public final class MroAnalysis {

	/**
	 * Share of the time a maintenance slot is actually working on a platform: 85 %. The rest goes to moving
	 * platforms in and out, waiting for parts and the facility's own upkeep.
	 */
	public static final double AVAILABILITY = 0.85;

	private final ModelIndex model;

	public MroAnalysis(ModelIndex model) {
		this.model = model;
	}

	public ModelIndex model() {
		return model;
	}

	/**
	 * Whether a facility may work on a nation's platforms: the nation is among those it is certified for; a
	 * facility that lists none is certified for its site's host nation only (for every nation when its site or host
	 * is unknown, so that missing data raises no finding).
	 */
	public static boolean certifiedFor(MroFacility facility, Nation nation) {
		if (!ModelIndex.resolved(nation)) {
			return false;
		}
		List<Nation> listed = facility.getCertifiedNations().stream().filter(ModelIndex::resolved).toList();
		if (!listed.isEmpty()) {
			return listed.contains(nation);
		}
		if (!facility.getCertifiedNations().isEmpty()) {
			return true; // it lists nations, none of which links: unknown
		}
		if (!ModelIndex.resolved(facility.getSite()) || !ModelIndex.resolved(facility.getSite().getHost())) {
			return true;
		}
		return facility.getSite().getHost() == nation;
	}

	/** The nations a facility is certified for, as {@link #certifiedFor} reads them, or empty when unknown. */
	public static List<Nation> certifiedNations(MroFacility facility) {
		List<Nation> listed = facility.getCertifiedNations().stream().filter(ModelIndex::resolved).toList();
		if (!listed.isEmpty() || !facility.getCertifiedNations().isEmpty()) {
			return listed;
		}
		if (ModelIndex.resolved(facility.getSite()) && ModelIndex.resolved(facility.getSite().getHost())) {
			return List.of(facility.getSite().getHost());
		}
		return List.of();
	}

	/** The facilities that serve a platform class, in model order. */
	public List<MroFacility> facilitiesServing(Platform platform) {
		List<MroFacility> result = new ArrayList<>();
		if (!ModelIndex.resolved(platform)) {
			return result;
		}
		for (MroFacility facility : model.mroFacilities()) {
			if (facility.getServes().contains(platform)) {
				result.add(facility);
			}
		}
		return result;
	}

	/** A platform's time between deep-maintenance periods in days, when it is a positive duration. */
	public static Optional<Double> intervalDays(Platform platform) {
		return positiveDays(ModelIndex.resolved(platform) ? platform.getMaintenanceInterval() : null);
	}

	/**
	 * How long a platform spends in one deep-maintenance period at a facility: the facility's planned turnaround
	 * when it gives one, else the platform's planned maintenance duration.
	 */
	public static Optional<Double> durationDays(MroFacility facility, Platform platform) {
		return plannedDuration(facility, platform).flatMap(MroAnalysis::positiveDays);
	}

	/** The planned duration {@link #durationDays} uses, as written: the facility's turnaround or the platform's. */
	public static Optional<sinew.model.Quantity> plannedDuration(MroFacility facility, Platform platform) {
		if (positiveDays(facility.getTurnaround()).isPresent()) {
			return Optional.of(facility.getTurnaround());
		}
		sinew.model.Quantity duration = ModelIndex.resolved(platform) ? platform.getMaintenanceDuration() : null;
		return positiveDays(duration).isPresent() ? Optional.of(duration) : Optional.empty();
	}

	/** The facility's slots, when given and positive. */
	public static Optional<Integer> slots(MroFacility facility) {
		return facility.eIsSet(Literals.MRO_FACILITY__SLOTS) && facility.getSlots() > 0 ? Optional.of(facility.getSlots())
				: Optional.empty();
	}

	/** What a facility's slots hold at once on average: slots times {@link #AVAILABILITY}. */
	public static Optional<Double> capacity(MroFacility facility) {
		return slots(facility).map(s -> s * AVAILABILITY);
	}

	/**
	 * One unit's share of a facility's demand: its platforms, the share of them this facility takes, the interval
	 * and duration of their deep maintenance, and the platforms it keeps in maintenance at once on average.
	 */
	public record UnitDemand(Unit unit, Platform platform, int count, double share, List<MroFacility> sharedWith,
			double intervalDays, double durationDays, double inMaintenance) {
	}

	/** A facility's demand (platforms in maintenance at once on average) against its capacity. */
	public record Demand(MroFacility facility, List<UnitDemand> units, double inMaintenance, int slots, double capacity) {

		/** Whether the demand exceeds what the slots hold. */
		public boolean overloaded() {
			return inMaintenance > capacity;
		}
	}

	/**
	 * The demand on a facility: for each unit whose platform it serves and whose nation it is certified for, fleet /
	 * interval x duration, the platforms in deep maintenance at once on average. A unit that several facilities may
	 * serve is shared among them in proportion to their slots. Units without a count, platforms without an interval
	 * or without a duration (here or on the platform) add nothing. Empty when the facility gives no slots.
	 */
	public Optional<Demand> demand(MroFacility facility) {
		Optional<Integer> slots = slots(facility);
		if (slots.isEmpty()) {
			return Optional.empty();
		}
		List<UnitDemand> units = new ArrayList<>();
		double total = 0;
		for (Unit unit : model.units()) {
			Platform platform = unit.getPlatform();
			if (!ModelIndex.resolved(platform) || !facility.getServes().contains(platform)
					|| !unit.eIsSet(Literals.UNIT__COUNT) || unit.getCount() <= 0 || !certifiedFor(facility, unit.getNation())) {
				continue;
			}
			Optional<Double> interval = intervalDays(platform);
			Optional<Double> duration = durationDays(facility, platform);
			if (interval.isEmpty() || duration.isEmpty()) {
				continue;
			}
			double eligibleSlots = 0;
			List<MroFacility> sharedWith = new ArrayList<>();
			for (MroFacility other : facilitiesServing(platform)) {
				if (certifiedFor(other, unit.getNation()) && slots(other).isPresent()) {
					eligibleSlots += slots(other).get();
					if (other != facility) {
						sharedWith.add(other);
					}
				}
			}
			double share = eligibleSlots > 0 ? slots.get() / eligibleSlots : 1;
			double inMaintenance = unit.getCount() * share / interval.get() * duration.get();
			units.add(new UnitDemand(unit, platform, unit.getCount(), share, List.copyOf(sharedWith), interval.get(), duration.get(), inMaintenance));
			total += inMaintenance;
		}
		return Optional.of(new Demand(facility, List.copyOf(units), total, slots.get(), slots.get() * AVAILABILITY));
	}

	/** A planned turnaround shorter than the recorded one: planned and recorded days, and which plan it is. */
	public record Overrun(double plannedDays, double recordedDays, Platform platform) {

		/** How many times the plan the recorded turnaround took. */
		public double ratio() {
			return recordedDays / plannedDays;
		}
	}

	/**
	 * Planned turnarounds below a facility's recorded one: its own planned turnaround, or when it gives none, the
	 * planned maintenance duration of each platform class it serves.
	 */
	public static List<Overrun> overruns(MroFacility facility) {
		List<Overrun> result = new ArrayList<>();
		Optional<Double> recorded = positiveDays(facility.getRecordedTurnaround());
		if (recorded.isEmpty()) {
			return result;
		}
		Optional<Double> planned = positiveDays(facility.getTurnaround());
		if (planned.isPresent()) {
			if (recorded.get() > planned.get()) {
				result.add(new Overrun(planned.get(), recorded.get(), null));
			}
			return result;
		}
		for (Platform platform : facility.getServes()) {
			Optional<Double> duration = positiveDays(ModelIndex.resolved(platform) ? platform.getMaintenanceDuration() : null);
			if (duration.isPresent() && recorded.get() > duration.get()) {
				result.add(new Overrun(duration.get(), recorded.get(), platform));
			}
		}
		return result;
	}

	private static Optional<Double> positiveDays(sinew.model.Quantity duration) {
		if (duration == null || Units.dimension(duration) != Dimension.DURATION) {
			return Optional.empty();
		}
		double days = Units.days(duration);
		return days > 0 ? Optional.of(days) : Optional.empty();
	}
}
