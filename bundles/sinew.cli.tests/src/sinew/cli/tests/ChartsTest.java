package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import sinew.charts.SeriesStatistics;
import sinew.charts.SimulationCharts;

/**
 * Charts of simulation results: written by {@code simulate --out} for every item and line, SVG well-formed with
 * the expected titles, series and labels, PNG of the expected size, the same SVG bytes for the same seed, the
 * plotted figures those of the runs. A small model: 1,000 missiles at an exposed theatre base, 30 % of them in a
 * strike's range, 10 a day consumed, a line in the theatre making 2 a day from day 0, over 59 days (January and
 * February 2027).
 */
class ChartsTest extends CliTestSupport {

	private static final String MODEL = """
			package t
			nation CHN { adversary }
			nation USA
			firm Maker { nation USA }
			site Base { at 26.35N 127.77E }
			site Fujian { at 25.5N 118.0E kind launch-area }
			munition Missile
			theatre T { sites Base }
			stockpile S { item Missile site Base quantity 1000 }
			unit U { base Base consumes Missile 10/day at high }
			line Factory { makes Missile firm Maker site Base rate 2/day }
			threat DF16 { weapon "DF-16" origin Fujian owner CHN range 1500 km destroys 30 % }
			scenario War { theatre T start 2027-01-01 duration 59 days threats DF16 phase Fight high for 59 days }
			""";

	@TempDir
	Path dir;

	private Path model() throws Exception {
		Path model = dir.resolve("models/model.sinew");
		Files.createDirectories(model.getParent());
		Files.writeString(model, MODEL);
		return model;
	}

	private static Document xml(Path svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(svg.toFile()); // throws on a file that is not well-formed
	}

