package sinew.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import sinew.checks.analysis.ModelIndex;
import sinew.model.ModelPackage;

/** Runs the rule catalogue over models loaded together and returns what the rules find, configured. */
public final class Checker {

	private final List<Rule> rules;
	private final CheckConfig config;

	public Checker(List<Rule> rules, CheckConfig config) {
		this.rules = List.copyOf(rules);
		this.config = config;
	}

	/** The whole catalogue with the given configuration. */
	public static Checker of(CheckConfig config) {
		return new Checker(RuleCatalogue.rules(), config);
	}

	/** Every finding of every enabled rule, in rule order then model order. */
	public List<Finding> check(Collection<ModelPackage> packages) {
		CheckContext context = new CheckContext(new ModelIndex(packages));
		List<Finding> problems = new ArrayList<>();
		for (Rule rule : rules) {
			Optional<Severity> severity = config.severity(rule.info());
			if (severity.isEmpty()) {
				continue;
			}
			context.enter(rule.info(), severity.get());
			try {
				rule.check(context);
			} catch (RuntimeException e) {
				// A rule must never break validation: a model the rule did not expect is reported, not thrown.
				if (!packages.isEmpty()) {
					problems.add(new Finding(rule.info(), Severity.WARNING, packages.iterator().next(), null,
							"Rule " + rule.info().id() + " could not run on this model: " + e));
				}
			}
		}
		List<Finding> findings = new ArrayList<>(context.findings());
		findings.addAll(problems);
		return findings;
	}
}
