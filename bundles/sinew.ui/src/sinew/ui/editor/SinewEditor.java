package sinew.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import sinew.ui.SinewUi;
import sinew.ui.lsp.Positions;
import sinew.ui.lsp.SinewLanguageConnection;

/**
 * The editor of .sinew files: the platform's text editor with Sinew colours (lexical, then semantic from the
 * language server), and the language server's completion, diagnostics (as problem markers), hovers, definitions,
 * references, outline, formatting and folding. Edits reach the server as the user types; the file is written
 * only when the user saves.
 */
public class SinewEditor extends TextEditor {

	public static final String MATCHING_BRACKETS = "sinew.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "sinew.matchingBracketsColor";
	private static final char[] BRACKETS = { '{', '}', '(', ')', '[', ']' };

	private IFile file;
	private String uri;
	private SinewOutlinePage outline;
	private ProjectionSupport projection;
	private final Map<Position, ProjectionAnnotation> folds = new HashMap<>();
	/** Semantic tokens: offset, length, type index, modifier bits; applied over the lexical colours. */
	private volatile int[] semanticTokens = new int[0];
	private volatile List<String> tokenTypes = List.of();
	private volatile List<String> tokenModifiers = List.of();
	private volatile List<DocumentSymbol> symbols = List.of();
	private final Consumer<String> diagnosticsListener = published -> {
		if (published.equals(uri)) {
			scheduleRefresh();
		}
	};
	private final Job refresh = Job.create("Sinew editor: highlighting, outline and folding", this::refresh);

