package sinew.checks;

import java.util.List;
import java.util.Optional;

import sinew.checks.rules.*;

/** Every consistency rule, in catalogue order. The generated catalogue page lists exactly these. */
public final class RuleCatalogue {

	private static final List<Rule> RULES = List.of(
			// supply
			new SingleSourceRule(),
			new SupplierCapRule(),
			new KitCompletenessRule(),
			new InputOriginRule(),
			// export control
			new ExportFlowRule(),
			new ProductionTransferRule(),
			new RetransferRule(),
			// stock and readiness
			new DaysOfSupplyRule(),
			new ProtractedWarRule(),
			new YearsToRequirementRule(),
			new LauncherCompatibilityRule(),
			// surge
			new SurgeRealismRule(),
			new MinimumSustainingRateRule(),
			new OverAllocationRule(),
			// exposure
			new StockInEnvelopeRule(),
			new ConcentrationRule(),
			new RouteExposureRule(),
			// MRO
			new MroCapacityRule(),
			new MroGrowthRule(),
			new FacilityCertificationRule(),
			// access
			new AccessDependencyRule(),
			// data quality
			new UnitsAndDatesRule());

	private RuleCatalogue() {
	}

	/** All rules, in catalogue order. */
	public static List<Rule> rules() {
		return RULES;
	}

	/** The rule with an ID. */
	public static Optional<Rule> byId(String id) {
		return RULES.stream().filter(r -> r.info().id().equals(id)).findFirst();
	}

	/** The rule ID closest to a mistyped one (same letters but case, or one edit away), for hints. */
	static Optional<String> closest(String id) {
		String best = null;
		int bestDistance = 3;
		for (Rule rule : RULES) {
			int d = distance(rule.info().id().toUpperCase(), id.toUpperCase());
			if (d < bestDistance) {
				bestDistance = d;
				best = rule.info().id();
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The edit (Levenshtein) distance between two strings: insertions, deletions and substitutions of one
	 * character; what "did you mean" proposals of rule IDs and of names rank by.
	 */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] t = previous;
			previous = current;
			current = t;
		}
		return previous[b.length()];
	}
}
