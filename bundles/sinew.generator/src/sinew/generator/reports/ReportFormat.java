package sinew.generator.reports;

import java.util.Locale;
import java.util.Optional;

/** The formats `sinew validate --format` writes. */
public enum ReportFormat {
	/** One line per issue, {@code file:line:column: severity: code: message}, then a summary. */
	TEXT,
	/** The issues as JSON, for scripts. */
	JSON,
	/** JUnit XML: one test case per rule (and one for well-formedness) per model file. */
	JUNIT,
	/** SARIF 2.1.0: the rules with their metadata, the results with file and region. */
	SARIF;

	/** The format a command-line word names. */
	public static Optional<ReportFormat> of(String word) {
		for (ReportFormat format : values()) {
			if (format.name().toLowerCase(Locale.ROOT).equals(word)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** Writes a report in this format. */
	public String write(ValidationReport report) {
		return switch (this) {
			case TEXT -> TextReport.write(report);
			case JSON -> JsonReport.write(report);
			case JUNIT -> JunitReport.write(report);
			case SARIF -> SarifReport.write(report);
		};
	}
}
