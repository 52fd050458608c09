package sinew.model.units;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as planners write them: a month (2027-01, meaning its first day) or a day (2027-01-15).
 */
public final class Dates {

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

	private Dates() {
	}

	/**
	 * The date a text names, or a reason why it names none.
	 *
	 * @throws IllegalArgumentException with a message naming the text, when it is not a date
	 */
	public static LocalDate parse(String text) {
		Matcher m = DATE.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a date: write 2027-01 or 2027-01-15");
		}
		int year = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("'" + text + "' is not a date: month " + m.group(2) + " is not 01 to 12");
		}
		int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
		try {
			return LocalDate.of(year, month, day);
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("'" + text + "' is not a date: " + year + "-" + m.group(2) + " has no day " + m.group(3));
		}
	}

	/** The date a text names, or empty when the text is absent or not a date. */
	public static Optional<LocalDate> tryParse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(parse(text));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
