package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import sinew.sim.SimData;
import sinew.sim.Simulation;
import sinew.sim.Simulator;
import sinew.sim.Simulator.ItemResult;
import sinew.sim.Simulator.RunResult;

/** The simulation engine on analytic cases with exact answers, its seeded streams, and the flagship. */
class SimulationTest extends CliTestSupport {

	private static final String ITEM = "t.Missile", COMPONENT = "t.Seeker";

	@TempDir
	Path dir;

	/** A small simulation input: one theatre site {@code t.Base} (exposed depot), high intensity throughout. */
	private static final class Doc {
		final JsonObject root = new JsonObject();
		final JsonArray sites = new JsonArray(), lines = new JsonArray(), stockpiles = new JsonArray(),
				units = new JsonArray(), routes = new JsonArray(), excursions = new JsonArray(), threats = new JsonArray();

		Doc(int days) {
			root.addProperty("schema", SimData.SCHEMA_ID);
			JsonObject s = new JsonObject();
			s.addProperty("id", "t.S");
			s.addProperty("start", "2027-01-01");
			s.addProperty("durationDays", days);
			s.addProperty("theatre", "t.Theatre");
			JsonArray ts = new JsonArray();
			ts.add("t.Base");
			s.add("theatreSites", ts);
			JsonArray phases = new JsonArray();
			JsonObject p = new JsonObject();
			p.addProperty("name", "War");
			p.addProperty("intensity", "high");
			p.addProperty("startDay", 0);
			p.addProperty("days", days);
			phases.add(p);
			s.add("phases", phases);
			s.add("threats", threats);
			root.add("scenario", s);
			root.add("sites", sites);
			root.add("lines", lines);
			root.add("stockpiles", stockpiles);
			root.add("units", units);
			root.add("routes", routes);
			root.add("excursions", excursions);
			site("t.Base", "none", false);
		}

