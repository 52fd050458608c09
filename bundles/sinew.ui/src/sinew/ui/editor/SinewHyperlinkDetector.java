package sinew.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.lsp4j.Location;

/** Ctrl+click on a name: the link opens its declaration, in whichever file it is. */
public class SinewHyperlinkDetector implements IHyperlinkDetector {

	private final SinewEditor editor;

	public SinewHyperlinkDetector(SinewEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IRegion word = SinewEditor.word(viewer.getDocument(), region.getOffset());
		if (word.getLength() == 0) {
			return null;
		}
		List<Location> locations = editor.definitions(region.getOffset());
		if (locations.isEmpty()) {
			return null;
		}
		Location target = locations.get(0);
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return word;
			}

			@Override
			public String getTypeLabel() {
				return "Open Declaration";
			}

			@Override
			public String getHyperlinkText() {
				return "Open Declaration";
			}

			@Override
			public void open() {
				SinewEditor.open(editor.getSite().getPage(), target);
			}
		} };
	}
}
