package sinew.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import sinew.diagram.DiagramFinding;
import sinew.diagram.Diagrams;
import sinew.diagram.Viewpoint;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.reports.RequirementReport;
import sinew.generator.site.ReviewSite;

/**
 * The diagrams of the review site: every viewpoint of the models (sinew.diagram), with the findings drawn on their
 * shapes and, for models without errors, the requirement verdicts as {@code sinew verify} finds them. The site itself
 * (sinew.generator) takes them as SVG documents, so the generator does not depend on the diagrams.
 */
final class SiteViewpoints {

	private SiteViewpoints() {
	}

	static List<ReviewSite.Viewpoint> of(ModelWorkspace.Models models, List<ModelIssue> issues,
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
