package sinew.checks.rules;

import java.util.List;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.model.Component;
import sinew.model.ProductionLine;

/** DOMAIN check 1: a component with exactly one qualified supplier line. */
public final class SingleSourceRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-SUP-001", "Single-source component", Category.SUPPLY,
			Severity.WARNING,
			"A component made by exactly one production line is a single point of failure: a strike, an accident, a "
					+ "labour dispute or a shortage of its own inputs at that line stops every item that needs it. The "
					+ "PAC-3 seeker, made only by one U.S. line, caps PAC-3 production in Japan as well as in the U.S.",
			"component PAC3_Seeker\nline Boeing_Seeker { makes PAC3_Seeker site Huntsville rate 530/year }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		for (Component component : context.model().all(Component.class)) {
			List<ProductionLine> lines = context.model().linesMaking(component).stream().filter(l -> !l.isPlanned())
					.toList();
			if (lines.size() == 1) {
				ProductionLine line = lines.get(0);
				String where = line.getSite() == null || line.getSite().eIsProxy() ? ""
						: " (" + CheckContext.label(line.getSite()) + ")";
				context.report(component, CheckContext.label(component) + " has one qualified supplier line: "
						+ line.getName() + where);
			}
		}
	}
}
