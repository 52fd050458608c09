package sinew.generator.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import sinew.checks.RuleInfo;
import sinew.dsl.validation.SinewIssueCodes;
import sinew.dsl.workspace.ModelIssue;

/**
 * JUnit XML, as CI servers read test reports: a test suite per model file, in it a test case per rule that ran
 * and one for well-formedness (syntax, linking, the SNW-WF codes). A test case fails when it has errors or
 * warnings; its failure lists them. Informational findings go to the case's system-out.
 */
final class JunitReport {

	private JunitReport() {
	}

	static String write(ValidationReport report) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		List<RuleInfo> rules = report.rulesRun();
		Map<Path, List<ModelIssue>> byFile = report.issuesByFile();
		int tests = byFile.size() * (rules.size() + 1);
		long failures = 0;
		StringBuilder suites = new StringBuilder();
		for (Map.Entry<Path, List<ModelIssue>> entry : byFile.entrySet()) {
			String file = ValidationReport.path(entry.getKey());
			StringBuilder cases = new StringBuilder();
			int suiteFailures = 0;
			List<ModelIssue> wellFormedness = entry.getValue().stream().filter(JunitReport::isWellFormedness).toList();
			suiteFailures += testCase(cases, file, "well-formedness", "Syntax, linking and well-formedness", wellFormedness);
			for (RuleInfo rule : rules) {
				List<ModelIssue> findings = entry.getValue().stream().filter(i -> i.code().equals(rule.id())).toList();
				suiteFailures += testCase(cases, file, rule.id(), rule.name(), findings);
			}
			failures += suiteFailures;
			suites.append("  <testsuite name=\"").append(escape(file)).append("\" tests=\"").append(rules.size() + 1)
					.append("\" failures=\"").append(suiteFailures).append("\" errors=\"0\" skipped=\"0\">\n")
					.append(cases).append("  </testsuite>\n");
		}
		xml.append("<testsuites name=\"sinew validate\" tests=\"").append(tests).append("\" failures=\"").append(failures)
				.append("\" errors=\"0\">\n").append(suites).append("</testsuites>\n");
		return xml.toString();
	}

	private static boolean isWellFormedness(ModelIssue issue) {
		return SinewIssueCodes.ALL.stream().anyMatch(info -> info.code().equals(issue.code()));
	}

	/** Appends a test case; returns 1 when it fails. */
	private static int testCase(StringBuilder cases, String file, String id, String name, List<ModelIssue> issues) {
		List<ModelIssue> failing = issues.stream().filter(i -> i.severity() != ModelIssue.Severity.INFO).toList();
		List<ModelIssue> infos = issues.stream().filter(i -> i.severity() == ModelIssue.Severity.INFO).toList();
		cases.append("    <testcase classname=\"").append(escape(file)).append("\" name=\"").append(escape(id + " " + name))
				.append("\" time=\"0\"");
		if (failing.isEmpty() && infos.isEmpty()) {
			cases.append("/>\n");
			return 0;
		}
		cases.append(">\n");
		if (!failing.isEmpty()) {
			boolean errors = failing.stream().anyMatch(i -> i.severity() == ModelIssue.Severity.ERROR);
			cases.append("      <failure type=\"").append(errors ? "error" : "warning").append("\" message=\"")
					.append(escape(failing.size() + (failing.size() == 1 ? " finding: " : " findings: ") + failing.get(0).message()))
					.append("\">");
			for (ModelIssue issue : failing) {
				cases.append(escape(issue.toLine())).append('\n');
			}
			cases.append("</failure>\n");
		}
		if (!infos.isEmpty()) {
			cases.append("      <system-out>");
			for (ModelIssue issue : infos) {
				cases.append(escape(issue.toLine())).append('\n');
			}
			cases.append("</system-out>\n");
		}
		cases.append("    </testcase>\n");
		return failing.isEmpty() ? 0 : 1;
	}

	/** Text escaped for XML attributes and content; characters XML 1.0 cannot hold are dropped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}
}
