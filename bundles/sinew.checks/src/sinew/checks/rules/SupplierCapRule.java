package sinew.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.KitAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.CapacityChange;
import sinew.model.Excursion;
import sinew.model.ExcursionKind;
import sinew.model.ProductionLine;
import sinew.model.Quantity;
import sinew.model.Scenario;
import sinew.model.SinewPackage.Literals;
import sinew.model.units.Units;

/** DOMAIN check 2: a line's output cannot exceed what its supplier lines allocate to it. */
public final class SupplierCapRule implements Rule {

	private static final RuleInfo INFO = new RuleInfo("SNW-SUP-002", "Co-production capped upstream", Category.SUPPLY,
			Severity.WARNING,
			"A line makes no more than its inputs allow: for each input it draws from a supplier line, what that "
					+ "supplier allocates to it, divided by the quantity per unit in the item's bill of materials. Flagged "
					+ "when the line's rate, a dated capacity, its surge target or a rate a scenario sets is above that cap. "
					+ "A supplier whose allocations do not name the line gives it nothing. MHI could make about 60 PAC-3 "
					+ "a year instead of 30, but only if Boeing allocates it the seekers: the seeker line caps "
					+ "co-production in Japan.",
			"line Boeing_Seeker { makes PAC3_Seeker site Huntsville rate 530/year\n"
					+ "  allocate 30/year to line MHI_PAC3 via co-production }\n"
					+ "line MHI_PAC3 { makes PAC3_MSE site Komaki rate 30/year surge to 60/year within 2 years\n"
					+ "  input PAC3_Seeker from line Boeing_Seeker }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** A rate the line is expected to reach, where it is written, and how to say it. */
	private record Claim(double perDay, Quantity written, EObject element, EStructuralFeature feature, String words) {

		boolean scenario() {
			return element instanceof Excursion;
		}
	}

	@Override
	public void check(CheckContext context) {
		SupplyAnalysis supply = context.analysis();
		for (ProductionLine line : context.model().lines()) {
			if (!ModelIndex.resolved(line.getItem()) || line.getInputs().stream().noneMatch(i -> ModelIndex.resolved(i.getSupplier()))) {
				continue;
			}
			List<Claim> claims = claims(context.model(), line);
			Claim worst = null;
			SupplyAnalysis.Capped worstCap = null;
			for (Claim claim : claims) {
				SupplyAnalysis.Capped capped = supply.cappedOutput(line, claim.perDay());
				if (capped.cappedUpstream() && capped.perDay() < claim.perDay() * (1 - 1e-9)
						&& (worst == null || claim.perDay() > worst.perDay())) {
					worst = claim;
					worstCap = capped;
				}
			}
			if (worst == null) {
				continue;
			}
			Quantity unit = line.getRate() != null ? line.getRate() : worst.written();
			String item = CheckContext.label(line.getItem());
			String input = CheckContext.label(worstCap.limitingInput());
			double perUnit = SupplyAnalysis.quantityPerUnit(line.getItem(), worstCap.limitingInput());
			String supplied = worstCap.suppliedPerDay() <= 0
					? worstCap.limitingSupplier().getName() + " allocates it no " + input
							+ (worstCap.limitingSupplier().getAllocations().isEmpty() ? " (it declares no allocations)"
									: " (its allocations do not name " + line.getName() + ")")
					: worstCap.limitingSupplier().getName() + " allocates " + KitAnalysis.rate(worstCap.suppliedPerDay(), unit)
							+ " of " + input + " to it" + (perUnit == 1 ? "" : " (" + CheckContext.figure(perUnit) + " per unit)");
			List<String> also = new ArrayList<>();
			for (Claim claim : claims) {
				if (claim != worst && claim.perDay() > worstCap.perDay() * (1 + 1e-9)) {
					also.add(claim.words());
				}
			}
			context.report(worst.scenario() ? line : worst.element(), worst.feature(), line.getName() + " can make at most " + KitAnalysis.rate(worstCap.perDay(), unit)
					+ " of " + item + ": " + supplied + ", against " + worst.words()
					+ (also.isEmpty() ? "" : " (also above it: " + String.join(", ", also) + ")"));
		}
	}

	/** The rates a line is expected to reach: its rate, its dated capacities, its surge target, scenario rates. */
	private static List<Claim> claims(ModelIndex model, ProductionLine line) {
		List<Claim> claims = new ArrayList<>();
		Quantity rate = line.getRate();
		SupplyAnalysis.perDay(rate).ifPresent(
				r -> claims.add(new Claim(r, rate, line, Literals.PRODUCTION_LINE__RATE, "its rate of " + written(rate))));
		for (CapacityChange change : line.getCapacityChanges()) {
			SupplyAnalysis.perDay(change.getRate()).ifPresent(r -> claims.add(new Claim(r, change.getRate(), change, null, "a capacity of " + written(change.getRate())
							+ (change.getFrom() == null ? "" : " from " + change.getFrom()))));
		}
		if (line.getSurge() != null) {
			Quantity target = line.getSurge().getTarget();
			SupplyAnalysis.perDay(target).ifPresent(r -> claims.add(new Claim(r, target, line, Literals.PRODUCTION_LINE__SURGE,
					"a surge target of " + written(target))));
		}
		for (Scenario scenario : model.scenarios()) {
			for (Excursion excursion : scenario.getExcursions()) {
				if (excursion.getKind() == ExcursionKind.SET && excursion.getTarget() == line
						&& "rate".equals(excursion.getProperty())) {
					Optional<Double> set = SupplyAnalysis.perDay(excursion.getValue());
					set.ifPresent(r -> claims.add(new Claim(r, excursion.getValue(), excursion, null, "the " + written(excursion.getValue()) + " "
							+ scenario.getName() + " sets from " + excursion.getFrom())));
				}
			}
		}
		return claims;
	}

	/** A rate as written, with thousands separated: 40,000/month. */
	private static String written(Quantity rate) {
		return KitAnalysis.rate(Units.perDay(rate), rate);
	}
}
