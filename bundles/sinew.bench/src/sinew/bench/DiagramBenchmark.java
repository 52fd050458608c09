package sinew.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;

import sinew.diagram.DiagramFinding;
import sinew.diagram.Diagrams;
import sinew.diagram.Viewpoint;
import sinew.diagram.graph.ElkLayout;
import sinew.diagram.graph.Graph;
import sinew.diagram.graph.NetworkSvg;
import sinew.diagram.map.PostureMap;
import sinew.dsl.workspace.ModelInputException;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.sim.io.AtomicFiles;

/**
 * How long the diagrams take: for each viewpoint of the flagship, and for a generated industrial network of about
 * 1,000 nodes, the median over measured iterations of building the graph, laying it out (ELK) and writing the SVG
 * (the posture map: projecting and writing). The baseline, measured in the same run, is what {@code sinew validate}
 * does with the same models (collect, parse, link, validate); the tracked figure is the ratio drawing ÷ validation.
 * <p>
 * {@code ./sinew bench diagram [--flagship DIR] [--warmup N] [--iterations N] [--lines N] [--json FILE]}; exit codes
 * as {@link ParseBenchmark}'s.
 */
public final class DiagramBenchmark {

	static final String USAGE_LINE = "usage: sinew bench diagram [--flagship DIR] [--warmup N] [--iterations N] [--lines N] [--json FILE]";

	record Row(String workload, String viewpoint, int nodes, int edges, double graphMs, double layoutMs, double svgMs,
			double totalMs, double baselineMs, int svgBytes) {
		double ratio() {
			return totalMs / baselineMs;
		}
	}

