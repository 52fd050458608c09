package sinew.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import sinew.dsl.workspace.ModelIssue;
import sinew.generator.reports.ReportFormat;
import sinew.generator.reports.ValidationReport;

/**
 * Validates the models as {@code ./sinew validate} does (syntax, linking, well-formedness and the consistency
 * checks), logs each finding as {@code file:[line,column] code: message}, writes JUnit XML where CI servers look
 * for test reports and SARIF, and fails the build at the configured threshold.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE)
public class ValidateMojo extends AbstractSinewMojo {

	/** Which findings fail the build: {@code error} (default), {@code warning} (errors and warnings) or {@code never}. */
	@Parameter(property = "sinew.failOn", defaultValue = "error")
	String failOn;

	/** The JUnit XML report: a test suite per model file, a test case per rule. */
	@Parameter(property = "sinew.junitReport", defaultValue = "${project.build.directory}/surefire-reports/TEST-sinew-validate.xml")
	File junitReport;

	/** The SARIF 2.1.0 report. */
	@Parameter(property = "sinew.sarifReport", defaultValue = "${project.build.directory}/sinew/validate.sarif")
	File sarifReport;

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		FailOn threshold = FailOn.of(failOn);
		if (threshold == null) {
			throw parameterProblem("failOn", "'" + failOn + "' is not a threshold (error, warning or never)");
		}
		Loaded loaded = load();
		List<ModelIssue> issues = loaded.workspace().validate(loaded.models());
		issues.forEach(this::log);
		ValidationReport report = new ValidationReport(version(), loaded.models().files(),
				loaded.models().elementCount(), issues, loaded.models().config());
		write("junitReport", junitReport, ReportFormat.JUNIT.write(report));
		write("sarifReport", sarifReport, ReportFormat.SARIF.write(report));
		long errors = report.count(ModelIssue.Severity.ERROR);
		long warnings = report.count(ModelIssue.Severity.WARNING);
		String summary = report.files().size() + (report.files().size() == 1 ? " file, " : " files, ") + report.elements()
				+ " elements: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
				+ (warnings == 1 ? " warning" : " warnings");
		getLog().info("sinew: " + summary + "; reports " + junitReport + ", " + sarifReport);
		long failing = issues.stream().filter(i -> threshold.fails(i.severity())).count();
		if (failing > 0) {
			throw new MojoFailureException("sinew: validation failed (failOn " + threshold.name().toLowerCase(java.util.Locale.ROOT)
					+ "): " + summary);
		}
	}
}
