package sinew.diagram;

import java.util.List;

/**
 * Writes SVG text: every string from a model goes through {@link #escape}, numbers are written with at most one
 * decimal in the root locale, so the same drawing gives the same bytes on every machine.
 */
public final class Svg {

	private final StringBuilder out = new StringBuilder(1 << 16);

	/** Escapes text for XML content and attribute values (also removes characters XML 1.0 does not allow). */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						b.append(c);
					} else if (c == '\r') {
						b.append("&#13;");
					}
				}
			}
		}
		return b.toString();
	}

	/** A coordinate: at most one decimal, no trailing ".0", no "-0". */
	public static String num(double value) {
		long tenths = Math.round(value * 10);
		long whole = Math.abs(tenths) / 10, tenth = Math.abs(tenths) % 10;
		String sign = tenths < 0 ? "-" : "";
		return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
	}

	/** Raw markup (already escaped or constant). */
	public Svg raw(String markup) {
		out.append(markup);
		return this;
	}

	/** Escaped text. */
	public Svg text(String text) {
		out.append(escape(text));
		return this;
	}

	/** An attribute {@code name="value"}, escaped, with a leading space. */
	public Svg attr(String name, String value) {
		out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
		return this;
	}

	public Svg attr(String name, double value) {
		out.append(' ').append(name).append("=\"").append(num(value)).append('"');
		return this;
	}

	/** A {@code <title>} element (the tooltip) holding the lines. */
	public Svg title(List<String> lines) {
		out.append("<title>").append(escape(String.join("\n", lines))).append("</title>");
		return this;
	}

	/** A text element at a place, with a class and the look {@link Presentation} gives that class. */
	public Svg textAt(double x, double y, String cssClass, String text) {
		return textAt(Presentation.ROOT, x, y, cssClass, text);
	}

	/** A text element inside a group that passes a look down ({@link Presentation.Context}). */
	public Svg textAt(Presentation.Context context, double x, double y, String cssClass, String text) {
		out.append("<text");
		attr("x", x).attr("y", y).attr("class", cssClass);
		out.append(context.of("text", cssClass)).append('>').append(escape(text)).append("</text>\n");
		return this;
	}

	/** Points as a path: M x y L x y ... */
	public static String path(List<double[]> points) {
		StringBuilder d = new StringBuilder();
		for (double[] p : points) {
			d.append(d.length() == 0 ? "M" : " L").append(num(p[0])).append(' ').append(num(p[1]));
		}
		return d.toString();
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
