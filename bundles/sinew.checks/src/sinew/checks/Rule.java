package sinew.checks;

/** A consistency check: model in, findings out. Rules read the model and the shared analysis; they change nothing. */
public interface Rule {

	/** The rule's identity and documentation. */
	RuleInfo info();

	/** Looks at the model and reports what it finds through the context. */
	void check(CheckContext context);
}
