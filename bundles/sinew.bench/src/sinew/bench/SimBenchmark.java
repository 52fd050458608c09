package sinew.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;

import sinew.dsl.workspace.ModelInputException;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.siminput.SimInput;
import sinew.sim.SimData;
import sinew.sim.Simulation;
import sinew.sim.Simulator;
import sinew.sim.io.AtomicFiles;

/**
 * How many runs of the flagship's year-long scenario the engine does per minute on one core and on all cores,
 * and how much memory a run takes.
 * <p>
 * The scenario's simulation input is generated once from the models (outside every timing). Then, for one core
 * and for all cores, {@code warmup} rounds (not measured) and {@code rounds} measured rounds of
 * {@link Simulation#run} with {@code runs} runs and random strikes (as {@code sinew simulate --runs N} does),
 * each round inside a {@link ForkJoinPool} of that parallelism, so both figures go through the same code: seeded
 * streams, the runs, the results kept. The figure is runs per minute of the median round; the ratio all/one is
 * measured in the same run.
 * <p>
 * Memory per run: the bytes one thread allocates for one run of the engine
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, averaged over {@code runs} runs), and the
 * heap the results of a round retain (heap used after full collections with the outcome held, minus before,
 * divided by the runs).
 */
public final class SimBenchmark {

	static final String USAGE_LINE = "usage: sinew bench sim [--flagship DIR] [--scenario NAME] [--runs N] [--warmup N] "
			+ "[--rounds N] [--json FILE]";
	/** The runs-per-minute goal on 2 cores (issue 4). */
	static final double GOAL_RUNS_PER_MINUTE = 5_000;

	/** The options of a run. */
	record Options(Path flagship, String scenario, int runs, int warmup, int rounds, Path json, boolean help) {
	}

	/**
	 * The rounds of one parallelism: runs per minute of each measured round (wall clock), and the process's CPU
	 * time per run over the measured rounds (all threads: the runs, the collector, the compiler), which a busy
	 * machine inflates less than the wall clock.
	 */
	record Rate(int cores, List<Double> runsPerMinute, double cpuMsPerRun) {

		double median() {
			return new ParseBenchmark.Timing(runsPerMinute).median();
		}

		double min() {
			return new ParseBenchmark.Timing(runsPerMinute).min();
		}

		double max() {
			return new ParseBenchmark.Timing(runsPerMinute).max();
		}
	}

	/** The figures of a benchmark run. */
	record Figures(String scenario, int days, Rate one, Rate all, double allocatedBytesPerRun,
			double retainedBytesPerRun) {

		double ratio() {
			return all.median() / one.median();
		}
	}

	private final PrintStream out;
	private final PrintStream err;

	SimBenchmark(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		LogManager.getRootLogger().setLevel(Level.OFF);
		int code;
		try {
			code = new SimBenchmark(System.out, System.err).run(args);
		} catch (RuntimeException | LinkageError e) {
			System.err.println("sinew bench sim: internal error: " + e);
			code = ParseBenchmark.INTERNAL;
		}
		System.out.flush();
		System.exit(code);
	}

	/** Runs the benchmark and returns its exit code (0 measured, 1 models with errors, 2 bad usage). */
	int run(String... args) {
		Options options;
		try {
			options = parse(args);
		} catch (ParseBenchmark.UsageException e) {
			err.println("sinew bench sim: " + e.getMessage());
			return ParseBenchmark.USAGE;
		}
		if (options.help()) {
			out.println(USAGE_LINE);
			out.println("  --flagship DIR   the flagship example folder (default examples/indo-pacific)");
			out.println("  --scenario NAME  the scenario (default TaiwanStrait2027, 12 months)");
			out.println("  --runs N         runs per round (default 2000)");
			out.println("  --warmup N       warm-up rounds per parallelism, not measured (default 2)");
			out.println("  --rounds N       measured rounds per parallelism (default 3)");
			out.println("  --json FILE      also write the figures as JSON to FILE");
			return ParseBenchmark.OK;
		}
		try {
			SimData data = input(options);
			if (data == null) {
				return ParseBenchmark.FAILED;
			}
			int cores = Runtime.getRuntime().availableProcessors();
			err.println("sinew bench sim: " + data.scenario().id() + ", " + data.scenario().days() + " days, "
					+ options.runs() + " runs a round, on 1 core and on " + cores);
			Rate one = rate(data, 1, options);
			Rate all = rate(data, cores, options);
			Figures f = new Figures(data.scenario().id(), data.scenario().days(), one, all, allocatedPerRun(data, options),
					retainedPerRun(data, options));
			out.print(table(f, options));
			if (options.json() != null) {
				AtomicFiles.write(options.json(), json(f, options));
			}
			return ParseBenchmark.OK;
		} catch (ParseBenchmark.UsageException | ModelInputException e) {
			err.println("sinew bench sim: " + e.getMessage());
			return ParseBenchmark.USAGE;
		} catch (IOException e) {
			err.println("sinew bench sim: " + e);
			return ParseBenchmark.USAGE;
		}
	}

