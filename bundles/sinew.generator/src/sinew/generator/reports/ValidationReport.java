package sinew.generator.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sinew.checks.CheckConfig;
import sinew.checks.Rule;
import sinew.checks.RuleCatalogue;
import sinew.checks.RuleInfo;
import sinew.dsl.validation.SinewIssueCodes;
import sinew.dsl.workspace.ModelIssue;

/**
 * The outcome of validating a set of models, as every report format sees it: the files, the issues (syntax,
 * linking, well-formedness and consistency findings, all with the same codes as in the editor), and the rules
 * that ran.
 */
public record ValidationReport(String toolVersion, List<Path> files, int elements, List<ModelIssue> issues,
		CheckConfig config) {

	/** A code that can appear in a report: a consistency rule or a well-formedness code. */
	public record Code(String id, String name, String category, ModelIssue.Severity defaultSeverity,
			String description) {
	}

	/** Every code a report describes: the well-formedness codes, then the rules that ran (not those turned off). */
	public List<Code> codes() {
		List<Code> codes = new ArrayList<>();
		for (SinewIssueCodes.Info info : SinewIssueCodes.ALL) {
			codes.add(new Code(info.code(), info.name(), "Well-formedness", ModelIssue.Severity.ERROR, info.description()));
		}
		for (Rule rule : RuleCatalogue.rules()) {
			RuleInfo info = rule.info();
			config.severity(info).ifPresent(severity -> codes.add(new Code(info.id(), info.name(), info.category().label(),
					ModelIssue.Severity.valueOf(severity.name()), info.rationale())));
		}
		return codes;
	}

	/** The rules of the catalogue that ran. */
	public List<RuleInfo> rulesRun() {
		return RuleCatalogue.rules().stream().map(Rule::info).filter(i -> config.severity(i).isPresent()).toList();
	}

	/** Issues by file, in file order (configuration problems under their own file). */
	public Map<Path, List<ModelIssue>> issuesByFile() {
		Map<Path, List<ModelIssue>> byFile = new LinkedHashMap<>();
		for (Path file : files) {
			byFile.put(file, new ArrayList<>());
		}
		for (ModelIssue issue : issues) {
			byFile.computeIfAbsent(issue.file(), f -> new ArrayList<>()).add(issue);
		}
		return byFile;
	}

	public long count(ModelIssue.Severity severity) {
		return issues.stream().filter(i -> i.severity() == severity).count();
	}

	/** A path as reports show it: with forward slashes. */
	static String path(Path file) {
		return file.toString().replace('\\', '/');
	}
}
