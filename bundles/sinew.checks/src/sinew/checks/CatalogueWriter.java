package sinew.checks;

import java.util.List;

/**
 * The rule catalogue as a Markdown page, written from the rules' own metadata (ID, name, category, default
 * severity, rationale, example). The page in docs/ is this output; a test fails when they differ.
 */
public final class CatalogueWriter {

	private CatalogueWriter() {
	}

	/** The catalogue of the given rules as Markdown. */
	public static String markdown(List<Rule> rules) {
		StringBuilder md = new StringBuilder();
		md.append("# Sinew consistency checks\n\n");
		md.append("<!-- Generated from the rules' metadata by `./sinew catalogue`; do not edit. -->\n\n");
		md.append("Each rule has a stable ID, a category and a default severity. Severities can be changed, or a rule ")
				.append("turned off, per project in a `").append(CheckConfig.FILE_NAME)
				.append("` file beside the models (one `RULE-ID = error|warning|info|off` per line, `#` comments).\n\n");
		md.append("| ID | rule | category | default severity |\n|---|---|---|---|\n");
		for (Rule rule : rules) {
			RuleInfo info = rule.info();
			md.append("| [").append(info.id()).append("](#").append(info.id().toLowerCase()).append(") | ")
					.append(info.name()).append(" | ").append(info.category().label()).append(" | ")
					.append(info.defaultSeverity().word()).append(" |\n");
		}
		for (Category category : Category.values()) {
			List<Rule> inCategory = rules.stream().filter(r -> r.info().category() == category).toList();
			if (inCategory.isEmpty()) {
				continue;
			}
			md.append("\n## ").append(category.label()).append('\n');
			for (Rule rule : inCategory) {
				RuleInfo info = rule.info();
				md.append("\n### ").append(info.id()).append('\n');
				md.append("\n**").append(info.name()).append("** (default severity: ").append(info.defaultSeverity().word())
						.append(")\n\n");
				md.append(info.rationale()).append("\n\nExample that triggers it:\n\n```\n").append(info.example().strip())
						.append("\n```\n");
			}
		}
		return md.toString();
	}

	/** The catalogue of every rule. */
	public static String markdown() {
		return markdown(RuleCatalogue.rules());
	}
}
