package sinew.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The plugin's goals run by Maven on the small projects of {@code src/it}, as a user's build runs them: a separate
 * Maven process per build, offline, on a private local repository ({@code target/it-repo}) into which the
 * invoker plugin installed this plugin and its dependencies.
 */
class SinewMavenPluginIT {

	private static final Path PROJECTS = Path.of(System.getProperty("it.projects", "src/it")).toAbsolutePath();
	private static final Path WORK = Path.of(System.getProperty("it.work", "target/its")).toAbsolutePath();
	private static final Path REPOSITORY = Path.of(System.getProperty("it.repo", "target/it-repo")).toAbsolutePath();
	private static final Path SCHEMAS = Path.of(System.getProperty("sinew.schemas", "../../bundles/sinew.cli.tests/schemas"))
			.toAbsolutePath().normalize();
	private static final Path SIM_INPUT_SCHEMA = Path
			.of(System.getProperty("sinew.simInputSchema", "../../bundles/sinew.generator/schemas/sim-input.schema.json"))
			.toAbsolutePath().normalize();

	/** One Maven build: its exit code, its output, the project's folder. */
	record Build(int exit, String log, Path project) {
		List<String> lines() {
			return log.lines().toList();
		}

		boolean succeeded() {
			return exit == 0 && log.contains("BUILD SUCCESS");
		}
	}

	private static int runs;

