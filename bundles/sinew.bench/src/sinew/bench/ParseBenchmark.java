package sinew.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.eclipse.emf.ecore.resource.ResourceSet;

import sinew.dsl.workspace.ModelInputException;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;

/**
 * How long Sinew takes to parse, link and validate models, compared with how long EMF takes to load the same
 * models from XMI; and how much heap the loaded models hold.
 * <p>
 * Two workloads: the flagship example folder, and a generated workspace of about 10,000 elements in 100 files
 * ({@link WorkspaceGenerator}). For each: warm-up iterations, then measured iterations of
 * <ol>
 * <li>collect, load (parse and link) and validate the .sinew files in a fresh resource set;</li>
 * <li>load the same models saved as XMI into a fresh resource set and resolve all proxies.</li>
 * </ol>
 * The tracked figure is the ratio of the two medians. Output: a table on stdout, and with {@code --json FILE}
 * the same figures as JSON.
 * <p>
 * Exit codes: 0 measured, 1 the generated workspace does not validate or the XMI copy is not faithful, 2 bad
 * arguments or unreadable input, 3 internal error.
 */
public final class ParseBenchmark {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;
	static final int INTERNAL = 3;

	static final String USAGE_LINE = "usage: sinew bench [--flagship DIR] [--warmup N] [--iterations N] [--json FILE]";

	private static final double MB = 1024.0 * 1024.0;

	/** The options of a run. */
	record Options(Path flagship, int warmup, int iterations, Path json, boolean help) {
	}

	/** A workload: a name, the folder holding its .sinew files, and whether it must validate without errors. */
	record Workload(String name, Path root, String description, boolean mustValidate) {
	}

	/** The samples of one measurement (milliseconds of a timed operation, or runs per minute): median, min, max. */
	record Timing(List<Double> samples) {

		double median() {
			List<Double> sorted = samples.stream().sorted().toList();
			int n = sorted.size();
			return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
		}

		double min() {
			return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
		}

		double max() {
			return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		}
	}

	/** The figures of one workload. */
	record Result(Workload workload, int files, int elements, long errors, long sourceBytes, long xmiBytes,
			Timing dsl, Timing xmi, double retainedMb, double peakMb) {

		/** DSL parse+link+validate median over XMI load median: the tracked figure. */
		double ratio() {
			return dsl.median() / xmi.median();
		}
	}

	/** Bad arguments or unreadable input: one line on stderr, exit 2. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/** A run that cannot give valid figures: one line (and maybe a few issues) on stderr, exit 1. */
	static final class BenchmarkFailure extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient List<String> details;

