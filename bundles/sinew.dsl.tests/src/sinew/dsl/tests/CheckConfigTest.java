package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sinew.checks.CheckConfig;
import sinew.checks.RuleCatalogue;
import sinew.checks.Severity;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;

/** Per-project severities: raising, lowering and turning off rules; mistakes reported with file:line:column. */
class CheckConfigTest {

	@TempDir
	Path dir;

	private static final String MODEL = """
			package t
			component Seeker
			site S { at 1N 1E }
			line L { makes Seeker site S rate 10/year }
			""";

	private List<ModelIssue> validate(String config) throws Exception {
		Files.writeString(dir.resolve("model.sinew"), MODEL);
		if (config != null) {
			Files.writeString(dir.resolve(CheckConfig.FILE_NAME), config);
		}
		ModelWorkspace workspace = TestModels.workspace();
		List<String> args = List.of(dir.toString());
		return workspace.validate(workspace.load(ModelWorkspace.collect(args), ModelWorkspace.configFor(args)));
	}

	private static Optional<ModelIssue> issue(List<ModelIssue> issues, String code) {
		return issues.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	@Test
	void withoutAFileRulesRunAtTheirDefaultSeverity() throws Exception {
		assertEquals(ModelIssue.Severity.WARNING, issue(validate(null), "SNW-SUP-001").orElseThrow().severity());
	}

	@Test
	void aRuleCanBeRaisedLoweredOrTurnedOff() throws Exception {
		assertEquals(ModelIssue.Severity.ERROR,
				issue(validate("SNW-SUP-001 = error\n"), "SNW-SUP-001").orElseThrow().severity());
		assertEquals(ModelIssue.Severity.INFO,
				issue(validate("# lower it\nSNW-SUP-001=info  # a comment\n"), "SNW-SUP-001").orElseThrow().severity());
		assertTrue(issue(validate("SNW-SUP-001 = off\n"), "SNW-SUP-001").isEmpty());
	}

	@Test
	void unknownRulesAndBadValuesAreReportedWithTheirPosition() throws Exception {
		List<ModelIssue> issues = validate("SNW-SUP-001 = warning\nSNW-SUP-01 = off\nSNW-THR-001 = loud\nnonsense\n");
		List<String> problems = issues.stream().filter(i -> i.code().equals(ModelWorkspace.CONFIG_PROBLEM))
				.map(i -> i.file().getFileName() + ":" + i.line() + ":" + i.column() + ": " + i.severity().word() + ": "
						+ i.message())
				.toList();
		assertEquals(List.of(
				"sinew-checks.conf:2:1: error: unknown rule 'SNW-SUP-01' (did you mean SNW-SUP-001?)",
				"sinew-checks.conf:3:15: error: bad severity 'loud' for SNW-THR-001: use error, warning, info or off",
				"sinew-checks.conf:4:1: error: expected 'RULE-ID = error|warning|info|off', found 'nonsense'"), problems);
		// the lines that are right still apply
		assertEquals(ModelIssue.Severity.WARNING, issue(issues, "SNW-SUP-001").orElseThrow().severity());
	}

	@Test
	void theDefaultsKeepEveryRuleOn() {
		RuleCatalogue.rules().forEach(rule -> assertEquals(Optional.of(rule.info().defaultSeverity()),
				CheckConfig.DEFAULTS.severity(rule.info())));
		assertTrue(Severity.ofWord("off").isEmpty());
	}
}
