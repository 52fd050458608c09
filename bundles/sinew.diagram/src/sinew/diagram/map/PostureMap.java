package sinew.diagram.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import sinew.checks.analysis.ExposureAnalysis;
import sinew.checks.analysis.Geo;
import sinew.checks.analysis.ModelIndex;
import sinew.diagram.DiagramFinding;
import sinew.diagram.Frame;
import sinew.diagram.Frame.LegendEntry;
import sinew.diagram.Presentation;
import sinew.diagram.Svg;
import sinew.diagram.Viewpoint;
import sinew.diagram.graph.Ids;
import sinew.model.ModelPackage;
import sinew.model.MroFacility;
import sinew.model.Route;
import sinew.model.Site;
import sinew.model.SiteKind;
import sinew.model.Stockpile;
import sinew.model.Theatre;
import sinew.model.ThreatEnvelope;
import sinew.model.Unit;
import sinew.model.units.Units;

/**
 * The posture map: the theatres on an {@link Projection equirectangular projection} centred on them (so the Pacific
 * is one piece across the antimeridian), Natural Earth land, a 10° graticule, sites by kind, strike envelopes as
 * geodesic range rings (points at the weapon's range on every bearing from the origin, {@link Geo#destination}), and
 * routes as great-circle arcs ({@link Geo#intermediate}). The frame holds the sites of every theatre and the origins
 * of the threats (all sites when there is no theatre); what lies outside is cut at the frame and said in a note.
 * Findings on a stockpile, unit or MRO facility are drawn on the badge of its site.
 */
public final class PostureMap {

	/** Width of the map in px. */
	public static final double MAP_WIDTH = 1200;
	static final double MARGIN_DEGREES = 6;

	private PostureMap() {
	}

	/** The projection of the map of these models. */
	public static Projection projection(ModelIndex index) {
		List<double[]> points = new ArrayList<>();
		Set<Site> framed = new LinkedHashSet<>();
		for (Theatre theatre : index.theatres()) {
			for (Site site : theatre.getSites()) {
				if (ModelIndex.resolved(site)) {
					framed.add(site);
				}
			}
		}
		for (ThreatEnvelope threat : index.threats()) {
			if (ModelIndex.resolved(threat.getOrigin())) {
				framed.add(threat.getOrigin());
			}
		}
		if (framed.isEmpty()) {
			framed.addAll(index.sites());
		}
		for (Site site : framed) {
			if (ExposureAnalysis.hasPosition(site)) {
				points.add(new double[] { site.getLatitude(), site.getLongitude() });
			}
		}
		return Projection.fitting(points, MARGIN_DEGREES, MAP_WIDTH);
	}

