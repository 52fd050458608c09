package sinew.checks.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ModelIndex;
import sinew.model.BomEntry;
import sinew.model.Item;
import sinew.model.Nation;
import sinew.model.ProductionLine;
import sinew.model.SinewPackage.Literals;

/** DOMAIN check 21: an input of a bill of materials with no known country of origin, or from an adversary. */
public final class InputOriginRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-SUP-004", "Unknown or adversary-sourced input", Category.SUPPLY,
			Severity.WARNING,
			"Sub-tier inputs are where supply chains hide their dependencies. An input of a bill of materials whose "
					+ "country of origin is unknown (no origin declared, and no existing line making it at a site with a "
					+ "host nation) cannot be assessed; one that comes from an adversary, by its declared origin or by the "
					+ "host nation of a line making it, can be cut off in a crisis. In September 2022 F-35 deliveries "
					+ "stopped when a magnet alloy in a turbomachine was found to come from China.",
			"nation CHN { adversary }\ncomponent SmCo_Magnet_Alloy { origin CHN }\n"
					+ "component IPP_Turbomachine { bom 1 SmCo_Magnet_Alloy }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		Map<Item, List<Item>> usedIn = new LinkedHashMap<>();
		for (Item item : context.model().items()) {
			for (BomEntry entry : item.getBillOfMaterials()) {
				if (ModelIndex.resolved(entry.getInput())) {
					List<Item> users = usedIn.computeIfAbsent(entry.getInput(), i -> new ArrayList<>());
					if (!users.contains(item)) {
						users.add(item);
					}
				}
			}
		}
		usedIn.forEach((input, users) -> {
			String what = CheckContext.label(input) + ", an input of "
					+ String.join(", ", users.stream().map(CheckContext::label).toList());
			List<ProductionLine> lines = context.model().linesMaking(input).stream().filter(l -> !l.isPlanned()).toList();
			Nation origin = ModelIndex.resolved(input.getOrigin()) ? input.getOrigin() : null;
			if (origin != null && origin.isAdversary()) {
				context.report(input, Literals.ITEM__ORIGIN,
						what + ", comes from " + nation(origin) + ", an adversary nation");
			}
			List<String> adversaryLines = new ArrayList<>();
			boolean hosted = false;
			for (ProductionLine line : lines) {
				Nation host = ModelIndex.resolved(line.getSite()) && ModelIndex.resolved(line.getSite().getHost())
						? line.getSite().getHost()
						: null;
				hosted |= host != null;
				if (host != null && host.isAdversary()) {
					adversaryLines.add(line.getName() + " (" + CheckContext.label(line.getSite()) + ", " + nation(host) + ")");
				}
			}
			if (!adversaryLines.isEmpty()) {
				context.report(input, what + ", is made in an adversary nation by " + String.join(", ", adversaryLines));
			}
			if (origin == null && !hosted) {
				context.report(input, what + ", has no known country of origin: no origin is declared and "
						+ (lines.isEmpty() ? "no existing line makes it" : "no line making it is at a site with a host nation"));
			}
		});
	}

	private static String nation(Nation nation) {
		String label = CheckContext.label(nation);
		return label.equals(nation.getName()) ? label : label + " (" + nation.getName() + ")";
	}
}
