package sinew.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import sinew.ui.SinewPerspective;
import sinew.ui.SinewUi;
import sinew.ui.editor.SinewEditor;
import sinew.ui.views.ReferencesView;

/** The editor's commands (open declaration, find references, format, toggle comment), named by the handler's data. */
public class EditorCommandHandler extends AbstractHandler implements IExecutableExtension {

	private String command = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		command = data instanceof String s ? s : "";
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof SinewEditor editor)) {
			return null;
		}
		switch (command) {
			case "openDeclaration" -> editor.openDeclaration(editor.caret());
			case "findReferences" -> showReferences(editor, editor.getSite().getPage());
			case "format" -> editor.format();
			case "toggleComment" -> editor.toggleComment();
			default -> {
			}
		}
		return null;
	}

	/** Finds the references to the name at the caret and lists them in the References view. */
	public static ReferencesView showReferences(SinewEditor editor, IWorkbenchPage page) {
		int caret = editor.caret();
		String name = editor.document() == null ? "" : wordAt(editor, caret);
		List<Location> found = editor.references(caret);
		try {
			ReferencesView view = (ReferencesView) page.showView(SinewPerspective.REFERENCES_VIEW);
			view.show(name, found);
			return view;
		} catch (PartInitException e) {
			SinewUi.log("Sinew: cannot show the references", e);
			return null;
		}
	}

	private static String wordAt(SinewEditor editor, int offset) {
		var region = SinewEditor.word(editor.document(), offset);
		try {
			return editor.document().get(region.getOffset(), region.getLength());
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return "";
		}
	}
}
