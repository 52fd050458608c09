package sinew.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import sinew.ui.lsp.Positions;
import sinew.ui.lsp.SinewLanguageConnection;

/** Hovers from the language server: documentation and computed facts of the element under the mouse. */
public class SinewTextHover implements ITextHover {

	private final SinewEditor editor;

	public SinewTextHover(SinewEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hoverText(region.getOffset());
	}

	/** The hover of the element at an offset as plain text (Markdown emphasis removed); null when none. */
	public String hoverText(int offset) {
		SinewLanguageConnection connection = editor.connection();
		if (connection == null) {
			return null;
		}
		connection.flush(editor.uri());
		HoverParams params = new HoverParams(new TextDocumentIdentifier(editor.uri()), Positions.position(editor.document(), offset));
		Hover hover = SinewLanguageConnection.awaitRetrying(
				() -> connection.server().getTextDocumentService().hover(params),
				h -> h.getContents() == null || (h.getContents().isRight() && h.getContents().getRight().getValue().isEmpty()), 3);
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		Either<java.util.List<Either<String, MarkedString>>, MarkupContent> contents = hover.getContents();
		StringBuilder text = new StringBuilder();
		if (contents.isRight()) {
			text.append(contents.getRight().getValue());
		} else {
			for (Either<String, MarkedString> part : contents.getLeft()) {
				text.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
			}
		}
		String plain = text.toString().replace("**", "").replace("`", "").strip();
		return plain.isEmpty() ? null : plain;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		IRegion word = SinewEditor.word(viewer.getDocument(), offset);
		return word.getLength() > 0 ? word : new Region(offset, 0);
	}
}
