package sinew.checks;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One finding of a rule: the element (and, where it helps, the feature) it is about, its severity after
 * configuration, and a message that states the quantities and names involved.
 */
public record Finding(RuleInfo rule, Severity severity, EObject element, EStructuralFeature feature, String message) {

	/** The rule's ID. */
	public String ruleId() {
		return rule.id();
	}
}
