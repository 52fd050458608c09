package sinew.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import sinew.checks.analysis.ModelIndex;
import sinew.diagram.graph.ElkLayout;
import sinew.diagram.graph.Graph;
import sinew.diagram.graph.IndustrialGraph;
import sinew.diagram.graph.NetworkSvg;
import sinew.diagram.graph.RequirementsGraph;
import sinew.diagram.graph.SustainmentGraph;
import sinew.diagram.map.PostureMap;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.reports.RequirementReport;
import sinew.generator.siminput.SimInput;
import sinew.model.ModelPackage;
import sinew.model.Requirement;

/**
 * The diagrams of a set of models, one SVG document per {@link Viewpoint}: model -> graph -> ELK layout -> SVG
 * (the posture map is projected, not laid out).
 * <p>
 * Element ids: every shape that draws a model element is an SVG {@code <g>} with {@code id} and
 * {@code data-element} set to the element's qualified name ({@link #elementId}, e.g.
 * {@code indopacific.industry.MHI_Komaki_PAC3}), and {@code class="node <kind> <marks>"}; edges carry
 * {@code data-source}, {@code data-target} and, when they stand for an element (a route), {@code data-element}.
 * Ids hold only letters, digits, {@code _} and {@code .}, so they serve as URL fragments. The same models, findings
 * and verdicts give the same bytes.
 */
public final class Diagrams {

	private Diagrams() {
	}

	/** The stable id of a model element: its qualified name (the id of the simulation input too). */
	public static String elementId(EObject element) {
		return SimInput.id(element);
	}

	/**
	 * One viewpoint of the models as an SVG document.
	 *
	 * @param findings drawn as badges on the shapes of the elements they concern (may be empty)
	 * @param verdicts requirement verdicts by requirement id (may be empty: requirements are then drawn unverified)
	 */
	public static String render(List<ModelPackage> packages, List<DiagramFinding> findings, Viewpoint viewpoint,
			Map<String, RequirementReport.Verdict> verdicts) {
		if (viewpoint == Viewpoint.POSTURE) {
			return PostureMap.render(packages, findings);
		}
		Graph graph = graph(packages, viewpoint, verdicts);
		ElkLayout.layout(graph);
		return NetworkSvg.render(graph, viewpoint, findings);
	}

	/**
	 * One viewpoint of loaded models, with the issues of their validation (as {@code sinew validate} reports them)
	 * drawn on the elements they concern and, optionally, the verdicts of {@code sinew verify}.
	 */
	public static String render(ModelWorkspace.Models models, List<ModelIssue> issues, Viewpoint viewpoint,
			List<RequirementReport.Verdict> verdicts) {
		return render(models.packages(), findings(models, issues), viewpoint, verdicts(models, verdicts));
	}

	/** The graph of a network viewpoint (not laid out); the posture map has none. */
	public static Graph graph(List<ModelPackage> packages, Viewpoint viewpoint,
			Map<String, RequirementReport.Verdict> verdicts) {
		ModelIndex index = new ModelIndex(packages);
		return switch (viewpoint) {
			case INDUSTRIAL -> IndustrialGraph.build(index);
			case SUSTAINMENT -> SustainmentGraph.build(index);
			case REQUIREMENTS -> RequirementsGraph.build(index, verdicts);
			case POSTURE -> throw new IllegalArgumentException("the posture map is a map, not a graph");
		};
	}

	/** The issues of validation as findings on the model elements they lie in ({@link Findings#locate}). */
	public static List<DiagramFinding> findings(ModelWorkspace.Models models, List<ModelIssue> issues) {
		return Findings.locate(models, issues);
	}

	/** Verdicts of {@code sinew verify} by the id of their requirement (matched by name and file). */
	public static Map<String, RequirementReport.Verdict> verdicts(ModelWorkspace.Models models,
			List<RequirementReport.Verdict> verdicts) {
		Map<String, RequirementReport.Verdict> byId = new TreeMap<>();
		if (verdicts == null || verdicts.isEmpty()) {
			return byId;
		}
		Map<Resource, Path> files = new LinkedHashMap<>();
		models.resources().forEach((path, resource) -> files.put(resource, path.toAbsolutePath().normalize()));
		List<Requirement> requirements = new ArrayList<>(new ModelIndex(models.packages()).requirements());
		for (RequirementReport.Verdict verdict : verdicts) {
			for (Requirement r : requirements) {
				Path file = files.get(r.eResource());
				boolean sameFile = verdict.file() == null || file == null
						|| file.equals(verdict.file().toAbsolutePath().normalize());
				if (verdict.name().equals(r.getName()) && sameFile) {
					byId.put(elementId(r), verdict);
				}
			}
		}
		return byId;
	}
}
