package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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

import sinew.sim.Simulation;

/**
 * `sinew simulate --input FILE`: a simulation input read from a file, refused before anything runs when it is not
 * JSON or breaks the published schema; and the published schema of the results.
 */
class SimulateInputTest extends CliTestSupport {

	@TempDir
	Path dir;

	private static final String MODEL = """
			package fx
			nation JPN { code JPN }
			nation USA { code USA }
			regime ITAR { administered by USA category IV }
			site Plant { at 35.25N 136.92E host USA kind factory }
			site Depot { at 26.35N 127.77E host JPN kind depot }
			theatre West { sites Depot }
			firm Maker { nation USA tier prime }
			munition Missile { origin USA controls ITAR.IV }
			licence FMS { regime ITAR from USA to JPN items Missile scope export status pending }
			line MissileLine {
				makes Missile firm Maker site Plant rate 10/day lead time 12 months
				allocate 10/day to JPN via fms
			}
			unit Bn { base Depot consumes Missile 5/day at high }
			stockpile Stock { item Missile site Depot quantity 100 }
			route Sea { from Plant to Depot mode sea transit 2 weeks capacity 100/day }
			scenario War {
				theatre West start 2027-01 duration 2 months
				phase Fight high for 2 months
				grant FMS from 2027-01-31
			}
			""";

	private Path models() throws Exception {
		Path model = dir.resolve("models/fx.sinew");
		Files.createDirectories(model.getParent());
		Files.writeString(model, MODEL);
		return model.getParent();
	}

	private Path input() throws Exception {
		Path to = dir.resolve("input");
		assertEquals(0, run("generate", "sim-input", "--scenario", "War", "--out", to.toString(), models().toString()),
				err);
		return to.resolve("sim-input.json");
	}

