package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import sinew.checks.analysis.ModelIndex;
import sinew.diagram.DiagramFinding;
import sinew.diagram.Diagrams;
import sinew.diagram.Viewpoint;
import sinew.diagram.graph.ElkLayout;
import sinew.diagram.graph.Graph;
import sinew.diagram.graph.Graph.Edge;
import sinew.diagram.graph.Graph.Node;
import sinew.diagram.map.PostureMap;
import sinew.diagram.map.Projection;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.reports.RequirementReport;

/**
 * Diagrams: the graph of each viewpoint on small fixtures, the layout (no overlaps, children inside their groups),
 * the SVG (well-formed, ids, labels, escaping, badges, same bytes twice), the map projection across the
 * antimeridian, and `sinew diagram` end to end.
 */
class DiagramTest extends CliTestSupport {

	@TempDir
	Path dir;

	static final String INDUSTRY = """
			package fx
			nation USA "United States" { code USA }
			nation JPN "Japan" { code JPN }
			firm Boeing "The Boeing Company" { nation USA tier tier-1 }
			firm MHI "Mitsubishi <Heavy> & Industries" { nation JPN tier prime }
			site Huntsville { at 34.65N 86.67W host USA kind factory }
			site Komaki { at 35.27N 136.92E host JPN kind factory }
			component Seeker { origin USA }
			munition PAC3 "PAC-3 <MSE> & co" { origin USA }
			line Boeing_Seeker { makes Seeker firm Boeing site Huntsville rate 500/year
				allocate 20/year to line MHI_PAC3 via national }
			line MHI_PAC3 { makes PAC3 firm MHI site Komaki rate 30/year input Seeker from line Boeing_Seeker }
			""";

	static final String SUSTAINMENT = """
			package sx
			platform Patriot
			munition Missile
			site Base "Kadena <AB>" { at 26.36N 127.77E kind air-base }
			site Port { at 13.44N 144.66E kind port }
			site Depot { at 21.35N 157.95W kind depot }
			theatre T { sites Base, Port }
			stockpile S { item Missile site Base quantity 100 }
			unit U { platform Patriot count 4 base Base consumes Missile 10/day at high }
			mro M { site Port serves Patriot slots 2 turnaround 3 months }
			route R1 { from Depot to Port mode sea transit 9 days }
			route R2 { from Port to Base mode air transit 1 days }
			""";

	private ModelWorkspace workspace;

