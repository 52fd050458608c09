package sinew.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** How a Sinew editor's viewer behaves: colours, content assist, hovers, hyperlinks, comment prefix. */
public class SinewSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final SinewEditor editor;

	public SinewSourceViewerConfiguration(SinewEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return SinewPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return new String[] { IDocument.DEFAULT_CONTENT_TYPE, SinewPartitions.DOC, SinewPartitions.COMMENT,
				SinewPartitions.STRING };
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(SinewPartitions.PARTITIONING);
		add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new SinewCodeScanner());
		add(reconciler, SinewPartitions.DOC, single(SinewColors.DOC_STYLE));
		add(reconciler, SinewPartitions.COMMENT, single(SinewColors.COMMENT_STYLE));
		add(reconciler, SinewPartitions.STRING, single(SinewColors.STRING_STYLE));
		return reconciler;
	}

	private static void add(PresentationReconciler reconciler, String type, ITokenScanner scanner) {
		DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
		reconciler.setDamager(dr, type);
		reconciler.setRepairer(dr, type);
	}

	private static ITokenScanner single(TextAttribute attribute) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(attribute));
		return scanner;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(SinewPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(new SinewCompletionProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new SinewTextHover(editor);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		return new IHyperlinkDetector[] { new SinewHyperlinkDetector(editor) };
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}
}
