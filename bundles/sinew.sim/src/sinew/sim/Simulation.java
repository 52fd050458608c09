package sinew.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;


import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import sinew.sim.Simulator.ItemResult;
import sinew.sim.Simulator.LineResult;
import sinew.sim.Simulator.RunResult;
import sinew.sim.io.AtomicFiles;

/**
 * Runs of a scenario and their summary. Run {@code i} draws from the {@code i}-th independent stream of a
 * xoshiro256++ generator seeded with the seed (Commons RNG; each stream is the generator after {@code i}
 * jumps of 2^128 steps), so the same seed gives the same runs however many cores run them. With one run, or
 * when asked, strikes are deterministic (exact shares) and no stream is drawn from.
 */
public final class Simulation {

	/** The results of a set of runs. */
	public record Outcome(SimData data, long seed, boolean deterministic, List<RunResult> runs) {
	}

	/** Day before which exhaustion is counted in the summary's probability. */
	public static final int EARLY_EXHAUSTION_DAY = 30;

	private Simulation() {
	}

	/** Runs a simulation input {@code runs} times on all local cores. */
	public static Outcome run(SimData data, int runs, long seed, boolean deterministic) {
		return run(data, runs, seed, deterministic, null);
	}

	/**
	 * Runs a simulation input {@code runs} times on all local cores, telling {@code afterEachRun} (when not null)
	 * each time a run finishes, from the thread that ran it (a progress display, say).
	 */
	public static Outcome run(SimData data, int runs, long seed, boolean deterministic, Runnable afterEachRun) {
		if (runs < 1) {
			throw new IllegalArgumentException("runs must be at least 1");
		}
		Simulator simulator = new Simulator(data);
		JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP
				.create(seed);
		UniformRandomProvider[] streams = new UniformRandomProvider[runs];
		for (int i = 0; i < runs; i++) {
			streams[i] = master.jump();
		}
		RunResult[] results = new RunResult[runs];
		IntStream.range(0, runs).parallel().forEach(i -> {
			results[i] = simulator.run(streams[i], deterministic);
			if (afterEachRun != null) {
				afterEachRun.run();
			}
		});
		return new Outcome(data, seed, deterministic, List.of(results));
	}

