package sinew.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;

import sinew.dsl.ide.server.SinewLanguageServer;

/** Lexical colours of code: the grammar's keywords and numbers (names written as keywords are fixed semantically). */
final class SinewCodeScanner extends RuleBasedScanner {

	private static Set<String> keywords;

	static synchronized Set<String> keywords() {
		if (keywords == null) {
			keywords = SinewLanguageServer.keywords();
		}
		return keywords;
	}

	SinewCodeScanner() {
		IToken keyword = new Token(SinewColors.KEYWORD_STYLE);
		IToken number = new Token(SinewColors.NUMBER_STYLE);
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_' || c == '^';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, new Token(SinewColors.PLAIN_STYLE)); // other words (names) are consumed whole: no digit in PAC3_MSE is a number
		for (String word : keywords()) {
			words.addWord(word, keyword);
		}
		setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), words, new NumberRule(number) });
	}
}
