package sinew.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import sinew.cli.RequirementVerifier;
import sinew.generator.reports.RequirementReport;
import sinew.generator.reports.RequirementReport.Status;
import sinew.generator.reports.RequirementReport.Verdict;

/**
 * Verifies the requirements as {@code ./sinew verify} does (analysis or simulation of each requirement's
 * scenario), logs a verdict per requirement as {@code file:[line,column] name: PASS|FAIL|UNKNOWN: ...}, writes
 * JUnit XML (a test case per requirement) and SARIF, and fails the build when a requirement fails. Refuses models
 * with errors.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY)
public class VerifyMojo extends AbstractSinewMojo {

	/** The scenarios whose requirements are verified, by simple or qualified name; default: every requirement. */
	@Parameter(property = "sinew.scenarios")
	List<String> scenarios;

	/** Simulation runs per scenario (verdicts use the P50 of the runs when more than one). */
	@Parameter(property = "sinew.runs", defaultValue = "1")
	int runs;

	/** The seed of the simulation's random streams. */
	@Parameter(property = "sinew.seed", defaultValue = "1")
	long seed;

	/** Whether a requirement that cannot be measured (UNKNOWN) fails the build, as it fails {@code ./sinew verify}. */
	@Parameter(property = "sinew.failOnUnknown", defaultValue = "true")
	boolean failOnUnknown;

	/** The JUnit XML report: a test suite {@code requirements}, a test case per requirement. */
	@Parameter(property = "sinew.verifyJunitReport", defaultValue = "${project.build.directory}/surefire-reports/TEST-sinew-verify.xml")
	File junitReport;

	/** The SARIF 2.1.0 report: a result per requirement not met. */
	@Parameter(property = "sinew.verifySarifReport", defaultValue = "${project.build.directory}/sinew/verify.sarif")
	File sarifReport;

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		if (runs < 1 || runs > 1_000_000) {
			throw parameterProblem("runs", runs + " is not between 1 and 1000000");
		}
		Loaded loaded = load();
		List<GenerationTarget.Named> chosen = scenarios == null || scenarios.isEmpty() ? null
				: scenarios("scenarios", scenarios, loaded.packages());
		refuseErrors(loaded, "verify");
		RequirementVerifier verifier = new RequirementVerifier(loaded.packages(), loaded.models().resources(), version(),
				runs, seed);
		List<Verdict> verdicts = chosen == null ? verifier.verify()
				: verifier.verify(chosen.stream().map(GenerationTarget.Named::scenario).toList());
		for (Verdict v : verdicts) {
			String line = mavenStyle(v.file(), v.line(), v.column(), v.name() + ": " + v.status() + ": " + v.text());
			switch (v.status()) {
				case PASS -> getLog().info(line);
				case FAIL -> getLog().error(line);
				case UNKNOWN -> {
					if (failOnUnknown) {
						getLog().error(line);
					} else {
						getLog().warn(line);
					}
				}
			}
		}
		write("junitReport", junitReport, RequirementReport.write(RequirementReport.Format.JUNIT, version(), verdicts));
		write("sarifReport", sarifReport, RequirementReport.write(RequirementReport.Format.SARIF, version(), verdicts));
		String summary = summary(verdicts);
		getLog().info("sinew: " + summary + "; reports " + junitReport + ", " + sarifReport);
		long failed = verdicts.stream().filter(v -> v.status() == Status.FAIL || failOnUnknown && v.status() == Status.UNKNOWN)
				.count();
		if (verdicts.isEmpty() && chosen != null) {
			getLog().warn("sinew: no requirement is stated under the configured scenarios");
		}
		if (failed > 0) {
			throw new MojoFailureException("sinew: requirements not met: " + summary
					+ (failOnUnknown ? "" : " (failOnUnknown false)"));
		}
	}

	private static String summary(List<Verdict> verdicts) {
		long pass = verdicts.stream().filter(v -> v.status() == Status.PASS).count();
		long fail = verdicts.stream().filter(v -> v.status() == Status.FAIL).count();
		long unknown = verdicts.size() - pass - fail;
		return verdicts.size() + (verdicts.size() == 1 ? " requirement: " : " requirements: ") + pass + " passed, " + fail
				+ " failed, " + unknown + " unknown";
	}
}
