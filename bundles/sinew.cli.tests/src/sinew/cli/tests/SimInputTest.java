package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import sinew.checks.analysis.Geo;

/** `sinew generate sim-input`: a complete, deterministic, schema-valid simulation input. */
class SimInputTest extends CliTestSupport {

	private static final List<String> FILES = List.of("consumption.csv", "excursions.csv", "items.csv", "lines.csv",
			"routes.csv", "sim-input.json", "sites.csv", "stocks.csv");

	@TempDir
	Path dir;

	private static Path flagship() {
		return root().resolve("examples/indo-pacific");
	}

	/** The published schema, validating with JSON pointers as the locations of problems. */
	private static JsonSchema schema() throws Exception {
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
		try (InputStream in = Files
				.newInputStream(root().resolve("bundles/sinew.generator/schemas/sim-input.schema.json"))) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
		}
	}

	private Path fixture() throws Exception {
		Path model = dir.resolve("models/fx.sinew");
		Files.createDirectories(model.getParent());
		Files.writeString(model, """
				package fx
				nation JPN { code JPN }
				nation CHN { code CHN adversary }
				site Plant { at 35.25N 136.92E host JPN kind factory }
				site Depot { at 26.35N 127.77E host JPN kind depot }
				site Launch { at 25.5N 119.0E host CHN kind launch-area }
				theatre West { sites Depot }
				firm MHI { nation JPN tier prime }
				component Seeker { origin JPN }
				munition Missile "Missile, long range" { origin JPN bom 2 Seeker }
				platform Battery { origin JPN }
				line SeekerLine {
					makes Seeker firm MHI site Plant rate 60/month lead time 6 months
					allocate 60/month to line MissileLine
				}
				line MissileLine {
					makes Missile firm MHI site Plant rate 30/month surge to 60/month within 1 year lead time 12 months
					input Seeker from line SeekerLine
					allocate 30/month to JPN via national
				}
				line NewLine { makes Missile firm MHI site Plant rate 10/month lead time 6 months planned }
				unit Bn { nation JPN platform Battery count 4 base Depot consumes Missile 2/day at high consumes Missile 1/day at medium }
				stockpile Stock { item Missile site Depot owner JPN quantity 500 }
				route Sea { from Plant to Depot mode sea transit 2 weeks capacity 100/week }
				threat DF { weapon "DF-16" origin Launch owner CHN range 1000 km destroys 30 % }
				scenario Base {
					theatre West start 2027-01 duration 6 months threats DF
					phase Opening high for 2 months
					phase Later medium for 4 months
					set rate of MissileLine to 45/month from 2027-03
				}
				scenario Derived extends Base {
					enable NewLine from 2027-04
				}
				""");
		return model.getParent();
	}

	private JsonNode generate(Path models, String scenario, Path to) throws Exception {
		int code = run("generate", "sim-input", models.toString(), "--scenario", scenario, "--out", to.toString());
		assertEquals(0, code, out + err);
		return new ObjectMapper().readTree(to.resolve("sim-input.json").toFile());
	}

	private static JsonNode byId(JsonNode array, String id) {
		for (JsonNode node : array) {
			if (id.equals(node.path("id").asText())) {
				return node;
			}
		}
		throw new AssertionError("no " + id + " in " + array);
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void theFlagshipsScenariosAreValidAgainstThePublishedSchema() throws Exception {
		JsonSchema schema = schema();
		for (String scenario : List.of("TaiwanStrait2027", "InTheatreProduction2027")) {
			Path to = dir.resolve(scenario);
			JsonNode document = generate(flagship(), scenario, to);
			assertEquals(Set.of(), schema.validate(document), scenario);
			assertEquals(FILES, names(to), scenario);
			assertEquals(1, document.get("schemaVersion").asInt());
			assertEquals("indopacific.scenarios." + scenario, document.get("scenario").get("id").asText());
			assertTrue(document.get("lines").size() > 10, scenario);
			JsonNode komaki = byId(document.get("lines"), "indopacific.industry.MHI_Komaki_PAC3");
			assertEquals(30 / 365.25, komaki.get("ratePerDay").asDouble(), 1e-12);
		}
		// export control per allocation: the U.S. line's FMS share to Japan needs the PAC-3 licence; its own share does not
		JsonNode camden = byId(new ObjectMapper().readTree(dir.resolve("TaiwanStrait2027/sim-input.json").toFile())
				.get("lines"), "indopacific.industry.LM_Camden_PAC3");
		for (JsonNode allocation : camden.get("allocations")) {
			boolean toJapan = allocation.get("nation").asText().equals("indopacific.nations.JPN");
			assertEquals(toJapan, allocation.get("licenceRequired").asBoolean(), allocation.toString());
			assertEquals(toJapan ? "[\"indopacific.controls.PAC3_JPN_Licence\"]" : "[]",
					allocation.get("exportLicences").toString());
		}
		assertTrue(Files.readString(dir.resolve("TaiwanStrait2027/lines.csv"))
				.contains(",indopacific.nations.JPN=indopacific.controls.PAC3_JPN_Licence\r\n"));
		JsonNode variant = new ObjectMapper().readTree(dir.resolve("InTheatreProduction2027/sim-input.json").toFile());
		assertEquals(3, variant.get("excursions").size(), variant.get("excursions").toString());
		assertEquals(List.of("indopacific.scenarios.InTheatreProduction2027", "indopacific.scenarios.TaiwanStrait2027"),
				List.of(variant.get("scenario").get("lineage").get(0).asText(),
						variant.get("scenario").get("lineage").get(1).asText()));
		// the document names no absolute path of this machine
		String text = Files.readString(dir.resolve("InTheatreProduction2027/sim-input.json"));
		assertFalse(text.contains(root().toString()), "an absolute path in the document");
	}

	@Test
	void theSameModelsAndScenarioGiveTheSameBytes() throws Exception {
		Path first = dir.resolve("first");
		Path second = dir.resolve("second");
		generate(flagship(), "InTheatreProduction2027", first);
		generate(flagship(), "indopacific.scenarios.InTheatreProduction2027", second);
		assertEquals(FILES, names(first));
		assertEquals(FILES, names(second));
		for (String file : FILES) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
		}
	}

	@Test
	void theFiguresAreNormalisedAndComplete() throws Exception {
		Path models = fixture();
		JsonNode document = generate(models, "Derived", dir.resolve("out"));
		assertEquals(Set.of(), schema().validate(document));

		JsonNode scenario = document.get("scenario");
		assertEquals("2027-01-01", scenario.get("start").asText());
		assertEquals(6 * 365.25 / 12, scenario.get("durationDays").asDouble(), 1e-9);
		assertEquals("[\"fx.Depot\"]", scenario.get("theatreSites").toString());
		JsonNode phases = scenario.get("phases");
		assertEquals("high", phases.get(0).get("intensity").asText());
		assertEquals(2 * 365.25 / 12, phases.get(1).get("startDay").asDouble(), 1e-9);
		JsonNode threat = scenario.get("threats").get(0);
		assertEquals("fx.DF", threat.get("id").asText());
		assertEquals(1000, threat.get("rangeKm").asDouble(), 0);
		assertEquals(0.3, threat.get("destroyedShare").asDouble(), 1e-12);
		assertEquals(25.5, threat.get("latitude").asDouble(), 0);
		assertEquals(Geo.distanceKm(25.5, 119.0, 26.35, 127.77),
				threat.get("siteDistancesKm").get("fx.Depot").asDouble(), 1e-9);
		assertEquals("[\"fx.Depot\",\"fx.Launch\"]", threat.get("sitesInRange").toString());

		JsonNode missileLine = byId(document.get("lines"), "fx.MissileLine");
		assertEquals(30 * 12 / 365.25, missileLine.get("ratePerDay").asDouble(), 1e-12);
		assertEquals(60 * 12 / 365.25, missileLine.get("surge").get("targetPerDay").asDouble(), 1e-12);
		assertEquals(365.25, missileLine.get("surge").get("rampDays").asDouble(), 1e-12);
		assertEquals(365.25, missileLine.get("leadTimeDays").asDouble(), 1e-12);
		assertEquals("fx.JPN", missileLine.get("nation").asText());
		assertFalse(missileLine.get("planned").asBoolean());
		assertEquals("2027-01-01", missileLine.get("producesFrom").asText());
		JsonNode input = missileLine.get("inputs").get(0);
		assertEquals("fx.SeekerLine", input.get("supplierLine").asText());
		assertTrue(input.get("stock").isNull());
		assertEquals(2, input.get("quantityPerUnit").asDouble(), 0);
		JsonNode allocation = missileLine.get("allocations").get(0);
		assertEquals("fx.JPN", allocation.get("nation").asText());
		assertEquals("national", allocation.get("channel").asText());
		assertEquals("fx.MissileLine",
				byId(document.get("lines"), "fx.SeekerLine").get("allocations").get(0).get("line").asText());

		JsonNode newLine = byId(document.get("lines"), "fx.NewLine");
		assertTrue(newLine.get("planned").asBoolean());
		assertEquals("2027-04-01", newLine.get("producesFrom").asText());

		JsonNode route = byId(document.get("routes"), "fx.Sea");
		assertEquals(14, route.get("transitDays").asDouble(), 0);
		assertEquals(100 / 7.0, route.get("capacityPerDay").asDouble(), 1e-12);
		assertEquals("sea", route.get("mode").asText());
		assertEquals(Geo.distanceKm(35.25, 136.92, 26.35, 127.77), route.get("distanceKm").asDouble(), 1e-9);
		assertEquals(Geo.arcKmWithin(25.5, 119.0, 1000, 35.25, 136.92, 26.35, 127.77),
				route.get("threatExposureKm").get("fx.DF").asDouble(), 1e-9);
		assertTrue(route.get("threatExposureKm").get("fx.DF").asDouble() > 0);

		JsonNode missile = byId(document.get("items"), "fx.Missile");
		assertEquals("munition", missile.get("kind").asText());
		assertEquals("fx.Seeker", missile.get("billOfMaterials").get(0).get("input").asText());
		assertEquals(2, missile.get("billOfMaterials").get(0).get("quantityPerUnit").asDouble(), 0);
		assertEquals(500, byId(document.get("stockpiles"), "fx.Stock").get("quantity").asInt());
		JsonNode unit = byId(document.get("units"), "fx.Bn");
		assertEquals(4, unit.get("count").asInt());
		assertEquals(2, unit.get("consumption").size());

		// the base scenario's excursion first, then the derived one's
		JsonNode excursions = document.get("excursions");
		assertEquals(2, excursions.size(), excursions.toString());
		JsonNode set = excursions.get(0);
		assertEquals("fx.Base", set.get("scenario").asText());
		assertEquals("set", set.get("kind").asText());
		assertEquals("fx.MissileLine", set.get("target").asText());
		assertEquals("line", set.get("targetKind").asText());
		assertEquals("rate", set.get("property").asText());
		assertEquals(45 * 12 / 365.25, set.get("value").asDouble(), 1e-12);
		assertEquals("per_day", set.get("unit").asText());
		assertEquals("2027-03-01", set.get("from").asText());
		assertEquals(59, set.get("day").asInt());
		JsonNode enable = excursions.get(1);
		assertEquals("fx.Derived", enable.get("scenario").asText());
		assertEquals("enable", enable.get("kind").asText());
		assertTrue(enable.get("value").isNull());

		// the CSV tables: header row, RFC 4180 quoting, CRLF, the same figures
		String items = Files.readString(dir.resolve("out/items.csv"));
		assertTrue(items.startsWith("id,kind,title,origin,controls,technologies,bill_of_materials\r\n"), items);
		assertTrue(items.contains("fx.Missile,munition,\"Missile, long range\",fx.JPN,,,fx.Seeker=2\r\n"), items);
		List<String> routes = Files.readAllLines(dir.resolve("out/routes.csv"));
		assertEquals("id,from,to,mode,transit_days,capacity_per_day,distance_km", routes.get(0));
		assertTrue(routes.get(1).startsWith("fx.Sea,fx.Plant,fx.Depot,sea,14,"), routes.get(1));
		String lines = Files.readString(dir.resolve("out/lines.csv"));
		assertTrue(lines.contains("fx.NewLine,fx.Missile,fx.MHI,fx.Plant,fx.JPN,"), lines);
		assertTrue(lines.contains(",true,,2027-04-01,"), lines);
		List<String> excursionRows = Files.readAllLines(dir.resolve("out/excursions.csv"));
		assertEquals(3, excursionRows.size());
		assertTrue(excursionRows.get(1).startsWith("fx.Base,set,fx.MissileLine,line,rate,"), excursionRows.get(1));
		assertTrue(excursionRows.get(1).endsWith(",per_day,2027-03-01,59"), excursionRows.get(1));
		List<String> consumption = Files.readAllLines(dir.resolve("out/consumption.csv"));
		assertEquals("unit,nation,platform,count,base,item,intensity,rate_per_day", consumption.get(0));
		assertTrue(consumption.contains("fx.Bn,fx.JPN,fx.Battery,4,fx.Depot,fx.Missile,high,2"), consumption.toString());
		assertEquals("id,item,site,owner,quantity,as_of", Files.readAllLines(dir.resolve("out/stocks.csv")).get(0));
		assertTrue(Files.readString(dir.resolve("out/sites.csv")).contains("fx.Depot,,depot,26.35,127.77,fx.JPN,none,false,fx.West,fx.DF"));
	}

	@Test
	void aDocumentThatBreaksTheSchemaFailsWithThePointerOfTheProblem() throws Exception {
		JsonSchema schema = schema();
		ObjectMapper mapper = new ObjectMapper();
		JsonNode good = generate(fixture(), "Base", dir.resolve("out"));
		assertEquals(Set.of(), schema.validate(good));

		ObjectNode missing = good.deepCopy();
		((ObjectNode) missing.get("lines").get(0)).remove("ratePerDay");
		assertProblemAt(schema.validate(missing), "/lines/0", "ratePerDay");

		ObjectNode negative = good.deepCopy();
		((ObjectNode) negative.get("stockpiles").get(0)).put("quantity", -5);
		assertProblemAt(schema.validate(negative), "/stockpiles/0/quantity", "minimum");

		ObjectNode extra = good.deepCopy();
		((ObjectNode) extra.get("routes").get(0)).put("speedKnots", 12);
		assertProblemAt(schema.validate(extra), "/routes/0", "speedKnots");

		ObjectNode share = good.deepCopy();
		((ObjectNode) share.get("scenario").get("threats").get(0)).put("destroyedShare", 30);
		assertProblemAt(schema.validate(share), "/scenario/threats/0/destroyedShare", "maximum");

		ObjectNode version = good.deepCopy();
		version.put("schemaVersion", 2);
		assertProblemAt(schema.validate(version), "/schemaVersion", "");

		ObjectNode badDate = good.deepCopy();
		((ObjectNode) badDate.get("scenario")).put("start", "2027-01");
		assertProblemAt(schema.validate(badDate), "/scenario/start", "pattern");
		assertTrue(mapper.writeValueAsString(good).contains("\"schema\":\"urn:sinew:sim-input:1\""));
	}

	private static void assertProblemAt(Set<ValidationMessage> problems, String pointer, String word) {
		List<String> messages = new ArrayList<>();
		problems.forEach(p -> messages.add(p.getMessage()));
		assertFalse(problems.isEmpty(), "the schema accepts a document with a problem at " + pointer);
		assertTrue(messages.stream().anyMatch(m -> m.contains(pointer) && m.contains(word)), messages.toString());
	}

	@Test
	void theSchemaHasAUrnAsIdAndIsDraft2020() throws Exception {
		JsonNode schema = new ObjectMapper()
				.readTree(root().resolve("bundles/sinew.generator/schemas/sim-input.schema.json").toFile());
		assertEquals("urn:sinew:sim-input:1", schema.get("$id").asText());
		assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
		assertFalse(schema.get("additionalProperties").asBoolean(true));
	}

	@Test
	void badUsageIsOneLineAndExitTwo() throws Exception {
		Path models = fixture();
		Path to = dir.resolve("out");
		assertEquals(2, run("generate", "sim-input", models.toString(), "--scenario", "Nowhere", "--out", to.toString()));
		assertTrue(err.contains("no scenario 'Nowhere'") && err.contains("fx.Base, fx.Derived"), err);
		assertEquals(1, err.strip().lines().count(), err);
		assertFalse(Files.exists(to));

		assertEquals(2, run("generate", "sim-input", models.toString(), "--scenario", "Base"));
		assertTrue(err.contains("--out"), err);
		assertEquals(2, run("generate", "sim-input", models.toString(), "--out", to.toString()));
		assertTrue(err.contains("--scenario"), err);
		assertEquals(2, run("generate", "sim-inputs", models.toString()));
		assertEquals(2, run("generate", "sim-input", "--scenario", "Base", "--out", to.toString(),
				dir.resolve("absent").toString()));
		assertFalse(Files.exists(to));
		assertTrue(out.isEmpty(), out);
	}

	@Test
	void modelsWithErrorsAreRefused() throws Exception {
		Path models = fixture();
		Files.writeString(models.resolve("broken.sinew"), """
				package fx.broken
				line Broken { makes Nothing }
				""");
		Path to = dir.resolve("out");
		assertEquals(1, run("generate", "sim-input", models.toString(), "--scenario", "Base", "--out", to.toString()));
		assertTrue(err.contains("broken.sinew:2:") && err.contains("error"), err);
		assertTrue(err.contains("nothing generated"), err);
		assertFalse(Files.exists(to));
	}
}
