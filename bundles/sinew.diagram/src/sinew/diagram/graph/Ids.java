package sinew.diagram.graph;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import sinew.diagram.Diagrams;
import sinew.model.NamedElement;

/** Ids and short labels of model elements on the diagrams. */
public final class Ids {

	private Ids() {
	}

	/** The element's qualified name. */
	public static String of(EObject element) {
		return Diagrams.elementId(element);
	}

	/** The title when the element has one, else its name. */
	public static String label(NamedElement element) {
		return element.getTitle() != null && !element.getTitle().isBlank() ? element.getTitle() : element.getName();
	}

	/** A rate per day written per year, to whole units ("530/year"). */
	public static String perYear(double perDay) {
		return String.format(Locale.ROOT, "%,.0f/year", perDay * sinew.model.units.Units.DAYS_PER_YEAR);
	}

	/** A number without needless decimals ("21", "2.5"). */
	public static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
