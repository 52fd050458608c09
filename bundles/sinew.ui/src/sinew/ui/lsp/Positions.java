package sinew.ui.lsp;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Conversions between LSP positions (line, UTF-16 character) and offsets in a document's text. */
public final class Positions {

	private Positions() {
	}

	public static Position position(IDocument document, int offset) {
		try {
			int line = document.getLineOfOffset(offset);
			return new Position(line, offset - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(Math.max(0, document.getNumberOfLines() - 1), 0);
		}
	}

	/** The offset of a position, clamped to the document (a stale position never throws). */
	public static int offset(IDocument document, Position position) {
		try {
			int line = Math.min(position.getLine(), document.getNumberOfLines() - 1);
			int lineOffset = document.getLineOffset(line);
			int lineLength = document.getLineLength(line);
			return lineOffset + Math.min(Math.max(0, position.getCharacter()), lineLength);
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	/** The offset of a position in plain text (a file not open in an editor). */
	public static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			int next = text.indexOf('\n', offset);
			if (next < 0) {
				return text.length();
			}
			offset = next + 1;
		}
		return Math.min(text.length(), offset + Math.max(0, position.getCharacter()));
	}

	public static int[] region(IDocument document, Range range) {
		int start = offset(document, range.getStart());
		int end = Math.max(start, offset(document, range.getEnd()));
		return new int[] { start, end - start };
	}
}
