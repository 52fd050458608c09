package sinew.checks.rules;

import java.util.List;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExposureAnalysis;
import sinew.checks.analysis.Geo;
import sinew.checks.analysis.ModelIndex;
import sinew.model.Hardening;
import sinew.model.Site;
import sinew.model.SinewPackage.Literals;
import sinew.model.Stockpile;
import sinew.model.ThreatEnvelope;
import sinew.model.units.Units;
import sinew.model.units.Units.Dimension;

/** DOMAIN check 13: stock inside the range of an active threat, at a site neither hardened nor dispersed. */
public final class StockInEnvelopeRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-THR-001", "Stock inside a strike envelope", Category.EXPOSURE,
			Severity.WARNING,
			"Prepositioned stock reduces the replenishment lag only if it survives. Stock at a site within range of an "
					+ "adversary's active strike envelope, neither hardened nor dispersed, can be destroyed before it is "
					+ "used; the article warns that forward stockpiles remain exposed to adversary strike.",
			"threat DF16 { weapon \"DF-16\" origin Fujian range 1000 km destroys 30 % }\n"
					+ "site Kadena { at 26.35N 127.77E hardening none }\nstockpile KadenaSM6 { item SM6 site Kadena quantity 120 }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		List<ThreatEnvelope> active = ExposureAnalysis.activeThreats(context.model());
		for (Stockpile stockpile : context.model().stockpiles()) {
			Site site = stockpile.getSite();
			if (!ModelIndex.resolved(site) || site.getHardening() == Hardening.HARDENED || site.isDispersed()
					|| stockpile.getQuantity() <= 0) {
				continue;
			}
			// one finding per stockpile: the shortest-ranged envelope that reaches it, naming the others too
			ThreatEnvelope deepest = null;
			double deepestInside = -1;
			double deepestRange = 0;
			List<String> others = new java.util.ArrayList<>();
			for (ThreatEnvelope threat : active) {
				if (!ModelIndex.resolved(threat.getOrigin()) || threat.getRange() == null
						|| Units.dimension(threat.getRange()) != Dimension.DISTANCE) {
					continue;
				}
				double range = Units.km(threat.getRange());
				double inside = range - Geo.distanceKm(threat.getOrigin(), site);
				if (inside >= 0) {
					others.add(ExposureAnalysis.threatName(threat));
					if (deepest == null || range < deepestRange) {
						deepest = threat;
						deepestInside = inside;
						deepestRange = range;
					}
				}
			}
			if (deepest != null) {
				others.remove(ExposureAnalysis.threatName(deepest));
				String item = ModelIndex.resolved(stockpile.getItem()) ? CheckContext.label(stockpile.getItem()) : "items";
				context.report(stockpile, Literals.STOCKPILE__SITE, CheckContext.label(site) + " holds "
						+ CheckContext.figure(stockpile.getQuantity()) + " " + item + ", "
						+ CheckContext.km(deepestInside) + " inside " + ExposureAnalysis.threatName(deepest) + " range ("
						+ CheckContext.km(deepestRange) + ")" + (others.isEmpty() ? "" : ", also within " + String.join(", ", others))
						+ ", and is not hardened" + (site.getHardening() == Hardening.PARTIAL ? " (only partially)" : "")
						+ " or dispersed");
			}
		}
	}
}
