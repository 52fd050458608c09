package sinew.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import sinew.diagram.DiagramFinding;
import sinew.diagram.Diagrams;
import sinew.diagram.Viewpoint;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.reports.RequirementReport;
import sinew.generator.site.ReviewSite;
import sinew.sim.io.AtomicFiles;

/**
 * The diagrams and the review site of loaded models, as {@code sinew diagram} and {@code sinew site} write them; the
 * Maven plugin's {@code generate} goal writes them through the same methods.
 */
public final class ReviewOutputs {

	private ReviewOutputs() {
	}

	/**
	 * The requirement verdicts as {@code sinew verify} finds them with one deterministic run (seed 1), or none when
	 * the models have errors (they cannot be simulated).
	 */
	public static List<RequirementReport.Verdict> verdicts(ModelWorkspace.Models models, List<ModelIssue> issues,
			String version) {
		return errors(issues) > 0 ? List.of()
				: new RequirementVerifier(models.packages(), models.resources(), version, 1, 1).verify();
	}

	/** How many of the issues are errors. */
	public static long errors(List<ModelIssue> issues) {
		return issues.stream().filter(i -> i.severity() == ModelIssue.Severity.ERROR).count();
	}

	/**
	 * Draws each viewpoint as an SVG document (findings on their shapes, requirements coloured by their verdicts when
	 * there are any) and writes it, atomically, to the file {@code file} names for it.
	 *
	 * @return the files written, by viewpoint, in the order given
	 */
	public static Map<Viewpoint, Path> writeDiagrams(ModelWorkspace.Models models, List<ModelIssue> issues,
			List<RequirementReport.Verdict> verdicts, List<Viewpoint> viewpoints, Function<Viewpoint, Path> file)
			throws IOException {
		List<DiagramFinding> findings = Diagrams.findings(models, issues);
		Map<String, RequirementReport.Verdict> byId = Diagrams.verdicts(models, verdicts);
		Map<Viewpoint, Path> written = new LinkedHashMap<>();
		for (Viewpoint viewpoint : viewpoints) {
			Path path = file.apply(viewpoint);
			AtomicFiles.write(path, Diagrams.render(models.packages(), findings, viewpoint, byId));
			written.put(viewpoint, path);
		}
		return written;
	}

	/**
	 * The review site of the models: every viewpoint, the findings, the verdicts and the given simulation results.
	 *
	 * @param subject what the site reviews, as the user named it (the model paths)
	 * @param verdicts as {@link #verdicts} gives them
	 */
	public static ReviewSite site(String version, String subject, ModelWorkspace.Models models, List<ModelIssue> issues,
			List<ReviewSite.Results> results, List<RequirementReport.Verdict> verdicts) {
		return new ReviewSite(version, subject, models, issues, siteViewpoints(models, issues, verdicts), results,
				verdicts);
	}

	/**
	 * The diagrams of the review site: every viewpoint, with the findings drawn on their shapes and the verdicts on
	 * the requirements. The site itself (sinew.generator) takes them as SVG documents, so the generator does not
	 * depend on the diagrams.
	 */
	static List<ReviewSite.Viewpoint> siteViewpoints(ModelWorkspace.Models models, List<ModelIssue> issues,
			List<RequirementReport.Verdict> verdicts) {
		List<DiagramFinding> findings = Diagrams.findings(models, issues);
		Map<String, RequirementReport.Verdict> byId = Diagrams.verdicts(models, verdicts);
		List<ReviewSite.Viewpoint> viewpoints = new ArrayList<>();
		for (Viewpoint viewpoint : Viewpoint.values()) {
			List<String> notes = new ArrayList<>();
			if (viewpoint == Viewpoint.REQUIREMENTS && verdicts.isEmpty()) {
				notes.add("Requirements are drawn without verdicts: the models have errors, or declare no requirement.");
			}
			viewpoints.add(new ReviewSite.Viewpoint(viewpoint.id(), viewpoint.title(),
					Diagrams.render(models.packages(), findings, viewpoint, byId), notes));
		}
		return viewpoints;
	}
}
