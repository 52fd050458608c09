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
import sinew.sim.Simulator.MroResult;
import sinew.sim.Simulator.UnitResult;
import sinew.sim.Simulator.RunResult;
import sinew.sim.io.AtomicFiles;

/**
 * Runs of a scenario and their summary. Run {@code i} draws from the {@code i}-th independent stream of a
 * xoshiro256++ generator seeded with the seed (Commons RNG; each stream is the generator after {@code i}
 * jumps of 2^128 steps), so the same seed gives the same runs however many cores run them. With one run, or
 * when asked, strikes are deterministic (exact shares) and no stream is drawn from.
 */
public final class Simulation {

	/**
	 * The results of a set of runs; {@code beforeDay} is the day D of the summary's P(exhausted before day D).
	 */
	public record Outcome(SimData data, long seed, boolean deterministic, List<RunResult> runs, int beforeDay) {
		/** Results whose summary counts exhaustion before {@link Simulation#EARLY_EXHAUSTION_DAY}. */
		public Outcome(SimData data, long seed, boolean deterministic, List<RunResult> runs) {
			this(data, seed, deterministic, runs, EARLY_EXHAUSTION_DAY);
		}

		/** The same runs, summarised with P(exhausted before day {@code day}). */
		public Outcome beforeDay(int day) {
			if (day < 1) {
				throw new IllegalArgumentException("the day of P(exhausted before day D) must be at least 1");
			}
			return new Outcome(data, seed, deterministic, runs, day);
		}
	}

	/** The schema of the results document, {@code schemas/results.schema.json} in this bundle. */
	public static final String SCHEMA_ID = "urn:sinew:sim-results:1";
	/** The results schema as a resource of this bundle. */
	public static final String SCHEMA_RESOURCE = "/schemas/results.schema.json";

