package sinew.generator.reports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		JsonObject run = new JsonObject();
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "Sinew");
		driver.addProperty("semanticVersion", report.toolVersion().replaceFirst("^(\\d+\\.\\d+\\.\\d+)\\..*$", "$1"));
		driver.addProperty("version", report.toolVersion());
		JsonArray rules = new JsonArray();
		Map<String, Integer> ruleIndex = new HashMap<>();
		List<ValidationReport.Code> codes = report.codes();
		for (ValidationReport.Code code : codes) {
			JsonObject rule = new JsonObject();
			rule.addProperty("id", code.id());
			rule.addProperty("name", code.name().replaceAll("[^A-Za-z0-9]+", " ").strip().replace(' ', '-'));
			rule.add("shortDescription", text(code.name()));
			rule.add("fullDescription", text(code.description()));
			rule.add("help", text(code.description()));
			JsonObject configuration = new JsonObject();
			configuration.addProperty("level", level(code.defaultSeverity()));
			rule.add("defaultConfiguration", configuration);
			JsonObject properties = new JsonObject();
			properties.addProperty("category", code.category());
			rule.add("properties", properties);
			ruleIndex.put(code.id(), rules.size());
			rules.add(rule);
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		run.add("tool", tool);

		JsonArray artifacts = new JsonArray();
		Map<Path, Integer> artifactIndex = new HashMap<>();
		for (Path file : report.issuesByFile().keySet()) {
			JsonObject artifact = new JsonObject();
			artifact.add("location", location(file));
			artifactIndex.put(file, artifacts.size());
			artifacts.add(artifact);
		}
		run.add("artifacts", artifacts);

		JsonArray results = new JsonArray();
		for (ModelIssue issue : report.issues()) {
			JsonObject result = new JsonObject();
			result.addProperty("ruleId", issue.code());
			Integer index = ruleIndex.get(issue.code());
			if (index != null) {
				result.addProperty("ruleIndex", index);
			}
			result.addProperty("level", level(issue.severity()));
			result.add("message", text(issue.message()));
			JsonObject physical = new JsonObject();
			JsonObject artifactLocation = location(issue.file());
			artifactLocation.addProperty("index", artifactIndex.get(issue.file()));
			physical.add("artifactLocation", artifactLocation);
			JsonObject region = new JsonObject();
			region.addProperty("startLine", Math.max(1, issue.line()));
			region.addProperty("startColumn", Math.max(1, issue.column()));
			physical.add("region", region);
			JsonObject location = new JsonObject();
			location.add("physicalLocation", physical);
			JsonArray locations = new JsonArray();
			locations.add(location);
			result.add("locations", locations);
			results.add(result);
		}
		run.add("results", results);
		run.addProperty("columnKind", "unicodeCodePoints");
		JsonArray runs = new JsonArray();
		runs.add(run);
		log.add("runs", runs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
	}

	private static JsonObject text(String text) {
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
