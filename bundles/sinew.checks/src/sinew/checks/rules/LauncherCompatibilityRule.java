package sinew.checks.rules;

import java.util.ArrayList;
import java.util.List;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ModelIndex;
import sinew.model.Munition;
import sinew.model.Platform;
import sinew.model.SinewPackage.Literals;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.Theatre;
import sinew.model.Unit;

/** DOMAIN check 20: a munition stocked in a theatre where no unit operates one of its launchers. */
public final class LauncherCompatibilityRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-STK-004", "Stock with no compatible launcher in the theatre",
			Category.STOCK_AND_READINESS, Severity.WARNING,
			"Stock counts towards readiness only where a platform can fire it. A munition stocked in a theatre where no "
					+ "unit based there operates one of its launchers adds nothing to that theatre's days of supply until it "
					+ "is moved, or launchers are based alongside it; interceptors without a Patriot battery, or anti-ship "
					+ "missiles without the aircraft that carry them, are dead weight in a depot.",
			"munition LRASM { launchers FA18EF, B1B }\n"
					+ "theatre Australia { sites Darwin }\n"
					+ "unit MRF_D { platform HIMARS base Darwin }\n"
					+ "stockpile LRASM_Darwin { item LRASM site Darwin quantity 20 }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		for (Stockpile stockpile : context.model().stockpiles()) {
			Site site = stockpile.getSite();
			if (!(stockpile.getItem() instanceof Munition munition) || munition.eIsProxy() || !ModelIndex.resolved(site)) {
				continue;
			}
			List<Platform> launchers = munition.getLaunchers().stream().filter(ModelIndex::resolved).toList();
			List<Theatre> theatres = context.model().theatresOf(site);
			if (launchers.isEmpty() || theatres.isEmpty() || stockpile.getQuantity() <= 0) {
				continue;
			}
			boolean served = false;
			for (Unit unit : context.model().units()) {
				if (ModelIndex.resolved(unit.getBase()) && launchers.contains(unit.getPlatform())
						&& !(unit.eIsSet(Literals.UNIT__COUNT) && unit.getCount() <= 0)
						&& theatres.stream().anyMatch(t -> t.getSites().contains(unit.getBase()))) {
					served = true;
					break;
				}
			}
			if (!served) {
				List<String> names = new ArrayList<>();
				launchers.forEach(p -> names.add(CheckContext.label(p)));
				List<String> theatreNames = new ArrayList<>();
				theatres.forEach(t -> theatreNames.add(CheckContext.label(t)));
				context.report(stockpile, Literals.STOCKPILE__ITEM, CheckContext.label(site) + " holds "
						+ CheckContext.figure(stockpile.getQuantity()) + " " + CheckContext.label(munition) + ", but no unit based in "
						+ PlanText.list(theatreNames) + " operates " + (names.size() == 1 ? "its launcher, " : "any of its launchers, ")
						+ orList(names));
			}
		}
	}

	private static String orList(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
	}
}
