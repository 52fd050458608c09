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
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import sinew.checks.RuleCatalogue;

/** `sinew validate --format json|junit|sarif [--output FILE]`: the same findings in every format, valid output. */
class ReportsTest extends CliTestSupport {

	@TempDir
	Path dir;

	private static Path schemas() {
		String schemas = System.getProperty("sinew.schemas");
		return (schemas != null ? Path.of(schemas) : Path.of("schemas")).toAbsolutePath().normalize();
	}

	private Path models() throws Exception {
		Path model = dir.resolve("models/model.sinew");
		Files.createDirectories(model.getParent());
		Files.writeString(model, """
				package t
				site Fujian { at 25.5N 118.0E }
				site Kadena { at 26.35N 127.77E }
				component Seeker
				munition SM6
				line L { makes Seeker site Kadena rate 10/year lead time 30/month }
				threat DF16 { weapon "DF-16" origin Fujian range 1000 km }
				stockpile S { item SM6 site Kadena quantity 120 }
				""");
		return model.getParent();
	}

	/** The findings of the text format, as "line:column code" strings. */
	private List<String> textFindings(Path models) {
		run("validate", models.toString());
		List<String> findings = new ArrayList<>();
		for (String line : out.lines().toList()) {
			String[] parts = line.split(": ", 4);
			if (parts.length == 4) {
				String[] position = parts[0].split(":");
				findings.add(position[position.length - 2] + ":" + position[position.length - 1] + " " + parts[2]);
			}
		}
		return findings;
	}

	@Test
	void sarifIsValidAgainstTheOfficialSchemaAndHoldsTheSameFindings() throws Exception {
		Path models = models();
		List<String> text = textFindings(models);
		assertTrue(text.stream().anyMatch(f -> f.startsWith("6:") && f.endsWith(" SNW-WF-002")), text.toString());
		assertTrue(text.stream().anyMatch(f -> f.endsWith("SNW-SUP-001")), text.toString());
		assertTrue(text.stream().anyMatch(f -> f.endsWith("SNW-THR-001")), text.toString());

		Path sarif = dir.resolve("reports/sinew.sarif");
		assertEquals(1, run("validate", "--format", "sarif", "--output", sarif.toString(), models.toString()));
		ObjectMapper mapper = new ObjectMapper();
		JsonNode log = mapper.readTree(sarif.toFile());
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
				.getSchema(Files.newInputStream(schemas().resolve("sarif-2.1.0-rtm.5.json")));
		Set<ValidationMessage> problems = schema.validate(log);
		assertEquals(Set.of(), problems);

		JsonNode run = log.get("runs").get(0);
		List<String> fromSarif = new ArrayList<>();
		for (JsonNode result : run.get("results")) {
			JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
			fromSarif.add(region.get("startLine").asInt() + ":" + region.get("startColumn").asInt() + " "
					+ result.get("ruleId").asText());
			JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
			assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
		}
		assertEquals(text, fromSarif);
		List<String> ruleIds = new ArrayList<>();
		run.get("tool").get("driver").get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
		RuleCatalogue.rules().forEach(r -> assertTrue(ruleIds.contains(r.info().id()), r.info().id()));
		assertTrue(ruleIds.contains("SNW-WF-002"));
		// with --output the text report still goes to the console
		assertTrue(out.contains("SNW-WF-002"), out);
	}

	@Test
	void sarifOfTheFlagshipIsValid() throws Exception {
		assertEquals(0, run("validate", "--format", "sarif", root().resolve("examples/indo-pacific").toString()));
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
				.getSchema(Files.newInputStream(schemas().resolve("sarif-2.1.0-rtm.5.json")));
		assertEquals(Set.of(), schema.validate(new ObjectMapper().readTree(out)));
	}

	@Test
	void junitHasOneTestCasePerRulePerModelAndFailuresCarryTheFindings() throws Exception {
		Path models = models();
		Path xml = dir.resolve("TEST-sinew.xml");
		assertEquals(1, run("validate", "--format", "junit", "--output", xml.toString(), models.toString()));
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
		NodeList suites = document.getElementsByTagName("testsuite");
		assertEquals(1, suites.getLength());
		Element suite = (Element) suites.item(0);
		NodeList cases = suite.getElementsByTagName("testcase");
		assertEquals(RuleCatalogue.rules().size() + 1, cases.getLength());
		List<String> failed = new ArrayList<>();
		for (int i = 0; i < cases.getLength(); i++) {
			Element testCase = (Element) cases.item(i);
			NodeList failures = testCase.getElementsByTagName("failure");
			if (failures.getLength() > 0) {
				failed.add(testCase.getAttribute("name").split(" ")[0]);
				assertFalse(failures.item(0).getTextContent().isBlank());
			}
		}
		assertTrue(failed.containsAll(List.of("well-formedness", "SNW-SUP-001", "SNW-THR-001")), failed.toString());
		assertEquals(String.valueOf(failed.size()), suite.getAttribute("failures"));
		String failure = ((Element) cases.item(0)).getElementsByTagName("failure").item(0).getTextContent();
		assertTrue(failure.contains("SNW-WF-002: Lead time of production line L expects a duration"), failure);
	}

	@Test
	void jsonListsTheSameFindingsForScripts() throws Exception {
		Path models = models();
		List<String> text = textFindings(models);
		assertEquals(1, run("validate", "--format", "json", models.toString()));
		JsonNode report = new ObjectMapper().readTree(out);
		List<String> fromJson = new ArrayList<>();
		for (JsonNode issue : report.get("issues")) {
			fromJson.add(issue.get("line").asInt() + ":" + issue.get("column").asInt() + " " + issue.get("code").asText());
		}
		assertEquals(text, fromJson);
		assertEquals(1, report.get("files").asInt());
		assertEquals(1, report.get("errors").asInt());
	}

	@Test
	void aBadFormatOrAMissingValueIsBadUsage() {
		assertEquals(2, run("validate", "--format", "pdf", "x.sinew"));
		assertTrue(err.contains("unknown format 'pdf' (text, json, junit or sarif)"), err);
		assertEquals(2, run("validate", "x.sinew", "--output"));
		assertTrue(err.contains("--output needs a value"), err);
	}

	@Test
	void aReportThatCannotBeWrittenLeavesNothingHalfWritten() throws Exception {
		Path models = models();
		Path blocked = dir.resolve("file-not-folder");
		Files.writeString(blocked, "x");
		assertEquals(2, run("validate", "--format", "json", "--output", blocked.resolve("r.json").toString(),
				models.toString()));
		assertTrue(err.startsWith("sinew: " + blocked.resolve("r.json") + ": cannot write the report"), err);
		assertEquals("x", Files.readString(blocked));
	}

	static {
		// parsing XML reports must not reach out to any network
		System.setProperty("javax.xml.accessExternalDTD", "");
	}
}
