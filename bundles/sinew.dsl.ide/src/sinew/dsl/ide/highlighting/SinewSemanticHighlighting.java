package sinew.dsl.ide.highlighting;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import sinew.model.ModelPackage;
import sinew.model.Quantity;
import sinew.model.SinewPackage;

/**
 * What only the parsed and linked model knows, as LSP semantic token types and modifiers: the name of each
 * declaration ({@value #DECLARATION_TYPE} + {@value #DECLARATION}), each reference to an element
 * ({@value #REFERENCE}), package names and imports ({@value #NAMESPACE}), doc comments ({@value #COMMENT} +
 * {@value #DOCUMENTATION}) and whole quantity literals with their scale and unit ({@value #NUMBER}: {@code 4 M USD},
 * {@code 30/year}). A keyword written as a name ({@code package x.line}) is thus a name, not a keyword.
 */
public class SinewSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	public static final String DECLARATION_TYPE = "class";
	public static final String DECLARATION = "declaration";
	public static final String REFERENCE = "type";
	public static final String NAMESPACE = "namespace";
	public static final String COMMENT = "comment";
	public static final String DOCUMENTATION = "documentation";
	public static final String NUMBER = "number";

	@Override
	protected void doProvideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource.getParseResult() == null) {
			return;
		}
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			if (cancelIndicator != null && cancelIndicator.isCanceled()) {
				return;
			}
			EObject object = all.next();
			if (object instanceof Quantity) {
				INode node = NodeModelUtils.findActualNodeFor(object);
				if (node != null) {
					acceptor.addPosition(node.getOffset(), node.getLength(), NUMBER);
				}
				all.prune();
				continue;
			}
			if (object instanceof ModelPackage) {
				mark(object, SinewPackage.Literals.MODEL_PACKAGE__NAME, acceptor, NAMESPACE);
			} else {
				EStructuralFeature name = object.eClass().getEStructuralFeature("name");
				if (name != null) {
					mark(object, name, acceptor, DECLARATION_TYPE, DECLARATION);
				}
			}
			EStructuralFeature documentation = object.eClass().getEStructuralFeature("documentation");
			if (documentation != null) {
				mark(object, documentation, acceptor, COMMENT, DOCUMENTATION);
			}
			EStructuralFeature imported = object.eClass().getEStructuralFeature("importedNamespace");
			if (imported != null) {
				mark(object, imported, acceptor, NAMESPACE);
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					mark(object, reference, acceptor, REFERENCE);
				}
			}
		}
	}

	private static void mark(EObject object, EStructuralFeature feature, IHighlightedPositionAcceptor acceptor,
			String... styles) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), styles);
		}
	}
}
