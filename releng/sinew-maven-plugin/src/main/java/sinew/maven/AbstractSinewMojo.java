package sinew.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import sinew.cli.SinewCli;
import sinew.dsl.workspace.ModelInputException;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.siminput.SimInput;
import sinew.model.ModelPackage;
import sinew.model.Scenario;
import sinew.sim.io.AtomicFiles;

/**
 * What every goal shares: the model folders, loading them with the pipeline of {@code ./sinew}
 * ({@link ModelWorkspace}), Maven-style finding lines, and one-line configuration errors naming the parameter.
 */
abstract class AbstractSinewMojo extends AbstractMojo {

	/** The folder models are read from when {@code models} is not configured. */
	static final String DEFAULT_MODELS = "src/main/sinew";

	/**
	 * The model folders or {@code .sinew} files, loaded and linked together (folders recursively). Relative paths
	 * are resolved against the project's folder. The check configuration {@code sinew-checks.conf} is looked up
	 * beside the first one or in a folder above it, as {@code ./sinew} does. Default: {@code src/main/sinew}.
	 */
	@Parameter(property = "sinew.models")
	List<File> models;

	/** Skips the goal. */
	@Parameter(property = "sinew.skip", defaultValue = "false")
	boolean skip;

	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	File basedir;

	@Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
	File buildDirectory;

	/** Models loaded by a goal. */
	record Loaded(ModelWorkspace workspace, ModelWorkspace.Models models) {
		List<ModelPackage> packages() {
			return models.packages();
		}
	}

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("sinew: skipped (sinew.skip)");
			return;
		}
		// Xtext and EMF log through log4j; the goals report through Maven's log only, as ./sinew does.
		LogManager.getRootLogger().setLevel(Level.OFF);
		run();
	}

	abstract void run() throws MojoExecutionException, MojoFailureException;

	/** A configuration problem: one line naming the parameter, no stack trace. */
	static MojoExecutionException parameterProblem(String parameter, String problem) {
		return new MojoExecutionException("sinew: parameter '" + parameter + "': " + problem);
	}

	/** The configured model paths, each checked to exist, as absolute paths. */
	List<String> modelPaths() throws MojoExecutionException {
		List<File> configured = models == null || models.isEmpty() ? List.of(new File(DEFAULT_MODELS)) : models;
		List<String> paths = new ArrayList<>();
		for (File file : configured) {
			Path path = file.isAbsolute() ? file.toPath() : basedir.toPath().resolve(file.getPath());
			path = path.normalize();
			if (!Files.exists(path)) {
				throw parameterProblem("models", path + ": no such folder or file"
						+ (models == null || models.isEmpty() ? " (the default; configure <models>)" : ""));
			}
			paths.add(path.toString());
		}
		return paths;
	}

	/** Loads and links the configured models. */
	Loaded load() throws MojoExecutionException {
		List<String> paths = modelPaths();
		try {
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models loaded = workspace.load(ModelWorkspace.collect(paths), ModelWorkspace.configFor(paths));
			return new Loaded(workspace, loaded);
		} catch (ModelInputException e) {
			throw parameterProblem("models", e.getMessage());
		}
	}

	/** The scenarios named by a parameter, each resolved to exactly one scenario of the models. */
	static List<GenerationTarget.Named> scenarios(String parameter, List<String> names, List<ModelPackage> packages)
			throws MojoExecutionException {
		List<GenerationTarget.Named> found = new ArrayList<>();
		for (String name : names) {
			List<Scenario> matches = SimInput.find(packages, name.trim());
			if (matches.size() != 1) {
				List<String> known = (matches.isEmpty() ? SimInput.scenarios(packages) : matches).stream()
						.map(SimInput::id).toList();
				throw parameterProblem(parameter, (matches.isEmpty() ? "no scenario '" : "ambiguous scenario '")
						+ name.trim() + "' (scenarios: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
			}
			Scenario scenario = matches.get(0);
			if (found.stream().noneMatch(n -> n.scenario() == scenario)) {
				found.add(new GenerationTarget.Named(name.trim(), scenario));
			}
		}
		return found;
	}

	/** Logs one finding as Maven tools do: {@code file:[line,column] code: message}. */
	void log(ModelIssue issue) {
		String line = mavenStyle(issue.file(), issue.line(), issue.column(), issue.code() + ": " + issue.message());
		switch (issue.severity()) {
			case ERROR -> getLog().error(line);
			case WARNING -> getLog().warn(line);
			case INFO -> getLog().info(line);
		}
	}

	/** {@code file:[line,column] text}, the position format of Maven's compiler messages. */
	static String mavenStyle(Path file, int line, int column, String text) {
		return (file == null ? "<unknown>" : file.toString()) + ":[" + line + "," + column + "] " + text;
	}

	/**
	 * Logs the errors of the models and fails when there are any (goals that need models without errors).
	 *
	 * @return every finding of validation (none of them an error)
	 */
	List<ModelIssue> refuseErrors(Loaded loaded, String goal) throws MojoFailureException {
		List<ModelIssue> issues = loaded.workspace().validate(loaded.models());
		List<ModelIssue> errors = issues.stream().filter(i -> i.severity() == ModelIssue.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(this::log);
			throw new MojoFailureException("sinew: " + goal + ": the models have " + errors.size()
					+ (errors.size() == 1 ? " error" : " errors") + "; nothing done");
		}
		return issues;
	}

	/** Writes a report atomically; a failure names the parameter and the file. */
	static void write(String parameter, File file, String text) throws MojoExecutionException {
		try {
			AtomicFiles.write(file.toPath(), text);
		} catch (IOException e) {
			throw parameterProblem(parameter, file + ": cannot write: " + e.getMessage());
		}
	}

	/** The Sinew version written into reports: the command line bundle's. */
	static String version() {
		return SinewCli.version();
	}
}