	public SinewEditor() {
		setKeyBindingScopes(new String[] { "sinew.ui.editorScope" });
		refresh.setSystem(true);
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		PreferenceStore own = new PreferenceStore();
		own.setDefault(MATCHING_BRACKETS, true);
		own.setDefault(MATCHING_BRACKETS_COLOR, "128,128,128");
		IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		setSourceViewerConfiguration(new SinewSourceViewerConfiguration(this, store));
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		viewer.addTextPresentationListener(semanticColours);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		scheduleRefresh();
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(BRACKETS, SinewPartitions.PARTITIONING));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
		disconnect();
		super.doSetInput(input);
		IDocument document = getDocumentProvider().getDocument(input);
		SinewPartitions.install(document);
		file = ResourceUtil.getFile(input);
		if (file != null && file.getLocation() != null) {
			uri = SinewLanguageConnection.uri(file);
			SinewLanguageConnection connection = SinewUi.get().connection();
			connection.addDiagnosticsListener(diagnosticsListener);
			connection.open(file, document);
		}
	}

	private void disconnect() {
		if (file != null && uri != null) {
			SinewLanguageConnection connection = SinewUi.get().connection();
			connection.removeDiagnosticsListener(diagnosticsListener);
			connection.close(file);
		}
		file = null;
		uri = null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		super.doSave(monitor);
		if (file != null) {
			SinewUi.get().connection().saved(file);
		}
	}

	@Override
	public void dispose() {
		refresh.cancel();
		disconnect();
		super.dispose();
	}

	@Override
	public <T> T getAdapter(Class<T> required) {
		if (IContentOutlinePage.class.equals(required)) {
			if (outline == null) {
				outline = new SinewOutlinePage(this);
			}
			return required.cast(outline);
		}
		if (projection != null) {
			T adapter = projection.getAdapter(getSourceViewer(), required);
			if (adapter != null) {
				return adapter;
			}
		}
		return super.getAdapter(required);
	}

	// ------------------------------------------------------------------------------------------------ accessors

	public IFile file() {
		return file;
	}

	/** The document's URI for the language server (null when the input is not a workspace file). */
	public String uri() {
		return uri;
	}

	public IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	public SinewLanguageConnection connection() {
		return uri == null ? null : SinewUi.get().connection();
	}

	/** The outline's symbols as last received from the server. */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	/** The caret offset in the document. */
	public int caret() {
		return org.eclipse.jface.text.source.projection.ProjectionViewer.class.isInstance(getSourceViewer())
				? ((ProjectionViewer) getSourceViewer()).widgetOffset2ModelOffset(getSourceViewer().getTextWidget().getCaretOffset())
				: getSourceViewer().getTextWidget().getCaretOffset();
	}

	// ------------------------------------------------------------------------------------------------ refresh

	void scheduleRefresh() {
		if (uri != null) {
			refresh.schedule(50);
		}
	}

	/** Asks the server for semantic tokens, folding ranges and symbols, then shows them. */
	private org.eclipse.core.runtime.IStatus refresh(IProgressMonitor monitor) {
		IDocument document = document();
		SinewLanguageConnection connection = connection();
		if (document == null || connection == null) {
			return Status.OK_STATUS;
		}
		long stamp = ((IDocumentExtension4) document).getModificationStamp();
		TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
		var service = connection.server().getTextDocumentService();
		SemanticTokens tokens = SinewLanguageConnection.await(service.semanticTokensFull(new SemanticTokensParams(id)));
		List<FoldingRange> ranges = SinewLanguageConnection.await(service.foldingRange(new FoldingRangeRequestParams(id)));
		List<Either<SymbolInformation, DocumentSymbol>> found = SinewLanguageConnection
				.await(service.documentSymbol(new DocumentSymbolParams(id)));
		List<DocumentSymbol> newSymbols = new ArrayList<>();
		if (found != null) {
			found.stream().filter(Either::isRight).map(Either::getRight).forEach(newSymbols::add);
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			ISourceViewer viewer = getSourceViewer();
			if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()
					|| ((IDocumentExtension4) document).getModificationStamp() != stamp) {
				return; // typed since: the next diagnostics bring a new refresh
			}
			if (tokens != null) {
				semanticTokens = decode(document, tokens.getData());
				var provider = connection.initializeResult().getCapabilities().getSemanticTokensProvider();
				tokenTypes = provider != null ? provider.getLegend().getTokenTypes() : List.of();
				tokenModifiers = provider != null ? provider.getLegend().getTokenModifiers() : List.of();
				viewer.invalidateTextPresentation();
			}
			if (ranges != null) {
				fold(document, ranges);
			}
			symbols = newSymbols;
			if (outline != null) {
				outline.update(newSymbols);
			}
		});
		return Status.OK_STATUS;
	}

	/** LSP's relative encoding (delta line, delta start, length, type, modifiers) as offset, length, type, modifiers. */
	static int[] decode(IDocument document, List<Integer> data) {
		int[] result = new int[data.size() / 5 * 4];
		int line = 0;
		int character = 0;
		for (int i = 0, j = 0; i + 4 < data.size(); i += 5, j += 4) {
			int deltaLine = data.get(i);
			line += deltaLine;
			character = deltaLine == 0 ? character + data.get(i + 1) : data.get(i + 1);
			result[j] = Positions.offset(document, new org.eclipse.lsp4j.Position(line, character));
			result[j + 1] = data.get(i + 2);
			result[j + 2] = data.get(i + 3);
			result[j + 3] = data.get(i + 4);
		}
		return result;
	}

	private final ITextPresentationListener semanticColours = presentation -> {
		int[] tokens = semanticTokens;
		List<String> types = tokenTypes;
		int declaration = tokenModifiers.indexOf("declaration");
		IRegion extent = presentation.getExtent();
		for (int j = 0; j + 3 < tokens.length; j += 4) {
			int offset = tokens[j];
			int length = tokens[j + 1];
			int type = tokens[j + 2];
			if (offset + length <= extent.getOffset() || offset >= extent.getOffset() + extent.getLength()
					|| type < 0 || type >= types.size()) {
				continue;
			}
			StyleRange range = new StyleRange(offset, length, null, null);
			boolean declared = declaration >= 0 && (tokens[j + 3] & (1 << declaration)) != 0;
			switch (types.get(type)) {
				case "number" -> range.foreground = SinewColors.NUMBER;
				case "comment" -> range.foreground = SinewColors.DOC;
				case "string" -> range.foreground = SinewColors.STRING;
				case "namespace" -> range.foreground = SinewColors.NAMESPACE;
				case "keyword" -> {
					range.foreground = SinewColors.KEYWORD;
					range.fontStyle = SWT.BOLD;
				}
				default -> {
					range.foreground = declared ? SinewColors.DECLARATION : SinewColors.REFERENCE;
					range.fontStyle = declared ? SWT.BOLD : SWT.NORMAL;
				}
			}
			presentation.replaceStyleRange(clip(range, extent));
		}
	};

	private static StyleRange clip(StyleRange range, IRegion extent) {
		int start = Math.max(range.start, extent.getOffset());
		int end = Math.min(range.start + range.length, extent.getOffset() + extent.getLength());
		range.start = start;
		range.length = end - start;
		return range;
	}

	private void fold(IDocument document, List<FoldingRange> ranges) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Map<Position, ProjectionAnnotation> wanted = new HashMap<>();
		for (FoldingRange range : ranges) {
			try {
				if (range.getEndLine() <= range.getStartLine()) {
					continue;
				}
				int start = document.getLineOffset(range.getStartLine());
				int endLine = Math.min(range.getEndLine(), document.getNumberOfLines() - 1);
				int end = document.getLineOffset(endLine) + document.getLineLength(endLine);
				Position position = new Position(start, end - start);
				wanted.put(position, folds.containsKey(position) ? folds.get(position) : new ProjectionAnnotation());
			} catch (BadLocationException e) {
				// a range of an older text: left out
			}
		}
		List<Annotation> removed = new ArrayList<>();
		folds.forEach((position, annotation) -> {
			if (!wanted.containsKey(position)) {
				removed.add(annotation);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		wanted.forEach((position, annotation) -> {
			if (!folds.containsKey(position)) {
				added.put(annotation, position);
			}
		});
		model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		folds.clear();
		folds.putAll(wanted);
	}

	/** The regions folding currently offers (start offset and length each), for tests and the outline. */
	public List<Position> foldingRegions() {
		return List.copyOf(folds.keySet());
	}

	// ------------------------------------------------------------------------------------------------ commands

	/** Where the name at an offset is declared (in this or another file); empty when nothing is there. */
	public List<Location> definitions(int offset) {
		if (uri == null) {
			return List.of();
		}
		connection().flush(uri);
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(uri), Positions.position(document(), offset));
		var answer = SinewLanguageConnection.awaitRetrying(
				() -> connection().server().getTextDocumentService().definition(params),
				a -> a.isLeft() ? a.getLeft().isEmpty() : a.getRight().isEmpty(), 3);
		if (answer == null) {
			return List.of();
		}
		if (answer.isLeft()) {
			return List.copyOf(answer.getLeft());
		}
		List<Location> locations = new ArrayList<>();
		for (LocationLink link : answer.getRight()) {
			locations.add(new Location(link.getTargetUri(), link.getTargetSelectionRange()));
		}
		return locations;
	}

	/** Opens the declaration of the name at an offset (F3, Ctrl+click); false when there is none. */
	public boolean openDeclaration(int offset) {
		List<Location> locations = definitions(offset);
		if (locations.isEmpty()) {
			return false;
		}
		return open(getSite().getPage(), locations.get(0)) != null;
	}

	/** Opens a location in a Sinew editor and selects its range. */
	public static SinewEditor open(IWorkbenchPage page, Location location) {
		IFile target = SinewLanguageConnection.file(location.getUri());
		if (target == null) {
			return null;
		}
		try {
			IEditorPart part = IDE.openEditor(page, target, SinewUi.EDITOR_ID, true);
			if (part instanceof SinewEditor editor) {
				int[] region = Positions.region(editor.document(), location.getRange());
				editor.selectAndReveal(region[0], region[1]);
				return editor;
			}
		} catch (PartInitException e) {
			SinewUi.log("Sinew: cannot open " + target, e);
		}
		return null;
	}

	/** Every reference to the element named at an offset, across the workspace, declarations included. */
	public List<Location> references(int offset) {
		if (uri == null) {
			return List.of();
		}
		connection().flush(uri);
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uri),
				Positions.position(document(), offset), new ReferenceContext(true));
		List<? extends Location> found = SinewLanguageConnection.awaitRetrying(
				() -> connection().server().getTextDocumentService().references(params), List::isEmpty, 3);
		return found == null ? List.of() : List.copyOf(found);
	}

	/** Formats the whole document with the language's formatter (one undoable change). */
	public void format() {
		if (uri == null) {
			return;
		}
		connection().flush(uri);
		List<? extends TextEdit> edits = SinewLanguageConnection.await(connection().server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false))));
		if (edits == null || edits.isEmpty()) {
			return;
		}
		IDocument document = document();
		List<int[]> regions = new ArrayList<>();
		for (TextEdit edit : edits) {
			regions.add(Positions.region(document, edit.getRange()));
		}
		var session = document instanceof org.eclipse.jface.text.IDocumentExtension4 ext
				? ext.startRewriteSession(org.eclipse.jface.text.DocumentRewriteSessionType.SEQUENTIAL)
				: null;
		try {
			// from the end, so that earlier offsets stay valid
			Integer[] order = new Integer[edits.size()];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			java.util.Arrays.sort(order, (a, b) -> Integer.compare(regions.get(b)[0], regions.get(a)[0]));
			for (int i : order) {
				document.replace(regions.get(i)[0], regions.get(i)[1], edits.get(i).getNewText());
			}
		} catch (BadLocationException e) {
			SinewUi.log("Sinew: the formatter's edits do not fit the document", e);
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	/** Comments the selected lines out with {@code //}, or back in when every one of them is commented. */
	public void toggleComment() {
		IDocument document = document();
		var selection = (org.eclipse.jface.text.ITextSelection) getSelectionProvider().getSelection();
		try {
			int first = document.getLineOfOffset(selection.getOffset());
			int last = document.getLineOfOffset(selection.getOffset() + Math.max(0, selection.getLength() - 1));
			boolean allCommented = true;
			for (int line = first; line <= last; line++) {
				String text = document.get(document.getLineOffset(line), document.getLineLength(line));
				if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
					allCommented = false;
				}
			}
			for (int line = last; line >= first; line--) {
				int offset = document.getLineOffset(line);
				String text = document.get(offset, document.getLineLength(line));
				if (allCommented) {
					int at = text.indexOf("//");
					if (at >= 0) {
						document.replace(offset + at, 2, "");
					}
				} else {
					document.replace(offset, 0, "//");
				}
			}
		} catch (BadLocationException e) {
			SinewUi.log("Sinew: cannot toggle comments", e);
		}
	}

	/** The partition type at an offset (for tests of the lexical colours). */
	public String partitionAt(int offset) throws BadLocationException {
		return TextUtilities.getContentType(document(), SinewPartitions.PARTITIONING, offset, false);
	}

	/** The region of the word at an offset. */
	public static IRegion word(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isNameChar(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isNameChar(document.getChar(end))) {
				end++;
			}
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '^';
	}

	static void run(Runnable r) {
		Display.getDefault().asyncExec(r);
	}

	static TextPresentation none() {
		return null;
	}
}
