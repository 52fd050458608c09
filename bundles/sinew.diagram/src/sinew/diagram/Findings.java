package sinew.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.model.PackagedElement;

/**
 * Places the issues of validation on model elements: an issue's file, line and column lie in the text of one
 * declaration, and the finding belongs to the innermost declaration ({@link PackagedElement}) there, so a finding on
 * a line's input is drawn on the line. Issues outside any declaration (a syntax error between declarations, the
 * check configuration) are kept with an empty element id: the diagram reports them in its note.
 */
public final class Findings {

	private Findings() {
	}

	public static List<DiagramFinding> locate(ModelWorkspace.Models models, List<ModelIssue> issues) {
		Map<Path, Resource> byFile = new HashMap<>();
		models.resources().forEach((path, resource) -> byFile.put(path.toAbsolutePath().normalize(), resource));
		List<DiagramFinding> findings = new ArrayList<>();
		for (ModelIssue issue : issues) {
			Resource resource = byFile.get(issue.file().toAbsolutePath().normalize());
			EObject element = resource == null ? null : elementAt(resource, issue.line(), issue.column());
			findings.add(new DiagramFinding(element == null ? "" : Diagrams.elementId(element), issue.severity().word(),
					issue.code(), issue.message()));
		}
		return findings;
	}

	/** The innermost declaration whose text holds the position (line and column from 1), or null. */
	static EObject elementAt(Resource resource, int line, int column) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = xtext.getParseResult().getRootNode();
		String text = root.getText();
		int offset = 0;
		for (int l = 1; l < line && offset >= 0; l++) {
			offset = text.indexOf('\n', offset);
			offset = offset < 0 ? -1 : offset + 1;
		}
		if (offset < 0) {
			return null;
		}
		offset = Math.min(text.length(), offset + Math.max(0, column - 1));
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		EObject object = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		while (object != null && !(object instanceof PackagedElement)) {
			object = object.eContainer();
		}
		return object;
	}
}
