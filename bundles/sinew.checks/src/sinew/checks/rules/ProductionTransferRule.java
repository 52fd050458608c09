package sinew.checks.rules;

import java.util.List;
import java.util.Optional;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExportAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.model.ControlCategory;
import sinew.model.Item;
import sinew.model.Nation;
import sinew.model.ProductionLine;
import sinew.model.SinewPackage.Literals;
import sinew.model.Technology;

/** DOMAIN check 5: a line abroad for a system whose production facilities may not be transferred (MTCR Category I). */
public final class ProductionTransferRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-EXC-002", "MTCR Category I production transfer",
			Category.EXPORT_CONTROL, Severity.WARNING,
			"MTCR Category I systems (300 km or more with 500 kg or more) carry a strong presumption of denial and "
					+ "the transfer of their production facilities is barred, so an ally cannot simply be given a line for "
					+ "them. Any line, planned or notional ones included, that makes an item controlled (directly or through "
					+ "one of its technologies) by a category with no-production-transfer, at a site whose host nation is "
					+ "not the item's origin (or, without one, the origin of the technology), is flagged with the regime and "
					+ "category.",
			"regime MTCR { category Cat1 { no-production-transfer } }\n"
					+ "munition JASSM_ER { origin USA controls MTCR.Cat1 }\n"
					+ "site Orchard_Hills { at 33.78S 150.72E host AUS }\n"
					+ "line GWEO_JASSM { makes JASSM_ER site Orchard_Hills planned }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		for (ProductionLine line : context.model().lines()) {
			Item item = line.getItem();
			if (!ModelIndex.resolved(item) || !ModelIndex.resolved(line.getSite())
					|| !ModelIndex.resolved(line.getSite().getHost())) {
				continue;
			}
			Nation host = line.getSite().getHost();
			for (ControlCategory category : ExportAnalysis.controlsOf(item)) {
				if (!category.isProductionTransferBarred()) {
					continue;
				}
				Optional<Nation> origin = origin(item, category);
				if (origin.isEmpty() || origin.get() == host) {
					continue;
				}
				String licence = ModelIndex.resolved(line.getLicence())
						? "; its licence " + line.getLicence().getName() + " does not change that"
						: "";
				context.report(line, Literals.PRODUCTION_LINE__SITE, line.getName() + " makes " + CheckContext.label(item)
						+ " at " + CheckContext.label(line.getSite()) + " in " + host.getName() + ", but it originates in "
						+ origin.get().getName() + " and falls under " + ExportAnalysis.citation(category)
						+ ", whose production facilities may not be transferred" + licence);
				break;
			}
		}
	}

	/** The item's origin; without one, the origin of a technology of the item carrying the category, else of any. */
	private static Optional<Nation> origin(Item item, ControlCategory category) {
		if (ModelIndex.resolved(item.getOrigin())) {
			return Optional.of(item.getOrigin());
		}
		List<Technology> technologies = item.getTechnologies().stream().filter(ModelIndex::resolved).toList();
		for (Technology technology : technologies) {
			if (technology.getControls().contains(category) && ModelIndex.resolved(technology.getOrigin())) {
				return Optional.of(technology.getOrigin());
			}
		}
		return ExportAnalysis.originOf(item);
	}
}
