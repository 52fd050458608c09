package sinew.generator.reports;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import sinew.dsl.workspace.ModelIssue;

/** The issues as JSON, for scripts. */
final class JsonReport {

	private JsonReport() {
	}

	static String write(ValidationReport report) {
		JsonObject root = new JsonObject();
		root.addProperty("tool", "sinew");
		root.addProperty("version", report.toolVersion());
		root.addProperty("files", report.files().size());
		root.addProperty("elements", report.elements());
		root.addProperty("errors", report.count(ModelIssue.Severity.ERROR));
		root.addProperty("warnings", report.count(ModelIssue.Severity.WARNING));
		root.addProperty("infos", report.count(ModelIssue.Severity.INFO));
		JsonArray issues = new JsonArray();
		for (ModelIssue issue : report.issues()) {
			JsonObject o = new JsonObject();
			o.addProperty("file", ValidationReport.path(issue.file()));
			o.addProperty("line", issue.line());
			o.addProperty("column", issue.column());
			o.addProperty("severity", issue.severity().word());
			o.addProperty("code", issue.code());
			o.addProperty("message", issue.message());
			issues.add(o);
		}
		root.add("issues", issues);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}
}
