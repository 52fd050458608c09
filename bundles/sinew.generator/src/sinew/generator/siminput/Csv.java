package sinew.generator.siminput;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table as RFC 4180 describes it: a header row, records ending in CRLF, fields quoted when they hold a
 * comma, a quote, a CR or an LF, quotes inside doubled. An absent value is an empty field.
 */
final class Csv {

	private final List<String> header;
	private final List<List<String>> rows = new ArrayList<>();

	Csv(String... header) {
		this.header = List.of(header);
	}

	/** Adds a record; values are written with {@link String#valueOf(Object)}, null as an empty field. */
	Csv row(Object... values) {
		if (values.length != header.size()) {
			throw new IllegalArgumentException("a record of " + values.length + " fields in a table of " + header.size());
		}
		List<String> row = new ArrayList<>();
		for (Object value : values) {
			row.add(value == null ? "" : value.toString());
		}
		rows.add(row);
		return this;
	}

	int size() {
		return rows.size();
	}

	String text() {
		StringBuilder text = new StringBuilder();
		append(text, header);
		for (List<String> row : rows) {
			append(text, row);
		}
		return text.toString();
	}

	private static void append(StringBuilder text, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(quote(fields.get(i)));
		}
		text.append("\r\n");
	}

	/** A field as RFC 4180 writes it. */
	static String quote(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
