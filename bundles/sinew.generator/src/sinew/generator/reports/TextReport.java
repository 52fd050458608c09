package sinew.generator.reports;

import sinew.dsl.workspace.ModelIssue;

/** The plain-text report: one line per issue, then a summary line. */
final class TextReport {

	private TextReport() {
	}

	static String write(ValidationReport report) {
		StringBuilder text = new StringBuilder();
		for (ModelIssue issue : report.issues()) {
			text.append(issue.toLine()).append('\n');
		}
		return text.append(summary(report)).append('\n').toString();
	}

	/** "8 files, 502 elements: 0 errors, 16 warnings". */
	static String summary(ValidationReport report) {
		int files = report.files().size();
		int elements = report.elements();
		long errors = report.count(ModelIssue.Severity.ERROR);
		long warnings = report.count(ModelIssue.Severity.WARNING);
		return files + (files == 1 ? " file, " : " files, ") + elements + (elements == 1 ? " element: " : " elements: ")
				+ errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
	}
}
