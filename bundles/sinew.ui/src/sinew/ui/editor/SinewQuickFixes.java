package sinew.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import sinew.checks.RuleCatalogue;
import sinew.ui.SinewUi;
import sinew.ui.lsp.Positions;
import sinew.ui.lsp.SinewLanguageConnection;

/**
 * Quick fixes where the fix is obvious: a name that refers to nothing is replaced by one of the nearest names
 * (by edit distance) that the language server offers at that place.
 */
public class SinewQuickFixes implements IMarkerResolutionGenerator2 {

	/** At most this many names are proposed. */
	static final int PROPOSALS = 3;

	@Override
	public boolean hasResolutions(IMarker marker) {
		return isUnresolvedReference(marker);
	}

	static boolean isUnresolvedReference(IMarker marker) {
		String code = marker.getAttribute("code", "");
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		return code.endsWith("Linking") || message.startsWith("Couldn't resolve reference");
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!isUnresolvedReference(marker) || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (start < 0 || end <= start) {
			return new IMarkerResolution[0];
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				IDocument document = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
				String wrong = document.get(start, end - start);
				List<IMarkerResolution> fixes = new ArrayList<>();
				for (String name : nearest(wrong, candidates(file, document, start))) {
					fixes.add(new Rename(file, start, end, wrong, name));
				}
				return fixes.toArray(IMarkerResolution[]::new);
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			return new IMarkerResolution[0];
		}
	}

	/** The names the server proposes where the wrong name starts (cross-references only, not keywords). */
	private static Set<String> candidates(IFile file, IDocument document, int offset) {
		SinewLanguageConnection connection = SinewUi.get().connection();
		String uri = SinewLanguageConnection.uri(file);
		connection.flush(uri);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), Positions.position(document, offset));
		var answer = SinewLanguageConnection.awaitRetrying(
				() -> connection.server().getTextDocumentService().completion(params),
				a -> (a.isLeft() ? a.getLeft() : a.getRight().getItems()).isEmpty(), 4);
		Set<String> names = new LinkedHashSet<>();
		if (answer != null) {
			for (CompletionItem item : answer.isLeft() ? answer.getLeft() : answer.getRight().getItems()) {
				if (item.getKind() != CompletionItemKind.Keyword) {
					names.add(item.getInsertText() != null ? item.getInsertText() : item.getLabel());
				}
			}
		}
		return names;
	}

	/** The candidates closest to a wrong name, nearest first, at most {@link #PROPOSALS}, none farther than half its length. */
	static List<String> nearest(String wrong, Set<String> candidates) {
		String w = wrong.toLowerCase(Locale.ROOT);
		return candidates.stream().filter(c -> !c.equals(wrong))
				.filter(c -> RuleCatalogue.distance(w, simple(c).toLowerCase(Locale.ROOT)) <= Math.max(2, wrong.length() / 2))
				.sorted(Comparator.comparingInt((String c) -> RuleCatalogue.distance(w, simple(c).toLowerCase(Locale.ROOT)))
						.thenComparing(Comparator.naturalOrder()))
				.limit(PROPOSALS).toList();
	}

	private static String simple(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/** Replaces the wrong name with a proposed one, in the file's buffer (the editor's text when it is open). */
	static final class Rename implements IMarkerResolution {
		private final IFile file;
		private final int start;
		private final int end;
		private final String wrong;
		private final String name;

		Rename(IFile file, int start, int end, String wrong, String name) {
			this.file = file;
			this.start = start;
			this.end = end;
			this.wrong = wrong;
			this.name = name;
		}

		@Override
		public String getLabel() {
			return "Change '" + wrong + "' to '" + name + "'";
		}

		@Override
		public void run(IMarker marker) {
			// in the editor (opened when needed): the change is the user's to save or undo
			try {
				var page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				if (org.eclipse.ui.ide.IDE.openEditor(page, file, SinewUi.EDITOR_ID, true) instanceof SinewEditor editor) {
					IDocument document = editor.document();
					if (document.get(start, end - start).equals(wrong)) {
						document.replace(start, end - start, name);
					}
				}
			} catch (CoreException | BadLocationException e) {
				SinewUi.log("Sinew: cannot apply the quick fix", e);
			}
		}
	}
}