	/** Nearest-rank percentile of sorted values. */
	public static double percentile(double[] sorted, double p) {
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** Percentile of exhaustion days; never exhausted counts as after the end (null when the percentile is). */
	static Integer exhaustionPercentile(List<RunResult> runs, String item, double p) {
		double[] v = runs.stream().mapToDouble(r -> {
			Integer e = r.items().get(item).exhaustionDay();
			return e == null ? Double.POSITIVE_INFINITY : e;
		}).sorted().toArray();
		double x = percentile(v, p);
		return Double.isInfinite(x) ? null : (int) x;
	}

	static double unmetPercentile(List<RunResult> runs, String item, double p) {
		return percentile(runs.stream().mapToDouble(r -> r.items().get(item).unmet()).sorted().toArray(), p);
	}

	static double probabilityExhaustedBefore(List<RunResult> runs, String item, int day) {
		return runs.stream().filter(r -> {
			Integer e = r.items().get(item).exhaustionDay();
			return e != null && e < day;
		}).count() / (double) runs.size();
	}

	/** The results document: the first run in full, and with several runs the percentiles over runs. */
	public static String json(Outcome o) {
		RunResult first = o.runs().get(0);
		JsonObject root = new JsonObject();
		root.addProperty("schema", "urn:sinew:sim-results:1");
		root.addProperty("scenario", first.scenario());
		root.add("theatre", first.theatre() == null ? JsonNull.INSTANCE : new JsonPrimitive(first.theatre()));
		root.addProperty("start", o.data().scenario().start().toString());
		root.addProperty("days", first.days());
		root.add("firstHighIntensityDay", num(first.firstHighIntensityDay()));
		root.addProperty("runs", o.runs().size());
		root.addProperty("seed", o.seed());
		root.addProperty("deterministic", o.deterministic());
		JsonArray items = new JsonArray();
		for (ItemResult r : first.items().values()) {
			JsonObject i = new JsonObject();
			i.addProperty("item", r.item());
			i.add("exhaustionDay", num(r.exhaustionDay()));
			i.add("highIntensityDaysToExhaustion", r.exhaustionDay() == null || first.firstHighIntensityDay() == null
					? JsonNull.INSTANCE : new JsonPrimitive(r.exhaustionDay() - first.firstHighIntensityDay()));
			i.add("initialStock", num(r.initialStock()));
			i.add("destroyedByStrikes", num(r.destroyed()));
			i.add("demand", num(r.demand()));
			i.add("unmetDemand", num(r.unmet()));
			i.add("replenishmentLagDays", num(r.firstArrivalDay()));
			i.add("bindingConstraint", r.bindingConstraint() == null ? JsonNull.INSTANCE
					: new JsonPrimitive(r.bindingConstraint()));
			JsonObject days = new JsonObject();
			r.shortfallDays().forEach(days::addProperty);
			i.add("shortfallDaysByConstraint", days);
			if (o.runs().size() > 1) {
				i.add("summary", summary(o.runs(), r.item()));
			}
			JsonArray stock = new JsonArray();
			Arrays.stream(r.stock()).forEach(s -> stock.add(num(s)));
			i.add("stock", stock);
			items.add(i);
		}
		root.add("items", items);
		JsonArray lines = new JsonArray();
		for (LineResult l : first.lines().values()) {
			JsonObject j = new JsonObject();
			j.addProperty("line", l.line());
			j.add("item", l.item() == null ? JsonNull.INSTANCE : new JsonPrimitive(l.item()));
			j.add("firstProductionDay", num(l.firstProductionDay()));
			j.add("transitDays", num(l.transitDays()));
			j.add("produced", num(l.produced()));
			j.add("capacity", num(l.capacity()));
			j.add("utilisation", num(l.utilisation()));
			lines.add(j);
		}
		root.add("lines", lines);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
				.create().toJson(root) + "\n";
	}

	private static JsonObject summary(List<RunResult> runs, String item) {
		JsonObject s = new JsonObject();
		for (double p : new double[] { 0.1, 0.5, 0.9 }) {
			String tag = "P" + (int) Math.round(p * 100);
			s.add("exhaustionDay" + tag, num(exhaustionPercentile(runs, item, p)));
			s.add("unmetDemand" + tag, num(unmetPercentile(runs, item, p)));
		}
		s.add("probabilityExhaustedBeforeDay" + EARLY_EXHAUSTION_DAY,
				num(probabilityExhaustedBefore(runs, item, EARLY_EXHAUSTION_DAY)));
		JsonArray each = new JsonArray();
		for (RunResult r : runs) {
			each.add(num(r.items().get(item).exhaustionDay()));
		}
		s.add("exhaustionDayByRun", each);
		return s;
	}

	/** Stock series of the first run, long format: day,item,theatre,stock. */
	public static String stockCsv(Outcome o) {
		RunResult first = o.runs().get(0);
		StringBuilder b = new StringBuilder("day,item,theatre,stock\r\n");
		for (int d = 0; d < first.days(); d++) {
			for (ItemResult r : first.items().values()) {
				b.append(d).append(',').append(r.item()).append(',').append(first.theatre() == null ? "" : first.theatre())
						.append(',').append(format(r.stock()[d])).append("\r\n");
			}
		}
		return b.toString();
	}

	/** One row per item: the summary table (the percentiles with several runs). */
	public static String itemsCsv(Outcome o) {
		RunResult first = o.runs().get(0);
		boolean many = o.runs().size() > 1;
		StringBuilder b = new StringBuilder("item,theatre,exhaustion_day,unmet_demand,replenishment_lag_days,binding_constraint");
		if (many) {
			b.append(",exhaustion_day_p10,exhaustion_day_p50,exhaustion_day_p90,unmet_p10,unmet_p50,unmet_p90,p_exhausted_before_day_30");
		}
		b.append("\r\n");
		for (ItemResult r : first.items().values()) {
			b.append(r.item()).append(',').append(first.theatre() == null ? "" : first.theatre()).append(',')
					.append(text(r.exhaustionDay())).append(',').append(format(r.unmet())).append(',')
					.append(text(r.firstArrivalDay())).append(',')
					.append(r.bindingConstraint() == null ? "" : r.bindingConstraint());
			if (many) {
				for (double p : new double[] { 0.1, 0.5, 0.9 }) {
					b.append(',').append(text(exhaustionPercentile(o.runs(), r.item(), p)));
				}
				for (double p : new double[] { 0.1, 0.5, 0.9 }) {
					b.append(',').append(format(unmetPercentile(o.runs(), r.item(), p)));
				}
				b.append(',').append(format(probabilityExhaustedBefore(o.runs(), r.item(), EARLY_EXHAUSTION_DAY)));
			}
			b.append("\r\n");
		}
		return b.toString();
	}

	/** The short table printed to the console. */
	public static String table(Outcome o) {
		RunResult first = o.runs().get(0);
		boolean many = o.runs().size() > 1;
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "%s, theatre %s, %d days, %d run%s, %s%n", first.scenario(),
				first.theatre(), first.days(), o.runs().size(), many ? "s" : "",
				o.deterministic() ? "deterministic strikes" : "seed " + o.seed()));
		if (!many) {
			b.append(String.format(Locale.ROOT, "%-22s %10s %10s %10s %12s  %s%n", "item", "exhausted", "unmet",
					"destroyed", "first arrival", "binding constraint"));
			for (ItemResult r : first.items().values()) {
				b.append(String.format(Locale.ROOT, "%-22s %10s %10.0f %10.0f %12s  %s%n", simple(r.item()),
						day(r.exhaustionDay()), r.unmet(), r.destroyed(), day(r.firstArrivalDay()),
						r.bindingConstraint() == null ? "-" : r.bindingConstraint()));
			}
		} else {
			b.append(String.format(Locale.ROOT, "%-22s %20s %26s %8s  %s%n", "item", "exhausted P10/P50/P90",
					"unmet P10/P50/P90", "P(<d30)", "binding (run 1)"));
			for (ItemResult r : first.items().values()) {
				String ex = day(exhaustionPercentile(o.runs(), r.item(), 0.1)) + "/"
						+ day(exhaustionPercentile(o.runs(), r.item(), 0.5)) + "/"
						+ day(exhaustionPercentile(o.runs(), r.item(), 0.9));
				String un = String.format(Locale.ROOT, "%.0f/%.0f/%.0f", unmetPercentile(o.runs(), r.item(), 0.1),
						unmetPercentile(o.runs(), r.item(), 0.5), unmetPercentile(o.runs(), r.item(), 0.9));
				b.append(String.format(Locale.ROOT, "%-22s %20s %26s %8.2f  %s%n", simple(r.item()), ex, un,
						probabilityExhaustedBefore(o.runs(), r.item(), EARLY_EXHAUSTION_DAY),
						r.bindingConstraint() == null ? "-" : r.bindingConstraint()));
			}
		}
		return b.toString();
	}

	/** Writes results.json, items.csv and stock.csv into a folder (created), each atomically. */
	public static List<Path> write(Outcome o, Path dir) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("results.json", json(o));
		files.put("items.csv", itemsCsv(o));
		files.put("stock.csv", stockCsv(o));
		List<Path> written = new ArrayList<>();
		try {
			Files.createDirectories(dir);
			for (Map.Entry<String, String> f : files.entrySet()) {
				Path target = dir.resolve(f.getKey());
				AtomicFiles.write(target, f.getValue());
				written.add(target);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return written;
	}

	private static String simple(String id) {
		return id.substring(id.lastIndexOf('.') + 1);
	}

	private static String day(Integer d) {
		return d == null ? "never" : "day " + d;
	}

	private static String text(Integer d) {
		return d == null ? "" : d.toString();
	}

	private static String format(double v) {
		double r = Math.round(v * 1000) / 1000.0;
		return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
	}

	private static JsonPrimitive num(double v) {
		return new JsonPrimitive(Math.round(v * 1e6) / 1e6);
	}

	private static com.google.gson.JsonElement num(Number v) {
		return v == null ? JsonNull.INSTANCE : v instanceof Double d ? num(d.doubleValue()) : new JsonPrimitive(v);
	}
}
