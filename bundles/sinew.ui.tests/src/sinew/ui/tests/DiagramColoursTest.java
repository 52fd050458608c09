package sinew.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;

import sinew.diagram.DiagramFinding;
import sinew.diagram.Diagrams;
import sinew.diagram.Viewpoint;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.reports.RequirementReport;
import sinew.generator.reports.RequirementReport.Status;

/**
 * The flagship's diagrams drawn by jsvg, the SVG library behind SWT's SVG support and so the workbench's Diagram
 * view: the boxes of known elements come out in the colour the legend declares for what they are, not black (jsvg
 * reads no compound selectors, so the look must be on the shapes). Positions come from the SVG's own attributes;
 * colours are read from the rendered pixels. The PNGs are written beside the screenshots (sinew.screenshots).
 */
class DiagramColoursTest {

	private static ModelWorkspace.Models flagship;
	private static List<DiagramFinding> findings;

	@BeforeAll
	static void load() throws Exception {
		ModelWorkspace workspace = ModelWorkspace.create();
		Path root = Path.of(System.getProperty("sinew.root", "../.."));
		flagship = workspace.load(ModelWorkspace.collect(List.of(root.resolve("examples/indo-pacific").toString())));
		findings = Diagrams.findings(flagship, workspace.validate(flagship));
	}

	/** One drawing: its DOM (for positions and declared colours) and jsvg's pixels. */
	private record Drawing(Document dom, BufferedImage image) {

		Element byId(String id) {
			NodeList all = dom.getElementsByTagName("*");
			for (int i = 0; i < all.getLength(); i++) {
				Element e = (Element) all.item(i);
				if (id.equals(e.getAttribute("id"))) {
					return e;
				}
			}
			return null;
		}

		/** The swatch the legend draws for these classes. */
		Element swatch(String classes) {
			NodeList groups = byId("legend").getElementsByTagName("g");
			for (int i = 0; i < groups.getLength(); i++) {
				Element g = (Element) groups.item(i);
				if (g.getAttribute("class").equals(classes)) {
					return (Element) g.getElementsByTagName("*").item(0);
				}
			}
			throw new AssertionError("the legend has no swatch for '" + classes + "'");
		}

		/** The colour drawn most often in a box of pixels (so a label over part of a shape does not count). */
		int dominant(double x0, double y0, double x1, double y1) {
			Map<Integer, Integer> counts = new HashMap<>();
			for (int y = (int) Math.ceil(y0); y < (int) Math.floor(y1); y++) {
				for (int x = (int) Math.ceil(x0); x < (int) Math.floor(x1); x++) {
					counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
				}
			}
			assertFalse(counts.isEmpty(), "no pixels in " + x0 + "," + y0 + " - " + x1 + "," + y1);
			return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		}

		/** The colour drawn at the centre of a box or dot: the dominant colour of its inner middle. */
		int centre(Element shape) {
			double[] t = translation(shape);
			if (shape.getTagName().equals("circle")) {
				double cx = num(shape, "cx") + t[0], cy = num(shape, "cy") + t[1], r = num(shape, "r");
				return dominant(cx - r / 2, cy - r / 2, cx + r / 2, cy + r / 2);
			}
			double x = num(shape, "x") + t[0], y = num(shape, "y") + t[1], w = num(shape, "width"), h = num(shape, "height");
			// the middle half of the box, inside any border
			return dominant(x + w / 4, y + h / 4, x + w * 3 / 4, y + h * 3 / 4);
		}
	}

	private static double num(Element e, String attribute) {
		String value = e.getAttribute(attribute);
		assertFalse(value.isEmpty(), e.getTagName() + " has no " + attribute);
		return Double.parseDouble(value);
	}

	private static final Pattern TRANSLATE = Pattern.compile("translate\\(\\s*(-?[0-9.]+)[ ,]+(-?[0-9.]+)\\s*\\)");

	/** The sum of the translations of the groups around a shape (the only transform the diagrams use). */
	private static double[] translation(Element shape) {
		double[] t = { 0, 0 };
		for (Node n = shape.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
			Matcher m = TRANSLATE.matcher(e.getAttribute("transform"));
			if (m.find()) {
				t[0] += Double.parseDouble(m.group(1));
				t[1] += Double.parseDouble(m.group(2));
			}
		}
		return t;
	}

