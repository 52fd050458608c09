package sinew.generator.reports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import sinew.dsl.workspace.ModelIssue;

/**
 * SARIF 2.1.0: one run whose tool driver lists every code that can be reported (ID, name, help text, default
 * level, category), and a result per issue with its file and region (line and column from 1).
 */
final class SarifReport {

	/** The schema SARIF 2.1.0 logs name (the OASIS standard's JSON schema). */
	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	private SarifReport() {
	}

	static String write(ValidationReport report) {
		JsonArray rules = new JsonArray();
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (ValidationReport.Code code : report.codes()) {
			ruleIndex.put(code.id(), rules.size());
			rules.add(rule(code.id(), code.name(), code.description(), level(code.defaultSeverity()), code.category()));
		}
		Artifacts artifacts = new Artifacts();
		report.issuesByFile().keySet().forEach(artifacts::indexOf);
		JsonArray results = new JsonArray();
		for (ModelIssue issue : report.issues()) {
			results.add(result(issue.code(), ruleIndex.get(issue.code()), level(issue.severity()), issue.message(),
					artifacts, issue.file(), issue.line(), issue.column()));
		}
		return log(report.toolVersion(), rules, artifacts, results);
	}

	// ---------------------------------------------------------------- building blocks shared by the SARIF writers

	/** A rule: its ID, name, short and full description, default level and category. */
	static JsonObject rule(String id, String name, String description, String level, String category) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", id);
		rule.addProperty("name", name.replaceAll("[^A-Za-z0-9]+", " ").strip().replace(' ', '-'));
		rule.add("shortDescription", text(name));
		rule.add("fullDescription", text(description));
		rule.add("help", text(description));
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level);
		rule.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		properties.addProperty("category", category);
		rule.add("properties", properties);
		return rule;
	}

	/** The files results point into, each listed once, in the order first named. */
	static final class Artifacts {
		private final JsonArray list = new JsonArray();
		private final Map<Path, Integer> index = new LinkedHashMap<>();

		int indexOf(Path file) {
			return index.computeIfAbsent(file, f -> {
				JsonObject artifact = new JsonObject();
				artifact.add("location", location(f));
				list.add(artifact);
				return list.size() - 1;
			});
		}
	}

	/** A result located at a line and column (from 1) of a file. */
	static JsonObject result(String ruleId, Integer ruleIndex, String level, String message, Artifacts artifacts,
			Path file, int line, int column) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", ruleId);
		if (ruleIndex != null) {
			result.addProperty("ruleIndex", ruleIndex);
		}
		result.addProperty("level", level);
		result.add("message", text(message));
		JsonObject artifactLocation = location(file);
		artifactLocation.addProperty("index", artifacts.indexOf(file));
		JsonObject region = new JsonObject();
		region.addProperty("startLine", Math.max(1, line));
		region.addProperty("startColumn", Math.max(1, column));
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifactLocation);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}

	/** The log: one run of Sinew with its rules, the files and the results, as pretty-printed JSON. */
	static String log(String toolVersion, JsonArray rules, Artifacts artifacts, JsonArray results) {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "Sinew");
		driver.addProperty("semanticVersion", toolVersion.replaceFirst("^(\\d+\\.\\d+\\.\\d+)\\..*$", "$1"));
		driver.addProperty("version", toolVersion);
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("artifacts", artifacts.list);
		run.add("results", results);
		run.addProperty("columnKind", "unicodeCodePoints");
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
	}

	static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	private static JsonObject location(Path file) {
		JsonObject location = new JsonObject();
		location.addProperty("uri", uri(file));
		return location;
	}

	/** A relative path as a relative URI reference; an absolute one as a file URI. */
	static String uri(Path file) {
		if (file.isAbsolute()) {
			return file.toUri().toString();
		}
		StringBuilder uri = new StringBuilder();
		for (Path segment : file) {
			if (uri.length() > 0) {
				uri.append('/');
			}
			uri.append(java.net.URLEncoder.encode(segment.toString(), java.nio.charset.StandardCharsets.UTF_8)
					.replace("+", "%20"));
		}
		return uri.toString();
	}

	private static String level(ModelIssue.Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}
}