	/** Day before which exhaustion is counted in the summary's probability, unless the caller names another. */
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
		root.addProperty("schema", SCHEMA_ID);
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
			i.add("firstArrivalDay", num(r.firstArrivalDay()));
			i.add("replenishmentLagDays", num(r.replenishmentLagDays()));
			i.add("arrived", num(r.arrived()));
			i.add("bindingConstraint", r.bindingConstraint() == null ? JsonNull.INSTANCE
					: new JsonPrimitive(r.bindingConstraint()));
			JsonObject days = new JsonObject();
			r.shortfallDays().forEach(days::addProperty);
			i.add("shortfallDaysByConstraint", days);
			if (o.runs().size() > 1) {
				i.add("summary", summary(o.runs(), r.item(), o.beforeDay()));
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
			j.add("heldForExport", num(l.heldForExport()));
			JsonArray output = new JsonArray();
			Arrays.stream(l.output()).forEach(x -> output.add(num(x)));
			j.add("output", output);
			lines.add(j);
		}
		root.add("lines", lines);
		JsonArray units = new JsonArray();
		for (UnitResult u : first.units().values()) {
			JsonObject j = new JsonObject();
			j.addProperty("unit", u.unit());
			j.add("platform", u.platform() == null ? JsonNull.INSTANCE : new JsonPrimitive(u.platform()));
			j.addProperty("count", u.count());
			j.add("mro", u.mro() == null ? JsonNull.INSTANCE : new JsonPrimitive(u.mro()));
			j.add("minAvailable", num(u.minAvailable()));
			j.add("meanAvailable", num(u.meanAvailable()));
			j.add("platformDaysDown", num(u.platformDaysDown()));
			units.add(j);
		}
		root.add("units", units);
		JsonArray mro = new JsonArray();
		for (MroResult m : first.mro().values()) {
			JsonObject j = new JsonObject();
			j.addProperty("facility", m.facility());
			j.add("returned", num(m.returned()));
			j.add("utilisation", num(m.utilisation()));
			j.add("maxQueue", num(m.maxQueue()));
			mro.add(j);
		}
		root.add("mro", mro);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
				.create().toJson(root) + "\n";
	}

	private static JsonObject summary(List<RunResult> runs, String item, int beforeDay) {
		JsonObject s = new JsonObject();
		for (double p : new double[] { 0.1, 0.5, 0.9 }) {
			String tag = "P" + (int) Math.round(p * 100);
			s.add("exhaustionDay" + tag, num(exhaustionPercentile(runs, item, p)));
			s.add("unmetDemand" + tag, num(unmetPercentile(runs, item, p)));
		}
		s.addProperty("exhaustedBeforeDay", beforeDay);
		s.add("probabilityExhaustedBefore", num(probabilityExhaustedBefore(runs, item, beforeDay)));
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
		StringBuilder b = new StringBuilder(
				"item,theatre,exhaustion_day,unmet_demand,first_arrival_day,replenishment_lag_days,binding_constraint");
		if (many) {
			b.append(",exhaustion_day_p10,exhaustion_day_p50,exhaustion_day_p90,unmet_p10,unmet_p50,unmet_p90,p_exhausted_before_day_")
					.append(o.beforeDay());
		}
		b.append("\r\n");
		for (ItemResult r : first.items().values()) {
			b.append(r.item()).append(',').append(first.theatre() == null ? "" : first.theatre()).append(',')
					.append(text(r.exhaustionDay())).append(',').append(format(r.unmet())).append(',')
					.append(text(r.firstArrivalDay())).append(',').append(text(r.replenishmentLagDays())).append(',')
					.append(r.bindingConstraint() == null ? "" : r.bindingConstraint());
			if (many) {
				for (double p : new double[] { 0.1, 0.5, 0.9 }) {
					b.append(',').append(text(exhaustionPercentile(o.runs(), r.item(), p)));
				}
				for (double p : new double[] { 0.1, 0.5, 0.9 }) {
					b.append(',').append(format(unmetPercentile(o.runs(), r.item(), p)));
				}
				b.append(',').append(format(probabilityExhaustedBefore(o.runs(), r.item(), o.beforeDay())));
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
			b.append(String.format(Locale.ROOT, "%-22s %10s %10s %10s %13s %8s  %s%n", "item", "exhausted", "unmet",
					"destroyed", "first arrival", "lag", "binding constraint"));
			for (ItemResult r : first.items().values()) {
				b.append(String.format(Locale.ROOT, "%-22s %10s %10.0f %10.0f %13s %8s  %s%n", simple(r.item()),
						day(r.exhaustionDay()), r.unmet(), r.destroyed(), day(r.firstArrivalDay()),
						r.replenishmentLagDays() == null ? "-" : r.replenishmentLagDays() + " d",
						r.bindingConstraint() == null ? "-" : r.bindingConstraint()));
			}
		} else {
			b.append(String.format(Locale.ROOT, "%-22s %20s %26s %8s  %s%n", "item", "exhausted P10/P50/P90",
					"unmet P10/P50/P90", "P(<d" + o.beforeDay() + ")", "binding (run 1)"));
			for (ItemResult r : first.items().values()) {
				String ex = day(exhaustionPercentile(o.runs(), r.item(), 0.1)) + "/"
						+ day(exhaustionPercentile(o.runs(), r.item(), 0.5)) + "/"
						+ day(exhaustionPercentile(o.runs(), r.item(), 0.9));
				String un = String.format(Locale.ROOT, "%.0f/%.0f/%.0f", unmetPercentile(o.runs(), r.item(), 0.1),
						unmetPercentile(o.runs(), r.item(), 0.5), unmetPercentile(o.runs(), r.item(), 0.9));
				b.append(String.format(Locale.ROOT, "%-22s %20s %26s %8.2f  %s%n", simple(r.item()), ex, un,
						probabilityExhaustedBefore(o.runs(), r.item(), o.beforeDay()),
						r.bindingConstraint() == null ? "-" : r.bindingConstraint()));
			}
		}
		return b.toString();
	}

	/** One row per line of the first run: what it made against its capacity, and what it holds for export. */
	public static String linesCsv(Outcome o) {
		StringBuilder b = new StringBuilder(
				"line,item,first_production_day,transit_days,produced,capacity,utilisation,held_for_export\r\n");
		for (LineResult l : o.runs().get(0).lines().values()) {
			b.append(l.line()).append(',').append(l.item() == null ? "" : l.item()).append(',')
					.append(text(l.firstProductionDay())).append(',').append(text(l.transitDays())).append(',')
					.append(format(l.produced())).append(',').append(format(l.capacity())).append(',')
					.append(l.utilisation() == null ? "" : format(l.utilisation())).append(',')
					.append(format(l.heldForExport())).append("\r\n");
		}
		return b.toString();
	}

	/** Daily output of the lines that produced in the first run, long format: day,line,item,output. */
	public static String productionCsv(Outcome o) {
		RunResult first = o.runs().get(0);
		StringBuilder b = new StringBuilder("day,line,item,output\r\n");
		List<LineResult> producing = first.lines().values().stream().filter(l -> l.produced() > 0).toList();
		for (int d = 0; d < first.days(); d++) {
			for (LineResult l : producing) {
				b.append(d).append(',').append(l.line()).append(',').append(l.item() == null ? "" : l.item()).append(',')
						.append(format(l.output()[d])).append("\r\n");
			}
		}
		return b.toString();
	}

	/** The files {@link #write} writes, in order. */
	public static final List<String> FILES = List.of("results.json", "items.csv", "stock.csv", "lines.csv",
			"production.csv");

	/** Writes results.json, items.csv, stock.csv, lines.csv and production.csv into a folder (created), each atomically. */
	public static List<Path> write(Outcome o, Path dir) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("results.json", json(o));
		files.put("items.csv", itemsCsv(o));
		files.put("stock.csv", stockCsv(o));
		files.put("lines.csv", linesCsv(o));
		files.put("production.csv", productionCsv(o));
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