	/** The scenario's simulation input, from the models; null (reported) when the models have errors. */
	private SimData input(Options options) throws ModelInputException, ParseBenchmark.UsageException {
		if (!Files.isDirectory(options.flagship())) {
			throw new ParseBenchmark.UsageException("flagship folder " + options.flagship()
					+ " does not exist (run from the project root, or pass --flagship DIR)");
		}
		List<String> paths = List.of(options.flagship().toString());
		ModelWorkspace workspace = ModelWorkspace.create();
		ModelWorkspace.Models models = workspace.load(ModelWorkspace.collect(paths), ModelWorkspace.configFor(paths));
		List<ModelIssue> errors = workspace.validate(models).stream()
				.filter(i -> i.severity() == ModelIssue.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			err.println("sinew bench sim: the models have " + errors.size() + " errors (sinew validate lists them)");
			return null;
		}
		List<sinew.model.Scenario> found = SimInput.find(models.packages(), options.scenario());
		if (found.size() != 1) {
			throw new ParseBenchmark.UsageException((found.isEmpty() ? "no scenario '" : "ambiguous scenario '")
					+ options.scenario() + "'");
		}
		return SimData.parse(SimInput.of(models.packages(), found.get(0), "bench").json());
	}

	/** Rounds of runs in a pool of the given parallelism. */
	private Rate rate(SimData data, int cores, Options options) {
		ForkJoinPool pool = new ForkJoinPool(cores);
		try {
			List<Double> perMinute = new ArrayList<>();
			long cpu = 0;
			for (int round = 0; round < options.warmup() + options.rounds(); round++) {
				long seed = round + 1;
				long cpuStart = processCpuNanos();
				long start = System.nanoTime();
				Simulation.Outcome o = pool.submit(() -> Simulation.run(data, options.runs(), seed, false)).get();
				long nanos = System.nanoTime() - start;
				long cpuNanos = processCpuNanos() - cpuStart;
				if (o.runs().size() != options.runs()) {
					throw new IllegalStateException("a round returned " + o.runs().size() + " runs");
				}
				if (round >= options.warmup()) {
					perMinute.add(options.runs() * 60e9 / nanos);
					cpu += cpuNanos;
				}
			}
			Rate rate = new Rate(cores, perMinute, cpu / 1e6 / ((double) options.runs() * options.rounds()));
			err.println(String.format(Locale.ROOT, "sinew bench sim: %d core%s: %,.0f runs/min (median of %d rounds)",
					cores, cores == 1 ? "" : "s", rate.median(), options.rounds()));
			return rate;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdown();
		}
	}

	/** Bytes this thread allocates for one run of the engine, averaged over a round's runs (after a warm-up). */
	private static double allocatedPerRun(SimData data, Options options) {
		Simulator simulator = new Simulator(data);
		JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(1L);
		UniformRandomProvider[] streams = new UniformRandomProvider[options.runs()];
		for (int i = 0; i < streams.length; i++) {
			streams[i] = master.jump();
		}
		for (int i = 0; i < Math.min(streams.length, 200); i++) {
			simulator.run(streams[i], false); // warm the code up; the measured runs draw from fresh streams below
		}
		for (int i = 0; i < streams.length; i++) {
			streams[i] = master.jump();
		}
		long before = threadAllocatedBytes();
		for (UniformRandomProvider stream : streams) {
			simulator.run(stream, false);
		}
		long after = threadAllocatedBytes();
		return before < 0 || after < 0 ? Double.NaN : (after - before) / (double) streams.length;
	}

	/** com.sun.management.OperatingSystemMXBean#getProcessCpuTime, nanoseconds; -1 when the JVM has none. */
	private static long processCpuNanos() {
		Object bean = ManagementFactory.getOperatingSystemMXBean();
		try {
			Class<?> sun = Class.forName("com.sun.management.OperatingSystemMXBean");
			return sun.isInstance(bean) ? (Long) sun.getMethod("getProcessCpuTime").invoke(bean) : -1;
		} catch (ReflectiveOperationException e) {
			return -1;
		}
	}

	/** com.sun.management.ThreadMXBean#getThreadAllocatedBytes of this thread; -1 when the JVM has none. */
	private static long threadAllocatedBytes() {
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		try {
			Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
			if (!sun.isInstance(bean)) {
				return -1;
			}
			Method method = sun.getMethod("getThreadAllocatedBytes", long.class);
			return (Long) method.invoke(bean, Thread.currentThread().threadId());
		} catch (ReflectiveOperationException e) {
			return -1;
		}
	}

