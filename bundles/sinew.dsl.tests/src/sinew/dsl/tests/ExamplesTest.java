package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.model.ModelPackage;
import sinew.model.NamedElement;

/** Every example parses, links and validates without errors; the flagship holds what the users expect. */
class ExamplesTest {

	private static ModelWorkspace.Models flagship;
	private static List<ModelIssue> flagshipIssues;

	@BeforeAll
	static void loadFlagship() throws Exception {
		ModelWorkspace workspace = TestModels.workspace();
		Path folder = TestModels.examples().resolve("indo-pacific");
		flagship = workspace.load(ModelWorkspace.collect(List.of(folder.toString())));
		flagshipIssues = workspace.validate(flagship);
	}

	@TestFactory
	List<DynamicTest> everyExampleFileParsesAndLinksWithoutErrors() {
		return TestModels.sinewFiles(TestModels.examples()).stream().map(file -> DynamicTest.dynamicTest(
				TestModels.examples().relativize(file).toString(), () -> {
					ModelWorkspace workspace = TestModels.workspace();
					Path folder = file.getParent();
					ModelWorkspace.Models models = workspace.load(ModelWorkspace.collect(List.of(folder.toString())));
					Resource resource = models.resources().get(file.normalize());
					assertTrue(resource.getErrors().isEmpty(), () -> "syntax errors: " + resource.getErrors());
					List<String> errors = workspace.validate(models).stream()
							.filter(i -> i.file().equals(file.normalize()) && i.severity() == ModelIssue.Severity.ERROR)
							.map(ModelIssue::toLine).toList();
					assertEquals(List.of(), errors);
				})).toList();
	}

	@Test
	void flagshipHasNoErrors() {
		List<String> errors = flagshipIssues.stream().filter(i -> i.severity() == ModelIssue.Severity.ERROR)
				.map(ModelIssue::toLine).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void flagshipIsSpreadOverSeveralPackagesThatReferToEachOther() {
		List<ModelPackage> packages = flagship.packages();
		assertTrue(packages.size() >= 6, "packages: " + packages.size());
		long referencesIntoOtherFiles = 0;
		for (Resource resource : flagship.resources().values()) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				for (EObject target : object.eCrossReferences()) {
					if (target.eResource() != resource) {
						referencesIntoOtherFiles++;
					}
				}
			}
		}
		assertTrue(referencesIntoOtherFiles > 50, "cross-file references: " + referencesIntoOtherFiles);
	}

	@Test
	void flagshipNamesTheSubjectsOfTheArticle() {
		String names = flagship.resources().values().stream()
				.flatMap(r -> {
					List<NamedElement> all = new java.util.ArrayList<>();
					r.getAllContents().forEachRemaining(o -> {
						if (o instanceof NamedElement n) {
							all.add(n);
						}
					});
					return all.stream();
				}).map(n -> n.getName() + " " + (n.getTitle() == null ? "" : n.getTitle()))
				.collect(Collectors.joining("\n"));
		for (String subject : List.of("PAC", "AMRAAM", "SM", "LRASM", "JASSM", "GMLRS", "155", "P-8", "DF-16", "DF-26",
				"PIPIR")) {
			assertTrue(names.contains(subject), "the flagship names nothing like " + subject);
		}
	}

	@Test
	void flagshipCitesSourcesInComments() throws Exception {
		for (Path file : TestModels.sinewFiles(TestModels.examples().resolve("indo-pacific"))) {
			String text = Files.readString(file);
			assertTrue(text.contains("//"), file + " cites no source in a comment");
		}
	}
}
