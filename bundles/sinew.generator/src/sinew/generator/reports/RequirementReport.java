package sinew.generator.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The verdicts of {@code sinew verify}, one per requirement: as text (one line per verdict and a summary), JUnit
 * XML (a test suite "requirements", a test case per requirement, failing unless it passes) or SARIF 2.1.0 (one
 * rule {@value #RULE_ID}, a result per requirement not met, at its declaration).
 */
public final class RequirementReport {

	/** The SARIF rule of a requirement not met (failing or unknown). */
	public static final String RULE_ID = "SNW-REQ-001";

	/** Whether a requirement holds. UNKNOWN (not measurable) counts as failing. */
	public enum Status {
		PASS, FAIL, UNKNOWN
	}

	/**
	 * One requirement's verdict: its name, the file and line (from 1) of its declaration, the status and the
	 * text after the status ("days-of-supply of X in Y = 15.6 days, required >= 30 days (under S, simulation)").
	 */
	public record Verdict(String name, Path file, int line, int column, Status status, String text) {

		/** {@code name: STATUS: text}. */
		public String toLine() {
			return name + ": " + status + ": " + text;
		}

		public boolean passed() {
			return status == Status.PASS;
		}
	}

	/** The formats of the verdicts. */
	public enum Format {
		TEXT, JUNIT, SARIF;

		public static Optional<Format> of(String name) {
			return switch (name) {
				case "text" -> Optional.of(TEXT);
				case "junit" -> Optional.of(JUNIT);
				case "sarif" -> Optional.of(SARIF);
				default -> Optional.empty();
			};
		}
	}

	private RequirementReport() {
	}

	public static String write(Format format, String toolVersion, List<Verdict> verdicts) {
		return switch (format) {
			case TEXT -> text(verdicts);
			case JUNIT -> junit(verdicts);
			case SARIF -> sarif(toolVersion, verdicts);
		};
	}

	/** One line per verdict, then {@code N requirements: P passed, F failed, U unknown}. */
	public static String text(List<Verdict> verdicts) {
		StringBuilder b = new StringBuilder();
		for (Verdict v : verdicts) {
			b.append(v.toLine()).append('\n');
		}
		b.append(verdicts.size()).append(verdicts.size() == 1 ? " requirement: " : " requirements: ")
				.append(count(verdicts, Status.PASS)).append(" passed, ").append(count(verdicts, Status.FAIL))
				.append(" failed, ").append(count(verdicts, Status.UNKNOWN)).append(" unknown\n");
		return b.toString();
	}

	private static long count(List<Verdict> verdicts, Status status) {
		return verdicts.stream().filter(v -> v.status() == status).count();
	}

	static String junit(List<Verdict> verdicts) {
		long failures = verdicts.stream().filter(v -> !v.passed()).count();
		StringBuilder cases = new StringBuilder();
		for (Verdict v : verdicts) {
			cases.append("    <testcase classname=\"").append(JunitReport.escape(ValidationReport.path(v.file())))
					.append("\" name=\"").append(JunitReport.escape(v.name())).append("\" time=\"0\"");
			if (v.passed()) {
				cases.append(">\n      <system-out>").append(JunitReport.escape(v.toLine())).append("\n</system-out>\n")
						.append("    </testcase>\n");
			} else {
				cases.append(">\n      <failure type=\"").append(v.status() == Status.FAIL ? "fail" : "unknown")
						.append("\" message=\"").append(JunitReport.escape(v.toLine())).append("\">")
						.append(JunitReport.escape(v.toLine())).append('\n').append("</failure>\n    </testcase>\n");
			}
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + "<testsuites name=\"sinew verify\" tests=\""
				+ verdicts.size() + "\" failures=\"" + failures + "\" errors=\"0\">\n"
				+ "  <testsuite name=\"requirements\" tests=\"" + verdicts.size() + "\" failures=\"" + failures
				+ "\" errors=\"0\" skipped=\"0\">\n" + cases + "  </testsuite>\n</testsuites>\n";
	}

	static String sarif(String toolVersion, List<Verdict> verdicts) {
		String help = "A requirement fails when the measured result of its scenario (by analysis or simulation) "
				+ "does not meet its threshold, or is unknown when the result cannot be measured.";
		JsonArray rules = new JsonArray();
		rules.add(SarifReport.rule(RULE_ID, "Requirement not met", help, "error", "requirements"));
		SarifReport.Artifacts artifacts = new SarifReport.Artifacts();
		JsonArray results = new JsonArray();
		for (Verdict v : verdicts) {
			if (v.passed()) {
				continue;
			}
			JsonObject result = SarifReport.result(RULE_ID, 0, "error", v.toLine(), artifacts, v.file(), v.line(),
					v.column());
			JsonObject props = new JsonObject();
			props.addProperty("requirement", v.name());
			props.addProperty("verdict", v.status().name());
			result.add("properties", props);
			results.add(result);
		}
		return SarifReport.log(toolVersion, rules, artifacts, results);
	}


}
