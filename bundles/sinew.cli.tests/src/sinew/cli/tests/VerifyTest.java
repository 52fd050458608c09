package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * `sinew verify`: requirements against analysis and simulation on a hand-checkable scenario (100 missiles in the
 * theatre, 10 a day at high intensity from day 0 for 20 days: exhausted on day 10, 100 unmet), its reports, and
 * the flagship.
 */
class VerifyTest extends CliTestSupport {

	@TempDir
	Path dir;

	private static final String BASE = """
			package t
			site Base { at 26.35N 127.77E }
			site Far { at 35.0N 139.0E }
			munition Missile
			theatre T { sites Base }
			theatre Other { sites Far }
			stockpile S { item Missile site Base quantity 100 }
			unit U { base Base consumes Missile 10/day at high }
			scenario War { theatre T start 2027-01-01 duration 20 days phase Fight high for 20 days }
			""";

	private Path models(String requirements) throws Exception {
		Path model = dir.resolve("models/model.sinew");
		Files.createDirectories(model.getParent());
		Files.writeString(model, BASE + requirements);
		return model.getParent();
	}

	private static final String ONE_PASSES_ONE_FAILS = """
			requirement Lasts { exhaustion-day of Missile in T > 5 days under War verified by simulation }
			requirement Month { days-of-supply of Missile in T >= 30 days under War verified by simulation }
			""";

	private static Path schemas() {
		String schemas = System.getProperty("sinew.schemas");
		return (schemas != null ? Path.of(schemas) : Path.of("schemas")).toAbsolutePath().normalize();
	}

	@Test
	void onePassingAndOneFailingRequirement() throws Exception {
		assertEquals(1, run("verify", models(ONE_PASSES_ONE_FAILS).toString()), err);
		assertEquals(List.of(
				"Lasts: PASS: exhaustion-day of Missile in T = 10 days, required > 5 days (under War, simulation)",
				"Month: FAIL: days-of-supply of Missile in T = 10 days, required >= 30 days (under War, simulation)",
				"2 requirements: 1 passed, 1 failed, 0 unknown"), out.lines().toList());
	}

	@Test
	void allPassingExitsZeroAndAnalysisUsesStockOverHighIntensityConsumption() throws Exception {
		assertEquals(0, run("verify", models("""
				requirement Lasts { exhaustion-day of Missile in T > 5 days under War verified by simulation }
				requirement Static { days-of-supply of Missile in T >= 10 days under War verified by analysis }
				requirement Held { stock-level of Missile in T >= 100 under War verified by analysis }
				requirement Unmet { unmet-demand of Missile in T <= 100 under War verified by simulation }
				""").toString()), out + err);
		assertEquals(List.of(
				"Lasts: PASS: exhaustion-day of Missile in T = 10 days, required > 5 days (under War, simulation)",
				"Static: PASS: days-of-supply of Missile in T = 10 days, required >= 10 days (under War, analysis)",
				"Held: PASS: stock-level of Missile in T = 100, required >= 100 (under War, analysis)",
				"Unmet: PASS: unmet-demand of Missile in T = 100, required <= 100 (under War, simulation)",
				"4 requirements: 4 passed, 0 failed, 0 unknown"), out.lines().toList());
	}

	@Test
	void neverExhaustedCountsAsTheScenarioLength() throws Exception {
		Path models = models("""
				requirement Lasts { exhaustion-day of Missile in T > 19 days under War verified by simulation }
				""");
		Files.writeString(models.resolve("model.sinew"),
				Files.readString(models.resolve("model.sinew")).replace("quantity 100", "quantity 1000"));
		assertEquals(0, run("verify", models.toString()), out + err);
		assertTrue(out.startsWith("Lasts: PASS: exhaustion-day of Missile in T = 20 days (not exhausted in the "
				+ "scenario's 20 days), required > 19 days (under War, simulation)\n"), out);
	}

	@Test
	void anUnmeasurableRequirementIsUnknownAndFails() throws Exception {
		assertEquals(1, run("verify", models("""
				requirement Elsewhere { exhaustion-day of Missile in Other > 5 days under War verified by simulation }
				requirement Static { exhaustion-day of Missile in T > 5 days under War verified by analysis }
				""").toString()));
		assertEquals(List.of(
				"Elsewhere: UNKNOWN: exhaustion-day of Missile in Other cannot be measured: the simulation of War "
						+ "covers its theatre T only (under War, simulation)",
				"Static: UNKNOWN: exhaustion-day of Missile in T cannot be measured: exhaustion-day has no static "
						+ "figure; verify it by simulation (under War, analysis)",
				"2 requirements: 0 passed, 0 failed, 2 unknown"), out.lines().toList());
	}

	@Test
	void severalRunsReportTheMedian() throws Exception {
		assertEquals(1, run("verify", "--runs", "5", "--seed", "3", models(ONE_PASSES_ONE_FAILS).toString()));
		assertTrue(out.contains("Lasts: PASS: exhaustion-day of Missile in T = 10 days, required > 5 days "
				+ "(under War, simulation, P50 of 5 runs, seed 3)"), out);
	}

