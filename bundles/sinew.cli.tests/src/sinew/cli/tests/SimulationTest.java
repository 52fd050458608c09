package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
			root.add("licences", new JsonArray());
			root.add("items", new JsonArray());
			root.add("mroFacilities", new JsonArray());
			site("t.Base", "none", false);
		}

		Doc site(String id, String hardening, boolean dispersed) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id);
			o.addProperty("host", "t.A");
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
			o.addProperty("nation", "t.A");
			lines.add(o);
			return o;
		}

		/** An allocation of a line's output to a nation ({@code nation}) or a line ({@code line}). */
		JsonObject allocate(JsonObject line, String nation, String toLine, double rate) {
			JsonObject a = new JsonObject();
			if (nation != null) {
				a.addProperty("nation", nation);
			}
			if (toLine != null) {
				a.addProperty("line", toLine);
			}
			a.addProperty("ratePerDay", rate);
			line.getAsJsonArray("allocations").add(a);
			return a;
		}

		/** An input of a line from a supplier line. */
		void input(JsonObject line, String item, String supplier, double perUnit) {
			JsonObject input = new JsonObject();
			input.addProperty("item", item);
			input.addProperty("supplierLine", supplier);
			input.addProperty("quantityPerUnit", perUnit);
			line.getAsJsonArray("inputs").add(input);
		}

		/** A licence: status, and effective and expiry dates (or null). */
		Doc licence(String id, String status, String effective, String expires) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id);
			o.addProperty("status", status);
			o.addProperty("effective", effective);
			o.addProperty("expires", expires);
			root.getAsJsonArray("licences").add(o);
			return this;
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

		Doc route(String from, String to, double days, double capacityPerDay) {
			route(from, to, days);
			routes.get(routes.size() - 1).getAsJsonObject().addProperty("capacityPerDay", capacityPerDay);
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
	void probabilityOfExhaustionBeforeDayDCountsTheRunsExhaustedStrictlyBeforeD() {
		// exhausted on day 10 in every run (no random effect): P(before 10) = 0, P(before 11) = 1
		SimData data = new Doc(60).stock("t.P", ITEM, "t.Base", 100).unit(ITEM, 10).data();
		Simulation.Outcome o = Simulation.run(data, 4, 3, false);
		JsonObject at10 = summaryOf(o.beforeDay(10)), at11 = summaryOf(o.beforeDay(11));
		assertEquals(10, at10.get("exhaustedBeforeDay").getAsInt());
		assertEquals(0.0, at10.get("probabilityExhaustedBefore").getAsDouble());
		assertEquals(1.0, at11.get("probabilityExhaustedBefore").getAsDouble());
		assertThrows(IllegalArgumentException.class, () -> o.beforeDay(0));
	}

	private static JsonObject summaryOf(Simulation.Outcome o) {
		JsonObject root = com.google.gson.JsonParser.parseString(Simulation.json(o)).getAsJsonObject();
		return root.getAsJsonArray("items").get(0).getAsJsonObject().getAsJsonObject("summary");
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
		// a cold line (no pre-war rate) surged on war orders placed on day 0: first output at its lead time
		Doc doc = new Doc(90).site("t.Factory", "none", false).site("t.Port", "none", false).unit(ITEM, 1);
		JsonObject cold = doc.line("t.L", ITEM, "t.Factory", 0, 20);
		JsonObject surge = new JsonObject();
		surge.addProperty("targetPerDay", 5);
		surge.addProperty("rampDays", 0);
		cold.add("surge", surge);
		doc.route("t.Factory", "t.Port", 5).route("t.Port", "t.Base", 3).route("t.Factory", "t.Base", 30);
		ItemResult r = doc.run().items().get(ITEM);
		assertEquals(20 + 8, r.firstArrivalDay());
		assertEquals(0, r.exhaustionDay());
		assertEquals(Simulator.LEAD_TIME, r.bindingConstraint());
		assertEquals(Map.of(Simulator.LEAD_TIME, 20, Simulator.TRANSIT, 8), r.shortfallDays());
		assertEquals(28, r.unmet(), 1e-9);
		assertEquals(8, r.replenishmentLagDays()); // production to arrival: the transit

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


	@Test
	void aLineInProductionBeforeTheWarDeliversFromDayZeroWithoutWaitingForItsLeadTime() {
		// pre-war orders: the rate it was making keeps coming; only the surge waits for the lead time
		Doc doc = new Doc(60).site("t.Factory", "none", false).stock("t.P", ITEM, "t.Base", 0);
		JsonObject line = doc.line("t.L", ITEM, "t.Factory", 2, 30);
		JsonObject surge = new JsonObject();
		surge.addProperty("targetPerDay", 6);
		surge.addProperty("rampDays", 0);
		line.add("surge", surge);
		doc.route("t.Factory", "t.Base", 3);
		RunResult run = doc.run();
		ItemResult r = run.items().get(ITEM);
		assertEquals(3, r.firstArrivalDay());
		double[] output = run.lines().get("t.L").output();
		assertEquals(2, output[0], 1e-9);
		assertEquals(2, output[29], 1e-9);
		assertEquals(6, output[30], 1e-9); // war orders from the lead time on
		assertEquals(2 * 30 + 6 * (60 - 3 - 30), r.stock()[59], 1e-9); // what left by day 56 has arrived
	}

	@Test
	void anExportNeedingALicenceArrivesOnlyFromTheLicencesDay() {
		// a line in nation A allocates to nation B; the flow needs licence t.Lic, pending, granted on day 15
		Doc doc = new Doc(40).stock("t.P", ITEM, "t.Base", 0).unit(ITEM, 1);
		JsonObject line = doc.line("t.L", ITEM, "t.Base", 2, 0);
		JsonObject a = doc.allocate(line, "t.B", null, 2);
		a.addProperty("licenceRequired", true);
		JsonArray licences = new JsonArray();
		licences.add("t.Lic");
		a.add("exportLicences", licences);
		doc.licence("t.Lic", "pending", null, null).excursion("grant", "t.Lic", 15);
		RunResult run = doc.run();
		ItemResult r = run.items().get(ITEM);
		assertEquals(15, r.firstArrivalDay());
		assertEquals(0, r.stock()[14], 1e-9);
		assertEquals(16 * 2 - 1, r.stock()[15], 1e-9); // days 0..15 released at once, one consumed
		assertEquals(0, r.replenishmentLagDays()); // once licensed, each day's output arrives that day
		assertEquals(0, r.exhaustionDay());
		assertEquals(Map.of(Simulator.EXPORT_LICENCE, 15), r.shortfallDays());
		assertEquals(0, run.lines().get("t.L").heldForExport(), 1e-9);

		// granted with an effective date: from that day; expiring: held again afterwards
		Doc dated = new Doc(40).stock("t.P", ITEM, "t.Base", 0);
		JsonObject l2 = dated.line("t.L", ITEM, "t.Base", 2, 0);
		JsonObject a2 = dated.allocate(l2, "t.B", null, 2);
		a2.addProperty("licenceRequired", true);
		a2.add("exportLicences", licences);
		dated.licence("t.Lic", "granted", "2027-01-11", "2027-01-21");
		RunResult datedRun = dated.run();
		double[] stock = datedRun.items().get(ITEM).stock();
		assertEquals(0, stock[9], 1e-9);
		assertEquals(11 * 2, stock[10], 1e-9);
		assertEquals(20 * 2, stock[19], 1e-9);
		assertEquals(20 * 2, stock[39], 1e-9); // expired on day 20: nothing more moves
		assertEquals(20 * 2, datedRun.lines().get("t.L").heldForExport(), 1e-9);

		// denied, or required with no licence at all: it never arrives
		for (String status : new String[] { "denied", "pending" }) {
			Doc never = new Doc(20).stock("t.P", ITEM, "t.Base", 0);
			JsonObject l3 = never.line("t.L", ITEM, "t.Base", 2, 0);
			JsonObject a3 = never.allocate(l3, "t.B", null, 2);
			a3.addProperty("licenceRequired", true);
			a3.add("exportLicences", licences);
			never.licence("t.Lic", status, null, null);
			assertNull(never.run().items().get(ITEM).firstArrivalDay(), status);
		}
		// a flow that needs no licence moves at once
		Doc free = new Doc(20).stock("t.P", ITEM, "t.Base", 0);
		free.allocate(free.line("t.L", ITEM, "t.Base", 2, 0), "t.B", null, 2);
		assertEquals(0, free.run().items().get(ITEM).firstArrivalDay());
	}

	@Test
	void aLineUnderLicenceProducesOnlyWhileItsLicenceIsInForce() {
		Doc doc = new Doc(30).stock("t.P", ITEM, "t.Base", 0).unit(ITEM, 1);
		doc.line("t.L", ITEM, "t.Base", 3, 0).addProperty("licence", "t.Lic");
		doc.licence("t.Lic", "granted", "2027-01-08", null).excursion("disable", "t.Lic", 20);
		RunResult run = doc.run();
		assertEquals(7, run.lines().get("t.L").firstProductionDay());
		assertEquals(3 * (20 - 7), run.lines().get("t.L").produced(), 1e-9);
		ItemResult r = run.items().get(ITEM);
		assertEquals(Simulator.EXPORT_LICENCE, r.bindingConstraint());
		assertEquals(7, r.shortfallDays().get(Simulator.EXPORT_LICENCE));

		Doc denied = new Doc(30).stock("t.P", ITEM, "t.Base", 0);
		denied.line("t.L", ITEM, "t.Base", 3, 0).addProperty("licence", "t.Lic");
		denied.licence("t.Lic", "denied", null, null);
		assertEquals(0, denied.run().lines().get("t.L").produced(), 1e-9);
	}

	@Test
	void aRouteCarriesAtMostItsCapacityAndTheRestWaits() {
		Doc doc = new Doc(30).site("t.Factory", "none", false).stock("t.P", ITEM, "t.Base", 40).unit(ITEM, 5);
		doc.line("t.L", ITEM, "t.Factory", 10, 0);
		doc.route("t.Factory", "t.Base", 2, 4);
		ItemResult r = doc.run().items().get(ITEM);
		assertEquals(2, r.firstArrivalDay());
		assertEquals(4 * (30 - 2), r.arrived(), 1e-9); // 4 a day from day 2, whatever is made
		assertEquals(2, r.replenishmentLagDays());
		assertNull(r.exhaustionDay()); // 40 + 4 (d - 1) - 5 (d + 1) = 31 - d stays positive in 30 days
		// with 10 in stock: days 0 and 1 from stock, then 4 a day against 5
		Doc tight = new Doc(30).site("t.Factory", "none", false).stock("t.P", ITEM, "t.Base", 10).unit(ITEM, 5);
		tight.line("t.L", ITEM, "t.Factory", 10, 0);
		tight.route("t.Factory", "t.Base", 2, 4);
		ItemResult t = tight.run().items().get(ITEM);
		assertEquals(2, t.exhaustionDay());
		assertEquals(Simulator.ROUTE_CAPACITY, t.bindingConstraint());
		assertEquals(Map.of(Simulator.ROUTE_CAPACITY, 28), t.shortfallDays());
		assertEquals(28 * 1, t.unmet(), 1e-9);
		// with twice the capacity the route never binds
		Doc wide = new Doc(30).site("t.Factory", "none", false).stock("t.P", ITEM, "t.Base", 10).unit(ITEM, 5);
		wide.line("t.L", ITEM, "t.Factory", 10, 0);
		wide.route("t.Factory", "t.Base", 2, 10);
		assertNull(wide.run().items().get(ITEM).exhaustionDay());
	}

	@Test
	void spareSupplierOutputGoesToTheLineThatNeedsIt() {
		// seekers: 10 a day, allocated 6 to line A and 2 to line B; B can make 4 a day, A 6
		Doc doc = new Doc(10).site("t.Plant", "none", false);
		JsonObject seekers = doc.line("t.S", COMPONENT, "t.Plant", 10, 0);
		doc.allocate(seekers, null, "t.A", 6);
		doc.allocate(seekers, null, "t.B", 2);
		JsonObject a = doc.line("t.A", ITEM, "t.Plant", 6, 0);
		doc.input(a, COMPONENT, "t.S", 1);
		JsonObject b = doc.line("t.B", ITEM, "t.Plant", 4, 0);
		doc.input(b, COMPONENT, "t.S", 1);
		RunResult run = doc.run();
		assertEquals(6 * 10, run.lines().get("t.A").produced(), 1e-9);
		assertEquals(4 * 10, run.lines().get("t.B").produced(), 1e-9); // its 2, and the 2 spare it needs
		// short of the allocations: shared in proportion to them
		seekers.addProperty("ratePerDay", 4);
		RunResult shortRun = doc.run();
		assertEquals(3 * 10, shortRun.lines().get("t.A").produced(), 1e-9);
		assertEquals(1 * 10, shortRun.lines().get("t.B").produced(), 1e-9);
	}

	@Test
	void mroReturnsPlatformsAtItsThroughputAndUnitsWithFewerPlatformsFireLess() {
		// 10 platforms due every 10 days: 1 a day; 5 slots of 5 days: 1 a day returned once full
		Doc doc = new Doc(10).stock("t.P", ITEM, "t.Base", 1000).unit(ITEM, 10);
		JsonObject unit = doc.units.get(0).getAsJsonObject();
		unit.addProperty("nation", "t.A");
		unit.addProperty("platform", "t.Jet");
		unit.addProperty("count", 10);
		JsonObject jet = new JsonObject();
		jet.addProperty("id", "t.Jet");
		jet.addProperty("maintenanceIntervalDays", 10);
		jet.addProperty("maintenanceDurationDays", 5);
		doc.root.getAsJsonArray("items").add(jet);
		JsonObject mro = new JsonObject();
		mro.addProperty("id", "t.Depot");
		JsonArray serves = new JsonArray();
		serves.add("t.Jet");
		mro.add("serves", serves);
		mro.addProperty("slots", 5);
		JsonArray nations = new JsonArray();
		nations.add("t.A");
		mro.add("certifiedNations", nations);
		doc.root.getAsJsonArray("mroFacilities").add(mro);
		RunResult run = doc.run();
		Simulator.UnitResult u = run.units().get(t("Unit0"));
		assertEquals("t.Depot", u.mro());
		assertEquals(5, u.minAvailable(), 1e-9); // days 0..3: 9, 8, 7, 6 available; then 5
		assertEquals((9 + 8 + 7 + 6 + 5 * 6) / 10.0, u.meanAvailable(), 1e-9);
		assertEquals(9 + 8 + 7 + 6 + 5 * 6, run.items().get(ITEM).demand(), 1e-9); // 10 a day × available ÷ 10
		assertEquals(5, run.mro().get("t.Depot").returned(), 1e-9); // days 5..9
		assertEquals((1 + 2 + 3 + 4 + 5 * 6) / 50.0, run.mro().get("t.Depot").utilisation(), 1e-9);

		// a facility not certified for the unit's nation does not take it: platforms wait, 1 a day
		nations.set(0, new com.google.gson.JsonPrimitive("t.B"));
		Simulator.UnitResult waiting = doc.run().units().get(t("Unit0"));
		assertNull(waiting.mro());
		assertEquals(0, waiting.minAvailable(), 1e-9);
	}

	private static String t(String name) {
		return "t." + name;
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
			assertEquals(Simulation.FILES.size() + 1, files.count(), "no temporary files left (the files and charts/)");
		}
	}


	/** The flagship's simulation input for a scenario, as the generator writes it. */
	private SimData flagshipInput(String scenario) throws Exception {
		Path to = dir.resolve("input-" + scenario);
		assertEquals(0, run("generate", "sim-input", "--scenario", scenario, "--out", to.toString(), flagship().toString()),
				err);
		return SimData.parse(Files.readString(to.resolve("sim-input.json")));
	}

	/** A line's output per 30-day block, as a yearly rate (block 0 is days 0..29). */
	private static double[] yearlyRateByMonth(RunResult run, String line) {
		double[] output = run.lines().get(line).output();
		double[] rates = new double[output.length / 30];
		for (int m = 0; m < rates.length; m++) {
			for (int d = m * 30; d < m * 30 + 30; d++) {
				rates[m] += output[d];
			}
			rates[m] *= 365.25 / 30;
		}
		return rates;
	}

	private static final String MHI = "indopacific.industry.MHI_Komaki_PAC3";

	@Test
	void flagshipMhiPac3StaysNear30AYearUntilSeekersAllowMoreThenRisesTowards60() throws Exception {
		// TaiwanStrait2027: MHI's licensed line at its ~30/yr all year; its surge waits for its 24-month lead time
		RunResult base = Simulation.run(flagshipInput("TaiwanStrait2027"), 1, 1, true).runs().get(0);
		for (double rate : yearlyRateByMonth(base, MHI)) {
			assertEquals(30, rate, 0.5);
		}
		// the in-theatre production variant sets MHI to 60/yr from June 2027 (day 151): seekers from the 2027
		// expansion of the single U.S. seeker line let it rise towards 60, short of it because Camden takes its share
		SimData variantInput = flagshipInput("InTheatreProduction2027");
		RunResult variant = Simulation.run(variantInput, 1, 1, true).runs().get(0);
		double[] rates = yearlyRateByMonth(variant, MHI);
		for (int m = 0; m < 5; m++) {
			assertEquals(30, rates[m], 0.5, "month " + m);
		}
		for (int m = 6; m < rates.length; m++) {
			assertTrue(rates[m] > 50 && rates[m] <= 60 + 1e-6, "month " + m + ": " + rates[m]);
		}
		// without the seeker expansion (the capacity change of the seeker line removed) MHI stays at ~30/yr:
		// seekers, not MHI's own capacity, hold it
		SimData noExpansion = withoutCapacityChanges(variantInput, "indopacific.industry.Boeing_Huntsville_Seeker");
		RunResult capped = Simulation.run(noExpansion, 1, 1, true).runs().get(0);
		for (double rate : yearlyRateByMonth(capped, MHI)) {
			assertEquals(30, rate, 0.5);
		}
		assertTrue(capped.lines().get(MHI).utilisation() < 0.7, "idle capacity without seekers");
		assertTrue(variant.lines().get(MHI).utilisation() > 0.9, "fed with seekers");
	}

	private static SimData withoutCapacityChanges(SimData data, String line) {
		List<SimData.Line> lines = data.lines().stream().map(l -> !l.id().equals(line) ? l
				: new SimData.Line(l.id(), l.item(), l.site(), l.ratePerDay(), List.of(), l.surge(), l.leadTimeDays(),
						l.start(), l.end(), l.planned(), l.producesFrom(), l.inputs(), l.allocations(), l.nation(),
						l.licence())).toList();
		return new SimData(data.scenario(), data.sites(), lines, data.stockpiles(), data.units(), data.routes(),
				data.excursions(), data.platforms(), data.mroFacilities(), data.licences());
	}

	@Test
	void flagshipInTheatreProductionCutsTheReplenishmentLagOfGmlrsFromWeeksToDays() throws Exception {
		String gmlrs = "indopacific.industry.GMLRS";
		// base: GMLRS comes from Camden by rail and sealift through Guam, three weeks
		ItemResult base = Simulation.run(flagshipInput("TaiwanStrait2027"), 1, 1, true).runs().get(0).items().get(gmlrs);
		assertTrue(base.replenishmentLagDays() >= 14, "weeks: " + base.replenishmentLagDays());
		assertEquals(5 + 15, base.replenishmentLagDays()); // Camden-Concord rail 5 days, Concord-Guam sealift 15
		// variant: the Orchard Hills plant, brought forward to June 2027, ships by rail to Darwin and sea to Luzon
		RunResult variant = Simulation.run(flagshipInput("InTheatreProduction2027"), 1, 1, true).runs().get(0);
		ItemResult v = variant.items().get(gmlrs);
		assertTrue(v.replenishmentLagDays() < 10, "days: " + v.replenishmentLagDays());
		assertEquals(4 + 5, v.replenishmentLagDays());
		assertEquals(151, variant.lines().get("indopacific.industry.LMA_OrchardHills_GMLRS").firstProductionDay());
		assertTrue(v.arrived() > base.arrived());
		// PAC-3 is made in theatre in both (MHI Komaki to Naha by air): days either way
		assertEquals(1, variant.items().get("indopacific.industry.PAC3_MSE").replenishmentLagDays());
	}

	@Test
	void severalRunsPrintPercentilesAndBadUsageExitsTwo() throws Exception {
		Path outDir = dir.resolve("many");
		assertEquals(0, run("simulate", "--scenario", "TaiwanStrait2027", "--runs", "8", "--seed", "5", "--out",
				outDir.toString(), flagship().toString()), err);
		assertTrue(out.contains("P10/P50/P90"), out);
		String results = Files.readString(outDir.resolve("results.json"));
		assertTrue(results.contains("\"exhaustionDayP50\""), results.substring(0, 200));
		assertTrue(results.contains("\"exhaustedBeforeDay\": 30"), "D is 30 unless named");
		assertTrue(out.contains("P(<d30)"), out);
		assertEquals(0, run("simulate", "--scenario", "TaiwanStrait2027", "--runs", "8", "--seed", "5", "--before-day",
				"45", "--out", outDir.toString(), flagship().toString()), err);
		assertTrue(out.contains("P(<d45)"), out);
		assertTrue(Files.readString(outDir.resolve("results.json")).contains("\"exhaustedBeforeDay\": 45"));
		assertTrue(Files.readString(outDir.resolve("items.csv")).lines().findFirst().orElseThrow()
				.endsWith(",p_exhausted_before_day_45"));
		assertEquals(2, run("simulate", "--scenario", "TaiwanStrait2027", "--before-day", "0", flagship().toString()));
		assertTrue(err.contains("--before-day"), err);

		assertEquals(2, run("simulate", "--scenario", "TaiwanStrait2027", "--runs", "many", flagship().toString()));
		assertEquals(1, err.lines().filter(l -> l.startsWith("sinew:")).count(), err);
		assertEquals(2, run("simulate", flagship().toString()));
		assertEquals(2, run("simulate", "--scenario", "NoSuchScenario", flagship().toString()));
		assertTrue(err.contains("no scenario 'NoSuchScenario'"), err);
		assertEquals(2, run("simulate", "--scenario", "TaiwanStrait2027", "--bogus", flagship().toString()));
	}
}