	/** Heap retained by the results of a round (held), per run. */
	private static double retainedPerRun(SimData data, Options options) {
		long before = usedAfterCollection();
		Simulation.Outcome held = Simulation.run(data, options.runs(), 1, false);
		long after = usedAfterCollection();
		double perRun = (after - before) / (double) held.runs().size();
		java.lang.ref.Reference.reachabilityFence(held);
		return perRun;
	}

	private static long usedAfterCollection() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	static String table(Figures f, Options o) {
		StringBuilder t = new StringBuilder();
		t.append(String.format(Locale.ROOT,
				"# sinew bench sim: %s, %d days; %,d runs a round, %d warm-up + %d measured rounds; Java %s; %d cores%n",
				f.scenario(), f.days(), o.runs(), o.warmup(), o.rounds(), System.getProperty("java.version"),
				f.all().cores()));
		String format = "%-6s %28s %12s %16s%n";
		t.append(String.format(Locale.ROOT, format, "cores", "runs/min median (min-max)", "ms per run",
				"CPU ms per run"));
		for (Rate r : List.of(f.one(), f.all())) {
			t.append(String.format(Locale.ROOT, format, r.cores(),
					String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f)", r.median(), r.min(), r.max()),
					String.format(Locale.ROOT, "%.3f", 60_000.0 / r.median()),
					String.format(Locale.ROOT, "%.3f", r.cpuMsPerRun())));
		}
		t.append(String.format(Locale.ROOT, "all/one: %.2fx on %d cores; goal %,.0f runs/min on 2 cores: %s%n", f.ratio(),
				f.all().cores(), GOAL_RUNS_PER_MINUTE,
				f.all().cores() != 2 ? "not comparable (" + f.all().cores() + " cores)"
						: f.all().median() >= GOAL_RUNS_PER_MINUTE ? "met" : "not met"));
		t.append(String.format(Locale.ROOT, "memory per run: %,.1f KB allocated (one thread), %,.1f KB retained in the results%n",
				f.allocatedBytesPerRun() / 1024, f.retainedBytesPerRun() / 1024));
		return t.toString();
	}

	static String json(Figures f, Options o) {
		return String.format(Locale.ROOT, """
				{
				  "benchmark": "sinew.bench.SimBenchmark",
				  "java": "%s",
				  "scenario": "%s",
				  "days": %d,
				  "runsPerRound": %d,
				  "warmupRounds": %d,
				  "measuredRounds": %d,
				  "oneCore": {"runsPerMinuteMedian": %.1f, "samples": %s, "cpuMsPerRun": %.4f},
				  "allCores": {"cores": %d, "runsPerMinuteMedian": %.1f, "samples": %s, "cpuMsPerRun": %.4f},
				  "ratioAllToOne": %.3f,
				  "allocatedBytesPerRun": %.0f,
				  "retainedBytesPerRun": %.0f
				}
				""", System.getProperty("java.version"), f.scenario(), f.days(), o.runs(), o.warmup(), o.rounds(),
				f.one().median(), samples(f.one()), f.one().cpuMsPerRun(), f.all().cores(), f.all().median(),
				samples(f.all()), f.all().cpuMsPerRun(), f.ratio(),
				f.allocatedBytesPerRun(), f.retainedBytesPerRun());
	}

	private static String samples(Rate r) {
		return r.runsPerMinute().stream().map(v -> String.format(Locale.ROOT, "%.1f", v))
				.collect(java.util.stream.Collectors.joining(", ", "[", "]"));
	}

	static Options parse(String... args) throws ParseBenchmark.UsageException {
		Path flagship = Path.of("examples", "indo-pacific");
		String scenario = "TaiwanStrait2027";
		int runs = 2000, warmup = 2, rounds = 3;
		Path json = null;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			switch (name) {
				case "--help", "-h" -> help = true;
				case "--flagship", "--scenario", "--runs", "--warmup", "--rounds", "--json" -> {
					if (i + 1 >= args.length) {
						throw new ParseBenchmark.UsageException(name + " needs a value; " + USAGE_LINE);
					}
					String value = args[++i];
					switch (name) {
						case "--flagship" -> flagship = Path.of(value);
						case "--scenario" -> scenario = value;
						case "--runs" -> runs = ParseBenchmark.count(name, value, 1, 1_000_000);
						case "--warmup" -> warmup = ParseBenchmark.count(name, value, 0, 1_000);
						case "--rounds" -> rounds = ParseBenchmark.count(name, value, 1, 1_000);
						default -> json = Path.of(value);
					}
				}
				default -> throw new ParseBenchmark.UsageException(
						(name.startsWith("-") ? "unknown option '" : "unexpected argument '") + name + "'; " + USAGE_LINE);
			}
		}
		return new Options(flagship, scenario, runs, warmup, rounds, json, help);
	}

}
