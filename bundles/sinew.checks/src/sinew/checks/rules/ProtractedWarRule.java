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
import sinew.checks.analysis.ReadinessAnalysis;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.Intensity;
import sinew.model.Item;
import sinew.model.Scenario;
import sinew.model.SinewPackage.Literals;
import sinew.model.Theatre;

/** DOMAIN check 8: stock in a scenario's theatre covers twice its high-intensity duration. */
public final class ProtractedWarRule implements Rule {

	/** How many times the scenario's high-intensity days the stock should last. */
	static final double MARGIN = 2.0;

	private static final RuleInfo INFO = new RuleInfo("SNW-STK-002", "Stock short of a protracted war",
			Category.STOCK_AND_READINESS, Severity.WARNING,
			"A war planned to be short is rarely short. Stock in a scenario's theatre should last twice the "
					+ "scenario's high-intensity fighting at the units' high-intensity rates, so that a campaign that runs "
					+ "longer than planned does not find the magazines empty while industrial surges, which peak about two "
					+ "years after a war starts, are still ramping up.",
			"theatre WestPac { sites Kadena }\n"
					+ "unit ADA { platform Patriot base Kadena consumes PAC3 36/day at high }\n"
					+ "stockpile PAC3_Kadena { item PAC3 site Kadena quantity 560 }\n"
					+ "scenario Taiwan { theatre WestPac start 2027-01 duration 12 months phase Campaign high for 3 months }");

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
			double high = SupplyAnalysis.daysAt(scenario, Intensity.HIGH);
			if (theatre.isEmpty() || high <= 0) {
				continue;
			}
			for (Item item : readiness.itemsConsumed(theatre.get(), Intensity.HIGH)) {
				double perDay = supply.dailyConsumption(item, theatre.get(), Intensity.HIGH);
				double stock = supply.stock(item, theatre.get());
				double dos = supply.daysOfSupply(item, theatre.get(), Intensity.HIGH).orElse(0.0);
				if (dos >= MARGIN * high) {
					continue;
				}
				String held = stock > 0
						? CheckContext.figure(stock) + " " + CheckContext.label(item) + " in " + CheckContext.label(theatre.get())
								+ " last " + CheckContext.days(dos) + " at high intensity (" + CheckContext.figure(perDay) + "/day)"
						: CheckContext.label(theatre.get()) + " holds no " + CheckContext.label(item) + ", which its units fire at "
								+ CheckContext.figure(perDay) + "/day at high intensity";
				String body = held + ", less than twice the scenario's " + CheckContext.days(high)
						+ " of high-intensity fighting: covering " + CheckContext.days(MARGIN * high) + " at that rate takes "
						+ CheckContext.figure(MARGIN * high * perDay);
				List<EObject> on = new ArrayList<>(readiness.stockpiles(item, theatre.get()));
				if (on.isEmpty()) {
					on.add(item);
				}
				findings.add(scenario, on, on.get(0) == item ? null : Literals.STOCKPILE__QUANTITY, body);
			}
		}
		findings.report(context);
	}
}