	public static String render(List<ModelPackage> packages, List<DiagramFinding> findings) {
		ModelIndex index = new ModelIndex(packages);
		Projection map = projection(index);
		List<String> notes = new ArrayList<>();
		Map<String, List<DiagramFinding>> byElement = Frame.byElement(findings);
		Map<String, String> siteOf = new HashMap<>();
		for (Stockpile s : index.stockpiles()) {
			if (ModelIndex.resolved(s.getSite())) {
				siteOf.put(Ids.of(s), Ids.of(s.getSite()));
			}
		}
		for (Unit u : index.units()) {
			if (ModelIndex.resolved(u.getBase())) {
				siteOf.put(Ids.of(u), Ids.of(u.getBase()));
			}
		}
		for (MroFacility m : index.mroFacilities()) {
			if (ModelIndex.resolved(m.getSite())) {
				siteOf.put(Ids.of(m), Ids.of(m.getSite()));
			}
		}
		Map<String, List<DiagramFinding>> bySite = new HashMap<>();
		for (Map.Entry<String, List<DiagramFinding>> e : byElement.entrySet()) {
			String site = siteOf.getOrDefault(e.getKey(), e.getKey());
			bySite.computeIfAbsent(site, k -> new ArrayList<>()).addAll(e.getValue());
		}
		Set<String> drawn = new HashSet<>();

		double top = Frame.HEADER;
		Svg body = new Svg();
		body.raw("<g id=\"map\"").attr("transform", "translate(0 " + Svg.num(top) + ")").raw(">\n");
		body.raw("<defs><clipPath id=\"frame\"><rect x=\"0\" y=\"0\"").attr("width", map.width())
				.attr("height", map.height()).raw("/></clipPath></defs>\n");
		body.raw("<rect class=\"sea\" x=\"0\" y=\"0\"").attr("width", map.width()).attr("height", map.height())
				.raw(Presentation.of("rect", "sea")).raw("/>\n");
		body.raw("<g clip-path=\"url(#frame)\">\n");
		land(body, map);
		graticule(body, map);
		rings(body, map, index, byElement, drawn, notes);
		routes(body, map, index, byElement, drawn, notes);
		body.raw("</g>\n");
		sites(body, map, index, bySite, siteOf, drawn, notes);
		body.raw("<rect x=\"0\" y=\"0\" fill=\"none\" stroke=\"#829ab1\"").attr("width", map.width())
				.attr("height", map.height()).raw("/>\n");
		body.raw("</g>\n");

		Set<String> drawnWithSites = new HashSet<>(drawn);
		for (Map.Entry<String, String> e : siteOf.entrySet()) {
			if (drawn.contains(e.getValue())) {
				drawnWithSites.add(e.getKey());
			}
		}
		notes.addAll(Frame.findingNotes(findings, drawnWithSites));
		List<LegendEntry> legend = legend();
		double width = Math.max(map.width(), Frame.footWidth(legend, notes));
		double height = top + map.height() + Frame.footHeight(legend, notes);
		long errors = findings.stream().filter(f -> drawnWithSites.contains(f.elementId()) && f.error()).count();
		long others = findings.stream().filter(f -> drawnWithSites.contains(f.elementId()) && !f.error()).count();
		String subtitle = String.format(Locale.ROOT,
				"Equirectangular, centred on %s; frame %s to %s, %s to %s; findings drawn: %d errors, %d warnings",
				lonText(map.centreLon()), lonText(map.west()), lonText(map.east()), latText(map.south()),
				latText(map.north()), errors, others);
		Svg svg = new Svg();
		Frame.open(svg, Viewpoint.POSTURE, width, height, subtitle);
		svg.raw(body.toString());
		Frame.foot(svg, top + map.height(), legend, notes);
		svg.raw("</svg>\n");
		return svg.toString();
	}

	private static void land(Svg svg, Projection map) {
		StringBuilder d = new StringBuilder();
		for (Coastlines.Ring ring : Coastlines.land()) {
			if (ring.maxLat() < map.south() || ring.minLat() > map.north()) {
				continue;
			}
			// unwrap the ring continuously from its first point, then shift it by whole turns next to the centre
			int n = ring.lon().length;
			double[] u = new double[n];
			u[0] = map.unwrap(ring.lon()[0]);
			double min = u[0], max = u[0];
			for (int k = 1; k < n; k++) {
				u[k] = u[k - 1] + Projection.normal(ring.lon()[k] - ring.lon()[k - 1]);
				min = Math.min(min, u[k]);
				max = Math.max(max, u[k]);
			}
			double shift = 360 * Math.round((map.centreLon() - (min + max) / 2) / 360);
			if (max + shift < map.west() || min + shift > map.east()) {
				continue;
			}
			double lastX = Double.NaN, lastY = Double.NaN;
			int start = d.length();
			for (int k = 0; k < n; k++) {
				double x = map.xOfUnwrapped(u[k] + shift), y = map.yOf(ring.lat()[k]);
				if (k > 0 && Math.abs(x - lastX) < 0.8 && Math.abs(y - lastY) < 0.8 && k < n - 1) {
					continue;
				}
				d.append(d.length() == start ? "M" : "L").append(Svg.num(x)).append(' ').append(Svg.num(y));
				lastX = x;
				lastY = y;
			}
			d.append('Z');
		}
		svg.raw("<path class=\"land\" fill-rule=\"evenodd\"").attr("d", d.toString()).raw(Presentation.of("path", "land"))
				.raw("/>\n");
	}

