package sinew.diagram.graph;

import sinew.diagram.graph.Graph.Node;

/**
 * Text sizes without a font renderer: widths estimated per character class for a sans-serif face, a little
 * generously, so the same text always gets the same box on every machine (no AWT, no fonts needed).
 */
public final class TextMetrics {

	/** Font sizes in px. */
	public static final double LABEL = 12, DETAIL = 10.5, EDGE_LABEL = 10, GROUP_LABEL = 12.5;
	/** Line heights in px. */
	public static final double LABEL_LINE = 15, DETAIL_LINE = 13;
	/** Padding inside a node. */
	public static final double PAD_X = 8, PAD_Y = 6;
	/** Longest detail line drawn in full; longer ones are cut with an ellipsis (the whole text is in the tooltip). */
	public static final int MAX_DETAIL = 44;

	private TextMetrics() {
	}

	/** Estimated width in px of a text at a font size. */
	public static double width(String text, double size) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("il.,:;|!'`ItfjJr()[] ".indexOf(c) >= 0) {
				em += 0.32;
			} else if ("mwMW@%".indexOf(c) >= 0) {
				em += 0.9;
			} else if (Character.isUpperCase(c)) {
				em += 0.7;
			} else if (Character.isDigit(c)) {
				em += 0.58;
			} else {
				em += 0.58;
			}
		}
		return Math.ceil(em * size);
	}

	/** A detail line as drawn: cut to {@link #MAX_DETAIL} characters. */
	public static String cut(String text) {
		return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
	}

	/** Width and height of a leaf node's box from its label and detail lines. */
	public static double[] nodeSize(Node node) {
		double w = width(node.label, LABEL) * 1.06; // bold
		for (String detail : node.details) {
			w = Math.max(w, width(cut(detail), DETAIL));
		}
		double h = 2 * PAD_Y + LABEL_LINE + node.details.size() * DETAIL_LINE;
		return new double[] { Math.max(80, Math.ceil(w + 2 * PAD_X + 12)), Math.ceil(h) };
	}
}