		Doc site(String id, String hardening, boolean dispersed) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id);
			o.addProperty("hardening", hardening);
			o.addProperty("dispersed", dispersed);
			sites.add(o);
			return this;
		}

		Doc stock(String id, String item, String site, long quantity) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id);
			o.addProperty("item", item);
			o.addProperty("site", site);
			o.addProperty("quantity", quantity);
			stockpiles.add(o);
			return this;
		}

		Doc unit(String item, double perDay) {
			JsonObject o = new JsonObject();
			o.addProperty("id", "t.Unit" + units.size());
			o.addProperty("base", "t.Base");
			JsonArray c = new JsonArray();
			JsonObject co = new JsonObject();
			co.addProperty("item", item);
			co.addProperty("intensity", "high");
			co.addProperty("ratePerDay", perDay);
			c.add(co);
			o.add("consumption", c);
			units.add(o);
			return this;
		}

		JsonObject line(String id, String item, String site, double rate, double leadDays) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id);
			o.addProperty("item", item);
			o.addProperty("site", site);
			o.addProperty("ratePerDay", rate);
			o.add("capacityChanges", new JsonArray());
			o.addProperty("leadTimeDays", leadDays);
			o.addProperty("planned", false);
			o.addProperty("producesFrom", "2027-01-01");
			o.add("inputs", new JsonArray());
			o.add("allocations", new JsonArray());
			lines.add(o);
			return o;
		}

		Doc route(String from, String to, double days) {
			JsonObject o = new JsonObject();
			o.addProperty("id", "t.R" + routes.size());
			o.addProperty("from", from);
			o.addProperty("to", to);
			o.addProperty("transitDays", days);
			routes.add(o);
			return this;
		}

		Doc threat(double share, String... inRange) {
			JsonObject o = new JsonObject();
			o.addProperty("id", "t.Threat" + threats.size());
			o.addProperty("destroyedShare", share);
			JsonArray r = new JsonArray();
			for (String s : inRange) {
				r.add(s);
			}
			o.add("sitesInRange", r);
			threats.add(o);
			return this;
		}

		Doc excursion(String kind, String target, int day) {
			JsonObject o = new JsonObject();
			o.addProperty("kind", kind);
			o.addProperty("target", target);
			o.addProperty("day", day);
			excursions.add(o);
			return this;
		}

		SimData data() {
			return SimData.parse(root.toString());
		}

		RunResult run() {
			return Simulation.run(data(), 1, 1, true).runs().get(0);
		}
	}

	@Test
	void constantDemandWithoutResupplyIsExhaustedOnDayStockOverRate() {
		ItemResult r = new Doc(60).stock("t.P", ITEM, "t.Base", 100).unit(ITEM, 10).run().items().get(ITEM);
		assertEquals(10, r.exhaustionDay()); // ceil(100 / 10): days 0..9 are met in full
		assertEquals(60 * 10 - 100, r.unmet(), 1e-9);
		assertEquals(90, r.stock()[0], 1e-9);
		assertEquals(0, r.stock()[9], 1e-9);
		assertNull(r.firstArrivalDay());
		assertEquals(Simulator.NO_LINE, r.bindingConstraint());

		// 105 / 10: day 10 is met only in part, so it is the first day not met in full
		ItemResult partial = new Doc(60).stock("t.P", ITEM, "t.Base", 105).unit(ITEM, 10).run().items().get(ITEM);
		assertEquals(10, partial.exhaustionDay());
		assertEquals(60 * 10 - 105, partial.unmet(), 1e-9);
	}

	@Test
	void productionEqualToDemandFromDayZeroIsNeverExhausted() {
		Doc doc = new Doc(90).unit(ITEM, 10);
		doc.line("t.L", ITEM, "t.Base", 10, 0);
		RunResult run = doc.run();
		ItemResult r = run.items().get(ITEM);
		assertNull(r.exhaustionDay());
		assertEquals(0, r.unmet(), 1e-9);
		assertEquals(0, r.firstArrivalDay());
		assertEquals(1.0, run.lines().get("t.L").utilisation(), 1e-9);
	}

	@Test
	void firstArrivalIsLeadTimePlusQuickestTransit() {
		Doc doc = new Doc(90).site("t.Factory", "none", false).site("t.Port", "none", false).unit(ITEM, 1);
		doc.line("t.L", ITEM, "t.Factory", 5, 20);
		doc.route("t.Factory", "t.Port", 5).route("t.Port", "t.Base", 3).route("t.Factory", "t.Base", 30);
		ItemResult r = doc.run().items().get(ITEM);
		assertEquals(20 + 8, r.firstArrivalDay());
		assertEquals(0, r.exhaustionDay());
		assertEquals(Simulator.LEAD_TIME, r.bindingConstraint());
		assertEquals(Map.of(Simulator.LEAD_TIME, 20, Simulator.TRANSIT, 8), r.shortfallDays());
		assertEquals(28, r.unmet(), 1e-9);

		Doc unreachable = new Doc(90).site("t.Factory", "none", false).unit(ITEM, 1);
		unreachable.line("t.L", ITEM, "t.Factory", 5, 0);
		ItemResult never = unreachable.run().items().get(ITEM);
		assertNull(never.firstArrivalDay());
		assertEquals(Simulator.TRANSIT, never.bindingConstraint());
	}

	@Test
	void productionBelowDemandIsBoundByCapacity() {
		Doc doc = new Doc(30).stock("t.P", ITEM, "t.Base", 50).unit(ITEM, 10);
		doc.line("t.L", ITEM, "t.Base", 5, 0);
		RunResult run = doc.run();
		ItemResult r = run.items().get(ITEM);
		assertEquals(10, r.exhaustionDay()); // 50 of stock drawn down at 10 - 5 a day
		assertEquals(Simulator.CAPACITY, r.bindingConstraint());
		assertEquals(Map.of(Simulator.CAPACITY, 20), r.shortfallDays());
		assertEquals(20 * 5, r.unmet(), 1e-9);
		assertEquals(1.0, run.lines().get("t.L").utilisation(), 1e-9);
	}

	@Test
	void surgeRampSetsMonthlyOutput() {
		Doc doc = new Doc(120);
		JsonObject line = doc.line("t.L", ITEM, "t.Base", 1, 0);
		JsonObject surge = new JsonObject();
		surge.addProperty("targetPerDay", 3);
		surge.addProperty("rampDays", 90);
		line.add("surge", surge);
		doc.stock("t.P", ITEM, "t.Base", 0);
		ItemResult r = doc.run().items().get(ITEM);
		for (int month = 0; month < 4; month++) {
			double expected = 0;
			for (int d = month * 30; d < month * 30 + 30; d++) {
				expected += 1 + 2 * Math.min(1.0, d / 90.0);
			}
			double before = month == 0 ? 0 : r.stock()[month * 30 - 1];
			assertEquals(expected, r.stock()[month * 30 + 29] - before, 1e-6, "month " + month);
		}
		assertEquals(3 * 30, r.stock()[119] - r.stock()[89], 1e-6); // at the target after the ramp
	}

	@Test
	void enableAndSetRateExcursionsApplyFromTheirDay() {
		Doc doc = new Doc(40);
		JsonObject line = doc.line("t.L", ITEM, "t.Base", 1, 0);
		line.addProperty("planned", true);
		line.add("producesFrom", com.google.gson.JsonNull.INSTANCE);
		doc.stock("t.P", ITEM, "t.Base", 0).excursion("enable", "t.L", 10).excursion("set", "t.L", 20);
		JsonObject set = doc.excursions.get(1).getAsJsonObject();
		set.addProperty("property", "rate");
		set.addProperty("value", 2);
		RunResult run = doc.run();
		double[] stock = run.items().get(ITEM).stock();
		assertEquals(0, stock[9], 1e-9);
		assertEquals(10, stock[19], 1e-9); // days 10..19 at 1/day
		assertEquals(10 + 2 * 20, stock[39], 1e-9); // days 20..39 at 2/day
		assertEquals(10, run.lines().get("t.L").firstProductionDay());
		assertEquals(10, run.items().get(ITEM).firstArrivalDay());
	}

	@Test
	void cuttingASingleSourceComponentLineStopsDownstreamOutputOnceItsStockIsUsed() {
		Doc doc = new Doc(40).site("t.Plant", "none", false).unit(ITEM, 5);
		JsonObject component = doc.line("t.C", COMPONENT, "t.Plant", 10, 0);
		JsonObject alloc = new JsonObject();
		alloc.addProperty("line", "t.F");
		alloc.addProperty("ratePerDay", 10);
		component.getAsJsonArray("allocations").add(alloc);
		JsonObject fin = doc.line("t.F", ITEM, "t.Base", 5, 0);
		JsonObject input = new JsonObject();
		input.addProperty("item", COMPONENT);
		input.addProperty("supplierLine", "t.C");
		input.addProperty("quantityPerUnit", 1);
		fin.getAsJsonArray("inputs").add(input);
		doc.excursion("disable", "t.C", 10);
		RunResult run = doc.run();
		ItemResult r = run.items().get(ITEM);
		// 10 days of seekers: 100, of which 50 used by day 9 and 50 buffered; 5/day lasts to day 19
		assertEquals(20, r.exhaustionDay());
		assertEquals(Simulator.INPUT_CAP, r.bindingConstraint());
		assertEquals(100, run.lines().get("t.F").produced(), 1e-9);
		assertEquals(100, run.lines().get("t.C").produced(), 1e-9);
		assertEquals(20 * 5, r.unmet(), 1e-9);
	}

	@Test
	void strikeRemovesTheDeclaredShareOfExposedStock() {
		Doc doc = new Doc(10).site("t.Bunker", "hardened", false).site("t.Field", "none", true)
				.stock("t.P1", ITEM, "t.Base", 1000).stock("t.P2", ITEM, "t.Bunker", 1000)
				.stock("t.P3", ITEM, "t.Field", 1000).threat(0.3, "t.Base", "t.Bunker", "t.Field");
		JsonArray ts = doc.root.getAsJsonObject("scenario").getAsJsonArray("theatreSites");
		ts.add("t.Bunker");
		ts.add("t.Field");
		ItemResult r = doc.run().items().get(ITEM);
		assertEquals(3000, r.initialStock(), 1e-9);
		assertEquals(300, r.destroyed(), 1e-9);
		assertEquals(2700, r.stock()[0], 1e-9);
	}

	private static Doc struck() {
		return new Doc(100).stock("t.P", ITEM, "t.Base", 10_000).unit(ITEM, 100).threat(0.3, "t.Base");
	}

	@Test
	void sameSeedSameResultsDifferentSeedsDifferentStrikes() {
		SimData data = struck().data();
		String a = Simulation.json(Simulation.run(data, 16, 42, false));
		String b = Simulation.json(Simulation.run(data, 16, 42, false));
		assertEquals(a, b);
		Simulation.Outcome one = Simulation.run(data, 16, 1, false), two = Simulation.run(data, 16, 2, false);
		assertNotEquals(one.runs().get(0).items().get(ITEM).destroyed(), two.runs().get(0).items().get(ITEM).destroyed());
		assertTrue(one.runs().stream().map(r -> r.items().get(ITEM).destroyed()).distinct().count() > 1,
				"the runs of one seed draw from independent streams");
		for (RunResult r : one.runs()) {
			double destroyed = r.items().get(ITEM).destroyed();
			assertEquals(destroyed, Math.rint(destroyed)); // binomial: whole missiles
			assertTrue(Math.abs(destroyed - 3000) < 300, "binomial around the share: " + destroyed);
		}
		// deterministic mode: every run the exact share
		Simulation.run(data, 4, 9, true).runs().forEach(r -> assertEquals(3000, r.items().get(ITEM).destroyed(), 1e-9));
	}



	private static Path flagship() {
		return root().resolve("examples/indo-pacific");
	}

	@Test
	void flagshipLrasmIsExhaustedWithinAWeekOfHighIntensity() throws Exception {
		Path outDir = dir.resolve("taiwan");
		assertEquals(0, run("simulate", "--scenario", "TaiwanStrait2027", "--out", outDir.toString(),
				flagship().toString()), err);
		assertTrue(out.contains("LRASM"), out);
		JsonObject results = JsonParser.parseString(Files.readString(outDir.resolve("results.json"))).getAsJsonObject();
		assertTrue(results.get("deterministic").getAsBoolean());
		int firstHigh = results.get("firstHighIntensityDay").getAsInt();
		JsonObject lrasm = null;
		for (var e : results.getAsJsonArray("items")) {
			if (e.getAsJsonObject().get("item").getAsString().endsWith(".LRASM")) {
				lrasm = e.getAsJsonObject();
			}
		}
		assertNotNull(lrasm);
		int exhausted = lrasm.get("exhaustionDay").getAsInt();
		// CSIS (Empty Bins, 2023): LRASM is gone in under a week of high-intensity fighting
		assertTrue(exhausted >= firstHigh && exhausted - firstHigh <= 7, "LRASM exhausted on day " + exhausted
				+ ", high intensity from day " + firstHigh);
		assertEquals(exhausted - firstHigh, lrasm.get("highIntensityDaysToExhaustion").getAsInt());
		String csv = Files.readString(outDir.resolve("stock.csv"));
		assertTrue(csv.startsWith("day,item,theatre,stock\r\n"), csv.substring(0, 40));
		assertTrue(Files.exists(outDir.resolve("items.csv")));
		try (var files = Files.list(outDir)) {
			assertEquals(4, files.count(), "no temporary files left (3 files and charts/)");
		}
	}

	@Test
	void severalRunsPrintPercentilesAndBadUsageExitsTwo() throws Exception {
		Path outDir = dir.resolve("many");
		assertEquals(0, run("simulate", "--scenario", "TaiwanStrait2027", "--runs", "8", "--seed", "5", "--out",
				outDir.toString(), flagship().toString()), err);
		assertTrue(out.contains("P10/P50/P90"), out);
		String results = Files.readString(outDir.resolve("results.json"));
		assertTrue(results.contains("\"exhaustionDayP50\""), results.substring(0, 200));
		assertTrue(results.contains("\"probabilityExhaustedBeforeDay30\""));

		assertEquals(2, run("simulate", "--scenario", "TaiwanStrait2027", "--runs", "many", flagship().toString()));
		assertEquals(1, err.lines().filter(l -> l.startsWith("sinew:")).count(), err);
		assertEquals(2, run("simulate", flagship().toString()));
		assertEquals(2, run("simulate", "--scenario", "NoSuchScenario", flagship().toString()));
		assertTrue(err.contains("no scenario 'NoSuchScenario'"), err);
		assertEquals(2, run("simulate", "--scenario", "TaiwanStrait2027", "--bogus", flagship().toString()));
	}
}
