package sinew.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every viewpoint's SVG shares: the document head with its style sheet, the title bar, the legend, the badges
 * of findings and the note of what was left out.
 */
public final class Frame {

	/** Height of the title bar. */
	public static final double HEADER = 46;
	static final double MARGIN = 12;

	/** One legend entry: a swatch drawn with CSS classes ("node line capped", "edge input single-source"). */
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

	static final String STYLE = """
			text{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;fill:#1f2933}
			.title{font-size:17px;font-weight:bold}.subtitle{font-size:11px;fill:#52606d}
			.label{font-size:12px;font-weight:bold}.detail{font-size:10.5px;fill:#3e4c59}
			.glabel{font-size:12.5px;font-weight:bold;fill:#323f4b}.elabel{font-size:10px;fill:#323f4b}
			.lgtext{font-size:11px}.note{font-size:11px;fill:#8a1c1c}
			.node>rect{fill:#ffffff;stroke:#7b8794;stroke-width:1}
			.group>rect{fill:#f5f7fa;stroke:#9aa5b1;stroke-width:1}
			.nation>rect,.theatre>rect{fill:#f0f4f8;stroke:#829ab1;stroke-width:1.2}
			.firm.group>rect{fill:#ffffff;stroke:#bcccdc;stroke-dasharray:4 2}
			.firm>rect{fill:#ffffff;stroke:#9fb3c8}
			.site>rect{fill:#fbfcfd;stroke:#9fb3c8}
			.line>rect{fill:#dceefb;stroke:#2680c2}
			.line.capped>rect{fill:#ffe8d9;stroke:#d9822b;stroke-width:2.5}
			.planned>rect{stroke-dasharray:5 3}
			.item>rect{fill:#e3f9e5;stroke:#3f9142}
			.item.component>rect{fill:#f0fcf0}.item.platform>rect{fill:#e6f6ff;stroke:#486581}
			.stockpile>rect{fill:#fff3c4;stroke:#cb6e17}.mro>rect{fill:#eae2f8;stroke:#724bb7}
			.unit>rect{fill:#dceefb;stroke:#186faf}
			.requirement>rect{fill:#ffffff;stroke:#52606d;stroke-width:1.5}
			.requirement.pass>rect{fill:#e3f9e5;stroke:#3f9142;stroke-width:2}
			.requirement.fail>rect{fill:#ffe3e3;stroke:#c23030;stroke-width:2}
			.requirement.unknown>rect{fill:#fff3c4;stroke:#cb6e17;stroke-width:2}
			.scenario>rect{fill:#f0f4f8;stroke:#627d98}.theatre.node>rect{fill:#f0f4f8}
			.edge path{fill:none;stroke:#616e7c;stroke-width:1.2}
			.edge.makes path{stroke:#3f9142}
			.edge.input.single-source path{stroke:#c23030;stroke-width:2.6;stroke-dasharray:7 3}
			.edge.route path{stroke:#243b53;stroke-width:1.8}
			.edge.supplies path{stroke:#cb6e17}.edge.maintains path{stroke:#724bb7;stroke-dasharray:4 2}
			.edge.constrains path{stroke:#52606d}
			.elabelbox{fill:#ffffff;fill-opacity:0.9;stroke:none}
			.badge.error circle{fill:#c23030}.badge.warning circle{fill:#e8a317}.badge.info circle{fill:#2680c2}
			.badge text{font-size:10px;font-weight:bold;fill:#ffffff}
			.sea{fill:#eef4fa}.land{fill:#e4e7eb;stroke:#9aa5b1;stroke-width:0.6}
			.graticule{fill:none;stroke:#d9e2ec;stroke-width:0.6}.gridlabel{font-size:9px;fill:#829ab1}
			.ring{fill:#c23030;fill-opacity:0.06;stroke:#c23030;stroke-width:1.2;stroke-dasharray:6 3}
			.ringlabel{font-size:10px;fill:#8a1c1c}
			.arc{fill:none;stroke:#243b53;stroke-width:1.4;stroke-opacity:0.75}
			.arc.air{stroke:#2680c2;stroke-dasharray:5 3}.arc.land,.arc.rail{stroke:#7c5e10}
			.mapsite circle,.mapsite rect,.mapsite path{stroke:#ffffff;stroke-width:1}
			.maplabel{font-size:9.5px;fill:#1f2933;paint-order:stroke;stroke:#ffffff;stroke-width:2.5px;stroke-linejoin:round}
			.k-air-base{fill:#2680c2}.k-naval-base,.k-port{fill:#243b53}.k-army-base{fill:#3f9142}
			.k-depot{fill:#cb6e17}.k-factory,.k-shipyard{fill:#724bb7}.k-mro-centre{fill:#9446ed}
			.k-launch-area{fill:#c23030}.k-other{fill:#7b8794}
			.legend>rect{fill:#ffffff;stroke:#cbd2d9}
			.mapsite>rect,.mapsite>circle,.mapsite>path{fill:inherit;stroke:#ffffff;stroke-width:1}
			""";

	private Frame() {
	}

	/** Opens the document: the root element with its size, the style sheet, the title bar. */
	public static void open(Svg svg, Viewpoint viewpoint, double width, double height, String subtitle) {
		svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
		svg.attr("width", Math.ceil(width)).attr("height", Math.ceil(height));
		svg.attr("viewBox", "0 0 " + Svg.num(Math.ceil(width)) + " " + Svg.num(Math.ceil(height)));
		svg.attr("data-viewpoint", viewpoint.id()).raw(">\n");
		svg.raw("<title>").text(viewpoint.title()).raw("</title>\n");
		svg.raw("<style>\n").raw(STYLE).raw("</style>\n");
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
		long errors = findings.stream().filter(DiagramFinding::error).count();
		String level = errors > 0 ? "error" : findings.stream().anyMatch(f -> "warning".equals(f.severity())) ? "warning"
				: "info";
		svg.raw("<g").attr("class", "badge " + level).attr("data-element", elementId).raw(">");
		List<String> lines = new ArrayList<>();
		for (DiagramFinding f : findings) {
			lines.add(f.severity() + ": " + f.code() + ": " + f.message());
		}
		svg.title(lines);
		svg.raw("<circle").attr("cx", cx).attr("cy", cy).attr("r", 8).raw("/>");
		String mark = findings.size() > 1 ? Integer.toString(findings.size()) : "!";
		svg.raw("<text").attr("x", cx).attr("y", cy + 3.5).attr("text-anchor", "middle").raw(">").text(mark)
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
						.attr("rx", 3).raw("/>");
				case "line" -> svg.raw("<path").attr("d", "M" + Svg.num(MARGIN) + " " + Svg.num(y + 7) + " L"
						+ Svg.num(MARGIN + 28) + " " + Svg.num(y + 7)).raw("/>");
				default -> svg.raw("<circle").attr("cx", MARGIN + 14).attr("cy", y + 7).attr("r", 5).raw("/>");
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
