package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sinew.checks.CatalogueWriter;
import sinew.checks.Rule;
import sinew.checks.RuleCatalogue;
import sinew.checks.RuleInfo;

/** The rule catalogue: unique stable IDs, complete metadata, a fixture per rule, and the page in docs/ up to date. */
class CatalogueTest {

	@Test
	void everyRuleHasAUniqueWellFormedIdAndCompleteMetadata() {
		Set<String> ids = new HashSet<>();
		for (Rule rule : RuleCatalogue.rules()) {
			RuleInfo info = rule.info();
			assertTrue(info.id().matches("SNW-[A-Z]{3}-\\d{3}"), info.id());
			assertTrue(ids.add(info.id()), "duplicate ID " + info.id());
			assertTrue(info.name().length() > 5, info.id() + " name");
			assertTrue(info.rationale().length() > 80, info.id() + " rationale too short");
			assertTrue(!info.example().isBlank(), info.id() + " example");
		}
	}

	@Test
	void everyRuleHasTriggeringAndCleanFixtures() {
		for (Rule rule : RuleCatalogue.rules()) {
			Path folder = TestModels.fixtures().resolve(rule.info().id());
			assertTrue(Files.isDirectory(folder.resolve("triggers")), "no triggers fixture for " + rule.info().id());
			assertTrue(Files.isDirectory(folder.resolve("clean")), "no clean fixture for " + rule.info().id());
		}
	}

	@Test
	void theCataloguePageInDocsIsGeneratedFromTheRules() throws Exception {
		Path page = TestModels.root().resolve("docs/checks.md");
		String expected = CatalogueWriter.markdown();
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/checks.md"), expected);
		assertEquals(expected, Files.readString(page),
				"docs/checks.md is out of date: run ./sinew catalogue --out docs/checks.md");
	}

	@Test
	void thePageListsEveryRule() {
		String page = CatalogueWriter.markdown();
		List<String> missing = RuleCatalogue.rules().stream().map(r -> r.info().id()).filter(id -> !page.contains("### " + id))
				.toList();
		assertEquals(List.of(), missing);
	}
}
