package sinew.generator.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.reports.RequirementReport;
import sinew.sim.io.AtomicFiles;

/**
 * The HTML review site of a set of models: an overview, each viewpoint (an SVG diagram with pan and zoom), the
 * findings linked to the elements they concern, a page per element (documentation, attributes, links in and out),
 * and the simulation results with their charts. Static files only, relative links, no server needed: it opens from
 * file://. Every string from a model, file or result is escaped. The same inputs give the same bytes.
 *
 * @param version the Sinew version written in the footer
 * @param subject what the site reviews, as the user named it (the model paths)
 * @param issues the findings of validation, as {@code sinew validate} reports them
 * @param viewpoints the diagrams, in the order shown
 * @param results simulation results of scenarios, in the order shown
 * @param verdicts the requirements' verdicts as {@code sinew verify} gives them (empty when not verified)
 */
public record ReviewSite(String version, String subject, ModelWorkspace.Models models, List<ModelIssue> issues,
		List<Viewpoint> viewpoints, List<Results> results, List<RequirementReport.Verdict> verdicts) {

	/** The file that marks a folder as a Sinew site, which a later run may replace. */
	public static final String MARKER = ".sinew-site";

	/** The schema of the results document that {@code sinew simulate --out} writes. */
	public static final String RESULTS_SCHEMA = "urn:sinew:sim-results:1";

	/**
	 * A diagram of the models.
	 *
	 * @param id a word for the page's file name (industrial)
	 * @param svg a whole SVG document; shapes with {@code data-element="qualified.name"} link to the element's page
	 * @param notes what the page says above the diagram (for example what a model with errors left out)
	 */
	public record Viewpoint(String id, String title, String svg, List<String> notes) {
	}

	/**
	 * The simulation results of one scenario: its results.json and its charts (file name to bytes, .svg or .png).
	 */
	public record Results(String scenario, JsonObject document, Map<String, byte[]> charts) {

		/**
		 * The results in a folder written by {@code sinew simulate --out DIR}: DIR/results.json and the charts in
		 * DIR/charts/ (*.svg, *.png); or, when DIR holds no results.json, those of each sub-folder that has one.
		 *
		 * @throws IllegalArgumentException with a one-line message naming the file, when nothing or no valid
		 *             results document is found
		 */
		public static List<Results> read(Path dir) throws IOException {
			if (!Files.isDirectory(dir)) {
				throw new IllegalArgumentException(dir + ": no such folder");
			}
			List<Results> found = new ArrayList<>();
			if (Files.isRegularFile(dir.resolve("results.json"))) {
				found.add(readOne(dir));
				return found;
			}
			List<Path> folders;
			try (Stream<Path> list = Files.list(dir)) {
				folders = list.filter(p -> Files.isRegularFile(p.resolve("results.json"))).sorted().toList();
			}
			for (Path folder : folders) {
				found.add(readOne(folder));
			}
			if (found.isEmpty()) {
				throw new IllegalArgumentException(dir + ": no results.json in it or in its sub-folders (write one with sinew simulate --out)");
			}
			return found;
		}

		private static Results readOne(Path dir) throws IOException {
			Path file = dir.resolve("results.json");
			JsonObject document;
			try {
				var parsed = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
				if (!parsed.isJsonObject()) {
					throw new JsonParseException("not an object");
				}
				document = parsed.getAsJsonObject();
			} catch (JsonParseException | java.nio.charset.MalformedInputException e) {
				throw new IllegalArgumentException(file + ": not a JSON results document");
			}
			if (!document.has("schema") || !RESULTS_SCHEMA.equals(document.get("schema").getAsString())
					|| !document.has("scenario") || !document.get("scenario").isJsonPrimitive()) {
				throw new IllegalArgumentException(file + ": not a Sinew results document (schema " + RESULTS_SCHEMA + ")");
			}
			Map<String, byte[]> charts = new TreeMap<>();
			Path chartDir = dir.resolve("charts");
			if (Files.isDirectory(chartDir)) {
				try (Stream<Path> list = Files.list(chartDir)) {
					for (Path chart : list.sorted().toList()) {
						String name = chart.getFileName().toString();
						String lower = name.toLowerCase(java.util.Locale.ROOT);
						if (Files.isRegularFile(chart) && (lower.endsWith(".svg") || lower.endsWith(".png"))) {
							charts.put(name, Files.readAllBytes(chart));
						}
					}
				}
			}
			return new Results(document.get("scenario").getAsString(), document, charts);
		}
	}

	/** Every file of the site, by path relative to its folder, in sorted order. */
	public Map<String, byte[]> files() {
		return new SitePages(this).render();
	}

	/**
	 * Writes the site into a folder, whole or not at all: built in a temporary folder beside it, then moved into
	 * place. An existing folder is replaced only when it is empty or an earlier Sinew site.
	 *
	 * @throws IllegalArgumentException when the folder exists and is neither
	 */
	public int write(Path out) throws IOException {
		if (Files.exists(out)) {
			if (!Files.isDirectory(out)) {
				throw new IllegalArgumentException(out + ": exists and is not a folder");
			}
			boolean empty;
			try (Stream<Path> list = Files.list(out)) {
				empty = list.findAny().isEmpty();
			}
			if (!empty && !Files.isRegularFile(out.resolve(MARKER))) {
				throw new IllegalArgumentException(out + ": folder exists and is not a Sinew site; name a new or empty folder");
			}
		}
		Map<String, byte[]> files = files();
		AtomicFiles.replaceFolder(out, files);
		return files.size();
	}
}
