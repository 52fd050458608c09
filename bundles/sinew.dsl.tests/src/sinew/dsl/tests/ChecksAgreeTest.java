package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import sinew.checks.CheckConfig;
import sinew.checks.Checker;
import sinew.checks.Finding;
import sinew.checks.RuleCatalogue;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;

/** The catalogue run on its own and the language's validation report the same findings in the same files. */
class ChecksAgreeTest {

	@Test
	void validationReportsExactlyTheCataloguesFindingsOnTheFlagship() throws Exception {
		ModelWorkspace workspace = TestModels.workspace();
		Path folder = TestModels.examples().resolve("indo-pacific");
		ModelWorkspace.Models models = workspace.load(ModelWorkspace.collect(List.of(folder.toString())));

		Set<String> direct = new TreeSet<>();
		for (Finding finding : Checker.of(CheckConfig.DEFAULTS).check(models.packages())) {
			direct.add(fileOf(finding.element()) + ": " + finding.ruleId() + ": " + finding.message());
		}
		Set<String> validated = new TreeSet<>();
		for (ModelIssue issue : workspace.validate(models)) {
			if (RuleCatalogue.byId(issue.code()).isPresent()) {
				validated.add(issue.file().getFileName() + ": " + issue.code() + ": " + issue.message());
			}
		}
		assertFalse(direct.isEmpty(), "the flagship should give the catalogue something to find");
		assertEquals(direct, validated);
	}

	private static String fileOf(EObject element) {
		return Path.of(element.eResource().getURI().toFileString()).getFileName().toString();
	}
}
