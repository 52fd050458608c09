package sinew.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import sinew.ui.editor.SinewEditor;
import sinew.ui.lsp.SinewLanguageConnection;

/** The references found to an element (Find References, Ctrl+Shift+G): file and line each; a double-click opens one. */
public class ReferencesView extends ViewPart {

	private TableViewer table;
	private List<Location> locations = List.of();

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((Location) element);
			}
		});
		table.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Location l) {
				SinewEditor.open(getSite().getPage(), l);
			}
		});
	}

	static String label(Location location) {
		IFile file = SinewLanguageConnection.file(location.getUri());
		String name = file != null ? file.getFullPath().toString() : location.getUri();
		return name + ":" + (location.getRange().getStart().getLine() + 1) + ":"
				+ (location.getRange().getStart().getCharacter() + 1);
	}

	/** Shows the references to a name. */
	public void show(String name, List<Location> found) {
		locations = new ArrayList<>(found);
		setContentDescription(found.size() + (found.size() == 1 ? " reference to " : " references to ") + name);
		table.setInput(locations);
	}

	/** The rows shown, as "file:line:column". */
	public List<String> rows() {
		return locations.stream().map(ReferencesView::label).toList();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
