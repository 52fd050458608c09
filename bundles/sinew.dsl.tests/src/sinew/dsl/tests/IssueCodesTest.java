package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;

/**
 * Each issue code (well-formedness codes and consistency rules alike) has a folder of fixtures: {@code triggers/}
 * files mark the lines where the code must be reported with {@code // expect CODE}, and it is reported nowhere
 * else; {@code clean/} files do not trigger it. Neither may have syntax or linking errors.
 */
class IssueCodesTest {

	/** Codes of a fixture that does not parse or link: never expected, always reported. */
	private static final java.util.Set<String> BROKEN = java.util.Set.of("syntax-error", "unresolved-reference");

	private static final Pattern EXPECT = Pattern.compile("//\\s*expect\\s+(\\S+)");

	static List<String> codes() throws IOException {
		try (Stream<Path> folders = Files.list(TestModels.fixtures())) {
			List<String> codes = folders.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("SNW-")).sorted()
					.toList();
			assertFalse(codes.isEmpty(), "no fixtures under " + TestModels.fixtures());
			return codes;
		}
	}

	@ParameterizedTest(name = "{0} is reported exactly where the fixture expects it")
	@MethodSource("codes")
	void triggersReportTheCodeOnEveryMarkedLineAndNowhereElse(String code) throws Exception {
		Path folder = TestModels.fixtures().resolve(code).resolve("triggers");
		TreeSet<String> expected = new TreeSet<>();
		for (Path file : TestModels.sinewFiles(folder)) {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				Matcher m = EXPECT.matcher(lines.get(i));
				if (m.find()) {
					expected.add(file.getFileName() + ":" + (i + 1) + ": " + m.group(1));
				}
			}
		}
		assertFalse(expected.isEmpty(), "fixture " + folder + " marks no expected issue");
		TreeSet<String> actual = new TreeSet<>();
		for (ModelIssue issue : validate(folder)) {
			if (issue.code().equals(code) || BROKEN.contains(issue.code())) {
				actual.add(issue.file().getFileName() + ":" + issue.line() + ": " + issue.code());
			}
		}
		assertEquals(expected, actual);
	}

	@ParameterizedTest(name = "{0}: the clean fixture does not trigger it")
	@MethodSource("codes")
	void cleanFixturesDoNotTriggerTheCode(String code) throws Exception {
		Path folder = TestModels.fixtures().resolve(code).resolve("clean");
		assertEquals(List.of(), validate(folder).stream()
				.filter(i -> i.code().equals(code) || BROKEN.contains(i.code())).map(ModelIssue::toLine).toList());
	}

	@ParameterizedTest(name = "{0}: messages name the values involved")
	@MethodSource("codes")
	void messagesNameTheValues(String code) throws Exception {
		Path folder = TestModels.fixtures().resolve(code).resolve("triggers");
		for (ModelIssue issue : validate(folder)) {
			// every message names at least one element or value written in the fixture
			String text = String.join("\n", Files.readAllLines(issue.file()));
			List<String> words = new ArrayList<>();
			Matcher token = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9./A-Za-z%-]*").matcher(issue.message());
			while (token.find()) {
				String word = token.group();
				boolean plainWord = word.chars().allMatch(Character::isLowerCase);
				if (!plainWord && text.contains(word)) {
					words.add(word);
				}
			}
			assertFalse(words.isEmpty(), "message names nothing from the model: " + issue.toLine());
		}
	}

	static List<ModelIssue> validate(Path folder) throws Exception {
		ModelWorkspace workspace = TestModels.workspace();
		return workspace.validate(workspace.load(ModelWorkspace.collect(List.of(folder.toString()))));
	}
}
