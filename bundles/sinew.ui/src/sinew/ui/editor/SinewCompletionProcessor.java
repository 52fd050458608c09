package sinew.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertReplaceEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import sinew.ui.lsp.Positions;
import sinew.ui.lsp.SinewLanguageConnection;

/** Content assist from the language server: keywords, and names of elements of every file (cross-references). */
public class SinewCompletionProcessor implements IContentAssistProcessor {

	private final SinewEditor editor;
	private String error;

	public SinewCompletionProcessor(SinewEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		SinewLanguageConnection connection = editor.connection();
		if (connection == null) {
			return new ICompletionProposal[0];
		}
		IDocument document = viewer.getDocument();
		connection.flush(editor.uri());
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(editor.uri()),
				Positions.position(document, offset));
		Either<List<CompletionItem>, CompletionList> answer = SinewLanguageConnection.awaitRetrying(
				() -> connection.server().getTextDocumentService().completion(params),
				a -> (a.isLeft() ? a.getLeft() : a.getRight().getItems()).isEmpty(), 4);
		if (answer == null) {
			error = "The Sinew language server did not answer";
			return new ICompletionProposal[0];
		}
		List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : items) {
			proposals.add(proposal(document, offset, item));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** A proposal that replaces the range the server names (the prefix typed) with the item's text. */
	static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int length = 0;
		Either<TextEdit, InsertReplaceEdit> edit = item.getTextEdit();
		if (edit != null) {
			if (edit.isLeft()) {
				text = edit.getLeft().getNewText();
				int[] region = Positions.region(document, edit.getLeft().getRange());
				start = region[0];
				length = region[1];
			} else {
				text = edit.getRight().getNewText();
				int[] region = Positions.region(document, edit.getRight().getReplace());
				start = region[0];
				length = region[1];
			}
		}
		if (start > offset || start + length < offset) {
			start = offset;
			length = 0;
		}
		String display = item.getLabel() + (item.getDetail() != null && !item.getDetail().isBlank()
				? " - " + item.getDetail() : "");
		String info = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
						: item.getDocumentation().getRight().getValue();
		return new CompletionProposal(text, start, length, text.length(), null, display, null, info);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
