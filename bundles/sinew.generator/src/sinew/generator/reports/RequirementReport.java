package sinew.generator.reports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;
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
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SarifReport.SCHEMA);
		log.addProperty("version", "2.1.0");
		JsonObject run = new JsonObject();
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "Sinew");
		driver.addProperty("semanticVersion", toolVersion.replaceFirst("^(\\d+\\.\\d+\\.\\d+)\\..*$", "$1"));
		driver.addProperty("version", toolVersion);
		JsonObject rule = new JsonObject();
		rule.addProperty("id", RULE_ID);
		rule.addProperty("name", "Requirement-not-met");
		rule.add("shortDescription", message("Requirement not met"));
		String help = "A requirement fails when the measured result of its scenario (by analysis or simulation) "
				+ "does not meet its threshold, or is unknown when the result cannot be measured.";
		rule.add("fullDescription", message(help));
		rule.add("help", message(help));
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", "error");
		rule.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		properties.addProperty("category", "requirements");
		rule.add("properties", properties);
		JsonArray rules = new JsonArray();
		rules.add(rule);
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		run.add("tool", tool);

		List<Verdict> failing = verdicts.stream().filter(v -> !v.passed()).toList();
		Map<Path, Integer> artifactIndex = new LinkedHashMap<>();
		JsonArray artifacts = new JsonArray();
		for (Verdict v : failing) {
			if (!artifactIndex.containsKey(v.file())) {
				JsonObject artifact = new JsonObject();
				artifact.add("location", location(v.file()));
				artifactIndex.put(v.file(), artifacts.size());
				artifacts.add(artifact);
			}
		}
		run.add("artifacts", artifacts);
		JsonArray results = new JsonArray();
		for (Verdict v : failing) {
			JsonObject result = new JsonObject();
			result.addProperty("ruleId", RULE_ID);
			result.addProperty("ruleIndex", 0);
			result.addProperty("level", "error");
			result.add("message", message(v.toLine()));
			JsonObject physical = new JsonObject();
			JsonObject artifactLocation = location(v.file());
			artifactLocation.addProperty("index", artifactIndex.get(v.file()));
			physical.add("artifactLocation", artifactLocation);
			JsonObject region = new JsonObject();
			region.addProperty("startLine", Math.max(1, v.line()));
			region.addProperty("startColumn", Math.max(1, v.column()));
			physical.add("region", region);
			JsonObject location = new JsonObject();
			location.add("physicalLocation", physical);
			JsonArray locations = new JsonArray();
			locations.add(location);
			result.add("locations", locations);
			JsonObject props = new JsonObject();
			props.addProperty("requirement", v.name());
			props.addProperty("verdict", v.status().name());
			result.add("properties", props);
			results.add(result);
		}
		run.add("results", results);
		run.addProperty("columnKind", "unicodeCodePoints");
		JsonArray runs = new JsonArray();
		runs.add(run);
		log.add("runs", runs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
	}

	private static JsonObject message(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	private static JsonObject location(Path file) {
		JsonObject location = new JsonObject();
		location.addProperty("uri", SarifReport.uri(file));
		return location;
	}
}
