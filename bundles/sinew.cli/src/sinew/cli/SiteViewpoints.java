package sinew.cli;

import java.util.List;

import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.site.ReviewSite;

/** The diagrams of the review site: each viewpoint of the models as an SVG document. */
final class SiteViewpoints {

	private SiteViewpoints() {
	}

	static List<ReviewSite.Viewpoint> of(ModelWorkspace.Models models, List<ModelIssue> issues) {
		return List.of();
	}
}