	private static JsonSchema schema(String path) throws Exception {
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
		try (InputStream in = Files.newInputStream(root().resolve(path))) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
		}
	}

	private static final String RESULTS_SCHEMA = "bundles/sinew.sim/schemas/results.schema.json";

	@Test
	void aGeneratedInputSimulatesAsTheScenarioDoes() throws Exception {
		Path input = input();
		JsonNode document = new ObjectMapper().readTree(input.toFile());
		JsonNode allocation = document.get("lines").get(0).get("allocations").get(0);
		assertTrue(allocation.get("licenceRequired").asBoolean(), allocation.toString());
		assertEquals("[\"fx.FMS\"]", allocation.get("exportLicences").toString());

		Path fromModels = dir.resolve("models-out"), fromFile = dir.resolve("file-out");
		assertEquals(0, run("simulate", "--scenario", "War", "--out", fromModels.toString(), models().toString()), err);
		String table = out.substring(0, out.indexOf("results: "));
		assertEquals(0, run("simulate", "--input", input.toString(), "--out", fromFile.toString()), err);
		assertEquals(table, out.substring(0, out.indexOf("results: ")));
		for (String file : Simulation.FILES) {
			assertArrayEquals(Files.readAllBytes(fromModels.resolve(file)), Files.readAllBytes(fromFile.resolve(file)),
					file);
		}
		// the export to Japan needs the FMS licence, granted on day 30: held until then, then 14 days at sea
		JsonNode missile = new ObjectMapper().readTree(fromFile.resolve("results.json").toFile()).get("items").get(0);
		assertEquals(30 + 14, missile.get("firstArrivalDay").asInt());
		assertEquals(14, missile.get("replenishmentLagDays").asInt()); // from day 30, made and shipped the same day
		assertEquals(20, missile.get("exhaustionDay").asInt()); // 100 at 5 a day
		assertEquals("export licence", missile.get("bindingConstraint").asText());
	}

	@Test
	void aDocumentThatBreaksTheSchemaIsRefusedWithOneLinePerProblemAndNothingRuns() throws Exception {
		Path input = input();
		ObjectNode document = (ObjectNode) new ObjectMapper().readTree(input.toFile());
		((ObjectNode) document.get("lines").get(0)).remove("ratePerDay");
		((ObjectNode) document.get("stockpiles").get(0)).put("quantity", -5);
		((ObjectNode) document.get("scenario")).put("start", "2027-01");
		Path edited = dir.resolve("edited.json");
		Files.writeString(edited, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
		byte[] before = Files.readAllBytes(edited);
		Path outDir = dir.resolve("refused");

		assertEquals(2, run("simulate", "--input", edited.toString(), "--out", outDir.toString()));
		List<String> problems = err.lines().filter(l -> l.startsWith(edited + ": ")).toList();
		assertEquals(3, problems.size(), err);
		assertTrue(problems.stream().anyMatch(l -> l.startsWith(edited + ": /lines/0: ") && l.contains("ratePerDay")),
				err);
		assertTrue(problems.stream().anyMatch(l -> l.startsWith(edited + ": /stockpiles/0/quantity: ")
				&& l.contains("minimum")), err);
		assertTrue(problems.stream().anyMatch(l -> l.startsWith(edited + ": /scenario/start: ") && l.contains("pattern")),
				err);
		assertTrue(err.contains("nothing simulated"), err);
		assertEquals(problems.size() + 1, err.lines().count(), err);
		assertEquals("", out);
		assertFalse(Files.exists(outDir), "nothing written");
		assertArrayEquals(before, Files.readAllBytes(edited), "the input is never modified");

		// a foreign document: another schema
		Path foreign = dir.resolve("foreign.json");
		Files.writeString(foreign, "{\"schema\": \"urn:other:1\", \"items\": []}\n");
		assertEquals(2, run("simulate", "--input", foreign.toString()));
		assertTrue(err.contains(foreign + ": /schema: "), err);
		assertFalse(err.contains("Exception"), err);
	}

	@Test
	void aFileThatIsNotJsonGivesItsLineAndColumn() throws Exception {
		Path broken = dir.resolve("broken.json");
		Files.writeString(broken, "{\n  \"schema\": \"urn:sinew:sim-input:1\",\n  \"lines\": [1, 2,, 3]\n}\n");
		assertEquals(2, run("simulate", "--input", broken.toString()));
		String first = err.lines().findFirst().orElse("");
		assertTrue(first.startsWith(broken + ":3:"), err);
		assertEquals(2, err.lines().count(), err);

		assertEquals(2, run("simulate", "--input", dir.resolve("absent.json").toString()));
		assertTrue(err.startsWith(dir.resolve("absent.json") + ": cannot read"), err);
		assertEquals(2, run("simulate", "--input", broken.toString(), "--scenario", "War"));
		assertTrue(err.contains("give no --scenario"), err);
		assertEquals(2, run("simulate", "--input", broken.toString(), dir.toString()));
	}

	@Test
	void theResultsSchemaIsDraft2020WithAUrn() throws Exception {
		JsonNode schema = new ObjectMapper().readTree(root().resolve(RESULTS_SCHEMA).toFile());
		assertEquals(Simulation.SCHEMA_ID, schema.get("$id").asText());
		assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
		assertFalse(schema.get("additionalProperties").asBoolean(true));
	}

	@Test
	void theFlagshipsResultsAreValidAgainstThePublishedResultsSchema() throws Exception {
		JsonSchema schema = schema(RESULTS_SCHEMA);
		Path flagship = root().resolve("examples/indo-pacific");
		for (String runs : List.of("1", "6")) {
			Path outDir = dir.resolve("runs-" + runs);
			assertEquals(0, run("simulate", "--scenario", "InTheatreProduction2027", "--runs", runs, "--seed", "3",
					"--out", outDir.toString(), flagship.toString()), err);
			JsonNode results = new ObjectMapper().readTree(outDir.resolve("results.json").toFile());
			assertEquals(Set.of(), schema.validate(results), runs + " runs");
			assertEquals(runs.equals("1"), !results.get("items").get(0).has("summary"));
			assertEquals(results.get("days").asInt(), results.get("lines").get(0).get("output").size());
			assertTrue(results.get("units").size() > 0 && results.get("mro").size() > 0, results.get("mro").toString());
			// the schema is strict: a misspelt field or a negative stock is refused
			ObjectNode broken = results.deepCopy();
			((ObjectNode) broken.get("items").get(0)).put("exhaustionDays", 3);
			assertFalse(schema.validate(broken).isEmpty());
			ObjectNode negative = results.deepCopy();
			((com.fasterxml.jackson.databind.node.ArrayNode) negative.get("items").get(0).get("stock")).set(0, -1);
			assertFalse(schema.validate(negative).isEmpty());
		}
	}
}
