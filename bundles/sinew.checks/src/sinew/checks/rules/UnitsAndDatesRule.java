package sinew.checks.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import sinew.checks.Category;
import sinew.checks.CheckContext;
import sinew.checks.Rule;
import sinew.checks.RuleInfo;
import sinew.checks.Severity;
import sinew.checks.analysis.ExportAnalysis;
import sinew.checks.analysis.KitAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.Agreement;
import sinew.model.CapacityChange;
import sinew.model.Excursion;
import sinew.model.ExcursionKind;
import sinew.model.Item;
import sinew.model.Licence;
import sinew.model.MroFacility;
import sinew.model.PackagedElement;
import sinew.model.ProductionLine;
import sinew.model.Quantity;
import sinew.model.QuantityUnit;
import sinew.model.Scenario;
import sinew.model.SinewPackage.Literals;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;

/** DOMAIN check 22: rates per month written for per year (or the reverse), and dates a scenario cannot rely on. */
public final class UnitsAndDatesRule implements Rule {

	/** A month-for-year slip makes a rate about 12 times too large or too small: this band around 12 catches it. */
	static final double LOW = 8, HIGH = 16;

	private static final RuleInfo INFO = new RuleInfo("SNW-DAT-001", "Units and dates", Category.DATA_QUALITY,
			Severity.WARNING,
			"Production figures are quoted per month by some sources and per year by others, and a slip is off by "
					+ "twelve. A rate written per month that is 8 to 16 times the median rate of the other lines making the "
					+ "same item (at least two others: with two lines there is no telling which is wrong, and national lines "
					+ "do differ tenfold, 14,400 U.S. 155 mm projectiles a month against 15,000 a year at Benalla), or "
					+ "written per year and 8 to 16 times smaller, is flagged; so is a dated capacity or surge target "
					+ "written in the other unit than the line's rate and 8 to 16 times off it in the same direction. Dates: "
					+ "a scenario that enables a line or facility, or grants a licence, from a date before the element's "
					+ "own start, opening or effective date (or after the scenario ends), or enables a line whose licence "
					+ "is not in force in the scenario on that date, relies on something that does not exist yet.",
			"line A { makes Round155 rate 14400/month }\nline B { makes Round155 rate 15000/month }\n"
					+ "line C { makes Round155 rate 16000/year }");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(CheckContext context) {
		rates(context);
		scenarioDates(context);
	}

	// ------------------------------------------------------------------ (a) per month vs per year

	private static void rates(CheckContext context) {
		for (Item item : context.model().items()) {
			List<ProductionLine> rated = context.model().linesMaking(item).stream()
					.filter(l -> SupplyAnalysis.perDay(l.getRate()).orElse(0.0) > 0).toList();
			for (ProductionLine line : rated) {
				List<Double> others = new ArrayList<>();
				for (ProductionLine other : rated) {
					if (other != line) {
						others.add(Units.perDay(other.getRate()));
					}
				}
				if (others.size() < 2) {
					continue;
				}
				double median = median(others);
				double ratio = Units.perDay(line.getRate()) / median;
				Optional<String> slip = slip(line.getRate(), ratio);
				if (slip.isPresent()) {
					context.report(line, Literals.PRODUCTION_LINE__RATE, line.getName() + "'s rate of "
							+ Units.format(line.getRate()) + " is " + times(ratio) + " the median of the " + others.size()
							+ " other lines making " + CheckContext.label(item) + " (" + KitAnalysis.rate(median, line.getRate())
							+ "): " + slip.get());
				}
			}
		}
		for (ProductionLine line : context.model().lines()) {
			Quantity rate = line.getRate();
			if (SupplyAnalysis.perDay(rate).orElse(0.0) <= 0) {
				continue;
			}
			for (CapacityChange change : line.getCapacityChanges()) {
				within(context, line, change, change.getRate(), "capacity of %s from " + change.getFrom());
			}
			if (line.getSurge() != null) {
				within(context, line, line.getSurge(), line.getSurge().getTarget(), "surge target of %s");
			}
		}
	}

