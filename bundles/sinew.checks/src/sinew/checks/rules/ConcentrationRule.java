package sinew.checks.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExposureAnalysis;
import sinew.checks.analysis.ExposureAnalysis.SiteStock;
import sinew.model.Item;
import sinew.model.SinewPackage.Literals;
import sinew.model.Theatre;
import sinew.model.ThreatEnvelope;

/**
 * DOMAIN check 14: more than half ({@link ExposureAnalysis#CONCENTRATION_SHARE}) of a theatre's stock of an item at
 * one site, or inside one active threat envelope.
 * <p>
 * One site: only when at least two sites of the theatre hold the item (a single holding is a matter of where the
 * theatre keeps that item at all, not of concentration). The finding is placed on the largest stockpile at the site.
 * <p>
 * One envelope: more than half of the theatre's stock lies within range of one active threat while some site of
 * the theatre lies outside that range (when the envelope covers the whole theatre, no spreading inside the theatre
 * can help; {@code SNW-THR-001} reports each exposed stockpile then). Hardening and dispersal do not count: they
 * lower losses, not the share one strike campaign can reach. One finding per item and theatre, on the
 * shortest-ranged envelope that holds more than half, placed on the largest stockpile inside it; stock dates are
 * not compared.
 */
public final class ConcentrationRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-THR-002", "Stock concentrated at one site or in one envelope",
			Category.EXPOSURE, Severity.WARNING,
			"Stock concentrated in one place can be lost to one strike campaign: if more than half of a theatre's "
					+ "stock of an item sits at one site, or inside the range of one active adversary weapon while "
					+ "other sites of the theatre lie beyond it, a single campaign can take most of what the forces "
					+ "there would fire in the first weeks. The article warns that forward stockpiles remain exposed "
					+ "to adversary strike; dispersing stock across sites and beyond the shorter-range envelopes "
					+ "keeps part of it out of reach.",
			"threat DF16 { weapon \"DF-16\" origin Fujian range 1000 km }\n"
					+ "theatre WestPac { sites Kadena, Naha, Osan }\n"
					+ "stockpile PAC3_Kadena { item PAC3_MSE site Kadena quantity 240 }\n"
					+ "stockpile PAC3_Naha { item PAC3_MSE site Naha quantity 120 }\n"
					+ "stockpile PAC3_Osan { item PAC3_MSE site Osan quantity 200 }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		ExposureAnalysis exposure = new ExposureAnalysis(context.model());
		for (Theatre theatre : context.model().theatres()) {
			for (Item item : exposure.itemsHeldIn(theatre)) {
				List<SiteStock> holdings = exposure.stockBySite(item, theatre);
				double total = holdings.stream().mapToDouble(SiteStock::quantity).sum();
				if (total <= 0) {
					continue;
				}
				String whose = "the " + CheckContext.label(theatre) + " stock of " + CheckContext.label(item);
				oneSite(context, holdings, total, whose);
				oneEnvelope(context, exposure, theatre, holdings, total, whose);
			}
		}
	}

	private static void oneSite(CheckContext context, List<SiteStock> holdings, double total, String whose) {
		if (holdings.size() < 2) {
			return;
		}
		for (SiteStock holding : holdings) {
			double share = holding.quantity() / total;
			if (share > ExposureAnalysis.CONCENTRATION_SHARE) {
				List<String> rest = new ArrayList<>();
				for (SiteStock other : holdings) {
					if (other != holding) {
						rest.add(CheckContext.figure(other.quantity()) + " at " + other.site().getName());
					}
				}
				context.report(holding.largest(), Literals.STOCKPILE__SITE,
						CheckContext.label(holding.site()) + " holds " + percent(share) + " of " + whose + " ("
								+ CheckContext.figure(holding.quantity()) + " of " + CheckContext.figure(total)
								+ "); the rest: " + String.join(", ", rest));
			}
		}
	}

	private static void oneEnvelope(CheckContext context, ExposureAnalysis exposure, Theatre theatre,
			List<SiteStock> holdings, double total, String whose) {
		ThreatEnvelope first = null;
		List<SiteStock> firstInside = null;
		double firstShare = 0;
		double firstRange = 0;
		List<String> others = new ArrayList<>();
		List<ThreatEnvelope> byRange = new ArrayList<>(exposure.activeThreats());
		byRange.removeIf(t -> ExposureAnalysis.rangeKm(t).isEmpty());
		byRange.sort(Comparator.comparingDouble(t -> ExposureAnalysis.rangeKm(t).orElse(0.0)));
		for (ThreatEnvelope threat : byRange) {
			if (!ExposureAnalysis.theatreExtendsBeyond(theatre, threat)) {
				continue;
			}
			List<SiteStock> inside = holdings.stream().filter(h -> ExposureAnalysis.reaches(threat, h.site())).toList();
			double share = inside.stream().mapToDouble(SiteStock::quantity).sum() / total;
			if (share > ExposureAnalysis.CONCENTRATION_SHARE) {
				if (first == null) {
					first = threat;
					firstInside = inside;
					firstShare = share;
					firstRange = ExposureAnalysis.rangeKm(threat).orElse(0.0);
				} else {
					others.add(percent(share) + " inside " + ExposureAnalysis.threatName(threat));
				}
			}
		}
		if (first == null) {
			return;
		}
		List<String> sites = firstInside.stream()
				.map(h -> CheckContext.figure(h.quantity()) + " at " + h.site().getName()).toList();
		SiteStock largest = firstInside.stream().max(Comparator.comparingDouble(SiteStock::quantity))
				.orElseThrow();
		String lead = firstShare >= 1 ? "All of " + whose + ", " + CheckContext.figure(total) + ","
				: percent(firstShare) + " of " + whose + " ("
						+ CheckContext.figure(firstShare * total) + " of " + CheckContext.figure(total) + ")";
		context.report(largest.largest(), Literals.STOCKPILE__SITE,
				lead + " lies inside " + ExposureAnalysis.threatName(first) + " range (" + CheckContext.km(firstRange)
						+ " from " + CheckContext.label(first.getOrigin()) + "): " + String.join(", ", sites)
						+ "; other sites of the theatre lie beyond it"
						+ (others.isEmpty() ? "" : "; also " + String.join(", ", others)));
	}

	/** A share in whole percent, with a decimal where rounding would hide which side of 50 % or 100 % it is. */
	static String percent(double share) {
		double p = share * 100;
		long whole = Math.round(p);
		if (whole == 50 || whole == 100) {
			for (int decimals = 1; decimals <= 4; decimals++) {
				String text = String.format(Locale.ROOT, "%." + decimals + "f", p);
				if (Double.parseDouble(text) != whole) {
					return text + " %";
				}
			}
		}
		return whole + " %";
	}
}
