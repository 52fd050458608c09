package sinew.dsl.workspace;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One issue found in a model file, at a line and column (both from 1), with a stable code and a message.
 */
public record ModelIssue(Path file, int line, int column, Severity severity, String code, String message)
		implements Comparable<ModelIssue> {

	/** How serious an issue is. */
	public enum Severity {
		ERROR, WARNING, INFO;

		/** The word used in reports: error, warning, info. */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private static final Comparator<ModelIssue> ORDER = Comparator.comparing((ModelIssue i) -> i.file().toString())
			.thenComparingInt(ModelIssue::line).thenComparingInt(ModelIssue::column)
			.thenComparing(ModelIssue::code).thenComparing(ModelIssue::message);

	@Override
	public int compareTo(ModelIssue other) {
		return ORDER.compare(this, other);
	}

	/** The issue as one line: {@code file:line:column: severity: code: message}. */
	public String toLine() {
		return file + ":" + line + ":" + column + ": " + severity.word() + ": " + code + ": " + message;
	}
}
