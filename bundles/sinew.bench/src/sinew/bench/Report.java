package sinew.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;


import sinew.bench.ParseBenchmark.Options;
import sinew.bench.ParseBenchmark.Result;
import sinew.bench.ParseBenchmark.Timing;
import sinew.sim.io.AtomicFiles;

/** The benchmark's figures as a plain table and as JSON. */
final class Report {

	private static final double MB = 1024.0 * 1024.0;

	private Report() {
	}

	/** One header line with the settings, then one row per workload. */
	static String table(List<Result> results, Options options) {
		StringBuilder t = new StringBuilder();
		t.append(String.format(Locale.ROOT, "# sinew bench: %d warm-up + %d measured iterations; Java %s; max heap %,.0f MB%n",
				options.warmup(), options.iterations(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / MB));
		String format = "%-10s %6s %9s  %-30s %13s %8s %12s %9s%n";
		t.append(String.format(Locale.ROOT, format, "workload", "files", "elements", "DSL ms median (min-max)",
				"XMI ms median", "DSL/XMI", "retained MB", "peak MB"));
		for (Result r : results) {
			String dsl = String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", r.dsl().median(), r.dsl().min(), r.dsl().max());
			t.append(String.format(Locale.ROOT, format, r.workload().name(), r.files(),
					String.format(Locale.ROOT, "%,d", r.elements()), dsl,
					String.format(Locale.ROOT, "%.1f", r.xmi().median()), String.format(Locale.ROOT, "%.1fx", r.ratio()),
					String.format(Locale.ROOT, "%.1f", r.retainedMb()), String.format(Locale.ROOT, "%.1f", r.peakMb())));
		}
		return t.toString();
	}

	/** The figures as JSON, written whole or not at all. */
	static void writeJson(Path file, List<Result> results, Options options) throws IOException {
		AtomicFiles.write(file, json(results, options));
	}

	static String json(List<Result> results, Options options) {
		StringBuilder j = new StringBuilder();
		j.append("{\n");
		j.append("  \"benchmark\": \"sinew.bench.ParseBenchmark\",\n");
		j.append("  \"java\": ").append(string(System.getProperty("java.version"))).append(",\n");
		j.append("  \"maxHeapMb\": ").append(number(Runtime.getRuntime().maxMemory() / MB)).append(",\n");
		j.append("  \"warmup\": ").append(options.warmup()).append(",\n");
		j.append("  \"iterations\": ").append(options.iterations()).append(",\n");
		j.append("  \"workloads\": [");
		for (int i = 0; i < results.size(); i++) {
			Result r = results.get(i);
			j.append(i == 0 ? "\n" : ",\n");
			j.append("    {\n");
			j.append("      \"name\": ").append(string(r.workload().name())).append(",\n");
			j.append("      \"source\": ").append(string(r.workload().description())).append(",\n");
			j.append("      \"files\": ").append(r.files()).append(",\n");
			j.append("      \"elements\": ").append(r.elements()).append(",\n");
			j.append("      \"errors\": ").append(r.errors()).append(",\n");
			j.append("      \"sourceBytes\": ").append(r.sourceBytes()).append(",\n");
			j.append("      \"xmiBytes\": ").append(r.xmiBytes()).append(",\n");
			j.append("      \"dslParseLinkValidateMs\": ").append(timing(r.dsl())).append(",\n");
			j.append("      \"xmiLoadMs\": ").append(timing(r.xmi())).append(",\n");
			j.append("      \"ratioDslToXmi\": ").append(number(r.ratio())).append(",\n");
			j.append("      \"retainedHeapMb\": ").append(number(r.retainedMb())).append(",\n");
			j.append("      \"peakHeapMb\": ").append(number(r.peakMb())).append("\n");
			j.append("    }");
		}
		j.append(results.isEmpty() ? "]\n" : "\n  ]\n");
		j.append("}\n");
		return j.toString();
	}

	private static String timing(Timing timing) {
		StringBuilder j = new StringBuilder();
		j.append("{ \"median\": ").append(number(timing.median())).append(", \"min\": ").append(number(timing.min()))
				.append(", \"max\": ").append(number(timing.max())).append(", \"samples\": [");
		for (int i = 0; i < timing.samples().size(); i++) {
			j.append(i == 0 ? "" : ", ").append(number(timing.samples().get(i)));
		}
		return j.append("] }").toString();
	}

	/** A JSON number with three decimals, or null for what JSON cannot express (NaN, infinities). */
	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "null";
		}
		return String.format(Locale.ROOT, "%.3f", value);
	}

	/** A JSON string literal. */
	static String string(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder s = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> s.append("\\\"");
				case '\\' -> s.append("\\\\");
				case '\n' -> s.append("\\n");
				case '\r' -> s.append("\\r");
				case '\t' -> s.append("\\t");
				default -> {
					if (c < 0x20) {
						s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					} else {
						s.append(c);
					}
				}
			}
		}
		return s.append('"').toString();
	}
}