	@Test
	void modelsWithErrorsAreRefusedAndBadUsageIsTwo() throws Exception {
		assertEquals(1, run("verify", models("requirement Bad { stock-level of Nothing in T >= 1 under War }").toString()));
		assertTrue(err.contains("nothing verified"), err);
		assertEquals("", out);
		assertEquals(2, run("verify"));
		assertEquals(2, run("verify", "--format", "pdf", dir.toString()));
		assertEquals(2, run("verify", "--runs", "x", dir.toString()));
	}

	@Test
	void sarifIsValidAndHoldsExactlyTheFailingRequirements() throws Exception {
		Path models = models(ONE_PASSES_ONE_FAILS);
		Path sarif = dir.resolve("reports/verify.sarif");
		assertEquals(1, run("verify", "--format", "sarif", "--output", sarif.toString(), models.toString()));
		assertTrue(out.contains("Month: FAIL"), out); // the text still goes to the console
		JsonNode log = new ObjectMapper().readTree(sarif.toFile());
		assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
				.getSchema(Files.newInputStream(schemas().resolve("sarif-2.1.0-rtm.5.json"))).validate(log));
		JsonNode run = log.get("runs").get(0);
		assertEquals(1, run.get("tool").get("driver").get("rules").size());
		assertEquals("SNW-REQ-001", run.get("tool").get("driver").get("rules").get(0).get("id").asText());
		JsonNode results = run.get("results");
		assertEquals(1, results.size());
		JsonNode result = results.get(0);
		assertEquals("SNW-REQ-001", result.get("ruleId").asText());
		assertTrue(result.get("message").get("text").asText().startsWith("Month: FAIL: days-of-supply"));
		JsonNode location = result.get("locations").get(0).get("physicalLocation");
		int declaration = BASE.lines().toList().size() + 2; // the second requirement's line
		assertEquals(declaration, location.get("region").get("startLine").asInt());
		assertTrue(location.get("artifactLocation").get("uri").asText().endsWith("model.sinew"));
	}

	@Test
	void junitHasOneTestCasePerRequirement() throws Exception {
		Path xml = dir.resolve("TEST-requirements.xml");
		assertEquals(1, run("verify", "--format", "junit", "--output", xml.toString(),
				models(ONE_PASSES_ONE_FAILS).toString()));
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
		NodeList suites = document.getElementsByTagName("testsuite");
		assertEquals(1, suites.getLength());
		Element suite = (Element) suites.item(0);
		assertEquals("requirements", suite.getAttribute("name"));
		assertEquals("2", suite.getAttribute("tests"));
		assertEquals("1", suite.getAttribute("failures"));
		NodeList cases = suite.getElementsByTagName("testcase");
		assertEquals(2, cases.getLength());
		List<String> failed = new ArrayList<>();
		for (int i = 0; i < cases.getLength(); i++) {
			Element testCase = (Element) cases.item(i);
			NodeList failures = testCase.getElementsByTagName("failure");
			if (failures.getLength() > 0) {
				failed.add(testCase.getAttribute("name"));
				assertTrue(failures.item(0).getTextContent().startsWith("Month: FAIL: days-of-supply"));
			}
		}
		assertEquals(List.of("Month"), failed);
	}

	@Test
	void theFlagship() {
		assertEquals(1, run("verify", root().resolve("examples/indo-pacific").toString()), err);
		List<String> lines = out.lines().toList();
		assertEquals(8, lines.size(), out);
		// PAC-3 runs out on day 31, the first day of the high-intensity phase (pre-war deliveries, from Komaki by air
		// from day 1 and from Camden by sea from day 20, keep the crisis phase supplied one day longer than the stock)
		assertTrue(lines.contains("PAC3_DoS_WestPac: FAIL: days-of-supply of PAC3_MSE in WestPac = 0 days, required "
				+ ">= 30 days (under TaiwanStrait2027, simulation)"), out);
		// LRASM runs out on day 36 from the scenario's start: 5 days into the high-intensity phase, yet after day 21
		assertTrue(lines.contains("LRASM_Exhaustion: PASS: exhaustion-day of LRASM in WestPac = 36 days, required > 21 "
				+ "days (under TaiwanStrait2027, simulation)"), out);
		// 155 mm: the pre-war orders of complete rounds (18,000 a month, capped by charges) reach Guam from day 20
		// and cover the Marine artillery's 540 a day at high intensity once the stock left after the strikes runs low
		assertTrue(lines.contains("Round155_Unmet: PASS: unmet-demand of Round155 in WestPac = 0, required <= 0 "
				+ "(under TaiwanStrait2027, simulation)"), out);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("GMLRS_DoS_Australia: UNKNOWN: ")), out);
		assertFalse(out.contains("UNKNOWN: days-of-supply of PAC3"), out);
	}
}