	/** Copies a project of src/it to a fresh folder, fills in this plugin's version and runs {@code mvn verify}. */
	static synchronized Build build(String project, String... arguments) throws IOException, InterruptedException {
		Path folder = WORK.resolve(project + "-" + (++runs));
		copy(PROJECTS.resolve(project), folder);
		try (Stream<Path> poms = Files.walk(folder)) {
			for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
				Files.writeString(pom, Files.readString(pom).replace("@project.version@",
						System.getProperty("plugin.version", "0.1.0-SNAPSHOT")));
			}
		}
		String mavenHome = System.getProperty("maven.home");
		assertTrue(mavenHome != null && Files.isDirectory(Path.of(mavenHome)), "maven.home names Maven's folder");
		List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-ntp",
				"-s", settings().toString(), "-Dmaven.repo.local=" + REPOSITORY, "verify"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().remove("MAVEN_ARGS");
		Process process = builder.start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		Files.writeString(folder.resolve("build.log"), log);
		return new Build(exit, log, folder);
	}

	/**
	 * Settings whose only repository is the local repository of the build running the tests (as a file
	 * repository): what the invoker plugin did not install (parent POMs of the libraries) comes from there, and
	 * nothing from the network.
	 */
	private static Path settings() throws IOException {
		Path settings = WORK.resolve("settings.xml");
		if (!Files.exists(settings)) {
			Path user = Path.of(System.getProperty("it.userRepo", System.getProperty("user.home") + "/.m2/repository"));
			Files.createDirectories(WORK);
			String url = user.toUri().toString();
			String policies = "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
					+ "<snapshots><checksumPolicy>ignore</checksumPolicy></snapshots>";
			Files.writeString(settings, """
					<settings>
					  <mirrors>
					    <mirror><id>build-local-repository</id><mirrorOf>*</mirrorOf><url>%1$s</url></mirror>
					  </mirrors>
					  <profiles>
					    <profile>
					      <!-- a local repository holds no checksums: no warnings about them -->
					      <id>build-local-repository</id>
					      <repositories><repository><id>central</id><url>%1$s</url>%2$s</repository></repositories>
					      <pluginRepositories><pluginRepository><id>central</id><url>%1$s</url>%2$s</pluginRepository></pluginRepositories>
					    </profile>
					  </profiles>
					  <activeProfiles><activeProfile>build-local-repository</activeProfile></activeProfiles>
					</settings>
					""".formatted(url, policies));
		}
		return settings;
	}

	private static void copy(Path from, Path to) throws IOException {
		if (Files.exists(to)) {
			try (Stream<Path> old = Files.walk(to)) {
				for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}

	private static Set<ValidationMessage> sarifProblems(Path sarif) throws IOException {
		JsonNode log = new ObjectMapper().readTree(sarif.toFile());
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
				.getSchema(Files.newInputStream(SCHEMAS.resolve("sarif-2.1.0-rtm.5.json"))).validate(log);
	}

	private static Document xml(Path file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
	}

	private static Build clean;
	private static Build failing;

	/** The clean project, built once for the tests that read its outcome. */
	static synchronized Build clean() throws Exception {
		if (clean == null) {
			clean = build("clean");
		}
		return clean;
	}

	/** The projects whose builds must fail, in one Maven run with fail-at-end, built once. */
	static synchronized Build failing() throws Exception {
		if (failing == null) {
			failing = build("failing", "-fae");
		}
		return failing;
	}

	/** The line of the log with Maven's failure of one project of the failing build; it carries no stack trace. */
	private static String failure(String project) throws Exception {
		Build build = failing();
		assertFalse(build.succeeded(), build.log());
		List<String> lines = build.lines().stream().filter(l -> l.startsWith("[ERROR] Failed to execute goal ")
				&& l.contains(" on project " + project + ": ")).toList();
		assertEquals(1, lines.size(), build.log());
		assertFalse(build.lines().stream().anyMatch(l -> l.trim().startsWith("at ") || l.contains("Exception:")),
				build.log());
		String marker = " on project " + project + ": ";
		return lines.get(0).substring(lines.get(0).indexOf(marker) + marker.length());
	}

	@Test
	void cleanModelsPassAndEveryReportIsWrittenWhereDocumented() throws Exception {
		Build build = clean();
		assertTrue(build.succeeded(), build.log());
		Path model = build.project().resolve("models/model.sinew");
		// findings in Maven's file:[line,column] style, warnings as warnings
		assertTrue(build.lines().contains("[WARNING] " + model + ":[5,47] SNW-STK-001: Under War, 100 Missile in T last 10 days "
				+ "at high intensity (10/day), and no production line replenishes Missile: none makes it"), build.log());
		assertTrue(build.log().contains("sinew: 1 file, 18 elements: 0 errors, 2 warnings"), build.log());
		assertFalse(build.lines().stream().anyMatch(l -> l.trim().startsWith("at ")), build.log());

		// JUnit XML where CI servers look for test reports: a suite for the model file, failures for the warnings
		Path target = build.project().resolve("target");
		Document junit = xml(target.resolve("surefire-reports/TEST-sinew-validate.xml"));
		NodeList suites = junit.getElementsByTagName("testsuite");
		assertEquals(1, suites.getLength());
		assertTrue(((Element) suites.item(0)).getAttribute("name").endsWith("models/model.sinew"));
		assertEquals("2", ((Element) suites.item(0)).getAttribute("failures"));

		// SARIF, valid against the SARIF 2.1.0 schema, with the two warnings at their place
		Path sarif = target.resolve("sinew/validate.sarif");
		assertEquals(Set.of(), sarifProblems(sarif));
		JsonNode results = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results");
		assertEquals(2, results.size());
		assertEquals("warning", results.get(0).path("level").asText());
		assertEquals(5, results.get(0).path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
	}

	@Test
	void generateWritesTheConfiguredScenariosSimulationInput() throws Exception {
		Build build = clean();
		Path target = build.project().resolve("target");
		Path simInput = target.resolve("sinew/sim-input/War/sim-input.json");
		assertTrue(Files.isRegularFile(simInput), build.log());
		JsonNode document = new ObjectMapper().readTree(simInput.toFile());
		assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.newInputStream(SIM_INPUT_SCHEMA)).validate(document));
		assertTrue(document.toString().contains("\"fleet.War\""), document.toString());
		assertTrue(Files.isRegularFile(target.resolve("sinew/sim-input/War/items.csv")));
		assertFalse(Files.exists(target.resolve("sinew/sim-input/Calm")), "only the configured scenario");
	}

	@Test
	void generateDrawsEveryViewpointWithTheVerdicts() throws Exception {
		Build build = clean();
		Path diagrams = build.project().resolve("target/sinew/diagrams");
		for (String viewpoint : List.of("industrial", "sustainment", "posture", "requirements")) {
			Path svg = diagrams.resolve(viewpoint + ".svg");
			assertTrue(Files.isRegularFile(svg), svg + "\n" + build.log());
			// well-formed XML, an SVG document of that viewpoint
			Element root = xml(svg).getDocumentElement();
			assertEquals("svg", root.getLocalName() == null ? root.getTagName() : root.getLocalName());
			assertEquals(viewpoint, root.getAttribute("data-viewpoint"));
		}
		// the requirement's shape, by its element id, coloured by its verdict as ./sinew diagram --verify does
		Element requirement = byId(xml(diagrams.resolve("requirements.svg")), "fleet.Lasts");
		assertTrue(requirement != null, "fleet.Lasts in requirements.svg");
		assertTrue(List.of(requirement.getAttribute("class").split(" ")).containsAll(List.of("requirement", "pass")),
				requirement.getAttribute("class"));
		assertTrue(byId(xml(diagrams.resolve("posture.svg")), "fleet.Base") != null, "fleet.Base in posture.svg");
		assertTrue(build.log().contains("sinew: diagrams: 4 SVG files in " + diagrams), build.log());
	}

	@Test
	void generateWritesTheReviewSite() throws Exception {
		Build build = clean();
		Path site = build.project().resolve("target/sinew/site");
		Path index = site.resolve("index.html");
		assertTrue(Files.isRegularFile(index), build.log());
		String html = Files.readString(index);
		// the index links to the requirement's element page, which exists and shows the verdict
		assertTrue(html.contains("href=\"elements/fleet.Lasts.html\""), html);
		String page = Files.readString(site.resolve("elements/fleet.Lasts.html"));
		assertTrue(page.contains("PASS"), page);
		assertTrue(Files.isRegularFile(site.resolve("viewpoints/requirements.html")));
		// the site names the models as configured, relative to the project
		assertTrue(html.contains("<h1>models</h1>"), html);
		// no simulation results: the goal does not simulate
		assertFalse(Files.exists(site.resolve("results")));
		assertTrue(build.log().contains("sinew: site: ") && build.log().contains(" files in " + site), build.log());
	}

	/** The element of an XML document whose attribute {@code id} has the value, or null. */
	private static Element byId(Document document, String id) {
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (id.equals(element.getAttribute("id"))) {
				return element;
			}
		}
		return null;
	}

	@Test
	void verifyLogsAndReportsTheVerdicts() throws Exception {
		Build build = clean();
		Path model = build.project().resolve("models/model.sinew");
		assertTrue(build.lines().contains("[INFO] " + model + ":[9,13] Lasts: PASS: exhaustion-day of Missile in T = 10 days, "
				+ "required > 5 days (under War, simulation)"), build.log());
		Path target = build.project().resolve("target");
		Document verdicts = xml(target.resolve("surefire-reports/TEST-sinew-verify.xml"));
		assertEquals(1, verdicts.getElementsByTagName("testcase").getLength());
		assertEquals(0, verdicts.getElementsByTagName("failure").getLength());
		assertEquals(Set.of(), sarifProblems(target.resolve("sinew/verify.sarif")));
	}

	@Test
	void errorsFailTheBuildWithTheFindingInTheLog() throws Exception {
		assertEquals("sinew: validation failed (failOn error): 1 file, 18 elements: 1 error, 2 warnings -> [Help 1]",
				failure("errors"));
		Build build = failing();
		Path project = build.project().resolve("errors");
		Path model = project.resolve("models/model.sinew");
		assertTrue(build.lines().contains("[ERROR] " + model + ":[5,20] unresolved-reference: Couldn't resolve reference to "
				+ "Item 'Misile'."), build.log());
		// the reports are written before the build fails, so CI shows them
		Path sarif = project.resolve("target/sinew/validate.sarif");
		assertEquals(Set.of(), sarifProblems(sarif));
		JsonNode results = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results");
		assertTrue(results.toString().contains("\"ruleId\":\"unresolved-reference\""), results.toString());
		Document junit = xml(project.resolve("target/surefire-reports/TEST-sinew-validate.xml"));
		assertTrue(junit.getDocumentElement().getTextContent().contains("Couldn't resolve reference to Item 'Misile'"));
	}

	@Test
	void thresholdWarningFailsOnWarnings() throws Exception {
		assertEquals("sinew: validation failed (failOn warning): 1 file, 18 elements: 0 errors, 2 warnings -> [Help 1]",
				failure("warnings"));
	}

	@Test
	void aFailedRequirementFailsTheBuild() throws Exception {
		assertEquals("sinew: requirements not met: 2 requirements: 1 passed, 1 failed, 0 unknown -> [Help 1]",
				failure("failing-requirement"));
		Build build = failing();
		Path project = build.project().resolve("failing-requirement");
		Path model = project.resolve("src/main/sinew/model.sinew");
		assertTrue(build.lines().contains("[ERROR] " + model + ":[10,13] Month: FAIL: days-of-supply of Missile in T = 10 days, "
				+ "required >= 30 days (under War, simulation)"), build.log());
		Path sarif = project.resolve("target/sinew/verify.sarif");
		assertEquals(Set.of(), sarifProblems(sarif));
		assertTrue(Files.readString(sarif).contains("SNW-REQ-001"));
		Document junit = xml(project.resolve("target/surefire-reports/TEST-sinew-verify.xml"));
		assertEquals(1, junit.getElementsByTagName("failure").getLength());
	}

	@Test
	void wrongConfigurationFailsWithOneLineNamingTheParameter() throws Exception {
		assertEquals("sinew: parameter 'failOn': 'bogus' is not a threshold (error, warning or never) -> [Help 2]",
				failure("bad-threshold"));
		assertEquals("sinew: parameter 'models': " + failing().project().resolve("missing-folder/no-such-folder")
				+ ": no such folder or file -> [Help 2]", failure("missing-folder"));
		assertEquals("sinew: parameter 'scenarios': no scenario 'Peace' (scenarios: fleet.Calm, fleet.War) -> [Help 2]",
				failure("unknown-scenario"));
		assertEquals("sinew: parameter 'targets': unknown target 'pdf' (sim-input, diagrams, site) -> [Help 2]",
				failure("unknown-target"));
	}
}