	/** A dated capacity or a surge target written in the other unit than the rate, about twelve times off it. */
	private static void within(CheckContext context, ProductionLine line, EObject at, Quantity figure, String what) {
		if (SupplyAnalysis.perDay(figure).isEmpty() || figure.getUnit() == line.getRate().getUnit()) {
			return;
		}
		double ratio = Units.perDay(figure) / Units.perDay(line.getRate());
		Optional<String> slip = slip(figure, ratio);
		if (slip.isPresent()) {
			context.report(at, line.getName() + "'s " + String.format(what, Units.format(figure)) + " is " + times(ratio)
					+ " its rate of " + Units.format(line.getRate()) + ": " + slip.get());
		}
	}

	/** The likely slip when a rate is about twelve times off in the direction its unit explains, else empty. */
	private static Optional<String> slip(Quantity rate, double ratio) {
		String number = Units.format(rate).replaceAll("/.*", "");
		if (rate.getUnit() == QuantityUnit.PER_MONTH && ratio >= LOW && ratio <= HIGH) {
			return Optional.of("probably " + number + "/year");
		}
		if (rate.getUnit() == QuantityUnit.PER_YEAR && ratio > 0 && 1 / ratio >= LOW && 1 / ratio <= HIGH) {
			return Optional.of("probably " + number + "/month");
		}
		return Optional.empty();
	}

	private static String times(double ratio) {
		return ratio >= 1 ? CheckContext.figure(ratio) + " times" : "1/" + CheckContext.figure(1 / ratio) + " of";
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	// ------------------------------------------------------------------ (b) dates inside the scenario window

	private static void scenarioDates(CheckContext context) {
		for (Scenario scenario : context.model().scenarios()) {
			Optional<ScenarioWindow> window = ScenarioWindow.of(scenario);
			for (Excursion excursion : scenario.getExcursions()) {
				PackagedElement target = excursion.getTarget();
				Optional<LocalDate> from = Dates.tryParse(excursion.getFrom());
				if (!ModelIndex.resolved(target) || from.isEmpty()
						|| excursion.getKind() != ExcursionKind.ENABLE && excursion.getKind() != ExcursionKind.GRANT) {
					continue;
				}
				String verb = excursion.getKind() == ExcursionKind.ENABLE ? "enable" : "grant";
				String head = scenario.getName() + " " + verb + "s " + target.getName() + " from " + ExportAnalysis.format(from.get());
				Optional<OwnDate> own = ownDate(target);
				if (own.isPresent() && own.get().date().isAfter(from.get())) {
					boolean afterEnd = window.isPresent() && own.get().date().isAfter(window.get().end());
					context.report(excursion, head + ", but its " + own.get().what() + " is " + ExportAnalysis.format(own.get().date())
							+ (afterEnd ? ", after the scenario ends" : "")
							+ ": bring that date forward, or " + verb + " it from " + ExportAnalysis.format(own.get().date()));
					continue;
				}
				if (target instanceof ProductionLine line && excursion.getKind() == ExcursionKind.ENABLE
						&& ModelIndex.resolved(line.getLicence())) {
					ExportAnalysis.Standing standing = ExportAnalysis.standing(line.getLicence(), from.get(), scenario);
					if (!standing.inForce()) {
						context.report(excursion, head + ", but the licence it produces under is not in force then: "
								+ standing.reason());
					}
				}
			}
		}
	}

	private record OwnDate(LocalDate date, String what) {
	}

	/** The date an element itself says it begins: a line's start, a licence's or agreement's effective date, an opening. */
	private static Optional<OwnDate> ownDate(PackagedElement target) {
		String text = null;
		String what = null;
		if (target instanceof ProductionLine line) {
			text = line.getStart();
			what = "own start";
		} else if (target instanceof Licence licence) {
			text = licence.getEffective();
			what = "effective date";
		} else if (target instanceof Agreement agreement) {
			text = agreement.getEffective();
			what = "effective date";
		} else if (target instanceof MroFacility facility) {
			text = facility.getOpens();
			what = "opening";
		}
		String kind = what;
		return Dates.tryParse(text).map(d -> new OwnDate(d, kind));
	}
}
