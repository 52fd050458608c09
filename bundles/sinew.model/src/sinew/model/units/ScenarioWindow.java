package sinew.model.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import sinew.model.Phase;
import sinew.model.Scenario;

/**
 * The dates a scenario covers: from its start (day 0) for its duration. A scenario that extends another takes
 * the start, duration and phases it does not set itself from its base.
 */
public record ScenarioWindow(LocalDate start, double days) {

	/** The last day the scenario covers. */
	public LocalDate end() {
		return start.plusDays((long) Math.ceil(days));
	}

	/** Whether a date falls inside the window, both ends included. */
	public boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end());
	}

	/** The window of a scenario, when its start and duration are known (set or inherited). */
	public static Optional<ScenarioWindow> of(Scenario scenario) {
		if (hasCycle(scenario)) {
			return Optional.empty();
		}
		String start = null;
		sinew.model.Quantity duration = null;
		for (Scenario s : lineage(scenario)) {
			if (start == null) {
				start = s.getStart();
			}
			if (duration == null) {
				duration = s.getDuration();
			}
		}
		Optional<LocalDate> day0 = Dates.tryParse(start);
		if (day0.isEmpty() || duration == null || Units.dimension(duration) != Units.Dimension.DURATION) {
			return Optional.empty();
		}
		return Optional.of(new ScenarioWindow(day0.get(), Units.days(duration)));
	}

	/** The phases that apply to a scenario: its own, or its nearest base's when it declares none. */
	public static List<Phase> phases(Scenario scenario) {
		for (Scenario s : lineage(scenario)) {
			if (!s.getPhases().isEmpty()) {
				return s.getPhases();
			}
		}
		return List.of();
	}

	/** Total days of the phases that apply to a scenario (durations that are not durations count as none). */
	public static double phaseDays(Scenario scenario) {
		double total = 0;
		for (Phase phase : phases(scenario)) {
			if (phase.getDuration() != null && Units.dimension(phase.getDuration()) == Units.Dimension.DURATION) {
				total += Units.days(phase.getDuration());
			}
		}
		return total;
	}

	/** The scenario, then its base, then its base's base, stopping before any repetition. */
	public static List<Scenario> lineage(Scenario scenario) {
		Set<Scenario> seen = new LinkedHashSet<>();
		for (Scenario s = scenario; s != null && !s.eIsProxy() && seen.add(s); s = s.getBase()) {
			// collect
		}
		return new ArrayList<>(seen);
	}

	/** Whether following the base chain from a scenario leads back to a scenario already met. */
	public static boolean hasCycle(Scenario scenario) {
		Set<Scenario> seen = new LinkedHashSet<>();
		for (Scenario s = scenario; s != null && !s.eIsProxy(); s = s.getBase()) {
			if (!seen.add(s)) {
				return true;
			}
		}
		return false;
	}

	/** The base chain of a scenario as text: A -> B -> A. */
	public static String chain(Scenario scenario) {
		StringBuilder text = new StringBuilder();
		Set<Scenario> seen = new LinkedHashSet<>();
		for (Scenario s = scenario; s != null && !s.eIsProxy(); s = s.getBase()) {
			if (text.length() > 0) {
				text.append(" -> ");
			}
			text.append(s.getName());
			if (!seen.add(s)) {
				break;
			}
		}
		return text.toString();
	}
}
