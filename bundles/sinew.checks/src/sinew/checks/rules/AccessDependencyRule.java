package sinew.checks.rules;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ModelIndex;
import sinew.model.Agreement;
import sinew.model.AgreementKind;
import sinew.model.Nation;
import sinew.model.SinewPackage.Literals;
import sinew.model.Site;
import sinew.model.Unit;

/**
 * DOMAIN check 19: a unit whose basing depends on an agreement must declare it ({@code access under}), so that a
 * scenario that withdraws the agreement knows which units it grounds.
 * <p>
 * A unit depends on an agreement when it is based on foreign soil: its base's host nation is not its own (or, when
 * the host is not given, the base names an access agreement). A unit of the host nation needs none, even at a site
 * that names one for foreign forces. The agreement due is the base's {@code access under} when the unit's nation is
 * party to it; otherwise any agreement the unit's nation is party to that does not exclude the base or its host.
 * Reported: a foreign-based unit declaring nothing (on its base), a declaration other than the base's agreement,
 * or one that leaves out the base or its host (on the declaration), and any declaration of an agreement the unit's
 * nation is not party to. Effective dates are not compared.
 */
public final class AccessDependencyRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-ACC-001", "Access dependency not declared", Category.ACCESS,
			Severity.WARNING,
			"Forward basing rests on agreements: U.S. forces operate from Japan under the Status of Forces Agreement, "
					+ "from the Philippines under EDCA, from northern Australia under the Force Posture Agreement. A "
					+ "unit on foreign soil must say which agreement its access depends on, so that a scenario that "
					+ "suspends it (a host that denies access in a crisis) shows every unit it affects; a declaration "
					+ "naming another agreement, or one the unit's nation is not party to, hides that dependency.",
			"site Basa_AB { at 14.99N 120.49E host PHL access under EDCA }\n"
					+ "unit TF_Luzon { nation USA platform HIMARS count 6 base Basa_AB }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		for (Unit unit : context.model().units()) {
			Nation nation = ModelIndex.resolved(unit.getNation()) ? unit.getNation() : null;
			Site base = ModelIndex.resolved(unit.getBase()) ? unit.getBase() : null;
			Agreement declared = ModelIndex.resolved(unit.getAccessUnder()) ? unit.getAccessUnder() : null;
			if (nation == null) {
				continue;
			}
			if (declared != null && notParty(declared, nation)) {
				context.report(unit, Literals.UNIT__ACCESS_UNDER, CheckContext.label(unit) + " declares access under "
						+ declared.getName() + ", to which " + CheckContext.label(nation) + " is not party (parties: "
						+ String.join(", ", declared.getParties().stream().map(Nation::getName).toList())
						+ ")");
				continue;
			}
			if (base == null) {
				continue;
			}
			Nation host = ModelIndex.resolved(base.getHost()) ? base.getHost() : null;
			Agreement siteAgreement = ModelIndex.resolved(base.getAccessUnder()) ? base.getAccessUnder() : null;
			boolean foreign = host != null ? host != nation : siteAgreement != null;
			if (!foreign) {
				continue;
			}
			boolean siteAgreementApplies = siteAgreement != null && !notParty(siteAgreement, nation);
			String who = CheckContext.label(unit) + " (" + nation.getName() + ") is based at " + CheckContext.label(base)
					+ (host != null ? " in " + CheckContext.label(host) : "");
			if (declared == null) {
				if (siteAgreementApplies) {
					context.report(unit, Literals.UNIT__BASE, who + ", whose access is under " + siteAgreement.getName()
							+ ", but declares no access agreement: add access under " + siteAgreement.getName());
				} else {
					context.report(unit, Literals.UNIT__BASE, who + " but declares no agreement its access depends on"
							+ (siteAgreement != null ? " (the site's " + siteAgreement.getName() + " is an agreement "
									+ CheckContext.label(nation) + " is not party to)" : ""));
				}
			} else if (siteAgreementApplies && declared != siteAgreement) {
				context.report(unit, Literals.UNIT__ACCESS_UNDER, CheckContext.label(unit) + " declares access under "
						+ declared.getName() + kind(declared) + ", but access to " + CheckContext.label(base) + " is under "
						+ siteAgreement.getName() + titled(siteAgreement));
			} else if (!siteAgreementApplies && declared != siteAgreement) {
				if (!declared.getSites().isEmpty() && declared.getSites().stream().allMatch(ModelIndex::resolved)
						&& !declared.getSites().contains(base)) {
					context.report(unit, Literals.UNIT__ACCESS_UNDER, CheckContext.label(unit) + " declares access under "
							+ declared.getName() + ", which covers "
							+ String.join(", ", declared.getSites().stream().map(Site::getName).toList())
							+ " but not its base " + base.getName());
				} else if (host != null && notParty(declared, host)) {
					context.report(unit, Literals.UNIT__ACCESS_UNDER, CheckContext.label(unit) + " declares access under "
							+ declared.getName() + ", to which the host of " + base.getName() + ", "
							+ CheckContext.label(host) + ", is not party");
				}
			}
		}
	}

	/** Whether an agreement is known not to bind a nation: it lists parties, all of them linked, and not that one. */
	private static boolean notParty(Agreement agreement, Nation nation) {
		return !agreement.getParties().isEmpty() && agreement.getParties().stream().allMatch(ModelIndex::resolved)
				&& !agreement.getParties().contains(nation);
	}

	/** An agreement's title in parentheses, when it has one. */
	private static String titled(Agreement agreement) {
		return agreement.getTitle() == null || agreement.getTitle().isBlank() ? "" : " (" + agreement.getTitle() + ")";
	}

	/** The kind of an agreement that grants no basing, in words: " (a sustainment agreement)". */
	private static String kind(Agreement agreement) {
		return switch (agreement.getKind() == null ? AgreementKind.BASING_ACCESS : agreement.getKind()) {
			case BASING_ACCESS -> "";
			case CO_PRODUCTION -> " (a co-production agreement)";
			case RECIPROCAL_PROCUREMENT -> " (a reciprocal procurement agreement)";
			case SUSTAINMENT -> " (a sustainment agreement)";
			case SECURITY_OF_SUPPLY -> " (a security of supply arrangement)";
		};
	}
}
