package sinew.checks.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import sinew.checks.CheckContext;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.Allocation;
import sinew.model.Channel;
import sinew.model.Quantity;
import sinew.model.Scenario;
import sinew.model.units.Units;
import sinew.model.units.Units.Dimension;

/** Wording shared by the stock, readiness and surge rules: rates in the unit planners wrote, lists, durations. */
final class PlanText {

	private PlanText() {
	}

	/** A rate per day shown in the unit a quantity was written in (per month stays per month), else per year. */
	static String rate(double perDay, Quantity asWritten) {
		if (asWritten != null && Units.dimension(asWritten) == Dimension.RATE) {
			switch (asWritten.getUnit()) {
				case PER_DAY:
					return CheckContext.figure(perDay) + "/day";
				case PER_WEEK:
					return CheckContext.figure(perDay * Units.DAYS_PER_WEEK) + "/week";
				case PER_MONTH:
					return CheckContext.figure(perDay * Units.DAYS_PER_MONTH) + "/month";
				default:
					break;
			}
		}
		return CheckContext.perYear(perDay);
	}

	/** Days, with months alongside when that is how planners count them: "731.5 days (24 months)". */
	static String duration(double days) {
		if (days >= 60) {
			return CheckContext.days(days) + " (" + CheckContext.figure(days / Units.DAYS_PER_MONTH) + " months)";
		}
		return CheckContext.days(days);
	}

	/** A quantity as written, or a fallback when it is absent. */
	static String written(Quantity quantity, String absent) {
		return quantity == null ? absent : Units.format(quantity);
	}

	/** A date as planners write it: the month alone when it is the first of the month (2027-01), else the day. */
	static String date(LocalDate date) {
		return date.getDayOfMonth() == 1 ? date.toString().substring(0, 7) : date.toString();
	}

	/** "A", "A and B", "A, B and C". */
	static String list(List<String> parts) {
		if (parts.isEmpty()) {
			return "";
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	/** Who an allocation goes to, how much, and through which channel: "JPN 100/year via FMS". */
	static String allocation(Allocation allocation) {
		String to;
		if (allocation.getLine() != null && !allocation.getLine().eIsProxy()) {
			to = "line " + allocation.getLine().getName();
		} else if (allocation.getCustomer() != null && !allocation.getCustomer().eIsProxy()) {
			to = allocation.getCustomer().getName();
		} else {
			to = "?";
		}
		String rate = SupplyAnalysis.perDay(allocation.getRate()).map(r -> rate(r, allocation.getRate()))
				.orElse(written(allocation.getRate(), "?"));
		return to + " " + rate + " via " + channel(allocation.getChannel());
	}

	static String channel(Channel channel) {
		return switch (channel) {
			case NATIONAL -> "national";
			case FMS -> "FMS";
			case DIRECT_COMMERCIAL -> "direct commercial";
			case CO_PRODUCTION -> "co-production";
		};
	}

	/**
	 * Findings that hold alike under several scenarios, reported once per element with every scenario named:
	 * "Under TaiwanStrait2027 and InTheatreProduction2027, ...".
	 */
	static final class ByScenario {

		private record Key(List<EObject> elements, EStructuralFeature feature, String body) {
		}

		private final Map<Key, List<String>> scenarios = new LinkedHashMap<>();

		/** Adds a finding (its text without the scenario) on each of some elements, under a scenario. */
		void add(Scenario scenario, List<? extends EObject> elements, EStructuralFeature feature, String body) {
			List<String> names = scenarios.computeIfAbsent(new Key(List.copyOf(elements), feature, body), k -> new ArrayList<>());
			if (!names.contains(scenario.getName())) {
				names.add(scenario.getName());
			}
		}

		/** Reports every finding collected. */
		void report(CheckContext context) {
			scenarios.forEach((key, names) -> {
				for (EObject element : key.elements()) {
					context.report(element, key.feature(), "Under " + list(names) + ", " + key.body());
				}
			});
		}
	}
}
