package sinew.checks;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. */
public enum Severity {
	ERROR, WARNING, INFO;

	/** The word used in reports and configuration: error, warning, info. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The severity a word names, if any. */
	public static Optional<Severity> ofWord(String word) {
		for (Severity s : values()) {
			if (s.word().equals(word)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