	public static void main(String[] args) {
		LogManager.getRootLogger().setLevel(Level.OFF);
		int code;
		try {
			code = run(args, System.out, System.err);
		} catch (RuntimeException | LinkageError e) {
			System.err.println("sinew bench diagram: internal error: " + e);
			code = ParseBenchmark.INTERNAL;
		}
		System.out.flush();
		System.exit(code);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path flagship = Path.of("examples/indo-pacific");
		int warmup = 3, iterations = 5, lines = 480;
		Path json = null;
		try {
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				if (a.equals("--help") || a.equals("-h")) {
					out.println(USAGE_LINE);
					return ParseBenchmark.OK;
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value" : "unknown argument '" + a + "'");
				}
				String v = args[++i];
				switch (a) {
					case "--flagship" -> flagship = Path.of(v);
					case "--warmup" -> warmup = number(a, v, 0);
					case "--iterations" -> iterations = number(a, v, 1);
					case "--lines" -> lines = number(a, v, 10);
					case "--json" -> json = Path.of(v);
					default -> throw new IllegalArgumentException("unknown option '" + a + "'");
				}
			}
		} catch (IllegalArgumentException e) {
			err.println("sinew bench diagram: " + e.getMessage());
			err.println(USAGE_LINE);
			return ParseBenchmark.USAGE;
		}
		Path generated = null;
		try {
			List<Row> rows = new ArrayList<>();
			for (Viewpoint v : Viewpoint.values()) {
				rows.add(measure("flagship", flagship, v, warmup, iterations));
			}
			generated = Files.createTempDirectory("sinew-diagram-bench");
			Files.writeString(generated.resolve("network.sinew"), network(lines, 42));
			rows.add(measure("generated", generated, Viewpoint.INDUSTRIAL, warmup, iterations));
			out.print(table(rows, warmup, iterations));
			if (json != null) {
				AtomicFiles.write(json, json(rows, warmup, iterations));
			}
			return ParseBenchmark.OK;
		} catch (ModelInputException e) {
			err.println("sinew bench diagram: " + e.getMessage());
			return ParseBenchmark.USAGE;
		} catch (IOException e) {
			err.println("sinew bench diagram: " + e.getMessage());
			return ParseBenchmark.USAGE;
		} finally {
			if (generated != null) {
				try (Stream<Path> walk = Files.walk(generated)) {
					walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				} catch (IOException e) {
					// a temporary folder left behind
				}
			}
		}
	}

	private static int number(String option, String value, int min) {
		try {
			int n = Integer.parseInt(value);
			if (n < min) {
				throw new IllegalArgumentException(option + " must be at least " + min);
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
		}
	}

	private static Row measure(String workload, Path folder, Viewpoint viewpoint, int warmup, int iterations)
			throws ModelInputException {
		List<Double> graphMs = new ArrayList<>(), layoutMs = new ArrayList<>(), svgMs = new ArrayList<>();
		List<Double> totalMs = new ArrayList<>(), baselineMs = new ArrayList<>();
		int nodes = 0, edges = 0, bytes = 0;
		for (int i = 0; i < warmup + iterations; i++) {
			System.gc();
			long t0 = System.nanoTime();
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models models = workspace.load(ModelWorkspace.collect(List.of(folder.toString())));
			List<ModelIssue> issues = workspace.validate(models);
			long t1 = System.nanoTime();
			List<DiagramFinding> findings = Diagrams.findings(models, issues);
			String svg;
			long t2, t3, t4;
			if (viewpoint == Viewpoint.POSTURE) {
				t2 = System.nanoTime();
				t3 = t2;
				svg = PostureMap.render(models.packages(), findings);
				t4 = System.nanoTime();
			} else {
				Graph graph = Diagrams.graph(models.packages(), viewpoint, Map.of());
				t2 = System.nanoTime();
				ElkLayout.layout(graph);
				t3 = System.nanoTime();
				svg = NetworkSvg.render(graph, viewpoint, findings);
				t4 = System.nanoTime();
				nodes = graph.nodes().size();
				edges = graph.edges().size();
			}
			bytes = svg.length();
			if (i >= warmup) {
				baselineMs.add((t1 - t0) / 1e6);
				graphMs.add((t2 - t1) / 1e6);
				layoutMs.add((t3 - t2) / 1e6);
				svgMs.add((t4 - t3) / 1e6);
				totalMs.add((t4 - t1) / 1e6);
			}
		}
		return new Row(workload, viewpoint.id(), nodes, edges, median(graphMs), median(layoutMs), median(svgMs),
				median(totalMs), median(baselineMs), bytes);
	}

	static double median(List<Double> samples) {
		return new ParseBenchmark.Timing(samples).median();
	}

	/**
	 * An industrial network of a given number of production lines in {@value #TIERS} tiers (materials, parts,
	 * sub-assemblies, components, munitions: the shape of a defence supply chain): 10 nations with 4 firms each, the
	 * lines spread over the firms and nations, each making its own item (the last tier munitions), and each line
	 * above the first tier taking one or two inputs from lines of the tier below, in any nation (a fixed seed: the
	 * same text every run). With 480 lines: 50 groups, 960 boxes, about 1,200 edges.
	 */
	static final int TIERS = 5;

	static String network(int lines, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		StringBuilder b = new StringBuilder("package gen.network\n\n");
		int nations = 10, firmsPerNation = 4;
		for (int n = 0; n < nations; n++) {
			b.append("nation N").append(n).append(" { code N").append(n).append(" }\n");
			b.append("site S").append(n).append(String.format(Locale.ROOT, " { at %.2fN %.2fE host N%d kind factory }\n",
					10 + 3.0 * n, 100 + 5.0 * n, n));
			for (int f = 0; f < firmsPerNation; f++) {
				b.append("firm F").append(n).append('_').append(f).append(" { nation N").append(n).append(" tier tier-1 }\n");
			}
		}
		for (int l = 0; l < lines; l++) {
			int nation = l % nations;
			b.append(l * TIERS / lines == TIERS - 1 ? "munition" : "component").append(" I").append(l).append(" { origin N")
					.append(nation).append(" }\n");
		}
		for (int l = 0; l < lines; l++) {
			int nation = l % nations;
			int firm = (l / nations) % firmsPerNation;
			b.append("line L").append(l).append(" { makes I").append(l).append(" firm F").append(nation).append('_')
					.append(firm).append(" site S").append(nation).append(" rate ").append(100 + random.nextInt(900))
					.append("/year");
			int tier = l * TIERS / lines;
			if (tier > 0) {
				int first = (tier - 1) * lines / TIERS, size = Math.max(1, tier * lines / TIERS - first);
				int inputs = 1 + random.nextInt(2);
				for (int k = 0; k < inputs; k++) {
					int from = first + random.nextInt(size);
					b.append(" input I").append(from).append(" from line L").append(from);
				}
			}
			b.append(" }\n");
		}
		return b.toString();
	}

	static String table(List<Row> rows, int warmup, int iterations) {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "Diagram benchmark: median of %d iterations after %d warm-up%n", iterations, warmup));
		b.append(String.format(Locale.ROOT, "%-10s %-13s %6s %6s %9s %10s %8s %10s %14s %7s %9s%n", "workload", "viewpoint",
				"nodes", "edges", "graph ms", "layout ms", "svg ms", "total ms", "validate ms", "ratio", "svg KB"));
		for (Row r : rows) {
			b.append(String.format(Locale.ROOT, "%-10s %-13s %6d %6d %9.1f %10.1f %8.1f %10.1f %14.1f %7.2f %9.1f%n",
					r.workload(), r.viewpoint(), r.nodes(), r.edges(), r.graphMs(), r.layoutMs(), r.svgMs(), r.totalMs(),
					r.baselineMs(), r.ratio(), r.svgBytes() / 1024.0));
		}
		b.append("total = graph + layout + svg (the posture map is projected: its time is all in svg); "
				+ "ratio = total ÷ validate (parse, link and validate the same models, in the same run)\n");
		return b.toString();
	}

	static String json(List<Row> rows, int warmup, int iterations) {
		StringBuilder b = new StringBuilder("{\n  \"warmup\": " + warmup + ",\n  \"iterations\": " + iterations + ",\n  \"rows\": [\n");
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			b.append(String.format(Locale.ROOT,
					"    {\"workload\": \"%s\", \"viewpoint\": \"%s\", \"nodes\": %d, \"edges\": %d, \"graphMs\": %.3f, "
							+ "\"layoutMs\": %.3f, \"svgMs\": %.3f, \"totalMs\": %.3f, \"validateMs\": %.3f, \"ratio\": %.4f, "
							+ "\"svgBytes\": %d}%s%n",
					r.workload(), r.viewpoint(), r.nodes(), r.edges(), r.graphMs(), r.layoutMs(), r.svgMs(), r.totalMs(),
					r.baselineMs(), r.ratio(), r.svgBytes(), i + 1 < rows.size() ? "," : ""));
		}
		return b.append("  ]\n}\n").toString();
	}
}
