package sinew.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.NamedElement;
import sinew.model.units.Units;

/** What a rule sees while it runs: the model, the shared analysis, and where its findings go. */
public final class CheckContext {

	private final ModelIndex model;
	private final SupplyAnalysis analysis;
	private final List<Finding> findings = new ArrayList<>();
	private RuleInfo rule;
	private Severity severity;

	CheckContext(ModelIndex model) {
		this.model = model;
		this.analysis = new SupplyAnalysis(model);
	}

	/** The models being checked. */
	public ModelIndex model() {
		return model;
	}

	/** The derived figures shared by all rules. */
	public SupplyAnalysis analysis() {
		return analysis;
	}

	void enter(RuleInfo rule, Severity severity) {
		this.rule = rule;
		this.severity = severity;
	}

	List<Finding> findings() {
		return findings;
	}

	/** Reports a finding of the running rule on an element (its name is marked). */
	public void report(EObject element, String message) {
		report(element, null, message);
	}

	/** Reports a finding of the running rule on one feature of an element. */
	public void report(EObject element, EStructuralFeature feature, String message) {
		Finding finding = new Finding(rule, severity, element, feature, message);
		for (Finding existing : findings) {
			if (existing.rule() == rule && existing.element() == element && existing.message().equals(message)) {
				return;
			}
		}
		findings.add(finding);
	}

	/** An element's name for messages: its title when it has one, else its name. */
	public static String label(EObject element) {
		if (element instanceof NamedElement named) {
			if (named.getTitle() != null && !named.getTitle().isBlank()) {
				return named.getTitle();
			}
			return named.getName();
		}
		return element == null ? "?" : element.eClass().getName();
	}

	/** A figure for messages, thousands separated: 1,234 or 16.5. */
	public static String figure(double value) {
		return Units.figure(Math.abs(value) >= 100 ? Math.rint(value) : Math.rint(value * 10) / 10);
	}

	/** A rate per day shown per year, as planners count production: "530/year". */
	public static String perYear(double perDay) {
		return figure(perDay * Units.DAYS_PER_YEAR) + "/year";
	}

	/** Days for messages: "16.5 days". */
	public static String days(double days) {
		return figure(days) + (Math.abs(days - 1) < 1e-9 ? " day" : " days");
	}

	/** A distance for messages: "1,000 km". */
	public static String km(double km) {
		return String.format(Locale.ROOT, "%,d km", Math.round(km));
	}
}
