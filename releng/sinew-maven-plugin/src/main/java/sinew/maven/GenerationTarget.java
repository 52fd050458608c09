package sinew.maven;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.reports.RequirementReport;
import sinew.model.Scenario;

/**
 * One thing the {@code generate} goal can produce from the models into {@code target/}, named in its
 * {@code targets} parameter. The goal loads the models once, refuses models with errors, resolves the configured
 * scenarios, then runs each configured target in turn.
 * <p>
 * This is the extension point for further generators: implement it and add the implementation to
 * {@link GenerateMojo#TARGETS}.
 */
public interface GenerationTarget {

	/** The name users configure, e.g. {@code sim-input}. */
	String name();

	/** Whether the target needs at least one configured scenario. */
	boolean needsScenarios();

	/**
	 * What a target works on.
	 *
	 * @param models the loaded models (no errors)
	 * @param issues the findings of validation (warnings and notes; no errors)
	 * @param subject the configured model paths, relative to the project where they are inside it, space separated
	 * @param verdicts the requirement verdicts as {@code ./sinew verify} finds them with one run and seed 1,
	 *            computed on first use and shared by the targets of one execution
	 * @param scenarios the configured scenarios, resolved, in configuration order (with the names as configured)
	 * @param outputDirectory this target's folder, {@code <outputDirectory>/<target name>}
	 * @param version the Sinew version, for generated files that name their generator
	 */
	record Context(ModelWorkspace.Models models, List<ModelIssue> issues, String subject,
			Supplier<List<RequirementReport.Verdict>> verdicts, List<Named> scenarios, File outputDirectory,
			String version, Log log) {
	}

	/** A configured scenario: the name as configured and the scenario it resolved to. */
	record Named(String name, Scenario scenario) {
	}

	/** Generates into the context's output folder (writing each file atomically). */
	void generate(Context context) throws MojoExecutionException;
}