	private ModelWorkspace.Models load(String... texts) throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			Path file = dir.resolve("m" + i + "/model" + i + ".sinew");
			Files.createDirectories(file.getParent());
			Files.writeString(file, texts[i]);
			files.add(file);
		}
		workspace = ModelWorkspace.create();
		return workspace.load(files);
	}

	private static ModelWorkspace.Models flagship() throws Exception {
		ModelWorkspace ws = ModelWorkspace.create();
		return ws.load(ModelWorkspace.collect(List.of(root().resolve("examples/indo-pacific").toString())));
	}

	private static Set<String> children(Node node) {
		return node.children.stream().map(n -> n.id).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static Edge edge(Graph graph, String kind, String source, String target) {
		return graph.edges().stream().filter(e -> e.kind.equals(kind) && e.source.id.equals(source) && e.target.id.equals(target))
				.findFirst().orElse(null);
	}

	// ------------------------------------------------------------------ graphs

	@Test
	void industrialGraphGroupsByNationAndMarksSingleSourcesAndCappedLines() throws Exception {
		ModelWorkspace.Models models = load(INDUSTRY);
		Graph graph = Diagrams.graph(models.packages(), Viewpoint.INDUSTRIAL, Map.of());
		assertEquals(List.of("fx.USA", "fx.JPN"), graph.roots().stream().map(n -> n.id).toList());
		assertEquals(Set.of("fx.Boeing", "fx.Seeker", "fx.PAC3"), children(graph.node("fx.USA")));
		assertEquals(Set.of("fx.MHI"), children(graph.node("fx.JPN")));
		assertEquals(Set.of("fx.Boeing_Seeker"), children(graph.node("fx.Boeing")));
		assertEquals(Set.of("fx.MHI_PAC3"), children(graph.node("fx.MHI")));
		assertEquals(3, graph.edges().size(), graph.edges().toString());
		assertNotNull(edge(graph, "makes", "fx.Boeing_Seeker", "fx.Seeker"));
		assertNotNull(edge(graph, "makes", "fx.MHI_PAC3", "fx.PAC3"));
		Edge input = edge(graph, "input", "fx.Seeker", "fx.MHI_PAC3");
		assertEquals("from Boeing_Seeker", input.label);
		assertTrue(input.marks.contains("single-source"));
		// 20 seekers a year allocated to a line rated 30 a year: capped upstream; the seeker line is not
		assertTrue(graph.node("fx.MHI_PAC3").marks.contains("capped"));
		assertTrue(graph.node("fx.MHI_PAC3").details.stream().anyMatch(d -> d.startsWith("capped at 20/year by Boeing_Seeker")),
				graph.node("fx.MHI_PAC3").details.toString());
		assertFalse(graph.node("fx.Boeing_Seeker").marks.contains("capped"));
		assertTrue(graph.notes().isEmpty(), graph.notes().toString());
	}

	@Test
	void aSecondLineMakingTheItemEndsTheSingleSource() throws Exception {
		ModelWorkspace.Models models = load(INDUSTRY
				+ "line Boeing_Seeker_2 { makes Seeker firm Boeing site Huntsville rate 100/year }\n");
		Graph graph = Diagrams.graph(models.packages(), Viewpoint.INDUSTRIAL, Map.of());
		assertFalse(edge(graph, "input", "fx.Seeker", "fx.MHI_PAC3").marks.contains("single-source"));
		assertNotNull(edge(graph, "makes", "fx.Boeing_Seeker_2", "fx.Seeker"));
	}

	@Test
	void sustainmentGraphNestsSitesInTheatresAndLabelsRoutes() throws Exception {
		ModelWorkspace.Models models = load(SUSTAINMENT);
		Graph graph = Diagrams.graph(models.packages(), Viewpoint.SUSTAINMENT, Map.of());
		assertEquals(Set.of("sx.T", "sx.Depot"), graph.roots().stream().map(n -> n.id).collect(Collectors.toSet()));
		assertEquals(Set.of("sx.Base", "sx.Port"), children(graph.node("sx.T")));
		assertEquals(Set.of("sx.S", "sx.U"), children(graph.node("sx.Base")));
		assertEquals(Set.of("sx.M"), children(graph.node("sx.Port")));
		assertEquals("sea · 9 d", edge(graph, "route", "sx.Depot", "sx.Port").label);
		assertEquals("sx.R1", edge(graph, "route", "sx.Depot", "sx.Port").element);
		assertEquals("air · 1 d", edge(graph, "route", "sx.Port", "sx.Base").label);
		assertNotNull(edge(graph, "supplies", "sx.S", "sx.U"));
		assertNotNull(edge(graph, "maintains", "sx.M", "sx.U"));
		assertEquals(4, graph.edges().size(), graph.edges().toString());
		assertTrue(graph.node("sx.S").details.contains("Missile × 100"), graph.node("sx.S").details.toString());
	}

	@Test
	void requirementsGraphLinksWhatEachRequirementConstrainsAndShowsVerdicts() throws Exception {
		ModelWorkspace.Models models = load(SUSTAINMENT + """
				scenario War { theatre T start 2027-01-01 duration 20 days phase Fight high for 20 days }
				requirement Lasts { exhaustion-day of Missile in T > 5 days under War verified by simulation }
				requirement Month { days-of-supply of Missile in T >= 30 days under War verified by simulation }
				""");
		Map<String, RequirementReport.Verdict> verdicts = Map.of("sx.Lasts",
				new RequirementReport.Verdict("Lasts", null, 1, 1, RequirementReport.Status.PASS, "exhaustion day = 10"));
		Graph graph = Diagrams.graph(models.packages(), Viewpoint.REQUIREMENTS, verdicts);
		assertEquals(List.of("sx.Lasts", "sx.Missile", "sx.T", "sx.War", "sx.Month"),
				graph.roots().stream().map(n -> n.id).toList());
		assertEquals(6, graph.edges().size());
		assertEquals("in", edge(graph, "constrains", "sx.Month", "sx.T").label);
		assertEquals("under", edge(graph, "constrains", "sx.Lasts", "sx.War").label);
		assertTrue(graph.node("sx.Lasts").marks.contains("pass"));
		assertTrue(graph.node("sx.Month").marks.isEmpty());
		assertTrue(graph.node("sx.Month").details.contains("days of supply ≥ 30 days"), graph.node("sx.Month").details.toString());
	}

	@Test
	void unresolvedReferencesAreLeftOutAndNoted() throws Exception {
		ModelWorkspace.Models models = load(INDUSTRY.replace("input Seeker from line Boeing_Seeker",
				"input Seeker from line Nowhere") + "stockpile Lost { item Seeker site Atlantis quantity 3 }\n");
		Graph graph = Diagrams.graph(models.packages(), Viewpoint.INDUSTRIAL, Map.of());
		Edge input = edge(graph, "input", "fx.Seeker", "fx.MHI_PAC3");
		assertNull(input.label);
		assertTrue(graph.notes().stream().anyMatch(n -> n.contains("MHI_PAC3") && n.contains("unresolved supplier")),
				graph.notes().toString());
		Graph sustainment = Diagrams.graph(models.packages(), Viewpoint.SUSTAINMENT, Map.of());
		assertNull(sustainment.node("fx.Lost"));
		assertTrue(sustainment.notes().stream().anyMatch(n -> n.startsWith("Lost: its site is unresolved")),
				sustainment.notes().toString());
	}

	// ------------------------------------------------------------------ layout

	private static void assertNoOverlaps(Graph graph) {
		List<Node> nodes = graph.nodes();
		for (Node n : nodes) {
			assertTrue(n.width > 0 && n.height > 0, n.id + " has no size");
			if (n.parent != null) {
				Node p = n.parent;
				assertTrue(n.x >= p.x - 0.01 && n.y >= p.y - 0.01 && n.x + n.width <= p.x + p.width + 0.01
						&& n.y + n.height <= p.y + p.height + 0.01, n.id + " lies outside its group " + p.id);
			}
		}
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				Node a = nodes.get(i), b = nodes.get(j);
				if (ancestor(a, b) || ancestor(b, a)) {
					continue;
				}
				boolean overlap = a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01
						&& b.y < a.y + a.height - 0.01;
				assertFalse(overlap, a.id + " overlaps " + b.id);
			}
		}
	}

	private static boolean ancestor(Node a, Node b) {
		for (Node p = b.parent; p != null; p = p.parent) {
			if (p == a) {
				return true;
			}
		}
		return false;
	}

	@ParameterizedTest
	@EnumSource(value = Viewpoint.class, names = { "INDUSTRIAL", "SUSTAINMENT", "REQUIREMENTS" })
	void laidOutNodesNeverOverlapOnTheFlagship(Viewpoint viewpoint) throws Exception {
		ModelWorkspace.Models models = flagship();
		Graph graph = Diagrams.graph(models.packages(), viewpoint, Map.of());
		assertTrue(graph.nodes().size() > 10, "the flagship has more to draw");
		ElkLayout.layout(graph);
		assertNoOverlaps(graph);
		for (Edge edge : graph.edges()) {
			assertTrue(edge.points.size() >= 2, edge + " has no route");
			for (int k = 1; k < edge.points.size(); k++) {
				double[] a = edge.points.get(k - 1), b = edge.points.get(k);
				assertTrue(Math.abs(a[0] - b[0]) < 0.01 || Math.abs(a[1] - b[1]) < 0.01, edge + " is not orthogonal");
			}
		}
		List<Edge> labelled = graph.edges().stream().filter(e -> e.label != null).toList();
		for (int i = 0; i < labelled.size(); i++) {
			Edge a = labelled.get(i);
			for (Node n : graph.nodes()) {
				if (!n.isGroup()) {
					assertFalse(a.labelX < n.x + n.width && n.x < a.labelX + a.labelWidth && a.labelY < n.y + n.height
							&& n.y < a.labelY + a.labelHeight, "label of " + a + " overlaps " + n.id);
				}
			}
			for (int j = i + 1; j < labelled.size(); j++) {
				Edge b = labelled.get(j);
				assertFalse(a.labelX < b.labelX + b.labelWidth && b.labelX < a.labelX + a.labelWidth
						&& a.labelY < b.labelY + b.labelHeight && b.labelY < a.labelY + a.labelHeight,
						"labels of " + a + " and " + b + " overlap");
			}
		}
	}

	@Test
	void fixturesLayOutWithoutOverlaps() throws Exception {
		ModelWorkspace.Models models = load(INDUSTRY, SUSTAINMENT);
		for (Viewpoint v : List.of(Viewpoint.INDUSTRIAL, Viewpoint.SUSTAINMENT)) {
			Graph graph = Diagrams.graph(models.packages(), v, Map.of());
			ElkLayout.layout(graph);
			assertNoOverlaps(graph);
		}
	}

	// ------------------------------------------------------------------ SVG

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, Element> byId(Document doc) {
		Map<String, Element> ids = new HashMap<>();
		NodeList all = doc.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (e.hasAttribute("id")) {
				assertTrue(e.getAttribute("id").matches("[A-Za-z_][A-Za-z0-9._-]*"), "id " + e.getAttribute("id") + " is no XML name");
				assertNull(ids.put(e.getAttribute("id"), e), "id " + e.getAttribute("id") + " appears twice");
			}
		}
		return ids;
	}

	private static List<String> texts(Element e) {
		List<String> texts = new ArrayList<>();
		NodeList list = e.getElementsByTagName("text");
		for (int i = 0; i < list.getLength(); i++) {
			texts.add(list.item(i).getTextContent());
		}
		return texts;
	}

	@ParameterizedTest
	@EnumSource(Viewpoint.class)
	void flagshipSvgIsWellFormedWithElementIdsAndLabels(Viewpoint viewpoint) throws Exception {
		ModelWorkspace.Models models = flagship();
		List<ModelIssue> issues = ModelWorkspace.create().validate(models);
		String svg = Diagrams.render(models, issues, viewpoint, List.of());
		Document doc = parse(svg);
		assertEquals("svg", doc.getDocumentElement().getLocalName());
		assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
		assertEquals(viewpoint.id(), doc.getDocumentElement().getAttribute("data-viewpoint"));
		Map<String, Element> ids = byId(doc);
		String expected = switch (viewpoint) {
			case INDUSTRIAL -> "indopacific.industry.MHI_Komaki_PAC3";
			case SUSTAINMENT -> "indopacific.sustainment.SRF_West";
			case POSTURE -> "indopacific.posture.Kadena";
			case REQUIREMENTS -> "indopacific.requirements.LRASM_Exhaustion";
		};
		Element shape = ids.get(expected);
		assertNotNull(shape, expected + " is not drawn");
		assertEquals(expected, shape.getAttribute("data-element"));
		String label = expected.substring(expected.lastIndexOf('.') + 1);
		assertTrue(texts(shape).contains(label), texts(shape).toString());
		assertTrue(ids.containsKey("legend"));
		// the flagship's warnings are drawn as badges whose tooltips carry the code and message
		NodeList groups = doc.getElementsByTagName("g");
		int badges = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.getAttribute("class").startsWith("badge") && g.hasAttribute("data-element")) {
				badges++;
				String title = g.getElementsByTagName("title").item(0).getTextContent();
				assertTrue(title.matches("(?s)(error|warning|info): [A-Za-z0-9-]+: .+"), title);
			}
		}
		assertTrue(badges > 0, "no findings drawn");
	}

	/** The value a shape draws with: its own attribute, or the nearest group's that passes it down. */
	private static String effective(Element shape, String property) {
		for (org.w3c.dom.Node n = shape; n instanceof Element e; n = n.getParentNode()) {
			if (e.hasAttribute(property)) {
				return e.getAttribute(property);
			}
		}
		return null;
	}

	@ParameterizedTest
	@EnumSource(Viewpoint.class)
	void everyShapeCarriesItsLookAsTheLegendDeclaresIt(Viewpoint viewpoint) throws Exception {
		ModelWorkspace.Models models = flagship();
		String svg = Diagrams.render(models.packages(), List.of(), viewpoint, Map.of());
		Document doc = parse(svg);
		assertEquals(0, doc.getElementsByTagName("style").getLength(), "no style sheet: renderers that read none");
		assertFalse(svg.contains("style="), "no style attributes either");
		Map<String, String> legend = new HashMap<>();
		NodeList swatches = byId(doc).get("legend").getElementsByTagName("g");
		for (int i = 0; i < swatches.getLength(); i++) {
			Element g = (Element) swatches.item(i);
			Element swatch = (Element) g.getElementsByTagName("*").item(0);
			legend.put(g.getAttribute("class"), effective(swatch, swatch.getTagName().equals("path") ? "stroke" : "fill"));
		}
		int checked = 0;
		NodeList groups = doc.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			String css = g.getAttribute("class");
			if (!g.hasAttribute("data-element") || !(css.startsWith("node") || css.startsWith("edge"))) {
				continue;
			}
			Element shape = (Element) g.getElementsByTagName("*").item(1); // after the <title>
			boolean edge = css.startsWith("edge");
			String fill = effective(shape, "fill"), stroke = effective(shape, "stroke");
			assertNotNull(fill, g.getAttribute("id") + " has no fill");
			assertNotNull(stroke, g.getAttribute("id") + " has no stroke");
			assertFalse(fill.matches("#0{3}|#0{6}|black"), g.getAttribute("id") + " is filled black");
			String declared = legend.get(css);
			if (declared != null) {
				assertEquals(declared, edge ? stroke : fill, g.getAttribute("id") + " (" + css + ") differs from its legend entry");
				checked++;
			}
		}
		assertTrue(viewpoint == Viewpoint.POSTURE || checked > 10, checked + " shapes compared with the legend");
	}

	@Test
	void itemsAreNotColouredLikeAVerdict() {
		String item = sinew.diagram.Presentation.property("rect", "node item", "fill");
		for (String verdict : List.of("pass", "fail", "unknown")) {
			String v = sinew.diagram.Presentation.property("rect", "node requirement " + verdict, "fill");
			assertFalse(item.equalsIgnoreCase(v), "items are filled like " + verdict);
			assertFalse(sinew.diagram.Presentation.property("rect", "node item", "stroke")
					.equalsIgnoreCase(sinew.diagram.Presentation.property("rect", "node requirement " + verdict, "stroke")));
		}
		// more classes win, then the later rule: a capped line is orange and thick, a planned one dashed
		assertEquals(" fill=\"#ffe8d9\" stroke=\"#d9822b\" stroke-width=\"2.5\" stroke-dasharray=\"5 3\"",
				sinew.diagram.Presentation.of("rect", "node line capped planned"));
	}

	@Test
	void singleSourceWarningIsABadgeOnTheComponent() throws Exception {
		ModelWorkspace.Models models = load(INDUSTRY);
		List<ModelIssue> issues = workspace.validate(models);
		List<DiagramFinding> findings = Diagrams.findings(models, issues);
		assertTrue(findings.stream().anyMatch(f -> f.elementId().equals("fx.Seeker") && f.code().equals("SNW-SUP-001")),
				findings.toString());
		Document doc = parse(Diagrams.render(models, issues, Viewpoint.INDUSTRIAL, List.of()));
		Element seeker = byId(doc).get("fx.Seeker");
		NodeList inner = seeker.getElementsByTagName("g");
		boolean found = false;
		for (int i = 0; i < inner.getLength(); i++) {
			Element g = (Element) inner.item(i);
			if (g.getAttribute("class").equals("badge warning") && g.getAttribute("data-element").equals("fx.Seeker")) {
				found = g.getElementsByTagName("title").item(0).getTextContent().contains("SNW-SUP-001");
			}
		}
		assertTrue(found, "no warning badge with SNW-SUP-001 on fx.Seeker");
		assertTrue(byId(doc).get("fx.MHI_PAC3").getAttribute("class").contains("capped"));
		assertTrue(byId(doc).get("link--fx.MHI_PAC3--1").getAttribute("class").contains("single-source"));
	}

	@Test
	void markupInModelStringsIsEscaped() throws Exception {
		ModelWorkspace.Models models = load(INDUSTRY, SUSTAINMENT);
		for (Viewpoint v : Viewpoint.values()) {
			String svg = Diagrams.render(models, List.of(), v, List.of());
			assertFalse(svg.contains("<MSE>") || svg.contains("<Heavy>") || svg.contains("<AB>"), v + " holds raw markup");
			Document doc = parse(svg);
			String all = doc.getDocumentElement().getTextContent();
			switch (v) {
				case INDUSTRIAL -> {
					assertTrue(svg.contains("Mitsubishi &lt;Heavy&gt; &amp; Industries"));
					assertTrue(all.contains("Mitsubishi <Heavy> & Industries"));
					assertTrue(all.contains("PAC-3 <MSE> & co"));
				}
				case SUSTAINMENT, POSTURE -> assertTrue(all.contains("Kadena <AB>"), v + ": " + all);
				default -> {
				}
			}
		}
	}

	@Test
	void numbersAndTextAreWrittenTheSameEverywhere() {
		assertEquals("12", sinew.diagram.Svg.num(12.04));
		assertEquals("12.3", sinew.diagram.Svg.num(12.26));
		assertEquals("-0.5", sinew.diagram.Svg.num(-0.5));
		assertEquals("0", sinew.diagram.Svg.num(-0.01));
		assertEquals("-1234.5", sinew.diagram.Svg.num(-1234.46));
		assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", sinew.diagram.Svg.escape("a <b> & \"c\" 'd'\u0001"));
	}

	@Test
	void sameModelsGiveTheSameBytes() throws Exception {
		for (Viewpoint v : Viewpoint.values()) {
			ModelWorkspace.Models first = flagship();
			String a = Diagrams.render(first, ModelWorkspace.create().validate(first), v, List.of());
			ModelWorkspace.Models second = flagship();
			String b = Diagrams.render(second, ModelWorkspace.create().validate(second), v, List.of());
			assertEquals(a, b, v + " differs between two runs");
		}
	}

	// ------------------------------------------------------------------ map

	@Test
	void projectionPutsKnownCoordinatesWhereExpected() {
		Projection map = new Projection(150, 100, 200, -40, 40, 1000);
		double[] p = map.project(0, -170); // 170°W is 190° unwrapped: 90° east of the west edge
		assertEquals(900, p[0], 1e-9);
		assertEquals(400, p[1], 1e-9);
		double[] q = map.project(40, 100);
		assertEquals(0, q[0], 1e-9);
		assertEquals(0, q[1], 1e-9);
		assertTrue(map.contains(0, -170));
		assertFalse(map.contains(0, -150)); // 210° unwrapped
	}

	@Test
	void projectionKeepsTheAntimeridianTogether() {
		Projection map = Projection.fitting(List.of(new double[] { 10, 179 }, new double[] { 10, -179 }), 6, 1400);
		assertEquals(180, Math.abs(map.centreLon()), 1e-9);
		double[] east = map.project(10, 179), west = map.project(10, -179);
		double perDegree = map.width() / (map.east() - map.west());
		assertEquals(2 * perDegree, west[0] - east[0], 1e-6); // 179°W lies 2° east of 179°E, not across the map
		assertEquals(14, map.east() - map.west(), 1e-9);
	}

	@Test
	void postureMapDrawsSitesOnBothSidesOfTheAntimeridianTwoDegreesApart() throws Exception {
		ModelWorkspace.Models models = load("""
				package ax
				site East { at 10.0N 179.0E kind port }
				site West { at 10.0N 179.0W kind port }
				site Origin { at 12.0N 178.0E kind launch-area }
				theatre T { sites East, West }
				threat Ring { origin Origin range 300 km }
				route Hop { from East to West mode sea transit 1 days }
				""");
		Projection map = PostureMap.projection(new ModelIndex(models.packages()));
		Document doc = parse(Diagrams.render(models, List.of(), Viewpoint.POSTURE, List.of()));
		Map<String, Element> ids = byId(doc);
		double xEast = Double.parseDouble(((Element) ids.get("ax.East").getElementsByTagName("circle").item(0)).getAttribute("cx"));
		double xWest = Double.parseDouble(((Element) ids.get("ax.West").getElementsByTagName("circle").item(0)).getAttribute("cx"));
		double perDegree = map.width() / (map.east() - map.west());
		assertEquals(2 * perDegree, xWest - xEast, 0.2);
		assertTrue(xWest - xEast < map.width() / 4);
		// the route is a short arc between them, the ring a closed loop around its origin
		String d = ((Element) ids.get("ax.Hop").getElementsByTagName("path").item(0)).getAttribute("d");
		for (String point : d.substring(1).split(" L")) {
			double x = Double.parseDouble(point.split(" ")[0]);
			assertTrue(x >= xEast - 0.1 && x <= xWest + 0.1, "route point " + x + " leaves the arc");
		}
		assertNotNull(ids.get("ax.Ring"));
	}

	// ------------------------------------------------------------------ command line

	@Test
	void diagramCommandWritesEveryViewpointIntoAFolder() throws Exception {
		Path out = dir.resolve("out");
		assertEquals(0, run("diagram", "--out", out.toString(), root().resolve("examples/indo-pacific").toString()), err);
		for (Viewpoint v : Viewpoint.values()) {
			Path file = out.resolve(v.id() + ".svg");
			assertTrue(Files.isRegularFile(file), file.toString());
			parse(Files.readString(file));
		}
	}

	@Test
	void diagramCommandWithVerifyColoursRequirementsByVerdict() throws Exception {
		Path out = dir.resolve("req.svg");
		assertEquals(0, run("diagram", "--viewpoint", "requirements", "--verify", "--out", out.toString(),
				root().resolve("examples/indo-pacific").toString()), err);
		Map<String, Element> ids = byId(parse(Files.readString(out)));
		// LRASM runs out on day 36 (> 21 days): PASS; PAC-3 runs out before the high-intensity phase: FAIL
		assertTrue(ids.get("indopacific.requirements.LRASM_Exhaustion").getAttribute("class").contains("pass"));
		assertTrue(ids.get("indopacific.requirements.PAC3_DoS_WestPac").getAttribute("class").contains("fail"));
	}

	@Test
	void modelsWithErrorsAreDrawnAsFarAsTheyResolve() throws Exception {
		Path model = dir.resolve("broken/model.sinew");
		Files.createDirectories(model.getParent());
		Files.writeString(model, INDUSTRY.replace("input Seeker from line Boeing_Seeker", "input Seeker from line Nowhere"));
		Path out = dir.resolve("broken.svg");
		assertEquals(1, run("diagram", "--viewpoint", "industrial", "--out", out.toString(), model.toString()));
		assertTrue(err.contains("1 error"), err);
		Map<String, Element> ids = byId(parse(Files.readString(out)));
		assertNotNull(ids.get("fx.MHI_PAC3"));
		assertNotNull(ids.get("fx.Boeing_Seeker"));
		String notes = ids.get("notes").getTextContent();
		assertTrue(notes.contains("MHI_PAC3: input 1 names an unresolved supplier"), notes);
		// the linking error is a badge on the line whose text holds it
		assertTrue(ids.get("fx.MHI_PAC3").getElementsByTagName("title").getLength() > 1);
	}

	@Test
	void badUsageIsOneLine() {
		assertEquals(2, run("diagram", "--viewpoint", "org-chart", "--out", "x.svg", "examples"));
		assertTrue(err.startsWith("sinew: diagram: unknown viewpoint 'org-chart'"), err);
		assertEquals(2, run("diagram", root().resolve("examples/indo-pacific").toString()));
		assertTrue(err.startsWith("sinew: diagram: name the output folder with --out DIR"), err);
		assertEquals(2, run("diagram", "--out", dir.toString(), dir.resolve("missing").toString()));
		assertTrue(err.startsWith("sinew: ") && err.contains("no such file or folder"), err);
		assertFalse(err.contains("Exception"), err);
	}
}
