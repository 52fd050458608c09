package sinew.maven;

import java.util.Locale;

import sinew.dsl.workspace.ModelIssue;

/** The threshold of the {@code validate} goal: which findings fail the build. */
enum FailOn {
	/** Errors fail the build. */
	ERROR,
	/** Errors and warnings fail the build. */
	WARNING,
	/** Nothing fails the build; findings are logged and reported. */
	NEVER;

	/** The threshold a configuration word names, or null. */
	static FailOn of(String word) {
		if (word == null) {
			return null;
		}
		for (FailOn value : values()) {
			if (value.name().toLowerCase(Locale.ROOT).equals(word.trim().toLowerCase(Locale.ROOT))) {
				return value;
			}
		}
		return null;
	}

	/** Whether an issue of this severity fails the build at this threshold. */
	boolean fails(ModelIssue.Severity severity) {
		return switch (this) {
			case ERROR -> severity == ModelIssue.Severity.ERROR;
			case WARNING -> severity != ModelIssue.Severity.INFO;
			case NEVER -> false;
		};
	}
}