	private static List<String> texts(Document svg) {
		NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static Set<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	@Test
	void severalRunsGiveABandedStockChartAndAMonthlyProductionChartAsWellFormedSvgAndPng() throws Exception {
		Path results = dir.resolve("out");
		assertEquals(0, run("simulate", "--scenario", "War", "--runs", "20", "--seed", "3", "--out", results.toString(),
				model().toString()), err);
		assertTrue(out.contains("charts: 4 files"), out);
		Path charts = results.resolve("charts");
		assertEquals(Set.of("stock-t.Missile.svg", "stock-t.Missile.png", "production-t.Factory.svg",
				"production-t.Factory.png"), names(charts));

		Document stock = xml(charts.resolve("stock-t.Missile.svg"));
		assertEquals("svg", stock.getDocumentElement().getLocalName());
		assertEquals("960.0", stock.getDocumentElement().getAttribute("width"));
		List<String> stockTexts = texts(stock);
		assertTrue(stockTexts.contains("Missile stock in T"), stockTexts::toString);
		assertTrue(stockTexts.contains("P50, band P10-P90 of 20 runs"), stockTexts::toString);
		assertTrue(stockTexts.contains("t.War, 20 runs, seed 3; stock at the end of each day"), stockTexts::toString);
		assertTrue(stockTexts.contains("high intensity from day 0"), stockTexts::toString);
		assertTrue(stockTexts.contains("day (day 0 = 2027-01-01)"), stockTexts::toString);
		assertTrue(stockTexts.contains("stock in theatre (units)"), stockTexts::toString);

		List<String> productionTexts = texts(xml(charts.resolve("production-t.Factory.svg")));
		assertTrue(productionTexts.contains("Factory monthly output of Missile"), productionTexts::toString);
		assertTrue(productionTexts.containsAll(List.of("2027-01", "2027-02", "output, P50 of 20 runs", "P10", "P90",
				"units made in the month")),
				productionTexts::toString);
		assertFalse(productionTexts.contains("2027-03"), productionTexts::toString);

		for (String png : List.of("stock-t.Missile.png", "production-t.Factory.png")) {
			BufferedImage image = ImageIO.read(charts.resolve(png).toFile());
			assertEquals(SimulationCharts.WIDTH, image.getWidth(), png);
			assertEquals(SimulationCharts.HEIGHT, image.getHeight(), png);
		}
	}

	@Test
	void theSameSeedGivesTheSameSvgBytesAndAnotherSeedAnotherStockBand() throws Exception {
		Path model = model();
		List<Path> outs = List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"));
		String[] seeds = { "11", "11", "12" };
		for (int i = 0; i < outs.size(); i++) {
			assertEquals(0, run("simulate", "--scenario", "War", "--runs", "30", "--seed", seeds[i], "--out",
					outs.get(i).toString(), model.toString()), err);
		}
		for (String svg : List.of("stock-t.Missile.svg", "production-t.Factory.svg")) {
			assertArrayEquals(Files.readAllBytes(outs.get(0).resolve("charts").resolve(svg)),
					Files.readAllBytes(outs.get(1).resolve("charts").resolve(svg)), svg);
		}
		// the strikes differ with the seed, so does the band of the stock chart
		assertNotEquals(Files.readString(outs.get(0).resolve("charts/stock-t.Missile.svg")),
				Files.readString(outs.get(2).resolve("charts/stock-t.Missile.svg")));
	}

	@Test
	void plottedFiguresAreTheRunsFigures() throws Exception {
		Path results = dir.resolve("out");
		assertEquals(0, run("simulate", "--scenario", "War", "--runs", "20", "--seed", "3", "--out", results.toString(),
				model().toString()), err);
		JsonObject json = JsonParser.parseString(Files.readString(results.resolve("results.json"))).getAsJsonObject();
		assertEquals(20, json.get("runs").getAsInt());
		// recompute the charts from the same runs, in process, and read their datasets
		sinew.sim.Simulation.Outcome outcome = outcome(20, 3);
		JFreeChart production = SimulationCharts.production(outcome, "t.Factory");
		CategoryDataset bars = production.getCategoryPlot().getDataset(0);
		// 2 a day from day 0: 31 days of January, 28 of February
		assertEquals(62.0, bars.getValue("output, P50 of 20 runs", "2027-01").doubleValue(), 1e-9);
		assertEquals(56.0, bars.getValue("output, P50 of 20 runs", "2027-02").doubleValue(), 1e-9);
		assertEquals(2, bars.getColumnCount());

		JFreeChart stock = SimulationCharts.stock(outcome, "t.Missile");
		IntervalXYDataset band = (IntervalXYDataset) stock.getXYPlot().getDataset();
		assertEquals(59, band.getItemCount(0));
		double[] day0 = outcome.runs().stream().mapToDouble(r -> r.items().get("t.Missile").stock()[0]).sorted()
				.toArray();
		assertEquals(day0[1], band.getStartYValue(0, 0), 1e-9); // nearest-rank P10 of 20 values: the 2nd
		assertEquals(day0[9], band.getYValue(0, 0), 1e-9); // P50: the 10th
		assertEquals(day0[17], band.getEndYValue(0, 0), 1e-9); // P90: the 18th
		assertTrue(day0[17] > day0[1], "the strikes' binomial draws spread the stock");
		// the first run's day-0 stock in results.json is one of the values the band is made of
		JsonElement first = json.getAsJsonArray("items").get(0).getAsJsonObject().getAsJsonArray("stock").get(0);
		assertTrue(java.util.Arrays.stream(day0).anyMatch(v -> Math.abs(v - first.getAsDouble()) < 1e-6));
	}

	/** The same runs as `simulate --runs N --seed K` on the model, in process. */
	private sinew.sim.Simulation.Outcome outcome(int runs, long seed) throws Exception {
		Path input = dir.resolve("input");
		assertEquals(0, run("generate", "sim-input", "--scenario", "War", "--out", input.toString(), model().toString()),
				err);
		sinew.sim.SimData data = sinew.sim.SimData.parse(Files.readString(input.resolve("sim-input.json")));
		return sinew.sim.Simulation.run(data, runs, seed, false);
	}

	@Test
	void oneRunDrawsTheStockLineAndSaysWhenItRunsOut() throws Exception {
		Path results = dir.resolve("out");
		assertEquals(0, run("simulate", "--scenario", "War", "--out", results.toString(), model().toString()), err);
		List<String> texts = texts(xml(results.resolve("charts/stock-t.Missile.svg")));
		assertTrue(texts.contains("stock"), texts::toString);
		assertTrue(texts.contains("t.War, 1 run, deterministic strikes; stock at the end of each day; not exhausted"),
				texts::toString);
		assertTrue(texts(xml(results.resolve("charts/production-t.Factory.svg"))).contains("output"));
	}

	@Test
	void chartsOfAnEarlierRunThatThisOneDidNotDrawAreRemovedAndOtherFilesKept() throws Exception {
		Path results = dir.resolve("out");
		Files.createDirectories(results.resolve("charts"));
		Files.writeString(results.resolve("charts/stock-t.Gone.svg"), "<svg/>");
		Files.writeString(results.resolve("charts/notes.txt"), "mine");
		assertEquals(0, run("simulate", "--scenario", "War", "--out", results.toString(), model().toString()), err);
		Set<String> names = names(results.resolve("charts"));
		assertFalse(names.contains("stock-t.Gone.svg"), names::toString);
		assertTrue(names.contains("notes.txt"), names::toString);
		assertTrue(names.contains("stock-t.Missile.svg"), names::toString);
		assertEquals(5, names.size(), names::toString); // 4 charts and the note, no temporary file left
	}

	@Test
	void theFlagshipGetsAStockChartPerItemAndAProductionChartPerLine() throws Exception {
		Path results = dir.resolve("flagship");
		assertEquals(0, run("simulate", "--scenario", "TaiwanStrait2027", "--runs", "4", "--out", results.toString(),
				root().resolve("examples/indo-pacific").toString()), err);
		JsonObject json = JsonParser.parseString(Files.readString(results.resolve("results.json"))).getAsJsonObject();
		Set<String> expected = new TreeSet<>();
		json.getAsJsonArray("items").forEach(i -> {
			expected.add("stock-" + i.getAsJsonObject().get("item").getAsString() + ".svg");
			expected.add("stock-" + i.getAsJsonObject().get("item").getAsString() + ".png");
		});
		json.getAsJsonArray("lines").forEach(l -> {
			expected.add("production-" + l.getAsJsonObject().get("line").getAsString() + ".svg");
			expected.add("production-" + l.getAsJsonObject().get("line").getAsString() + ".png");
		});
		assertTrue(expected.contains("stock-indopacific.industry.LRASM.svg"), expected::toString);
		assertTrue(expected.contains("production-indopacific.industry.MHI_Komaki_PAC3.png"), expected::toString);
		assertEquals(expected, names(results.resolve("charts")));
		List<String> lrasm = texts(xml(results.resolve("charts/stock-indopacific.industry.LRASM.svg")));
		assertTrue(lrasm.contains("LRASM stock in WestPac"), lrasm::toString);
		assertTrue(lrasm.contains("high intensity from day 31"), lrasm::toString);
	}

	@Test
	void percentilesDayByDayAreNearestRank() {
		List<double[]> series = new ArrayList<>();
		for (int r = 1; r <= 10; r++) {
			series.add(new double[] { r, 100 - r });
		}
		SeriesStatistics.Band band = SeriesStatistics.band(series);
		assertArrayEquals(new double[] { 1, 90 }, band.p10());
		assertArrayEquals(new double[] { 5, 94 }, band.p50());
		assertArrayEquals(new double[] { 9, 98 }, band.p90());
		SeriesStatistics.Band one = SeriesStatistics.band(List.of(new double[] { 3, 4 }));
		assertArrayEquals(one.p10(), one.p90());
	}

	@Test
	void dailyValuesSumByCalendarMonthWithPartialFirstAndLastMonths() {
		double[] daily = new double[6];
		java.util.Arrays.fill(daily, 1.5);
		SeriesStatistics.Monthly m = SeriesStatistics.monthly(LocalDate.of(2027, 1, 29), daily); // 29 Jan - 3 Feb
		assertEquals(List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2)), m.months());
		assertArrayEquals(new double[] { 4.5, 4.5 }, m.totals(), 1e-12);
	}
}