	private static void graticule(Svg svg, Projection map) {
		svg.raw("<g class=\"grid\">");
		StringBuilder d = new StringBuilder();
		for (int lon = (int) Math.ceil(map.west() / 10) * 10; lon <= map.east(); lon += 10) {
			double x = map.xOfUnwrapped(lon);
			d.append('M').append(Svg.num(x)).append(" 0V").append(Svg.num(map.height()));
		}
		for (int lat = (int) Math.ceil(map.south() / 10) * 10; lat <= map.north(); lat += 10) {
			double y = map.yOf(lat);
			d.append('M').append("0 ").append(Svg.num(y)).append('H').append(Svg.num(map.width()));
		}
		svg.raw("<path class=\"graticule\"").attr("d", d.toString()).raw(Presentation.of("path", "graticule")).raw("/>");
		for (int lon = (int) Math.ceil(map.west() / 10) * 10; lon <= map.east(); lon += 10) {
			svg.textAt(map.xOfUnwrapped(lon) + 2, map.height() - 4, "gridlabel", lonText(lon));
		}
		for (int lat = (int) Math.ceil(map.south() / 10) * 10; lat <= map.north(); lat += 10) {
			svg.textAt(3, map.yOf(lat) - 3, "gridlabel", latText(lat));
		}
		svg.raw("</g>\n");
	}

	private static void rings(Svg svg, Projection map, ModelIndex index, Map<String, List<DiagramFinding>> findings,
			Set<String> drawn, List<String> notes) {
		svg.raw("<g id=\"envelopes\">\n");
		for (ThreatEnvelope threat : index.threats()) {
			Site origin = threat.getOrigin();
			var range = ExposureAnalysis.rangeKm(threat);
			if (!ModelIndex.resolved(origin) || !ExposureAnalysis.hasPosition(origin) || range.isEmpty()) {
				notes.add(threat.getName() + ": no origin with a position or no range; its envelope is not drawn");
				continue;
			}
			List<double[]> points = new ArrayList<>();
			double lastLon = map.unwrap(origin.getLongitude());
			for (int b = 0; b <= 360; b += 2) {
				double[] p = Geo.destination(origin.getLatitude(), origin.getLongitude(), b, range.get());
				lastLon = lastLon + Projection.normal(p[1] - Projection.normal(lastLon));
				points.add(new double[] { map.xOfUnwrapped(lastLon), map.yOf(p[0]) });
			}
			String id = Ids.of(threat);
			drawn.add(id);
			svg.raw("<g").attr("id", id).attr("data-element", id).attr("class", "node threat")
					.attr("data-origin", Ids.of(origin)).raw(">");
			svg.title(List.of("threat " + id, Ids.label(threat),
					(threat.getWeapon() == null ? "" : threat.getWeapon() + ": ") + Units.format(threat.getRange())
							+ " from " + Ids.label(origin)));
			svg.raw("<path class=\"ring\"").attr("d", Svg.path(points) + " Z").raw(Presentation.of("path", "ring")).raw("/>");
			double[] northmost = Geo.destination(origin.getLatitude(), origin.getLongitude(), 0, range.get());
			double x = map.xOfUnwrapped(map.unwrap(origin.getLongitude()));
			double y = Math.max(12, map.yOf(northmost[0]) + 12);
			String text = (threat.getWeapon() != null ? threat.getWeapon() : threat.getName()) + " "
					+ Units.format(threat.getRange());
			svg.raw("<text class=\"ringlabel\"").attr("x", x).attr("y", y).attr("text-anchor", "middle")
					.raw(Presentation.of("text", "ringlabel")).raw(">")
					.text(text).raw("</text>");
			List<DiagramFinding> f = findings.get(id);
			if (f != null) {
				Frame.badge(svg, id, f, x + text.length() * 3 + 10, y - 4);
			}
			svg.raw("</g>\n");
		}
		svg.raw("</g>\n");
	}

