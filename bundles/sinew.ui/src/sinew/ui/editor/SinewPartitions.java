package sinew.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/** The partitions of Sinew text: doc comments, other comments, strings, and the rest (code). */
public final class SinewPartitions {

	public static final String PARTITIONING = "__sinew_partitioning";
	public static final String DOC = "__sinew_doc";
	public static final String COMMENT = "__sinew_comment";
	public static final String STRING = "__sinew_string";
	public static final String[] TYPES = { DOC, COMMENT, STRING };

	private SinewPartitions() {
	}

	static final class Scanner extends RuleBasedPartitionScanner {
		Scanner() {
			setPredicateRules(new IPredicateRule[] {
					new EndOfLineRule("//", new Token(COMMENT)),
					new MultiLineRule("/**", "*/", new Token(DOC), (char) 0, true),
					new MultiLineRule("/*", "*/", new Token(COMMENT), (char) 0, true),
					new MultiLineRule("\"", "\"", new Token(STRING), '\\', true) });
		}
	}

	/** Connects a partitioner to a document (once). */
	public static void install(IDocument document) {
		if (document instanceof org.eclipse.jface.text.IDocumentExtension3 ext
				&& ext.getDocumentPartitioner(PARTITIONING) == null) {
			IDocumentPartitioner partitioner = new FastPartitioner(new Scanner(), TYPES);
			partitioner.connect(document);
			ext.setDocumentPartitioner(PARTITIONING, partitioner);
		}
	}
}
