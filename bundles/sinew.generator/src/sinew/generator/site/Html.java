package sinew.generator.site;

/**
 * Escaping for the review site: every string that comes from a model, a file name or a results document goes into
 * a page through one of these methods, so markup in a model ({@code <script>}, {@code &}, quotes) is shown as text.
 */
public final class Html {

	private Html() {
	}

	/** Text content or an attribute value (double or single quoted): &amp; &lt; &gt; &quot; &#39; escaped. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = switch (c) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (replacement == null && c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
				replacement = "&#xFFFD;"; // control characters are not allowed in HTML or XML text
			}
			if (replacement != null) {
				if (b == null) {
					b = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				b.append(replacement);
			} else if (b != null) {
				b.append(c);
			}
		}
		return b == null ? text : b.toString();
	}

	/**
	 * A relative URL path made of site file names: each segment percent-encoded except unreserved characters, so a
	 * file name with spaces, quotes or markup stays one working link.
	 */
	public static String url(String relativePath) {
		StringBuilder b = new StringBuilder();
		byte[] bytes = relativePath.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (byte raw : bytes) {
			int c = raw & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~' || c == '/' || c == '#') {
				b.append((char) c);
			} else {
				b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return b.toString();
	}

	/** A link: {@code <a href="url">text</a>}, both escaped. */
	public static String link(String href, String text) {
		return "<a href=\"" + escape(url(href)) + "\">" + escape(text) + "</a>";
	}
}