	private static void routes(Svg svg, Projection map, ModelIndex index, Map<String, List<DiagramFinding>> findings,
			Set<String> drawn, List<String> notes) {
		svg.raw("<g id=\"routes\">\n");
		for (Route route : index.routes()) {
			Site from = route.getFrom(), to = route.getTo();
			if (!ModelIndex.resolved(from) || !ModelIndex.resolved(to) || !ExposureAnalysis.hasPosition(from)
					|| !ExposureAnalysis.hasPosition(to)) {
				notes.add(route.getName() + ": an end is unresolved or has no position; the route is not drawn");
				continue;
			}
			double km = Geo.distanceKm(from, to);
			int steps = Math.max(8, Math.min(128, (int) Math.ceil(km / 150)));
			List<double[]> points = new ArrayList<>();
			double lastLon = map.unwrap(from.getLongitude());
			for (int k = 0; k <= steps; k++) {
				double[] p = Geo.intermediate(from.getLatitude(), from.getLongitude(), to.getLatitude(), to.getLongitude(),
						(double) k / steps);
				lastLon = lastLon + Projection.normal(p[1] - Projection.normal(lastLon));
				points.add(new double[] { map.xOfUnwrapped(lastLon), map.yOf(p[0]) });
			}
			String id = Ids.of(route);
			drawn.add(id);
			String mode = route.getMode() == null ? "route" : route.getMode().getLiteral();
			svg.raw("<g").attr("id", id).attr("data-element", id).attr("class", "edge route")
					.attr("data-source", Ids.of(from)).attr("data-target", Ids.of(to)).raw(">");
			svg.title(List.of("route " + id, Ids.label(from) + " → " + Ids.label(to) + ", " + mode
					+ (route.getTransit() != null ? ", " + Units.format(route.getTransit()) : "") + ", "
					+ Units.figure(Math.round(km)) + " km great-circle"));
			svg.raw("<path").attr("class", "arc " + mode).attr("d", Svg.path(points)).raw(Presentation.of("path", "arc " + mode))
					.raw("/>");
			List<DiagramFinding> f = findings.get(id);
			if (f != null) {
				double[] mid = points.get(points.size() / 2);
				Frame.badge(svg, id, f, mid[0], mid[1]);
			}
			svg.raw("</g>\n");
		}
		svg.raw("</g>\n");
	}