		BenchmarkFailure(String message, List<String> details) {
			super(message);
			this.details = details;
		}
	}

	private final PrintStream out;
	private final PrintStream err;
	private final List<Path> temporaryFolders = new ArrayList<>();

	ParseBenchmark(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		LogManager.getRootLogger().setLevel(Level.OFF);
		int code;
		ParseBenchmark benchmark = new ParseBenchmark(System.out, System.err);
		Thread cleanup = new Thread(benchmark::deleteTemporaryFolders, "sinew-bench-cleanup");
		Runtime.getRuntime().addShutdownHook(cleanup);
		try {
			code = benchmark.run(args);
		} catch (RuntimeException | LinkageError e) {
			System.err.println("sinew bench: internal error: " + e);
			code = INTERNAL;
		} finally {
			benchmark.deleteTemporaryFolders();
		}
		System.out.flush();
		System.exit(code);
	}

	/** Runs the benchmark and returns its exit code. */
	int run(String... args) {
		Options options;
		try {
			options = parse(args);
		} catch (UsageException e) {
			err.println("sinew bench: " + e.getMessage());
			return USAGE;
		}
		if (options.help()) {
			out.println(USAGE_LINE);
			out.println("  --flagship DIR   the flagship example folder (default examples/indo-pacific)");
			out.println("  --warmup N       warm-up iterations per workload and operation (default 3)");
			out.println("  --iterations N   measured iterations per workload and operation (default 5)");
			out.println("  --json FILE      also write the figures as JSON to FILE");
			return OK;
		}
		try {
			List<Workload> workloads = new ArrayList<>();
			Path flagship = options.flagship();
			if (!Files.isDirectory(flagship)) {
				throw new UsageException("flagship folder " + flagship + (Files.exists(flagship) ? " is not a folder"
						: " does not exist") + " (run from the project root, or pass --flagship DIR)");
			}
			ModelWorkspace.collect(List.of(flagship.toString())); // no .sinew files: a user error, before generating
			workloads.add(new Workload("flagship", flagship, flagship.toString(), false));
			Path generated = temporaryFolder("sinew-bench-workspace-");
			WorkspaceGenerator generator = new WorkspaceGenerator(WorkspaceGenerator.DEFAULT_SEED);
			generator.generate(generated);
			workloads.add(new Workload("generated", generated,
					"generated, seed " + WorkspaceGenerator.DEFAULT_SEED, true));

			ModelWorkspace.create(); // set the language up once, outside every timing
			XmiSnapshot.registerPackage();
			List<Result> results = new ArrayList<>();
			for (Workload workload : workloads) {
				err.println("sinew bench: measuring " + workload.name() + " (" + workload.description() + ")");
				results.add(measure(workload, options));
			}
			out.print(Report.table(results, options));
			if (options.json() != null) {
				Report.writeJson(options.json(), results, options);
			}
			return OK;
		} catch (UsageException e) {
			err.println("sinew bench: " + e.getMessage());
			return USAGE;
		} catch (ModelInputException e) {
			err.println("sinew bench: " + e.getMessage());
			return USAGE;
		} catch (BenchmarkFailure e) {
			err.println("sinew bench: " + e.getMessage());
			e.details.forEach(line -> err.println("  " + line));
			return FAILED;
		} catch (IOException | UncheckedIOException e) {
			err.println("sinew bench: " + e);
			return USAGE;
		}
	}

	// ------------------------------------------------------------------ arguments

	static Options parse(String... args) throws UsageException {
		Path flagship = Path.of("examples", "indo-pacific");
		int warmup = 3;
		int iterations = 5;
		Path json = null;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg;
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				name = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			}
			switch (name) {
				case "--help", "-h" -> help = true;
				case "--flagship", "--warmup", "--iterations", "--json" -> {
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new UsageException(name + " needs a value; " + USAGE_LINE);
						}
						value = args[++i];
					}
					switch (name) {
						case "--flagship" -> flagship = path(name, value);
						case "--warmup" -> warmup = count(name, value, 0, 10_000);
						case "--iterations" -> iterations = count(name, value, 1, 10_000);
						default -> json = jsonTarget(value);
					}
				}
				default -> throw new UsageException(
						(arg.startsWith("-") ? "unknown option '" : "unexpected argument '") + arg + "'; " + USAGE_LINE);
			}
		}
		return new Options(flagship, warmup, iterations, json, help);
	}

	private static Path path(String option, String value) throws UsageException {
		if (value.isBlank()) {
			throw new UsageException(option + " needs a folder, not an empty value");
		}
		try {
			return Path.of(value);
		} catch (java.nio.file.InvalidPathException e) {
			throw new UsageException(option + ": '" + value + "' is not a valid path");
		}
	}

	/** A whole number option between {@code min} and {@code max}; the benchmarks' one parser of counts. */
	static int count(String option, String value, int min, int max) throws UsageException {
		int n;
		try {
			n = Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " needs a whole number, not '" + value + "'");
		}
		if (n < min || n > max) {
			throw new UsageException(option + " must be between " + min + " and " + max + ", not " + n);
		}
		return n;
	}

	/** Checks before measuring that the JSON file can be written where asked. */
	private static Path jsonTarget(String value) throws UsageException {
		Path file = path("--json", value);
		if (Files.isDirectory(file)) {
			throw new UsageException("--json " + value + " is a folder; name a file");
		}
		Path parent = file.toAbsolutePath().getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new UsageException("--json " + value + ": folder " + parent + " does not exist");
		}
		if (!Files.isWritable(parent)) {
			throw new UsageException("--json " + value + ": folder " + parent + " is not writable");
		}
		return file;
	}

	// ------------------------------------------------------------------ measuring

	private Result measure(Workload workload, Options options)
			throws ModelInputException, BenchmarkFailure, IOException {
		List<String> arguments = List.of(workload.root().toString());
		int runs = options.warmup() + options.iterations();

		settle();
		resetPeaks();

		// 1. parse + link + validate
		List<Double> dsl = new ArrayList<>();
		int files = 0;
		int elements = 0;
		long errors = 0;
		for (int i = 0; i < runs; i++) {
			settle();
			long start = System.nanoTime();
			List<Path> paths = ModelWorkspace.collect(arguments);
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models models = workspace.load(paths);
			List<ModelIssue> issues = workspace.validate(models);
			long end = System.nanoTime();
			if (i >= options.warmup()) {
				dsl.add((end - start) / 1e6);
			}
			if (i == 0) {
				files = paths.size();
				elements = models.elementCount();
				List<ModelIssue> errorIssues = issues.stream()
						.filter(issue -> issue.severity() == ModelIssue.Severity.ERROR).toList();
				errors = errorIssues.size();
				checkErrors(workload, errorIssues);
			}
		}

		// 2. heap retained by the loaded, validated models
		long before = usedHeapAfterGc();
		ModelWorkspace workspace = ModelWorkspace.create();
		ModelWorkspace.Models held = workspace.load(ModelWorkspace.collect(arguments));
		workspace.validate(held);
		long after = usedHeapAfterGc();
		double retainedMb = Math.max(0, after - before) / MB;

		// 3. the same models as XMI
		Path xmiFolder = temporaryFolder("sinew-bench-xmi-");
		XmiSnapshot.Saved saved = XmiSnapshot.save(held, workload.root(), xmiFolder);
		Reference.reachabilityFence(held);
		held = null;
		if (saved.droppedReferences() > 0) {
			err.println("sinew bench: warning: " + saved.droppedReferences() + " unresolved references of "
					+ workload.name() + " are left out of its XMI copy");
		}
		List<Double> xmi = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			settle();
			long start = System.nanoTime();
			ResourceSet loaded = XmiSnapshot.load(saved.files());
			long end = System.nanoTime();
			if (i >= options.warmup()) {
				xmi.add((end - start) / 1e6);
			}
			if (i == 0) {
				XmiSnapshot.Loaded check = XmiSnapshot.inspect(loaded);
				if (check.elementCount() != elements || check.unresolvedProxies() > 0) {
					throw new BenchmarkFailure("the XMI copy of " + workload.name() + " is not faithful: "
							+ check.elementCount() + " elements (DSL: " + elements + "), " + check.unresolvedProxies()
							+ " unresolved proxies", List.of());
				}
			}
		}
		double peakMb = peakHeapUsed() / MB;
		deleteTemporaryFolder(xmiFolder);
		return new Result(workload, files, elements, errors, sourceBytes(workload.root()), saved.bytes(), new Timing(dsl),
				new Timing(xmi), retainedMb, peakMb);
	}

	private void checkErrors(Workload workload, List<ModelIssue> errors) throws BenchmarkFailure {
		if (errors.isEmpty()) {
			return;
		}
		List<String> first = errors.stream().limit(10).map(ModelIssue::toLine).toList();
		if (workload.mustValidate()) {
			throw new BenchmarkFailure("the " + workload.name() + " workspace has " + errors.size()
					+ " validation errors; its figures would not be meaningful (first " + first.size() + " below)", first);
		}
		err.println("sinew bench: warning: " + workload.name() + " (" + workload.description() + ") has " + errors.size()
				+ " validation errors; its figures are still reported. First: " + first.get(0));
	}

	private static long sourceBytes(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			long total = 0;
			for (Path p : walk.filter(p -> Files.isRegularFile(p)
					&& p.getFileName().toString().endsWith(ModelWorkspace.EXTENSION)).toList()) {
				total += Files.size(p);
			}
			return total;
		}
	}

	// ------------------------------------------------------------------ memory

	/** Collects garbage so that a timing does not pay for the previous iteration's garbage. */
	private static void settle() {
		System.gc();
	}

	/** Heap in use after full collections, once the figure stops falling. */
	private static long usedHeapAfterGc() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 10; i++) {
			System.gc();
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			long now = heapUsed();
			if (now >= used) {
				return Math.min(now, used);
			}
			used = now;
		}
		return used;
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.filter(MemoryPoolMXBean::isValid).toList();
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sum of the heap pools' peak usage since the last reset (an upper bound: pools peak at different times). */
	private static long peakHeapUsed() {
		return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	// ------------------------------------------------------------------ temporary folders

	private Path temporaryFolder(String prefix) throws IOException {
		Path folder = Files.createTempDirectory(prefix);
		synchronized (temporaryFolders) {
			temporaryFolders.add(folder);
		}
		return folder;
	}

	private void deleteTemporaryFolder(Path folder) {
		synchronized (temporaryFolders) {
			temporaryFolders.remove(folder);
		}
		deleteRecursively(folder);
	}

	void deleteTemporaryFolders() {
		List<Path> folders;
		synchronized (temporaryFolders) {
			folders = new ArrayList<>(temporaryFolders);
			temporaryFolders.clear();
		}
		folders.forEach(ParseBenchmark::deleteRecursively);
	}

	private static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException | UncheckedIOException e) {
			System.err.println("sinew bench: warning: cannot delete " + folder + ": " + e.getMessage());
		}
	}
}
