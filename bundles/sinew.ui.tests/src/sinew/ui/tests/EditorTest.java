package sinew.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sinew.ui.tests.UiTestSupport.flagshipFile;
import static sinew.ui.tests.UiTestSupport.messages;
import static sinew.ui.tests.UiTestSupport.offsetOf;
import static sinew.ui.tests.UiTestSupport.open;
import static sinew.ui.tests.UiTestSupport.page;
import static sinew.ui.tests.UiTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import sinew.ui.editor.SinewColors;
import sinew.ui.editor.SinewCompletionProcessor;
import sinew.ui.editor.SinewEditor;
import sinew.ui.editor.SinewQuickFixes;
import sinew.ui.editor.SinewTextHover;
import sinew.ui.handlers.EditorCommandHandler;
import sinew.ui.views.ReferencesView;

/** The .sinew editor on the flagship: colours, content assist, markers while typing, F3, hover, references, outline. */
class EditorTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false); // unsaved edits are thrown away, as a user who does not save
		UiTestSupport.processEvents();
	}

	private static Color foregroundAt(SinewEditor editor, int offset) {
		StyleRange range = editor.viewer().getTextWidget().getStyleRangeAtOffset(offset);
		return range == null ? null : range.foreground;
	}

	private static int fontStyleAt(SinewEditor editor, int offset) {
		StyleRange range = editor.viewer().getTextWidget().getStyleRangeAtOffset(offset);
		return range == null ? SWT.NORMAL : range.fontStyle;
	}

	@Test
	void highlightsKeywordsCommentsDocAndQuantities() throws Exception {
		SinewEditor editor = open(flagshipFile("industry.sinew"));
		IDocument document = editor.document();
		int keyword = offsetOf(document, "munition PAC3_MSE");
		assertEquals(SinewColors.KEYWORD, foregroundAt(editor, keyword));
		assertEquals(SWT.BOLD, fontStyleAt(editor, keyword) & SWT.BOLD);
		assertEquals(SinewColors.DOC, foregroundAt(editor, offsetOf(document, "/** PAC-3 Missile") + 5));
		assertEquals(SinewColors.COMMENT, foregroundAt(editor, offsetOf(document, "// \"each missile") + 4));
		// semantic, from the server: the unit words of a quantity belong to the number ('USD' is a keyword)
		int usd = offsetOf(document, "cost 4 M USD") + "cost 4 M ".length();
		waitUntil("the server's semantic colours on 'USD' of '4 M USD'",
				() -> SinewColors.NUMBER.equals(foregroundAt(editor, usd)));
		assertEquals(SinewColors.NUMBER, foregroundAt(editor, usd - 2)); // the scale 'M'
		assertEquals(SWT.NORMAL, fontStyleAt(editor, usd) & SWT.BOLD);
		// and the keyword before it keeps its colour
		assertEquals(SinewColors.KEYWORD, foregroundAt(editor, usd - "cost 4 M ".length()));
		// the declared name, and a name referring to another file's element
		assertEquals(SinewColors.DECLARATION, foregroundAt(editor, keyword + "munition ".length()));
		assertEquals(SWT.BOLD, fontStyleAt(editor, keyword + "munition ".length()) & SWT.BOLD);
		assertEquals(SinewColors.REFERENCE, foregroundAt(editor, offsetOf(document, "origin USA") + "origin ".length()));
		assertEquals(SinewColors.NAMESPACE, foregroundAt(editor, offsetOf(document, "package indopacific.industry") + "package ".length()));
	}

	@Test
	void contentAssistProposesNamesFromOtherFilesAndKeywords() throws Exception {
		IFile file = flagshipFile("industry.sinew");
		SinewEditor editor = open(file);
		waitUntil("the flagship built (its warnings as markers)", () -> !messages(file, IMarker.SEVERITY_WARNING).isEmpty());
		IDocument document = editor.document();
		// after "origin U" in industry.sinew: nations live in nations.sinew
		int afterU = offsetOf(document, "origin USA") + "origin U".length();
		List<String> names = proposals(editor, afterU);
		assertTrue(names.stream().anyMatch(n -> n.startsWith("USA")), "cross-file proposal USA in " + names);
		assertTrue(names.contains("indopacific.nations.USA"), "qualified proposal in " + names);
		assertFalse(names.stream().anyMatch(n -> n.startsWith("PAC3")), "names not fitting the prefix U: " + names);
		// at the start of a line between declarations: the declaration keywords
		int free = offsetOf(document, "// ================================================================ munitions");
		List<String> keywords = proposals(editor, free);
		assertTrue(keywords.containsAll(List.of("munition", "line", "firm")), "keywords in " + keywords);
	}

	private static List<String> proposals(SinewEditor editor, int offset) {
		ICompletionProposal[] proposals = new SinewCompletionProcessor(editor)
				.computeCompletionProposals(editor.viewer(), offset);
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString)
				.map(s -> s.contains(" - ") ? s.substring(0, s.indexOf(" - ")) : s).toList();
	}

	@Test
	void anErrorTypedBecomesAMarkerAndGoesWhenFixedTheFileIsNotWritten() throws Exception {
		IFile file = flagshipFile("industry.sinew");
		String onDisk = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		SinewEditor editor = open(file);
		IDocument document = editor.document();
		waitUntil("the flagship's warnings as markers", () -> !messages(file, IMarker.SEVERITY_WARNING).isEmpty());
		assertTrue(messages(file, IMarker.SEVERITY_ERROR).isEmpty(), "the flagship has no errors");

		int usa = offsetOf(document, "origin USA") + "origin ".length();
		document.replace(usa, 3, "USAX");
		waitUntil("an error marker for the unresolved USAX",
				() -> messages(file, IMarker.SEVERITY_ERROR).stream().anyMatch(m -> m.contains("USAX")));
		IMarker marker = UiTestSupport.markers(file).stream()
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("USAX")).findFirst().orElseThrow();
		assertEquals(document.getLineOfOffset(usa) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(usa, marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(onDisk, Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8),
				"typing does not write the file");

		// the obvious quick fix: the nearest name the server knows there
		IMarkerResolution[] fixes = new SinewQuickFixes().getResolutions(marker);
		List<String> labels = Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList();
		assertTrue(labels.contains("Change 'USAX' to 'USA'"), "quick fixes " + labels);
		fixes[labels.indexOf("Change 'USAX' to 'USA'")].run(marker);
		assertEquals("origin USA\n", document.get(usa - "origin ".length(), "origin USA\n".length()));
		waitUntil("the error marker gone after the fix",
				() -> messages(file, IMarker.SEVERITY_ERROR).isEmpty());
	}

	@Test
	void aHalfTypedFileKeepsTheEditorWorking() throws Exception {
		SinewEditor editor = open(flagshipFile("industry.sinew"));
		IDocument document = editor.document();
		int at = offsetOf(document, "munition AMRAAM");
		document.replace(at, 0, "line Broken \"x\" { makes ");
		IFile file = flagshipFile("industry.sinew");
		waitUntil("a syntax error marker", () -> !messages(file, IMarker.SEVERITY_ERROR).isEmpty());
		// hover and completion still answer after the broken text
		String hover = new SinewTextHover(editor).hoverText(offsetOf(document, "munition PAC3_MSE") + "munition ".length());
		assertNotNull(hover);
		assertTrue(hover.contains("PAC3_MSE"), hover);
		assertFalse(proposals(editor, at + "line Broken \"x\" { makes ".length()).isEmpty());
	}

	@Test
	void f3OpensTheDefinitionInAnotherFile() throws Exception {
		SinewEditor editor = open(flagshipFile("industry.sinew"));
		int usa = offsetOf(editor.document(), "origin USA") + "origin U".length();
		editor.selectAndReveal(usa, 0);
		page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("sinew.ui.openDeclaration", null);
		UiTestSupport.processEvents();
		SinewEditor target = (SinewEditor) page().getActiveEditor();
		assertEquals("nations.sinew", target.file().getName());
		TextSelection selection = (TextSelection) target.getSelectionProvider().getSelection();
		assertEquals("USA", selection.getText());
		int line = target.document().getLineOfOffset(selection.getOffset());
		String declaration = target.document().get(target.document().getLineOffset(line), target.document().getLineLength(line));
		assertTrue(declaration.startsWith("nation USA"), declaration);
	}

	@Test
	void hoverShowsDocumentationAndComputedFacts() throws Exception {
		SinewEditor editor = open(flagshipFile("industry.sinew"));
		IDocument document = editor.document();
		String munition = new SinewTextHover(editor).hoverText(offsetOf(document, "munition PAC3_MSE") + "munition P".length());
		assertTrue(munition.startsWith("munition indopacific.industry.PAC3_MSE"), munition);
		assertTrue(munition.contains("PAC-3 Missile Segment Enhancement: hit-to-kill interceptor"), munition);
		String line = new SinewTextHover(editor).hoverText(offsetOf(document, "line MHI_Komaki_PAC3") + "line M".length());
		assertTrue(line.contains("rate 0.08/day (30/year)"), line);
	}

	@Test
	void findReferencesListsUsesAcrossFiles() throws Exception {
		SinewEditor editor = open(flagshipFile("nations.sinew"));
		int usa = offsetOf(editor.document(), "nation USA") + "nation U".length();
		editor.selectAndReveal(usa, 0);
		ReferencesView view = EditorCommandHandler.showReferences(editor, page());
		List<String> rows = view.rows();
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("/flagship/indo-pacific/industry.sinew:")), "rows " + rows);
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("/flagship/indo-pacific/nations.sinew:")), "rows " + rows);
		assertTrue(rows.size() > 5, "USA is used widely: " + rows);
	}

	@Test
	void outlineAndFoldingFollowTheDeclarations() throws Exception {
		SinewEditor editor = open(flagshipFile("industry.sinew"));
		waitUntil("the outline's symbols", () -> !editor.symbols().isEmpty());
		List<String> names = editor.symbols().stream().flatMap(s -> s.getChildren() == null ? java.util.stream.Stream.of(s)
				: java.util.stream.Stream.concat(java.util.stream.Stream.of(s), s.getChildren().stream()))
				.map(s -> s.getName()).toList();
		assertTrue(names.stream().anyMatch(n -> n.endsWith("PAC3_MSE")), "symbols " + names);
		assertTrue(names.stream().anyMatch(n -> n.endsWith("MHI_Komaki_PAC3")), "symbols " + names);
		waitUntil("folding regions", () -> !editor.foldingRegions().isEmpty());
		int brace = offsetOf(editor.document(), "munition PAC3_MSE");
		assertTrue(editor.foldingRegions().stream().anyMatch(p -> p.includes(brace)), "a fold covers PAC3_MSE");
	}

	@Test
	void toggleCommentAndFormat() throws Exception {
		SinewEditor editor = open(flagshipFile("industry.sinew"));
		IDocument document = editor.document();
		int line = document.getLineOfOffset(offsetOf(document, "\torigin USA"));
		int start = document.getLineOffset(line);
		String original = document.get(start, document.getLineLength(line));
		editor.selectAndReveal(start + 2, 0);
		editor.toggleComment();
		assertEquals("//" + original, document.get(start, document.getLineLength(line)));
		editor.toggleComment();
		assertEquals(original, document.get(start, document.getLineLength(line)));

		// formatting puts the layout back after it was spoiled
		editor.format();
		String formatted = document.get();
		int cost = offsetOf(document, "\tcost 4 M USD");
		document.replace(cost, 1, "        ");
		assertFalse(formatted.equals(document.get()));
		editor.format();
		assertEquals(formatted, document.get());
	}

	@Test
	void savingWritesTheFileAndUpdatesMarkers() throws Exception {
		IFile file = flagshipFile("threats.sinew");
		java.nio.file.Path path = file.getLocation().toFile().toPath();
		String original = Files.readString(path, StandardCharsets.UTF_8);
		SinewEditor editor = open(file);
		try {
			IDocument document = editor.document();
			document.replace(document.getLength(), 0, "\nnation Saved_Nation \"saved\"\n");
			editor.doSave(null);
			UiTestSupport.processEvents();
			assertTrue(Files.readString(path, StandardCharsets.UTF_8).contains("Saved_Nation"));
		} finally {
			editor.close(false);
			file.setContents(new java.io.ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), true, false, null);
		}
	}

	static StyledText widget(SinewEditor editor) {
		return editor.viewer().getTextWidget();
	}
}
