package sinew.checks.rules;

import java.time.LocalDate;
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
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.checks.analysis.SurgeAnalysis;
import sinew.checks.analysis.SurgeAnalysis.FastSurge;
import sinew.model.CapacityChange;
import sinew.model.Excursion;
import sinew.model.ExcursionKind;
import sinew.model.Item;
import sinew.model.ProductionLine;
import sinew.model.Requirement;
import sinew.model.Scenario;
import sinew.model.SinewPackage.Literals;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;

/**
 * DOMAIN check 10: a scenario's dated rate above what the line's surge ramp allows by then, a declared ramp
 * faster than industry achieves, and capacity dated after the end of the scenario that needs it.
 */
public final class SurgeRealismRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-SRG-001", "Unrealistic surge", Category.SURGE, Severity.WARNING,
			"Surges take time: a line's output grows along its surge ramp from the day the war starts, and industrial "
					+ "surges peak about two years after a war starts. A scenario that sets a line's rate above what its "
					+ "ramp allows on that date (or above its capacity when it declares no surge), a ramp that doubles a "
					+ "line's rate in under twelve months, and an expansion dated after the end of the scenario whose "
					+ "requirements need the item all promise output that will not be there when it is needed.",
			"line MHI_PAC3 { makes PAC3 site Komaki rate 30/year surge to 60/year within 2 years }\n"
					+ "scenario Taiwan { start 2027-01 duration 12 months\n"
					+ "\tset rate of MHI_PAC3 to 60/year from 2027-06 }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		SurgeAnalysis surge = new SurgeAnalysis(context.analysis());
		excursionsAboveRamp(context, surge);
		rampsFasterThanIndustry(context, surge);
		capacityAfterTheNeed(context);
	}

	/** (a) {@code set rate of LINE to R from D} above what the line's ramp allows on D. */
	private static void excursionsAboveRamp(CheckContext context, SurgeAnalysis surge) {
		SupplyAnalysis supply = context.analysis();
		for (Scenario scenario : context.model().scenarios()) {
			for (Excursion excursion : scenario.getExcursions()) {
				if (excursion.getKind() != ExcursionKind.SET || !"rate".equals(excursion.getProperty())
						|| !(excursion.getTarget() instanceof ProductionLine line) || line.eIsProxy()) {
					continue;
				}
				Optional<Double> set = SupplyAnalysis.perDay(excursion.getValue());
				Optional<LocalDate> from = Dates.tryParse(excursion.getFrom());
				if (set.isEmpty() || from.isEmpty()) {
					continue;
				}
				Optional<Double> allowed = surge.rampAllows(line, from.get(), scenario);
				if (allowed.isEmpty() || set.get() <= allowed.get() * (1 + 1e-9)) {
					continue;
				}
				String head = scenario.getName() + " sets the rate of " + line.getName() + " to "
						+ PlanText.rate(set.get(), excursion.getValue()) + " from " + excursion.getFrom();
				String message;
				if (line.getSurge() == null) {
					message = head + ", above its capacity of " + PlanText.rate(allowed.get(), excursion.getValue())
							+ " on that date, and the line declares no surge to get there";
				} else {
					LocalDate day0 = ScenarioWindow.of(scenario).map(ScenarioWindow::start).orElse(from.get());
					Optional<LocalDate> reached = surge.rampReaches(line, set.get(), scenario, from.get());
					message = head + ", but its surge ramp (from "
							+ PlanText.rate(supply.capacityOn(line, day0, null), excursion.getValue()) + " on " + PlanText.date(day0) + ", the scenario's start, to "
							+ PlanText.written(line.getSurge().getTarget(), "?") + " within "
							+ PlanText.written(line.getSurge().getWithin(), "?") + ") allows only "
							+ PlanText.rate(allowed.get(), excursion.getValue()) + " by then; "
							+ (reached.isPresent()
									? PlanText.rate(set.get(), excursion.getValue()) + " is reached only on " + PlanText.date(reached.get())
									: PlanText.rate(set.get(), excursion.getValue()) + " is above its surge target");
				}
				context.report(excursion, Literals.EXCURSION__VALUE, message);
			}
		}
	}

	/** (b) a declared surge that doubles a line's rate or more in under twelve months. */
	private static void rampsFasterThanIndustry(CheckContext context, SurgeAnalysis surge) {
		for (ProductionLine line : context.model().lines()) {
			Optional<FastSurge> fast = surge.fasterThanIndustry(line);
			if (fast.isPresent()) {
				context.report(line, Literals.PRODUCTION_LINE__SURGE, line.getName() + " surges from "
						+ PlanText.written(line.getRate(), "?") + " to " + PlanText.written(line.getSurge().getTarget(), "?") + " ("
						+ CheckContext.figure(fast.get().factor()) + " times its rate) within "
						+ PlanText.written(line.getSurge().getWithin(), "?")
						+ ": faster than industry achieves; surges peak about two years after a war starts, and doubling a "
						+ "line's rate takes twelve months or more");
			}
		}
	}

	/** (c) a capacity increase dated after the end of a scenario under which a requirement concerns the item. */
	private static void capacityAfterTheNeed(CheckContext context) {
		SupplyAnalysis supply = context.analysis();
		// per capacity change, per scenario, the requirements that need the item under it
		Map<CapacityChange, Map<Scenario, List<Requirement>>> late = new LinkedHashMap<>();
		for (Requirement requirement : context.model().requirements()) {
			Item item = ModelIndex.resolved(requirement.getItem()) ? requirement.getItem()
					: ModelIndex.resolved(requirement.getLine()) && ModelIndex.resolved(requirement.getLine().getItem())
							? requirement.getLine().getItem()
							: null;
			Scenario scenario = requirement.getScenario();
			if (item == null || !ModelIndex.resolved(scenario)) {
				continue;
			}
			Optional<ScenarioWindow> window = ScenarioWindow.of(scenario);
			if (window.isEmpty()) {
				continue;
			}
			for (ProductionLine line : context.model().linesMaking(item)) {
				for (CapacityChange change : line.getCapacityChanges()) {
					Optional<LocalDate> from = Dates.tryParse(change.getFrom());
					Optional<Double> rate = SupplyAnalysis.perDay(change.getRate());
					if (from.isEmpty() || rate.isEmpty() || !from.get().isAfter(window.get().end())
							|| rate.get() <= supply.capacityOn(line, from.get().minusDays(1), null)) {
						continue;
					}
					List<Requirement> requirements = late.computeIfAbsent(change, c -> new LinkedHashMap<>())
							.computeIfAbsent(scenario, s -> new ArrayList<>());
					if (!requirements.contains(requirement)) {
						requirements.add(requirement);
					}
				}
			}
		}
		late.forEach((change, byScenario) -> {
			ProductionLine line = (ProductionLine) change.eContainer();
			List<String> needs = new ArrayList<>();
			byScenario.forEach((scenario, requirements) -> {
				List<String> names = requirements.stream().map(Requirement::getName).toList();
				needs.add(scenario.getName() + " (" + span(scenario) + ") is over by then, yet " + PlanText.list(names)
						+ (names.size() == 1 ? " needs " : " need ") + CheckContext.label(line.getItem()) + " under it");
			});
			context.report(change, Literals.CAPACITY_CHANGE__FROM, "The capacity of " + line.getName() + " rises to "
					+ PlanText.written(change.getRate(), "?") + " only from " + change.getFrom() + ": "
					+ String.join("; ", needs));
		});
	}

	/** When a scenario runs, as written: "from 2027-01 for 12 months". */
	private static String span(Scenario scenario) {
		String start = null;
		sinew.model.Quantity duration = null;
		for (Scenario s : ScenarioWindow.lineage(scenario)) {
			start = start == null ? s.getStart() : start;
			duration = duration == null ? s.getDuration() : duration;
		}
		return "from " + start + " for " + PlanText.written(duration, "?");
	}
}
