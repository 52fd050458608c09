package sinew.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates from the models into the build folder: the configured {@code targets}, each into
 * {@code <outputDirectory>/<target>/}. Refuses models with errors, as {@code ./sinew generate} does.
 * Targets: {@code sim-input} (the simulation input of each configured scenario).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES)
public class GenerateMojo extends AbstractSinewMojo {

	/** Every target the goal knows, by name. Further generators are added here (see {@link GenerationTarget}). */
	static final Map<String, GenerationTarget> TARGETS = targets(new SimInputTarget());

	private static Map<String, GenerationTarget> targets(GenerationTarget... targets) {
		Map<String, GenerationTarget> byName = new LinkedHashMap<>();
		for (GenerationTarget target : targets) {
			byName.put(target.name(), target);
		}
		return byName;
	}

	/** What to generate (default {@code sim-input}). */
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
		refuseErrors(loaded, "generate");
		for (GenerationTarget target : chosen) {
			target.generate(new GenerationTarget.Context(loaded.models(), named,
					new File(outputDirectory, target.name()), version(), getLog()));
		}
	}
}
