package sinew.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import sinew.cli.ReviewOutputs;
import sinew.dsl.workspace.ModelIssue;
import sinew.generator.reports.RequirementReport;

/**
 * Generates from the models into the build folder: the configured {@code targets}, each into
 * {@code <outputDirectory>/<target>/}. Refuses models with errors, as {@code ./sinew generate} does.
 * Targets: {@code sim-input} (the simulation input of each configured scenario), {@code diagrams} (every viewpoint
 * as SVG, as {@code ./sinew diagram --verify} draws them), {@code site} (the review site, as {@code ./sinew site}
 * writes it without {@code --results}).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES)
public class GenerateMojo extends AbstractSinewMojo {

	/** Every target the goal knows, by name. Further generators are added here (see {@link GenerationTarget}). */
	static final Map<String, GenerationTarget> TARGETS = targets(new SimInputTarget(), new DiagramsTarget(),
			new SiteTarget());

	private static Map<String, GenerationTarget> targets(GenerationTarget... targets) {
		Map<String, GenerationTarget> byName = new LinkedHashMap<>();
		for (GenerationTarget target : targets) {
			byName.put(target.name(), target);
		}
		return byName;
	}

	/** What to generate: {@code sim-input}, {@code diagrams}, {@code site} (default {@code sim-input}). */
	@Parameter(property = "sinew.targets")
	List<String> targets;

	/** The scenarios, by simple or qualified name. */
	@Parameter(property = "sinew.scenarios")
	List<String> scenarios;

	/** The folder every target writes below. */
	@Parameter(property = "sinew.outputDirectory", defaultValue = "${project.build.directory}/sinew")
	File outputDirectory;

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		List<GenerationTarget> chosen = new ArrayList<>();
		for (String name : targets == null || targets.isEmpty() ? List.of("sim-input") : targets) {
			GenerationTarget target = TARGETS.get(name.trim());
			if (target == null) {
				throw parameterProblem("targets", "unknown target '" + name.trim() + "' (" + String.join(", ", TARGETS.keySet()) + ")");
			}
			if (!chosen.contains(target)) {
				chosen.add(target);
			}
		}
		List<String> names = scenarios == null ? List.of() : scenarios;
		for (GenerationTarget target : chosen) {
			if (target.needsScenarios() && names.isEmpty()) {
				throw parameterProblem("scenarios", "name at least one scenario for target '" + target.name() + "'");
			}
		}
		Loaded loaded = load();
		List<GenerationTarget.Named> named = scenarios("scenarios", names, loaded.packages());
		List<ModelIssue> issues = refuseErrors(loaded, "generate");
		String subject = subject(modelPaths());
		Supplier<List<RequirementReport.Verdict>> verdicts = once(
				() -> ReviewOutputs.verdicts(loaded.models(), issues, version()));
		for (GenerationTarget target : chosen) {
			target.generate(new GenerationTarget.Context(loaded.models(), issues, subject, verdicts, named,
					new File(outputDirectory, target.name()), version(), getLog()));
		}
	}

	/** The model paths as the site names them: relative to the project where they are inside it. */
	private String subject(List<String> paths) {
		Path project = basedir.toPath().toAbsolutePath().normalize();
		List<String> shown = new ArrayList<>();
		for (String path : paths) {
			Path p = Path.of(path);
			shown.add(p.startsWith(project) && !p.equals(project) ? project.relativize(p).toString().replace('\\', '/')
					: path);
		}
		return String.join(" ", shown);
	}

	/** A supplier that computes its value on first use only. */
	private static <T> Supplier<T> once(Supplier<T> compute) {
		return new Supplier<>() {
			private T value;

			@Override
			public synchronized T get() {
				if (value == null) {
					value = compute.get();
				}
				return value;
			}
		};
	}
}
