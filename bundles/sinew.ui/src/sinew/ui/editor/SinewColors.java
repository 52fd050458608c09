package sinew.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The colours of Sinew text: one place, so that the lexical and the semantic highlighting agree. */
public final class SinewColors {

	private SinewColors() {
	}

	public static final Color KEYWORD = new Color(127, 0, 85);
	public static final Color COMMENT = new Color(63, 127, 95);
	public static final Color DOC = new Color(63, 95, 191);
	public static final Color STRING = new Color(42, 0, 255);
	public static final Color NUMBER = new Color(0, 112, 112);
	/** The name of a declaration (semantic). */
	public static final Color DECLARATION = new Color(0, 0, 160);
	/** A name referring to an element declared elsewhere (semantic). */
	public static final Color REFERENCE = new Color(0, 80, 150);
	/** A package name or an import (semantic). */
	public static final Color NAMESPACE = new Color(96, 96, 96);

	public static final TextAttribute KEYWORD_STYLE = new TextAttribute(KEYWORD, null, SWT.BOLD);
	public static final TextAttribute COMMENT_STYLE = new TextAttribute(COMMENT);
	public static final TextAttribute DOC_STYLE = new TextAttribute(DOC);
	public static final TextAttribute STRING_STYLE = new TextAttribute(STRING);
	public static final TextAttribute NUMBER_STYLE = new TextAttribute(NUMBER);
	/** Names before the server has coloured them: plain text. */
	public static final TextAttribute PLAIN_STYLE = new TextAttribute(null, null, SWT.NORMAL);
}
