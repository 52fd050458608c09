package sinew.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.ReadinessAnalysis;
import sinew.checks.analysis.ReadinessAnalysis.Replenishment;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.Excursion;
import sinew.model.ExcursionKind;
import sinew.model.Intensity;
import sinew.model.Item;
import sinew.model.Phase;
import sinew.model.ProductionLine;
import sinew.model.Route;
import sinew.model.Scenario;
import sinew.model.SinewPackage.Literals;
import sinew.model.Theatre;
import sinew.model.units.ScenarioWindow;

/** DOMAIN check 7: days of supply at high intensity shorter than the replenishment lag (lead time + transit). */
public final class DaysOfSupplyRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-STK-001", "Days of supply shorter than the replenishment lag",
			Category.STOCK_AND_READINESS, Severity.WARNING,
			"Once a war starts, only stock on hand is fired until new production arrives: the production lead time "
					+ "plus the transit to the theatre. Where the stock in a scenario's theatre lasts fewer days at high "
					+ "intensity than that lag, the units run dry before anything replenishes them; with missile lead "
					+ "times of 24 months or more, wargames and tabletop exercises run out of critical munitions in about "
					+ "a week. An item that no line can deliver to the theatre at all is reported too.",
			"theatre WestPac { sites Kadena }\n"
					+ "unit ADA { platform Patriot base Kadena consumes PAC3 36/day at high }\n"
					+ "stockpile PAC3_Kadena { item PAC3 site Kadena quantity 560 }\n"
					+ "line Camden_PAC3 { makes PAC3 site Camden rate 500/year lead time 24 months }\n"
					+ "route Camden_Kadena { from Camden to Kadena transit 20 days }\n"
					+ "scenario Taiwan { theatre WestPac start 2027-01 duration 12 months }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		ReadinessAnalysis readiness = new ReadinessAnalysis(context.analysis());
		SupplyAnalysis supply = context.analysis();
		PlanText.ByScenario findings = new PlanText.ByScenario();
		for (Scenario scenario : context.model().scenarios()) {
			Optional<Theatre> theatre = SupplyAnalysis.theatreOf(scenario);
			if (theatre.isEmpty() || !fightsAtHighIntensity(scenario)) {
				continue;
			}
			for (Item item : readiness.itemsConsumed(theatre.get(), Intensity.HIGH)) {
				double perDay = supply.dailyConsumption(item, theatre.get(), Intensity.HIGH);
				double stock = supply.stock(item, theatre.get());
				double dos = supply.daysOfSupply(item, theatre.get(), Intensity.HIGH).orElse(0.0);
				Optional<Replenishment> lag = readiness.replenishment(item, theatre.get(), scenario);
				if (lag.isPresent() && dos >= lag.get().days()) {
					continue;
				}
				String held = stock > 0
						? CheckContext.figure(stock) + " " + CheckContext.label(item) + " in " + CheckContext.label(theatre.get())
								+ " last " + CheckContext.days(dos) + " at high intensity (" + CheckContext.figure(perDay) + "/day)"
						: CheckContext.label(theatre.get()) + " holds no " + CheckContext.label(item) + ", which its units fire at "
								+ CheckContext.figure(perDay) + "/day at high intensity";
				String body = held + (lag.isPresent() ? ", but the quickest replenishment takes " + lagText(lag.get(), scenario)
						: ", and " + noReplenishment(readiness, item, theatre.get(), scenario));
				List<EObject> on = new ArrayList<>(readiness.stockpiles(item, theatre.get()));
				if (on.isEmpty()) {
					on.add(item);
				}
				findings.add(scenario, on, on.get(0) == item ? null : Literals.STOCKPILE__QUANTITY, body);
			}
		}
		findings.report(context);
	}

	/** Whether a scenario has a high-intensity phase, or declares no phases at all (intensity not stated). */
	static boolean fightsAtHighIntensity(Scenario scenario) {
		List<Phase> phases = ScenarioWindow.phases(scenario);
		return phases.isEmpty() || phases.stream().anyMatch(p -> p.getIntensity() == Intensity.HIGH);
	}

	private static String lagText(Replenishment lag, Scenario scenario) {
		StringBuilder text = new StringBuilder(PlanText.duration(lag.days())).append(": ");
		if (lag.waitDays() > 0) {
			text.append(lag.line().getName()).append(" comes into service only on day ").append(CheckContext.figure(lag.waitDays()));
			ScenarioWindow.of(scenario).ifPresent(w -> text.append(" (")
					.append(PlanText.date(w.start().plusDays((long) Math.rint(lag.waitDays())))).append(')'));
			text.append(", then ");
		}
		text.append(PlanText.written(lag.line().getLeadTime(), "no")).append(" lead time at ").append(lag.line().getName());
		if (!lag.routes().isEmpty()) {
			text.append(", then ").append(CheckContext.days(lag.transitDays())).append(" by ")
					.append(String.join(" + ", lag.routes().stream().map(Route::getName).toList()));
		}
		return text.toString();
	}

	/** Why nothing replenishes an item in a theatre under a scenario, in words. */
	private static String noReplenishment(ReadinessAnalysis readiness, Item item, Theatre theatre, Scenario scenario) {
		List<ProductionLine> making = readiness.supply().model().linesMaking(item);
		if (making.isEmpty()) {
			return "no production line replenishes " + CheckContext.label(item) + ": none makes it";
		}
		List<ProductionLine> available = readiness.linesAvailable(item, scenario);
		if (available.isEmpty()) {
			List<String> why = new ArrayList<>();
			for (ProductionLine line : making) {
				if (!ModelIndex.resolved(line.getSite())) {
					why.add(line.getName() + " has no site");
				} else if (line.isPlanned() && !enabled(line, scenario)) {
					why.add(line.getName() + " is planned and not enabled");
				} else {
					why.add(line.getName() + " stops before its first delivery");
				}
			}
			return "no production line replenishes " + CheckContext.label(item) + " in this scenario: " + PlanText.list(why);
		}
		List<String> sites = new ArrayList<>();
		for (ProductionLine line : available) {
			String where = CheckContext.label(line.getSite()) + " (" + line.getName() + ")";
			if (!sites.contains(where)) {
				sites.add(where);
			}
		}
		return "no production line replenishes " + CheckContext.label(item) + " there: no route leads from " + PlanText.list(sites) + " to a site of "
				+ CheckContext.label(theatre);
	}

	private static boolean enabled(ProductionLine line, Scenario scenario) {
		for (Scenario s : ScenarioWindow.lineage(scenario)) {
			for (Excursion excursion : s.getExcursions()) {
				if (excursion.getKind() == ExcursionKind.ENABLE && excursion.getTarget() == line) {
					return true;
				}
			}
		}
		return false;
	}
}
