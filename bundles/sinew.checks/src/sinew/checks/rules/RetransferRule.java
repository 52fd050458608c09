package sinew.checks.rules;

import java.util.Optional;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExportAnalysis;
import sinew.checks.analysis.KitAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.Allocation;
import sinew.model.EndUseTerms;
import sinew.model.Licence;
import sinew.model.Nation;
import sinew.model.ProductionLine;
import sinew.model.RetransferPolicy;

/** DOMAIN check 6: an item made under licence flowing to a third country its end-use terms do not allow. */
public final class RetransferRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-EXC-003", "Re-transfer to a third country", Category.EXPORT_CONTROL,
			Severity.WARNING,
			"What an ally makes under a licence stays under the licensor's end-use terms: Japan's licensed PAC-3 may "
					+ "go back to the United States with its consent, not on to third countries. A line producing under a "
					+ "licence in one of its recipient nations, allocating to a third country (neither the licence's "
					+ "exporter nor a recipient; a receiving line counts by its host nation), is flagged when the end-use "
					+ "terms prohibit re-transfer, or allow it (with consent or freely) only to a list that does not name "
					+ "that country; permitted with no list allows any. A licence without end-use terms allows none.",
			"licence PAC3_JPN { from USA to JPN items PAC3_MSE status granted end-use { retransfer with-consent to USA } }\n"
					+ "line MHI_PAC3 { makes PAC3_MSE site Komaki rate 30/year licence PAC3_JPN\n"
					+ "  allocate 10/year to PHL via direct-commercial }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		for (ProductionLine line : context.model().lines()) {
			Licence licence = line.getLicence();
			Optional<Nation> maker = ExportAnalysis.nationOf(line);
			if (!ModelIndex.resolved(licence) || maker.isEmpty() || !licence.getRecipients().contains(maker.get())) {
				continue;
			}
			for (Allocation allocation : line.getAllocations()) {
				Nation customer = ModelIndex.resolved(allocation.getCustomer()) ? allocation.getCustomer()
						: ModelIndex.resolved(allocation.getLine()) ? ExportAnalysis.nationOf(allocation.getLine()).orElse(null)
								: null;
				if (customer == null || customer == licence.getExporter() || licence.getRecipients().contains(customer)) {
					continue;
				}
				Optional<String> refusal = refusal(licence, customer);
				if (refusal.isPresent()) {
					String rate = allocation.getRate() == null ? ""
							: KitAnalysis.rate(SupplyAnalysis.perDay(allocation.getRate()).orElse(0.0), allocation.getRate()) + " ";
					String to = ModelIndex.resolved(allocation.getCustomer()) ? customer.getName()
							: "line " + allocation.getLine().getName() + " in " + customer.getName();
					context.report(allocation, line.getName() + " makes " + CheckContext.label(line.getItem()) + " in "
							+ maker.get().getName() + " under " + licence.getName()
							+ (ModelIndex.resolved(licence.getExporter()) ? " from " + licence.getExporter().getName() : "")
							+ " and allocates " + rate + "to " + to + ", a third country: " + refusal.get());
				}
			}
		}
	}

	/** Why the licence's end-use terms do not let the item go on to a third country, or empty when they do. */
	static Optional<String> refusal(Licence licence, Nation customer) {
		EndUseTerms terms = licence.getEndUse();
		if (terms == null) {
			return Optional.of(licence.getName() + " has no end-use terms, so re-transfer is not allowed");
		}
		String list = String.join(", ", terms.getPermittedRecipients().stream().filter(ModelIndex::resolved)
				.map(Nation::getName).toList());
		if (terms.getRetransfer() == RetransferPolicy.PROHIBITED) {
			return Optional.of("its end-use terms prohibit re-transfer");
		}
		if (terms.getRetransfer() == RetransferPolicy.PERMITTED && terms.getPermittedRecipients().isEmpty()
				|| terms.getPermittedRecipients().contains(customer)) {
			return Optional.empty();
		}
		String policy = terms.getRetransfer() == RetransferPolicy.WITH_CONSENT ? "with consent" : "permitted";
		return Optional.of("its end-use terms allow re-transfer (" + policy + ") " + (list.isEmpty() ? "to no country" : "only to " + list));
	}
}