	private static void sites(Svg svg, Projection map, ModelIndex index, Map<String, List<DiagramFinding>> bySite,
			Map<String, String> siteOf, Set<String> drawn, List<String> notes) {
		svg.raw("<g id=\"sites\">\n");
		List<double[]> taken = new ArrayList<>(); // boxes of markers and labels placed: x0 y0 x1 y1
		List<String> outside = new ArrayList<>();
		List<Site> sites = new ArrayList<>(index.sites());
		for (Site site : sites) {
			if (ExposureAnalysis.hasPosition(site) && map.contains(site.getLatitude(), site.getLongitude())) {
				double[] p = map.project(site.getLatitude(), site.getLongitude());
				taken.add(new double[] { p[0] - 5, p[1] - 5, p[0] + 5, p[1] + 5 });
			}
		}
		for (Site site : sites) {
			String id = Ids.of(site);
			if (!ExposureAnalysis.hasPosition(site)) {
				notes.add(site.getName() + ": no position; not on the map");
				continue;
			}
			if (!map.contains(site.getLatitude(), site.getLongitude())) {
				outside.add(site.getName());
				continue;
			}
			drawn.add(id);
			double[] p = map.project(site.getLatitude(), site.getLongitude());
			String kind = site.getKind() == null ? "other" : site.getKind().getLiteral().replace('_', '-');
			svg.raw("<g").attr("id", id).attr("data-element", id).attr("class", "node site mapsite k-" + kind).raw(">");
			List<String> tip = new ArrayList<>();
			tip.add("site " + id);
			tip.add(Ids.label(site) + " (" + kind.replace('-', ' ') + ")");
			tip.add(latText(site.getLatitude()) + " " + lonText(site.getLongitude()));
			for (Map.Entry<String, String> e : siteOf.entrySet()) {
				if (e.getValue().equals(id)) {
					tip.add("holds " + e.getKey().substring(e.getKey().lastIndexOf('.') + 1));
				}
			}
			svg.title(tip.stream().sorted((a, b) -> 0).toList());
			marker(svg, site.getKind(), p[0], p[1], "mapsite k-" + kind);
			String label = site.getName();
			double w = label.length() * 5.6, h = 10;
			double[][] candidates = { { p[0] + 7, p[1] + 3.5 }, { p[0] - 7 - w, p[1] + 3.5 }, { p[0] - w / 2, p[1] - 8 },
					{ p[0] - w / 2, p[1] + 15 }, { p[0] + 7, p[1] - 6 }, { p[0] + 7, p[1] + 13 }, { p[0] - 7 - w, p[1] - 6 },
					{ p[0] - 7 - w, p[1] + 13 } };
			for (double[] c : candidates) {
				double[] box = { c[0], c[1] - h + 2, c[0] + w, c[1] + 2 };
				if (box[0] < 0 || box[2] > map.width() || box[1] < 0 || box[3] > map.height()) {
					continue;
				}
				boolean free = true;
				for (double[] t : taken) {
					if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) {
						free = false;
						break;
					}
				}
				if (free) {
					taken.add(box);
					svg.textAt(c[0], c[1], "maplabel", label);
					break;
				}
			}
			List<DiagramFinding> f = bySite.get(id);
			if (f != null) {
				Frame.badge(svg, Presentation.ROOT, id, f, p[0] + 6, p[1] - 7, "mapsite");
			}
			svg.raw("</g>\n");
		}
		svg.raw("</g>\n");
		if (!outside.isEmpty()) {
			notes.add(outside.size() + " site" + (outside.size() == 1 ? " lies" : "s lie") + " outside the frame (not drawn; "
					+ "routes to them leave the frame): " + String.join(", ", outside));
		}
	}

	private static void marker(Svg svg, SiteKind kind, double x, double y, String classes) {
		if (kind == SiteKind.LAUNCH_AREA) {
			svg.raw("<path").attr("d", "M" + Svg.num(x) + " " + Svg.num(y - 6) + " L" + Svg.num(x + 5.5) + " " + Svg.num(y + 4)
					+ " L" + Svg.num(x - 5.5) + " " + Svg.num(y + 4) + " Z").raw(Presentation.of("path", classes)).raw("/>");
		} else if (kind == SiteKind.DEPOT || kind == SiteKind.FACTORY || kind == SiteKind.SHIPYARD
				|| kind == SiteKind.MRO_CENTRE) {
			svg.raw("<rect").attr("x", x - 4.5).attr("y", y - 4.5).attr("width", 9).attr("height", 9)
					.raw(Presentation.of("rect", classes)).raw("/>");
		} else {
			svg.raw("<circle").attr("cx", x).attr("cy", y).attr("r", 5).raw(Presentation.of("circle", classes)).raw("/>");
		}
	}

	static String lonText(double lon) {
		double l = Projection.normal(lon);
		if (Math.abs(l + 180) < 1e-9) {
			return "180°";
		}
		return Ids.number(Math.abs(Math.round(l * 10) / 10.0)) + (l < 0 ? "°W" : l > 0 ? "°E" : "°");
	}

	static String latText(double lat) {
		return Ids.number(Math.abs(Math.round(lat * 10) / 10.0)) + (lat < 0 ? "°S" : lat > 0 ? "°N" : "°");
	}

	static List<LegendEntry> legend() {
		List<LegendEntry> legend = new ArrayList<>();
		legend.add(LegendEntry.dot("k-air-base", "air base"));
		legend.add(LegendEntry.dot("k-naval-base", "naval base or port"));
		legend.add(LegendEntry.dot("k-army-base", "army base"));
		legend.add(LegendEntry.box("k-depot", "depot (squares: depot, factory, shipyard, MRO centre)"));
		legend.add(LegendEntry.box("k-factory", "factory or shipyard; MRO centre in violet"));
		legend.add(LegendEntry.dot("k-launch-area", "adversary launch area (triangle)"));
		legend.add(LegendEntry.box("ring", "strike envelope: geodesic range ring of the weapon from its origin"));
		legend.add(LegendEntry.line("arc sea", "sea route, great-circle arc"));
		legend.add(LegendEntry.line("arc air", "air route"));
		legend.add(LegendEntry.line("arc land", "land or rail route"));
		legend.add(LegendEntry.dot("badge warning", "findings on the site, its stockpiles, units or MRO (hover)"));
		return legend;
	}
}
