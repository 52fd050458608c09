package sinew.model.units;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import sinew.model.Excursion;
import sinew.model.Quantity;
import sinew.model.Requirement;
import sinew.model.SinewPackage.Literals;
import sinew.model.units.Units.Dimension;

/**
 * What each quantity-valued feature of the metamodel must measure: a line's rate is a rate, its lead time a
 * duration, a threat's range a distance. The one table the validators, the checks and the editor consult.
 */
public final class ExpectedDimensions {

	private static final Map<EReference, Dimension> BY_FEATURE = Map.ofEntries(
			Map.entry(Literals.CONTROL_CATEGORY__MINIMUM_RANGE, Dimension.DISTANCE),
			Map.entry(Literals.CONTROL_CATEGORY__MINIMUM_PAYLOAD, Dimension.MASS),
			Map.entry(Literals.ITEM__UNIT_COST, Dimension.MONEY),
			Map.entry(Literals.MUNITION__RANGE, Dimension.DISTANCE),
			Map.entry(Literals.MUNITION__PAYLOAD, Dimension.MASS),
			Map.entry(Literals.PLATFORM__MAINTENANCE_INTERVAL, Dimension.DURATION),
			Map.entry(Literals.PLATFORM__MAINTENANCE_DURATION, Dimension.DURATION),
			Map.entry(Literals.PRODUCTION_LINE__RATE, Dimension.RATE),
			Map.entry(Literals.PRODUCTION_LINE__LEAD_TIME, Dimension.DURATION),
			Map.entry(Literals.PRODUCTION_LINE__MINIMUM_SUSTAINING_RATE, Dimension.RATE),
			Map.entry(Literals.SURGE_RAMP__TARGET, Dimension.RATE),
			Map.entry(Literals.SURGE_RAMP__WITHIN, Dimension.DURATION),
			Map.entry(Literals.CAPACITY_CHANGE__RATE, Dimension.RATE),
			Map.entry(Literals.ALLOCATION__RATE, Dimension.RATE),
			Map.entry(Literals.CONSUMPTION__RATE, Dimension.RATE),
			Map.entry(Literals.MRO_FACILITY__TURNAROUND, Dimension.DURATION),
			Map.entry(Literals.MRO_FACILITY__RECORDED_TURNAROUND, Dimension.DURATION),
			Map.entry(Literals.ROUTE__TRANSIT, Dimension.DURATION),
			Map.entry(Literals.ROUTE__CAPACITY, Dimension.RATE),
			Map.entry(Literals.THREAT_ENVELOPE__RANGE, Dimension.DISTANCE),
			Map.entry(Literals.THREAT_ENVELOPE__EFFECT, Dimension.SHARE),
			Map.entry(Literals.SCENARIO__DURATION, Dimension.DURATION),
			Map.entry(Literals.PHASE__DURATION, Dimension.DURATION));

	private ExpectedDimensions() {
	}

	/** The dimension a quantity-valued feature expects, when it is fixed by the feature alone. */
	public static Optional<Dimension> of(EStructuralFeature feature) {
		return Optional.ofNullable(BY_FEATURE.get(feature));
	}

	/**
	 * The dimension a quantity must have where it stands: fixed by its feature, by a requirement's metric, or by
	 * the property an excursion sets.
	 */
	public static Optional<Dimension> expectedFor(Quantity quantity) {
		EObject container = quantity.eContainer();
		EStructuralFeature feature = quantity.eContainingFeature();
		if (container instanceof Requirement requirement && feature == Literals.REQUIREMENT__THRESHOLD) {
			return Optional.of(switch (requirement.getMetric()) {
				case DAYS_OF_SUPPLY, EXHAUSTION_DAY -> Dimension.DURATION;
				case UNMET_DEMAND, STOCK -> Dimension.COUNT;
				case LINE_UTILISATION -> Dimension.SHARE;
			});
		}
		if (container instanceof Excursion excursion && feature == Literals.EXCURSION__VALUE) {
			return settableFeature(excursion).flatMap(ExpectedDimensions::of);
		}
		return of(feature);
	}

	/** The quantity-valued feature an excursion sets, when its property names one of its target's. */
	public static Optional<EReference> settableFeature(Excursion excursion) {
		if (excursion.getTarget() == null || excursion.getTarget().eIsProxy() || excursion.getProperty() == null) {
			return Optional.empty();
		}
		EStructuralFeature feature = excursion.getTarget().eClass().getEStructuralFeature(excursion.getProperty());
		if (feature instanceof EReference reference && BY_FEATURE.containsKey(reference)) {
			return Optional.of(reference);
		}
		return Optional.empty();
	}

	/** Names of the quantity-valued features an element of the given object's class has. */
	public static java.util.List<String> settableFeatureNames(EObject target) {
		return target.eClass().getEAllReferences().stream().filter(BY_FEATURE::containsKey)
				.map(EReference::getName).sorted().toList();
	}

	/** Whether a quantity dimension fits: a plain count is accepted nowhere a unit is expected. */
	public static boolean fits(Quantity quantity, Dimension expected) {
		return Units.dimension(quantity) == expected;
	}

	/** A feature's name in words: leadTime becomes "lead time". */
	public static String words(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}
}
