package sinew.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every viewpoint's SVG shares: the document head, the title bar, the legend, the badges of findings and the
 * note of what was left out. Every shape carries its own look ({@link Presentation}); there is no style sheet.
 */
public final class Frame {

	/** Height of the title bar. */
	public static final double HEADER = 46;
	static final double MARGIN = 12;

	/**
	 * One legend entry: a swatch with the classes of what it stands for ("node line capped", "edge input
	 * single-source"), drawn with the look {@link Presentation} gives those classes, the same as on the diagram.
	 */
	public record LegendEntry(String swatch, String cssClass, String text) {
		public static LegendEntry box(String cssClass, String text) {
			return new LegendEntry("box", cssClass, text);
		}

		public static LegendEntry line(String cssClass, String text) {
			return new LegendEntry("line", cssClass, text);
		}

		public static LegendEntry dot(String cssClass, String text) {
			return new LegendEntry("dot", cssClass, text);
		}
	}


	private Frame() {
	}

	/** Opens the document: the root element with its size, the style sheet, the title bar. */
	public static void open(Svg svg, Viewpoint viewpoint, double width, double height, String subtitle) {
		svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
		svg.attr("width", Math.ceil(width)).attr("height", Math.ceil(height));
		svg.attr("viewBox", "0 0 " + Svg.num(Math.ceil(width)) + " " + Svg.num(Math.ceil(height)));
		svg.attr("data-viewpoint", viewpoint.id()).raw(Presentation.ROOT.attributes()).raw(">\n");
		svg.raw("<title>").text(viewpoint.title()).raw("</title>\n");
		svg.raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\""
				+ " markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#52606d\"/></marker></defs>\n");
		svg.raw("<rect x=\"0\" y=\"0\"").attr("width", Math.ceil(width)).attr("height", Math.ceil(height))
				.raw(" fill=\"#ffffff\"/>\n");
		svg.textAt(MARGIN, 22, "title", viewpoint.title());
		svg.textAt(MARGIN, 38, "subtitle", subtitle);
	}

	/** Findings by element id, in their given order. */
	public static Map<String, List<DiagramFinding>> byElement(List<DiagramFinding> findings) {
		Map<String, List<DiagramFinding>> map = new TreeMap<>();
		for (DiagramFinding f : findings) {
			map.computeIfAbsent(f.elementId(), k -> new ArrayList<>()).add(f);
		}
		return map;
	}

	/** A badge for the findings of one element, centred at a point; its tooltip lists them. */
	public static void badge(Svg svg, String elementId, List<DiagramFinding> findings, double cx, double cy) {
		badge(svg, Presentation.ROOT, elementId, findings, cx, cy, "");
	}

	/**
	 * A badge inside a group that passes a look down, drawn inside a shape whose classes also shape its look
	 * ({@code within} "mapsite": outlined in white, as the site markers are; or "").
	 */
	public static void badge(Svg svg, Presentation.Context context, String elementId, List<DiagramFinding> findings,
			double cx, double cy, String within) {
		long errors = findings.stream().filter(DiagramFinding::error).count();
		String level = errors > 0 ? "error" : findings.stream().anyMatch(f -> "warning".equals(f.severity())) ? "warning"
				: "info";
		svg.raw("<g").attr("class", "badge " + level).attr("data-element", elementId).raw(">");
		List<String> lines = new ArrayList<>();
		for (DiagramFinding f : findings) {
			lines.add(f.severity() + ": " + f.code() + ": " + f.message());
		}
		svg.title(lines);
		svg.raw("<circle").attr("cx", cx).attr("cy", cy).attr("r", 8).raw(context.of("circle", "badge " + level + (within.isEmpty() ? "" : " " + within)))
				.raw("/>");
		String mark = findings.size() > 1 ? Integer.toString(findings.size()) : "!";
		svg.raw("<text").attr("x", cx).attr("y", cy + 3.5).attr("text-anchor", "middle")
				.raw(context.of("text", "badge " + level)).raw(">").text(mark)
				.raw("</text></g>\n");
	}

	/** Height the legend and notes take for a given number of entries and notes. */
	public static double footHeight(List<LegendEntry> legend, List<String> notes) {
		return 30 + 18 * legend.size() + (notes.isEmpty() ? 0 : 10 + 15 * notes.size()) + MARGIN;
	}

	/** Draws the legend and then the notes, from a top y. */
	public static void foot(Svg svg, double top, List<LegendEntry> legend, List<String> notes) {
		double y = top;
		svg.raw("<g id=\"legend\">\n");
		svg.textAt(MARGIN, y + 14, "glabel", "Legend");
		y += 22;
		for (LegendEntry e : legend) {
			svg.raw("<g").attr("class", e.cssClass()).raw(">");
			switch (e.swatch()) {
				case "box" -> svg.raw("<rect").attr("x", MARGIN).attr("y", y).attr("width", 28).attr("height", 13)
						.attr("rx", 3).raw(Presentation.of("rect", e.cssClass())).raw("/>");
				case "line" -> svg.raw("<path").attr("d", "M" + Svg.num(MARGIN) + " " + Svg.num(y + 7) + " L"
						+ Svg.num(MARGIN + 28) + " " + Svg.num(y + 7)).raw(Presentation.of("path", e.cssClass())).raw("/>");
				default -> svg.raw("<circle").attr("cx", MARGIN + 14).attr("cy", y + 7).attr("r", 5)
						.raw(Presentation.of("circle", e.cssClass())).raw("/>");
			}
			svg.raw("</g>");
			svg.textAt(MARGIN + 36, y + 11, "lgtext", e.text());
			y += 18;
		}
		svg.raw("</g>\n");
		if (!notes.isEmpty()) {
			svg.raw("<g id=\"notes\">\n");
			y += 10;
			for (String note : notes) {
				svg.textAt(MARGIN, y + 11, "note", note);
				y += 15;
			}
			svg.raw("</g>\n");
		}
	}

	/** Width the foot needs. */
	public static double footWidth(List<LegendEntry> legend, List<String> notes) {
		double w = 200;
		for (LegendEntry e : legend) {
			w = Math.max(w, MARGIN + 40 + e.text().length() * 6.5);
		}
		for (String n : notes) {
			w = Math.max(w, MARGIN * 2 + n.length() * 6.2);
		}
		return w;
	}

	/** The notes for findings that could not be placed on a drawn shape. */
	public static List<String> findingNotes(List<DiagramFinding> findings, java.util.Set<String> drawn) {
		List<String> notes = new ArrayList<>();
		List<DiagramFinding> nowhere = findings.stream().filter(f -> f.elementId().isEmpty() && f.error()).toList();
		for (DiagramFinding f : nowhere.stream().limit(5).toList()) {
			notes.add("Error outside any declaration, what it breaks is not drawn: " + f.code() + ": " + f.message());
		}
		if (nowhere.size() > 5) {
			notes.add("… and " + (nowhere.size() - 5) + " more errors outside any declaration");
		}
		long errors = findings.stream()
				.filter(f -> !f.elementId().isEmpty() && f.error() && !drawn.contains(f.elementId())).count();
		long warnings = findings.stream()
				.filter(f -> !f.elementId().isEmpty() && !f.error() && !drawn.contains(f.elementId())).count();
		if (errors > 0) {
			notes.add(errors + " error" + (errors == 1 ? "" : "s") + " concern elements this view does not draw");
		}
		if (warnings > 0 && !notes.isEmpty()) {
			notes.add(warnings + " other finding" + (warnings == 1 ? "" : "s") + " concern elements not in this view");
		}
		return notes;
	}
}