	private static Drawing draw(Viewpoint viewpoint, Map<String, RequirementReport.Verdict> verdicts) throws Exception {
		String svg = Diagrams.render(flagship.packages(), findings, viewpoint, verdicts);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		SVGDocument document;
		try (InputStream in = new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))) {
			document = new SVGLoader().load(in, null, LoaderContext.createDefault());
		}
		assertNotNull(document, "jsvg could not read the " + viewpoint.id() + " SVG");
		int width = (int) Math.ceil(document.size().width), height = (int) Math.ceil(document.size().height);
		assertEquals(num(dom.getDocumentElement(), "width"), width, 1, "jsvg's size of the drawing");
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.MAGENTA); // what is not drawn shows as magenta, never as a colour of the diagram
		g.fillRect(0, 0, width, height);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		document.render((Component) null, g, null);
		g.dispose();
		save(viewpoint.id() + (verdicts.isEmpty() ? "" : "-verified"), image);
		return new Drawing(dom, image);
	}

	private static void save(String name, BufferedImage image) throws IOException {
		String folder = System.getProperty("sinew.screenshots");
		if (folder != null) {
			Path dir = Path.of(folder);
			Files.createDirectories(dir);
			ImageIO.write(image, "png", dir.resolve("jsvg-" + name + ".png").toFile());
		}
	}

	private static int rgb(String hex) {
		assertTrue(hex.matches("#[0-9a-fA-F]{6}"), "a colour, not '" + hex + "'");
		return Integer.parseInt(hex.substring(1), 16);
	}

	private static String hex(int rgb) {
		return String.format("#%06x", rgb);
	}

	private static double distance(int a, int b) {
		int dr = (a >> 16 & 0xff) - (b >> 16 & 0xff), dg = (a >> 8 & 0xff) - (b >> 8 & 0xff), db = (a & 0xff) - (b & 0xff);
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}

	/**
	 * The element's shape is drawn in the fill its legend entry declares: the declared colour (an attribute of the
	 * swatch) is the expected one, jsvg draws that colour both in the swatch and in the element's shape, and it is
	 * neither black nor nothing.
	 */
	private static int assertDrawnAsLegendSays(Drawing drawing, String elementId, String legendClasses, String expected) {
		Element group = drawing.byId(elementId);
		assertNotNull(group, elementId + " is not drawn");
		Element shape = (Element) group.getElementsByTagName("*").item(1); // after its <title>
		List<String> classes = List.of(group.getAttribute("class").split(" "));
		assertTrue(classes.containsAll(List.of(legendClasses.split(" "))), elementId + " (" + classes + ") is a " + legendClasses);
		Element swatch = drawing.swatch(legendClasses);
		assertEquals(expected, swatch.getAttribute("fill"), "the legend's colour for " + legendClasses);
		int declared = rgb(swatch.getAttribute("fill"));
		int inLegend = drawing.centre(swatch);
		int drawn = drawing.centre(shape);
		assertTrue(distance(inLegend, declared) <= 3, "the legend swatch of " + legendClasses + " is drawn in "
				+ hex(inLegend) + ", not in its declared " + hex(declared));
		assertTrue(distance(drawn, declared) <= 3, elementId + " is drawn in " + hex(drawn) + ", not in the "
				+ hex(declared) + " the legend declares for " + legendClasses);
		assertTrue(distance(drawn, 0) > 60, elementId + " is drawn black");
		return drawn;
	}

	@Test
	void industrialBoxesAreDrawnInTheirLegendColours() throws Exception {
		Drawing d = draw(Viewpoint.INDUSTRIAL, Map.of());
		assertDrawnAsLegendSays(d, "indopacific.industry.LM_Troy_LRASM", "node line", "#dceefb");
		assertDrawnAsLegendSays(d, "indopacific.industry.MHI_Komaki_PAC3", "node line capped", "#ffe8d9");
		assertDrawnAsLegendSays(d, "indopacific.industry.LRASM", "node item munition", "#b2ebf2");
		assertDrawnAsLegendSays(d, "indopacific.industry.PAC3_Motor", "node item component", "#e0f7fa");
	}

	@Test
	void sustainmentBoxesAreDrawnInTheirLegendColours() throws Exception {
		Drawing d = draw(Viewpoint.SUSTAINMENT, Map.of());
		assertDrawnAsLegendSays(d, "indopacific.posture.SM6_Yokosuka", "node stockpile", "#fff3c4");
		assertDrawnAsLegendSays(d, "indopacific.sustainment.SRF_West", "node mro", "#eae2f8");
		assertDrawnAsLegendSays(d, "indopacific.posture.DESRON_15", "node unit", "#dceefb");
	}

	@Test
	void postureSitesAreDrawnInTheirLegendColours() throws Exception {
		Drawing d = draw(Viewpoint.POSTURE, Map.of());
		assertDrawnAsLegendSays(d, "indopacific.posture.RAAF_Amberley", "k-air-base", "#2680c2");
		assertDrawnAsLegendSays(d, "indopacific.posture.Benalla", "k-factory", "#724bb7");
	}

	@Test
	void requirementVerdictsAreDrawnAndItemsCannotBeTakenForAVerdict() throws Exception {
		Map<String, RequirementReport.Verdict> verdicts = Map.of(
				"indopacific.requirements.LRASM_Exhaustion", verdict("LRASM_Exhaustion", Status.PASS),
				"indopacific.requirements.PAC3_DoS_WestPac", verdict("PAC3_DoS_WestPac", Status.FAIL),
				"indopacific.requirements.GMLRS_DoS_Australia", verdict("GMLRS_DoS_Australia", Status.UNKNOWN));
		Drawing d = draw(Viewpoint.REQUIREMENTS, verdicts);
		int pass = assertDrawnAsLegendSays(d, "indopacific.requirements.LRASM_Exhaustion", "node requirement pass", "#e3f9e5");
		int fail = assertDrawnAsLegendSays(d, "indopacific.requirements.PAC3_DoS_WestPac", "node requirement fail", "#ffe3e3");
		int unknown = assertDrawnAsLegendSays(d, "indopacific.requirements.GMLRS_DoS_Australia", "node requirement unknown",
				"#fff3c4");
		assertDrawnAsLegendSays(d, "indopacific.requirements.SM6_Stock", "node requirement", "#ffffff");
		int item = assertDrawnAsLegendSays(d, "indopacific.industry.LRASM", "node item", "#b2ebf2");
		for (int verdict : new int[] { pass, fail, unknown }) {
			assertTrue(distance(item, verdict) >= 40, "an item (" + hex(item) + ") looks like a verdict (" + hex(verdict) + ")");
		}
	}

	private static RequirementReport.Verdict verdict(String name, Status status) {
		return new RequirementReport.Verdict(name, null, 1, 1, status, "set by the test");
	}
}
