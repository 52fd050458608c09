package sinew.checks;

/**
 * What a rule is: a stable ID (never reused), a short name, a category, a default severity, the rationale the
 * catalogue shows, and an example of a model fragment it flags.
 */
public record RuleInfo(String id, String name, Category category, Severity defaultSeverity, String rationale,
		String example) {
}
