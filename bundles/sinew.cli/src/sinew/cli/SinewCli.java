package sinew.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;

import sinew.dsl.workspace.ModelInputException;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.sim.io.AtomicFiles;
import sinew.generator.reports.ReportFormat;
import sinew.generator.reports.ValidationReport;
import sinew.generator.siminput.SimInput;

/**
 * The headless entry point: {@code sinew <command> [options] <files or folders>}.
 * <p>
 * Exit codes: 0 when the models have no errors, 1 when they have errors, 2 on bad usage or unreadable input.
 * Problems are reported as one line each, never as a stack trace.
 */
public final class SinewCli {

	/** Exit code: success, no errors in the models. */
	public static final int OK = 0;
	/** Exit code: the models have errors. */
	public static final int MODEL_ERRORS = 1;
	/** Exit code: bad usage or unreadable input. */
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: sinew <command> [options] <files or folders>

			commands:
			  validate [--format text|json|junit|sarif] [--output FILE] [--quiet] <paths>
			                     parse, link, validate and check every .sinew file under the paths;
			                     text prints file:line:column: severity: code: message per issue;
			                     --output writes the report to FILE (atomically) and the text to stdout;
			                     --quiet keeps errors only
			  generate sim-input --scenario NAME --out DIR <paths>
			                     the scenario as the input of a simulation: DIR/sim-input.json (schema
			                     urn:sinew:sim-input:1) and CSV tables (items, sites, lines, stocks,
			                     routes, consumption, excursions), each written atomically; refuses
			                     models with errors
			  simulate --scenario NAME [--runs N] [--seed K] [--before-day D] [--deterministic] [--out DIR]
			           [--no-progress] <paths>
			  simulate --input FILE [--runs N] [--seed K] [--before-day D] [--deterministic] [--out DIR] [--no-progress]
			                     generates the scenario's simulation input in memory (or reads FILE, a
			                     sim-input.json, refused with FILE: <json pointer>: <reason> per problem
			                     when it breaks the schema) and runs it day by day; prints exhaustion
			                     day, unmet demand, replenishment lag and binding constraint per item
			                     (with N > 1 runs on all cores: P10/P50/P90 and P(exhausted before day D),
			                     D 30 unless --before-day D);
			                     --out writes results.json and items, stock, lines, production .csv, and the
			                     charts (DIR/charts: stock-<item> and production-<line>, .svg and .png),
			                     atomically. One run is deterministic (exact strike shares); several draw
			                     strikes from seeded streams. With N > 1 and a terminal, a progress bar on
			                     stderr (--no-progress: none)
			  verify [--runs N] [--seed K] [--format text|junit|sarif] [--output FILE] <paths>
			                     verifies every requirement against the analysis or simulation of its
			                     scenario: one verdict (PASS, FAIL or UNKNOWN) per requirement with the
			                     measured value and the threshold; exit 1 when any is not PASS;
			                     --output writes the report to FILE (atomically) and the text to stdout
			  site [--results DIR] --out DIR <paths>
			                     a static HTML review site in DIR (opens from file://, no server): an
			                     overview, each viewpoint with pan and zoom, the findings linked to the
			                     elements, a page per element (documentation, attributes, links in and
			                     out) and, with --results, the simulation results and charts that
			                     sinew simulate --out wrote (DIR/results.json, DIR/charts/, or one such
			                     folder per scenario); written whole or not at all; exit 1 when the
			                     models have errors (the site still shows them)
			  diagram [--viewpoint V] --out FILE|DIR [--verify] <paths>
			                     draws a viewpoint (industrial, sustainment, posture, requirements) as SVG
			                     to FILE, or every viewpoint into DIR as V.svg (each written atomically);
			                     findings are drawn on the shapes they concern; --verify adds the
			                     requirement verdicts (as verify computes them). Models with errors are
			                     drawn as far as they resolved (exit 1)
			  catalogue [--out FILE]
			                     the consistency-check catalogue as Markdown (to FILE, written atomically)
			  help               this text
			  version            the Sinew version

			exit codes: 0 no errors, 1 errors in the models, 2 bad usage or unreadable input
			""";

	private final PrintStream out;
	private final PrintStream err;
	private final boolean errIsTerminal;

	/** A command line printing to these streams; no progress bar (the streams are not known to be a terminal). */
	public SinewCli(PrintStream out, PrintStream err) {
		this(out, err, false);
	}

	/** A command line printing to these streams; {@code errIsTerminal} allows a progress bar on {@code err}. */
	public SinewCli(PrintStream out, PrintStream err, boolean errIsTerminal) {
		this.out = out;
		this.err = err;
		this.errIsTerminal = errIsTerminal;
	}

	public static void main(String[] args) {
		LogManager.getRootLogger().setLevel(Level.OFF);
		int code;
		try {
			code = new SinewCli(System.out, System.err, ProgressBar.stderrIsTerminal()).run(args);
		} catch (RuntimeException | LinkageError e) {
			System.err.println("sinew: internal error: " + e);
			code = 3;
		}
		System.out.flush();
		System.exit(code);
	}

	/** Runs one command and returns its exit code. */
	public int run(String... args) {
		if (args.length == 0) {
			err.print(USAGE_TEXT);
			return USAGE;
		}
		String command = args[0];
		List<String> rest = List.of(args).subList(1, args.length);
		return switch (command) {
			case "validate" -> validate(rest);
			case "catalogue" -> catalogue(rest);
			case "generate" -> generate(rest);
			case "simulate" -> simulate(rest);
			case "verify" -> verify(rest);
			case "site" -> site(rest);
			case "diagram" -> diagram(rest);
			case "help", "--help", "-h" -> {
				out.print(USAGE_TEXT);
				yield OK;
			}
			case "version", "--version" -> {
				out.println("sinew " + version());
				yield OK;
			}
			default -> usage("unknown command '" + command + "'");
		};
	}

	private int validate(List<String> arguments) {
		List<String> paths;
		boolean quiet;
		ReportFormat format;
		Path output;
		try {
			CommandLine line = CommandLine.parse("validate", arguments, Set.of("--format", "--output"),
					Map.of("--quiet", "--quiet", "-q", "--quiet"));
			quiet = line.flag("--quiet");
			String formatWord = line.value("--format").orElse("text");
			format = ReportFormat.of(formatWord)
					.orElseThrow(() -> line.problem("unknown format '" + formatWord + "' (text, json, junit or sarif)"));
			output = line.path("--output").orElse(null);
			paths = line.paths();
		} catch (CommandLine.UsageException e) {
			return usage(e.getMessage());
		}
		try {
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models models = load(workspace, paths);
			List<Path> files = models.files();
			List<ModelIssue> issues = workspace.validate(models);
			if (quiet) {
				issues = issues.stream().filter(i -> i.severity() == ModelIssue.Severity.ERROR).toList();
			}
			ValidationReport report = new ValidationReport(version(), files, models.elementCount(), issues,
					models.config());
			if (output != null) {
				AtomicFiles.write(output, format.write(report));
				if (format != ReportFormat.TEXT || !quiet) {
					out.print(ReportFormat.TEXT.write(report));
				}
			} else {
				out.print(format.write(report));
			}
			boolean errors = issues.stream().anyMatch(i -> i.severity() == ModelIssue.Severity.ERROR);
			return errors ? MODEL_ERRORS : OK;
		} catch (ModelInputException e) {
			err.println("sinew: " + e.getMessage());
			return USAGE;
		} catch (java.io.IOException e) {
			err.println("sinew: " + output + ": cannot write the report: " + e.getMessage());
			return USAGE;
		}
	}

	private int generate(List<String> arguments) {
		if (arguments.isEmpty()) {
			return usage("generate: name what to generate (sim-input)");
		}
		if (!arguments.get(0).equals("sim-input")) {
			return usage("generate: unknown target '" + arguments.get(0) + "' (sim-input)");
		}
		List<String> paths;
		String scenarioName;
		Path outDir;
		try {
			CommandLine line = CommandLine.parse("generate sim-input", arguments.subList(1, arguments.size()),
					Set.of("--scenario", "--out"), Map.of());
			scenarioName = line.required("--scenario", "name the scenario with --scenario NAME");
			outDir = line.path("--out").orElseThrow(() -> line.problem("name the output folder with --out DIR"));
			paths = line.paths();
		} catch (CommandLine.UsageException e) {
			return usage(e.getMessage());
		}
		try {
			SimInput input = simInput("generate sim-input", paths, scenarioName);
			if (input == null) {
				return lastCode;
			}
			java.util.Map<String, String> outputs = input.files();
			for (java.util.Map.Entry<String, String> file : outputs.entrySet()) {
				AtomicFiles.write(outDir.resolve(file.getKey()), file.getValue());
			}
			out.println("sim-input of " + input.scenarioId() + ": " + outputs.size() + " files in " + outDir);
			return OK;
		} catch (ModelInputException e) {
			err.println("sinew: " + e.getMessage());
			return USAGE;
		} catch (java.io.IOException e) {
			err.println("sinew: " + outDir + ": cannot write: " + e.getMessage());
			return USAGE;
		}
	}

	private int lastCode;

	/** The models named by the arguments, with the check configuration beside them. */
	private static ModelWorkspace.Models load(ModelWorkspace workspace, List<String> paths) throws ModelInputException {
		return workspace.load(ModelWorkspace.collect(paths), ModelWorkspace.configFor(paths));
	}

	/** Prints the models' errors and says nothing was done, when they have errors. */
	private boolean refusedForErrors(String command, String done, ModelWorkspace workspace, ModelWorkspace.Models models) {
		List<ModelIssue> errors = workspace.validate(models).stream()
				.filter(i -> i.severity() == ModelIssue.Severity.ERROR).toList();
		if (errors.isEmpty()) {
			return false;
		}
		err.print(ReportFormat.TEXT.write(new ValidationReport(version(), models.files(), models.elementCount(), errors,
				models.config())));
		err.println("sinew: " + command + ": the models have errors; nothing " + done);
		return true;
	}

	/** Loads the models and builds a scenario's simulation input; null (with lastCode set) when it cannot. */
	private SimInput simInput(String command, List<String> paths, String scenarioName) throws ModelInputException {
		ModelWorkspace workspace = ModelWorkspace.create();
		ModelWorkspace.Models models = load(workspace, paths);
		List<sinew.model.ModelPackage> packages = models.packages();
		List<sinew.model.Scenario> found = SimInput.find(packages, scenarioName);
		if (found.size() != 1) {
			List<String> names = (found.isEmpty() ? SimInput.scenarios(packages) : found).stream()
					.map(SimInput::id).toList();
			String which = found.isEmpty() ? "no scenario '" + scenarioName + "'"
					: "scenario '" + scenarioName + "' is ambiguous";
			err.println("sinew: " + command + ": " + which + " (scenarios: "
					+ (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
			lastCode = USAGE;
			return null;
		}
		if (refusedForErrors(command, command.startsWith("generate") ? "generated" : "simulated", workspace, models)) {
			lastCode = MODEL_ERRORS;
			return null;
		}
		try {
			return SimInput.of(packages, found.get(0), version());
		} catch (IllegalArgumentException e) {
			err.println("sinew: " + command + ": " + e.getMessage());
			lastCode = USAGE;
			return null;
		}
	}

	private int simulate(List<String> arguments) {
		List<String> paths = List.of();
		String scenarioName = null;
		Path input;
		Path outDir;
		int runs;
		long seed;
		boolean deterministic;
		boolean noProgress;
		int beforeDay;
		try {
			CommandLine line = CommandLine.parse("simulate", arguments,
					Set.of("--scenario", "--input", "--out", "--runs", "--seed", "--before-day"),
					Map.of("--deterministic", "--deterministic", "--no-progress", "--no-progress"));
			input = line.path("--input").orElse(null);
			if (input == null) {
				scenarioName = line.required("--scenario",
						"name the scenario with --scenario NAME, or a simulation input with --input FILE");
				paths = line.paths();
			} else if (line.value("--scenario").isPresent() || line.hasPaths()) {
				throw line.problem("--input FILE simulates that document: give no --scenario and no model paths");
			}
			outDir = line.path("--out").orElse(null);
			runs = (int) line.number("--runs", 1, 1, 1_000_000);
			seed = line.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
			deterministic = line.flag("--deterministic");
			noProgress = line.flag("--no-progress");
			beforeDay = (int) line.number("--before-day", sinew.sim.Simulation.EARLY_EXHAUSTION_DAY, 1, 100_000);
		} catch (CommandLine.UsageException e) {
			return usage(e.getMessage());
		}
		try {
			String json;
			if (input != null) {
				try {
					json = JsonInput.read(input, SimInput.class, SimInput.SCHEMA_RESOURCE);
				} catch (JsonInput.Refused refused) {
					refused.problems().forEach(err::println);
					err.println("sinew: simulate: " + input + " is not a simulation input (" + SimInput.SCHEMA_ID
							+ "); nothing simulated");
					return USAGE;
				}
			} else {
				SimInput generated = simInput("simulate", paths, scenarioName);
				if (generated == null) {
					return lastCode;
				}
				json = generated.json();
			}
			sinew.sim.SimData data = sinew.sim.SimData.parse(json);
			ProgressBar progress = ProgressBar.shown(noProgress, errIsTerminal, runs)
					? new ProgressBar(err, runs, System::nanoTime) : null;
			sinew.sim.Simulation.Outcome outcome = sinew.sim.Simulation.run(data, runs, seed, deterministic || runs == 1,
					progress == null ? null : progress::runDone).beforeDay(beforeDay);
			if (progress != null) {
				progress.finish();
			}
			out.print(sinew.sim.Simulation.table(outcome));
			if (outDir != null) {
				sinew.sim.Simulation.write(outcome, outDir);
				out.println("results: " + String.join(", ", sinew.sim.Simulation.FILES) + " in " + outDir);
				int charts;
				try {
					charts = sinew.charts.SimulationCharts.write(outcome, outDir).size();
				} catch (java.awt.AWTError | InternalError | UnsatisfiedLinkError e) {
					err.println("sinew: simulate: cannot draw the charts (Java 2D needs fontconfig and a font; on Debian "
							+ "apt-get install fontconfig fonts-dejavu-core): " + e);
					return USAGE;
				}
				out.println("charts: " + charts + " files (SVG and PNG) in "
						+ outDir.resolve(sinew.charts.SimulationCharts.FOLDER));
			}
			return OK;
		} catch (ModelInputException e) {
			err.println("sinew: " + e.getMessage());
			return USAGE;
		} catch (java.io.UncheckedIOException e) {
			err.println("sinew: " + outDir + ": cannot write: " + e.getCause().getMessage());
			return USAGE;
		}
	}

	private int verify(List<String> arguments) {
		List<String> paths;
		int runs;
		long seed;
		sinew.generator.reports.RequirementReport.Format format;
		Path output;
		try {
			CommandLine line = CommandLine.parse("verify", arguments, Set.of("--runs", "--seed", "--format", "--output"),
					Map.of());
			runs = (int) line.number("--runs", 1, 1, 1_000_000);
			seed = line.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
			String formatWord = line.value("--format").orElse("text");
			format = sinew.generator.reports.RequirementReport.Format.of(formatWord)
					.orElseThrow(() -> line.problem("unknown format '" + formatWord + "' (text, junit or sarif)"));
			output = line.path("--output").orElse(null);
			paths = line.paths();
		} catch (CommandLine.UsageException e) {
			return usage(e.getMessage());
		}
		try {
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models models = load(workspace, paths);
			if (refusedForErrors("verify", "verified", workspace, models)) {
				return MODEL_ERRORS;
			}
			List<sinew.generator.reports.RequirementReport.Verdict> verdicts = new RequirementVerifier(
					models.packages(), models.resources(), version(), runs, seed).verify();
			String text = sinew.generator.reports.RequirementReport.text(verdicts);
			if (output != null) {
				AtomicFiles.write(output, sinew.generator.reports.RequirementReport.write(format, version(), verdicts));
				out.print(text);
			} else {
				out.print(sinew.generator.reports.RequirementReport.write(format, version(), verdicts));
			}
			return verdicts.stream().allMatch(v -> v.passed()) ? OK : MODEL_ERRORS;
		} catch (ModelInputException e) {
			err.println("sinew: " + e.getMessage());
			return USAGE;
		} catch (java.io.IOException e) {
			err.println("sinew: " + output + ": cannot write the report: " + e.getMessage());
			return USAGE;
		}
	}

	private int site(List<String> arguments) {
		List<String> paths;
		Path outDir;
		Path resultsDir;
		try {
			CommandLine line = CommandLine.parse("site", arguments, Set.of("--out", "--results"), Map.of());
			outDir = line.path("--out").orElseThrow(() -> line.problem("name the output folder with --out DIR"));
			resultsDir = line.path("--results").orElse(null);
			paths = line.paths();
		} catch (CommandLine.UsageException e) {
			return usage(e.getMessage());
		}
		try {
			List<sinew.generator.site.ReviewSite.Results> results = resultsDir == null ? List.of()
					: sinew.generator.site.ReviewSite.Results.read(resultsDir);
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models models = load(workspace, paths);
			List<ModelIssue> issues = workspace.validate(models);
			long errors = ReviewOutputs.errors(issues);
			// verdicts as `sinew verify` finds them (one deterministic run), for models that can be simulated
			List<sinew.generator.reports.RequirementReport.Verdict> verdicts = ReviewOutputs.verdicts(models, issues,
					version());
			int written = ReviewOutputs.site(version(), String.join(" ", paths), models, issues, results, verdicts)
					.write(outDir);
			out.println("site: " + written + " files in " + outDir + " (open " + outDir.resolve("index.html") + "); "
					+ errors + " errors, " + (issues.size() - errors) + " other findings");
			return errors > 0 ? MODEL_ERRORS : OK;
		} catch (ModelInputException e) {
			err.println("sinew: " + e.getMessage());
			return USAGE;
		} catch (IllegalArgumentException e) {
			err.println("sinew: site: " + e.getMessage());
			return USAGE;
		} catch (java.io.IOException e) {
			err.println("sinew: site: " + outDir + ": cannot write: " + e.getMessage());
			return USAGE;
		}
	}

	private int diagram(List<String> arguments) {
		List<String> paths;
		List<sinew.diagram.Viewpoint> viewpoints;
		Path output;
		boolean verifyRequirements;
		boolean one;
		try {
			CommandLine line = CommandLine.parse("diagram", arguments, Set.of("--viewpoint", "--out"),
					Map.of("--verify", "--verify"));
			java.util.Optional<String> word = line.value("--viewpoint");
			one = word.isPresent();
			if (one) {
				viewpoints = List.of(sinew.diagram.Viewpoint.of(word.get()).orElseThrow(() -> line.problem("unknown viewpoint '"
						+ word.get() + "' (industrial, sustainment, posture or requirements)")));
			} else {
				viewpoints = List.of(sinew.diagram.Viewpoint.values());
			}
			output = line.path("--out").orElseThrow(() -> line.problem(
					one ? "name the output file with --out FILE.svg" : "name the output folder with --out DIR"));
			verifyRequirements = line.flag("--verify");
			paths = line.paths();
		} catch (CommandLine.UsageException e) {
			return usage(e.getMessage());
		}
		if (!one && java.nio.file.Files.isRegularFile(output)) {
			return usage("diagram: --out " + output + " is a file; without --viewpoint every viewpoint goes into a folder");
		}
		try {
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models models = load(workspace, paths);
			List<ModelIssue> issues = workspace.validate(models);
			long errors = ReviewOutputs.errors(issues);
			List<sinew.generator.reports.RequirementReport.Verdict> verdicts = List.of();
			if (verifyRequirements) {
				if (errors > 0) {
					err.println("sinew: diagram: the models have errors; requirements are drawn without verdicts");
				} else {
					verdicts = ReviewOutputs.verdicts(models, issues, version());
				}
			}
			ReviewOutputs.writeDiagrams(models, issues, verdicts, viewpoints,
					viewpoint -> one ? output : output.resolve(viewpoint.id() + ".svg"))
					.forEach((viewpoint, file) -> out.println(viewpoint.id() + ": " + file));
			if (errors > 0) {
				err.println("sinew: diagram: the models have " + errors + " error" + (errors == 1 ? "" : "s")
						+ "; drawn as far as they resolved (run validate for the list)");
				return MODEL_ERRORS;
			}
			return OK;
		} catch (ModelInputException e) {
			err.println("sinew: " + e.getMessage());
			return USAGE;
		} catch (java.io.IOException e) {
			err.println("sinew: " + output + ": cannot write: " + e.getMessage());
			return USAGE;
		}
	}

	private int catalogue(List<String> arguments) {
		String markdown = sinew.checks.CatalogueWriter.markdown();
		if (arguments.isEmpty()) {
			out.print(markdown);
			return OK;
		}
		if (arguments.size() != 2 || !arguments.get(0).equals("--out")) {
			return usage("catalogue: expected nothing or --out FILE");
		}
		try {
			AtomicFiles.write(Path.of(arguments.get(1)), markdown);
		} catch (java.io.IOException e) {
			err.println("sinew: " + arguments.get(1) + ": cannot write: " + e.getMessage());
			return USAGE;
		}
		return OK;
	}

	private int usage(String problem) {
		err.println("sinew: " + problem);
		err.println("run 'sinew help' for usage");
		return USAGE;
	}

	/** The bundle version from this bundle's own manifest ("development" when run from classes). */
	public static String version() {
		try {
			java.net.URL location = SinewCli.class.getProtectionDomain().getCodeSource().getLocation();
			java.nio.file.Path path = java.nio.file.Path.of(location.toURI());
			if (java.nio.file.Files.isRegularFile(path)) {
				try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
					String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
					if (version != null) {
						return version;
					}
				}
			}
		} catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
			// fall through: no readable manifest
		}
		return "development";
	}
}
