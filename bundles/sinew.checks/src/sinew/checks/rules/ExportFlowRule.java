package sinew.checks.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExportAnalysis;
import sinew.checks.analysis.ExportAnalysis.Authorisation;
import sinew.checks.analysis.ExportAnalysis.Flow;
import sinew.checks.analysis.KitAnalysis;
import sinew.model.Allocation;
import sinew.model.ControlCategory;
import sinew.model.ProductionLine;
import sinew.model.Scenario;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;

/** DOMAIN check 4: every flow of a controlled item between nations needs a licence or exemption in force. */
public final class ExportFlowRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-EXC-001", "Export control on every flow", Category.EXPORT_CONTROL,
			Severity.WARNING,
			"An allied line can only be fed, and an ally only supplied, if every border the items cross is covered. "
					+ "A flow is an allocation to a customer nation or to another line, or an input drawn from a supplier "
					+ "line; it goes from the host nation of the supplying line's site (else its firm's nation) to the "
					+ "customer or the host nation of the receiving line. When the item or its technologies fall under a "
					+ "control category, a licence or exemption must be in force: granted (or granted by the scenario), "
					+ "from the exporter to the importer, naming the item or one of its technologies (a licence naming "
					+ "neither covers its regime's items except those under a presumption of denial, as the AUKUS exemption "
					+ "excludes MTCR Category I), not for technical data or maintenance only, effective and not expired on "
					+ "the scenario's start or the day the flow begins in it; without a scenario, not expired when the line "
					+ "starts.",
			"licence AMRAAM_JPN { from USA to JPN items AMRAAM status pending }\n"
					+ "line Tucson_AMRAAM { makes AMRAAM site Tucson rate 1200/year allocate 150/year to JPN via fms }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		ExportAnalysis exports = new ExportAnalysis(context.model());
		for (Flow flow : exports.flows()) {
			List<ControlCategory> controls = ExportAnalysis.controlsOf(flow.item());
			if (!flow.international() || controls.isEmpty()) {
				continue;
			}
			if (!flow.from().isPlanned() && (flow.toLine() == null || !flow.toLine().isPlanned())) {
				LocalDate date = later(Dates.tryParse(flow.from().getStart()).orElse(null),
						flow.toLine() == null ? null : Dates.tryParse(flow.toLine().getStart()).orElse(null));
				Authorisation authorisation = exports.authorisation(flow.item(), flow.exporter(), flow.importer(), date, null);
				if (!authorisation.authorised()) {
					context.report(flow.declaredAt(), describe(flow, controls) + ": " + missing(flow, authorisation));
					continue;
				}
			}
			for (Scenario scenario : context.model().scenarios()) {
				Optional<ScenarioWindow> window = ScenarioWindow.of(scenario);
				if (window.isEmpty()) {
					continue;
				}
				Optional<LocalDate> from = ExportAnalysis.producingFrom(flow.from(), scenario, window.get());
				Optional<LocalDate> to = flow.toLine() == null ? Optional.of(window.get().start())
						: ExportAnalysis.producingFrom(flow.toLine(), scenario, window.get());
				if (from.isEmpty() || to.isEmpty()) {
					continue;
				}
				LocalDate date = later(from.get(), to.get());
				Authorisation authorisation = exports.authorisation(flow.item(), flow.exporter(), flow.importer(), date,
						scenario);
				if (!authorisation.authorised()) {
					context.report(flow.declaredAt(), "In " + scenario.getName() + " from " + ExportAnalysis.format(date) + ", "
							+ describe(flow, controls) + ": " + missing(flow, authorisation));
				}
			}
		}
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a == null ? b : b == null || !b.isAfter(a) ? a : b;
	}

	/** The flow in words: who sends what to whom, across which border, under which controls. */
	static String describe(Flow flow, List<ControlCategory> controls) {
		String item = CheckContext.label(flow.item());
		String border = " (" + flow.exporter().getName() + " to " + flow.importer().getName() + ")";
		String what;
		if (flow.declaredAt() instanceof Allocation allocation) {
			String rate = allocation.getRate() == null ? "" : KitAnalysis.rate(
					sinew.checks.analysis.SupplyAnalysis.perDay(allocation.getRate()).orElse(0.0), allocation.getRate()) + " of ";
			what = flow.from().getName() + " allocates " + rate + item + " to "
					+ (flow.toLine() != null ? "line " + flow.toLine().getName() : flow.customer().getName()) + border;
		} else {
			ProductionLine to = flow.toLine();
			what = to.getName() + " draws " + item + " from " + flow.from().getName() + border;
		}
		return what + ", controlled under " + String.join(", ", controls.stream().map(ExportAnalysis::citation).toList());
	}

	private static String missing(Flow flow, Authorisation authorisation) {
		return "no licence or exemption from " + flow.exporter().getName() + " to " + flow.importer().getName()
				+ " covering it is in force" + (authorisation.nearMisses().isEmpty() ? ""
						: " (" + String.join("; ", authorisation.nearMisses()) + ")");
	}
}
