package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.resource.SaveOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.google.inject.Provider;

import sinew.dsl.workspace.ModelWorkspace;

/**
 * Serializing a parsed model gives text that parses to an equal model; formatting keeps the model and is stable.
 */
class RoundTripTest {

	private final ISerializer serializer = TestModels.injector().getInstance(ISerializer.class);

	static List<Path> folders() {
		List<Path> folders = new ArrayList<>();
		folders.add(TestModels.examples().resolve("indo-pacific"));
		folders.add(TestModels.fixtures().resolve("cross-file"));
		for (Path file : TestModels.sinewFiles(TestModels.fixtures())) {
			if (file.getParent().getFileName().toString().equals("clean") && !folders.contains(file.getParent())) {
				folders.add(file.getParent());
			}
		}
		return folders;
	}

	@TestFactory
	List<DynamicTest> serializeAfterParseGivesAnEqualModel() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Path folder : folders()) {
			tests.add(DynamicTest.dynamicTest(TestModels.root().relativize(folder).toString(), () -> {
				ModelWorkspace.Models models = load(folder);
				for (Map.Entry<Path, Resource> entry : models.resources().entrySet()) {
					EObject original = entry.getValue().getContents().get(0);
					String text = serializer.serialize(original, SaveOptions.newBuilder().getOptions());
					EObject reparsed = reparse(entry.getValue(), text);
					assertTrue(new TestModels.ModelEquality().equals(original, reparsed),
							entry.getKey() + " serialized to a different model:\n" + text);
				}
			}));
		}
		return tests;
	}

	@TestFactory
	List<DynamicTest> formattingKeepsTheModelAndIsStable() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Path folder : folders()) {
			tests.add(DynamicTest.dynamicTest(TestModels.root().relativize(folder).toString(), () -> {
				ModelWorkspace.Models models = load(folder);
				for (Map.Entry<Path, Resource> entry : models.resources().entrySet()) {
					XtextResource resource = (XtextResource) entry.getValue();
					String once = format(resource);
					EObject reparsed = reparse(resource, once);
					assertTrue(new TestModels.ModelEquality().equals(resource.getContents().get(0), reparsed),
							entry.getKey() + " formatted to a different model:\n" + once);
					String twice = format((XtextResource) reparsed.eResource());
					assertEquals(once, twice, entry.getKey() + ": formatting twice changed the text");
				}
			}));
		}
		return tests;
	}

	@Test
	void formatterLaysOutADeclarationOnePropertyPerLine() throws Exception {
		String messy = "package   a.b\nimport   c.*\nmunition   Shell    {cost 4.1 M USD range   30 km}\n"
				+ "line L{makes Shell rate 30 /month   lead time 18 months}";
		XtextResource resource = parse("messy.sinew", messy);
		String expected = """
				package a.b

				import c.*

				munition Shell {
					cost 4.1 M USD
					range 30 km
				}

				line L {
					makes Shell
					rate 30/month
					lead time 18 months
				}""";
		assertEquals(expected, format(resource).strip());
	}

	private ModelWorkspace.Models load(Path folder) throws Exception {
		return TestModels.workspace().load(ModelWorkspace.collect(List.of(folder.toString())));
	}

	/** Parses text in a copy of the resource's resource set, where its other files are. */
	private EObject reparse(Resource original, String text) throws Exception {
		Resource copy = original.getResourceSet()
				.createResource(original.getURI().trimFileExtension().appendFileExtension("reparsed.sinew"));
		copy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		assertEquals(List.of(), copy.getErrors(), "reparsing:\n" + text);
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(copy);
		return copy.getContents().get(0);
	}

	private XtextResource parse(String name, String text) throws Exception {
		Provider<org.eclipse.xtext.resource.XtextResourceSet> sets = TestModels.injector()
				.getProvider(org.eclipse.xtext.resource.XtextResourceSet.class);
		XtextResource resource = (XtextResource) sets.get().createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private String format(XtextResource resource) {
		IFormatter2 formatter = resource.getResourceServiceProvider().get(IFormatter2.class);
		ITextRegionAccess regions = resource.getResourceServiceProvider().get(TextRegionAccessBuilder.class)
				.forNodeModel(resource).create();
		FormatterRequest request = resource.getResourceServiceProvider().get(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatter.format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
