package sinew.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import sinew.ui.lsp.Positions;

/** The outline of a Sinew file: its declarations as the language server's document symbols; a click selects one. */
public class SinewOutlinePage extends ContentOutlinePage {

	private final SinewEditor editor;

	public SinewOutlinePage(SinewEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
				return children == null ? new Object[0] : children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children != null && !children.isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() != null && !symbol.getDetail().isBlank() && !symbol.getDetail().equals(symbol.getName())
						? symbol.getName() + " : " + symbol.getDetail()
						: symbol.getName();
			}
		});
		viewer.setInput(editor.symbols());
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol symbol
					&& editor.document() != null) {
				int[] region = Positions.region(editor.document(), symbol.getSelectionRange());
				editor.selectAndReveal(region[0], region[1]);
			}
		});
	}

	/** Shows new symbols (called in the UI thread). */
	void update(List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(symbols);
			viewer.expandToLevel(2);
		}
	}
}
