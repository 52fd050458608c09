package sinew.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.generator.reports.RequirementReport.Status;
import sinew.generator.reports.RequirementReport.Verdict;
import sinew.generator.siminput.SimInput;
import sinew.model.Comparison;
import sinew.model.Intensity;
import sinew.model.Metric;
import sinew.model.ModelPackage;
import sinew.model.ProductionLine;
import sinew.model.Requirement;
import sinew.model.Scenario;
import sinew.model.VerificationMethod;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;
import sinew.sim.SimData;
import sinew.sim.Simulation;
import sinew.sim.Simulator.ItemResult;
import sinew.sim.Simulator.LineResult;
import sinew.sim.Simulator.RunResult;

/**
 * Measures each requirement's metric under its scenario and compares it with the threshold.
 * <p>
 * Verified by <b>analysis</b> (static figures of {@link SupplyAnalysis}): days of supply = stock of the item at the
 * theatre's sites ÷ the daily consumption of the units based there at high intensity; stock level = that stock;
 * utilisation = the line's output as its inputs cap it ÷ its capacity on the scenario's start. Exhaustion day
 * and unmet demand have no static figure (unknown).
 * <p>
 * Verified by <b>simulation</b> (the scenario run as {@code sinew simulate} runs it; one deterministic run, or
 * with several runs the nearest-rank P50 of the per-run values): days of supply = the exhaustion day minus the
 * first high-intensity day, 0 when exhausted before it (when never exhausted, the scenario's days minus the
 * first high-intensity day);
 * exhaustion day = the first day, from day 0 = the scenario's start, whose demand is not met in full (when never
 * exhausted, the scenario's days); unmet demand = the total over the scenario; stock level = the theatre's stock
 * at the start of day 0, after the strikes and before the day's consumption; utilisation = produced ÷ capacity
 * over the days the line could produce. The simulation covers the scenario's theatre only.
 * <p>
 * A requirement that cannot be measured is {@link Status#UNKNOWN}, with the reason.
 */
public final class RequirementVerifier {

	private final List<ModelPackage> packages;
	private final Map<Path, Resource> resources;
	private final String version;
	private final int runs;
	private final long seed;
	private final SupplyAnalysis supply;
	private final Map<Scenario, Object> simulations = new HashMap<>();

	public RequirementVerifier(List<ModelPackage> packages, Map<Path, Resource> resources, String version, int runs,
			long seed) {
		this.packages = packages;
		this.resources = resources;
		this.version = version;
		this.runs = runs;
		this.seed = seed;
		this.supply = new SupplyAnalysis(new ModelIndex(packages));
	}

	/** The verdicts of every requirement, in model order. */
	public List<Verdict> verify() {
		List<Verdict> verdicts = new ArrayList<>();
		for (Requirement requirement : supply.model().requirements()) {
			verdicts.add(verify(requirement));
		}
		return verdicts;
	}

	/** The verdicts of the requirements stated under one of the scenarios, in model order. */
	public List<Verdict> verify(java.util.Collection<Scenario> scenarios) {
		List<Verdict> verdicts = new ArrayList<>();
		for (Requirement requirement : supply.model().requirements()) {
			if (scenarios.contains(requirement.getScenario())) {
				verdicts.add(verify(requirement));
			}
		}
		return verdicts;
	}

	/** A measured value, or why there is none. */
	private record Measure(Double value, String note, String unknown) {
		static Measure of(double value, String note) {
			return new Measure(value, note, null);
		}

		static Measure unknown(String reason) {
			return new Measure(null, null, reason);
		}
	}

	private Verdict verify(Requirement r) {
		Path file = null;
		for (Map.Entry<Path, Resource> e : resources.entrySet()) {
			if (e.getValue() == r.eResource()) {
				file = e.getKey();
			}
		}
		int line = 1, column = 1;
		List<INode> nameNodes = NodeModelUtils.findNodesForFeature(r, r.eClass().getEStructuralFeature("name"));
		INode node = nameNodes.isEmpty() ? NodeModelUtils.getNode(r) : nameNodes.get(0);
		if (node != null) {
			line = node.getStartLine();
			column = NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
		}
		VerificationMethod method = r.getVerifiedBy() == null ? VerificationMethod.ANALYSIS : r.getVerifiedBy();
		Scenario scenario = resolved(r.getScenario()) ? r.getScenario() : null;
		String under = "(" + (scenario == null ? "no scenario" : "under " + scenario.getName()) + ", "
				+ method.getLiteral()
				+ (method == VerificationMethod.SIMULATION && runs > 1 ? ", P50 of " + runs + " runs, seed " + seed : "")
				+ ")";
		String phrase = phrase(r);
		Measure measure = measure(r, scenario, method);
		if (measure.unknown() != null) {
			return new Verdict(r.getName(), file, line, column, Status.UNKNOWN,
					phrase + " cannot be measured: " + measure.unknown() + " " + under);
		}
		double threshold = threshold(r);
		double v = measure.value();
		boolean holds = switch (r.getComparison()) {
			case GE -> v >= threshold;
			case GT -> v > threshold;
			case LE -> v <= threshold;
			case LT -> v < threshold;
		};
		String text = phrase + " = " + format(r.getMetric(), v)
				+ (measure.note() == null ? "" : " (" + measure.note() + ")") + ", required "
				+ symbol(r.getComparison()) + " " + Units.format(r.getThreshold()) + " " + under;
		return new Verdict(r.getName(), file, line, column, holds ? Status.PASS : Status.FAIL, text);
	}

	private Measure measure(Requirement r, Scenario scenario, VerificationMethod method) {
		if (r.getMetric() == null || r.getComparison() == null || r.getThreshold() == null) {
			return Measure.unknown("the requirement states no metric, comparison or threshold");
		}
		if (scenario == null) {
			return Measure.unknown("the requirement names no scenario ('under')");
		}
		try {
			threshold(r);
		} catch (IllegalArgumentException e) {
			return Measure.unknown("the threshold " + e.getMessage());
		}
		boolean lineMetric = r.getMetric() == Metric.LINE_UTILISATION;
		if (lineMetric && !resolved(r.getLine())) {
			return Measure.unknown("the requirement names no line ('on')");
		}
		if (!lineMetric && !resolved(r.getItem())) {
			return Measure.unknown("the requirement names no item ('of')");
		}
		if (!lineMetric && !resolved(r.getTheatre())) {
			return Measure.unknown("the requirement names no theatre ('in')");
		}
		return method == VerificationMethod.SIMULATION ? simulated(r, scenario) : analysed(r, scenario);
	}

	private Measure analysed(Requirement r, Scenario scenario) {
		switch (r.getMetric()) {
			case DAYS_OF_SUPPLY: {
				Optional<Double> days = supply.daysOfSupply(r.getItem(), r.getTheatre(), Intensity.HIGH);
				return days.map(d -> Measure.of(d, null)).orElse(Measure.unknown(
						"no unit in " + r.getTheatre().getName() + " consumes " + r.getItem().getName() + " at high intensity"));
			}
			case STOCK:
				return Measure.of(supply.stock(r.getItem(), r.getTheatre()), null);
			case LINE_UTILISATION: {
				ProductionLine line = r.getLine();
				LocalDate start = ScenarioWindow.of(scenario).map(ScenarioWindow::start).orElse(null);
				double capacity = supply.capacityOn(line, start, scenario);
				if (!(capacity > 0)) {
					return Measure.unknown("line " + line.getName() + " has no capacity");
				}
				return Measure.of(supply.cappedOutput(line, capacity).perDay() / capacity, "output as inputs cap it");
			}
			default:
				return Measure.unknown(metric(r.getMetric()) + " has no static figure; verify it by simulation");
		}
	}

	private Measure simulated(Requirement r, Scenario scenario) {
		Object outcome = simulations.computeIfAbsent(scenario, this::simulate);
		if (outcome instanceof String problem) {
			return Measure.unknown(problem);
		}
		List<RunResult> results = ((Simulation.Outcome) outcome).runs();
		RunResult first = results.get(0);
		String never = null;
		double[] values = new double[results.size()];
		double neverValue;
		if (r.getMetric() == Metric.LINE_UTILISATION) {
			String id = SimInput.id(r.getLine());
			for (int i = 0; i < values.length; i++) {
				LineResult l = results.get(i).lines().get(id);
				if (l == null || l.utilisation() == null) {
					return Measure.unknown(l == null ? "line " + r.getLine().getName() + " is not in the simulation"
							: "line " + r.getLine().getName() + " cannot produce within the scenario");
				}
				values[i] = l.utilisation();
			}
			return Measure.of(p50(values), null);
		}
		if (!SimInput.id(r.getTheatre()).equals(first.theatre())) {
			return Measure.unknown("the simulation of " + scenario.getName() + " covers its theatre "
					+ (first.theatre() == null ? "(none)" : simple(first.theatre())) + " only");
		}
		String item = SimInput.id(r.getItem());
		if (first.items().get(item) == null) {
			return Measure.unknown(r.getItem().getName() + " is neither stocked nor consumed in "
					+ r.getTheatre().getName());
		}
		Integer firstHigh = first.firstHighIntensityDay();
		switch (r.getMetric()) {
			case DAYS_OF_SUPPLY:
				if (firstHigh == null) {
					return Measure.unknown("the scenario has no high-intensity phase");
				}
				neverValue = first.days() - firstHigh;
				never = "not exhausted in the scenario's " + first.days() + " days";
				break;
			case EXHAUSTION_DAY:
				neverValue = first.days();
				never = "not exhausted in the scenario's " + first.days() + " days";
				break;
			default:
				neverValue = Double.NaN;
		}
		for (int i = 0; i < values.length; i++) {
			ItemResult x = results.get(i).items().get(item);
			values[i] = switch (r.getMetric()) {
				case DAYS_OF_SUPPLY -> x.exhaustionDay() == null ? neverValue : Math.max(0, x.exhaustionDay() - firstHigh);
				case EXHAUSTION_DAY -> x.exhaustionDay() == null ? neverValue : x.exhaustionDay();
				case UNMET_DEMAND -> x.unmet();
				case STOCK -> x.initialStock() - x.destroyed();
				default -> throw new IllegalStateException();
			};
		}
		double v = p50(values);
		if (never != null && v == neverValue) {
			return Measure.of(v, never);
		}
		if (r.getMetric() == Metric.DAYS_OF_SUPPLY && v == 0 && results.size() == 1
				&& first.items().get(item).exhaustionDay() < firstHigh) {
			return Measure.of(v, "exhausted on day " + first.items().get(item).exhaustionDay()
					+ ", before the high-intensity phase from day " + firstHigh);
		}
		return Measure.of(v, null);
	}

	private Object simulate(Scenario scenario) {
		try {
			SimInput input = SimInput.of(packages, scenario, version);
			SimData data = SimData.parse(input.json());
			return Simulation.run(data, runs, seed, runs == 1);
		} catch (RuntimeException e) {
			return "the scenario cannot be simulated: " + e.getMessage();
		}
	}

	/** Nearest-rank median. */
	private static double p50(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(0.5 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/** The threshold normalised for the metric: days, a count, or a fraction. */
	private static double threshold(Requirement r) {
		return switch (r.getMetric()) {
			case DAYS_OF_SUPPLY, EXHAUSTION_DAY -> Units.days(r.getThreshold());
			case LINE_UTILISATION -> Units.fraction(r.getThreshold());
			case UNMET_DEMAND, STOCK -> {
				if (Units.dimension(r.getThreshold()) != Units.Dimension.COUNT) {
					throw new IllegalArgumentException(Units.format(r.getThreshold()) + " is "
							+ Units.dimension(r.getThreshold()).description() + ", not a count");
				}
				yield Units.normalised(r.getThreshold());
			}
		};
	}

	private static String format(Metric metric, double v) {
		return switch (metric) {
			case DAYS_OF_SUPPLY, EXHAUSTION_DAY -> Units.figure(round(v)) + (v == 1 ? " day" : " days");
			case LINE_UTILISATION -> Units.figure(round(v * 100)) + " %";
			default -> Units.figure(round(v));
		};
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private static String phrase(Requirement r) {
		StringBuilder b = new StringBuilder(r.getMetric() == null ? "(no metric)" : metric(r.getMetric()));
		if (resolved(r.getItem())) {
			b.append(" of ").append(r.getItem().getName());
		}
		if (resolved(r.getTheatre())) {
			b.append(" in ").append(r.getTheatre().getName());
		}
		if (resolved(r.getLine())) {
			b.append(" on ").append(r.getLine().getName());
		}
		return b.toString();
	}

	private static String metric(Metric metric) {
		return switch (metric) {
			case DAYS_OF_SUPPLY -> "days-of-supply";
			case EXHAUSTION_DAY -> "exhaustion-day";
			case UNMET_DEMAND -> "unmet-demand";
			case STOCK -> "stock-level";
			case LINE_UTILISATION -> "utilisation";
		};
	}

	private static String symbol(Comparison c) {
		return switch (c) {
			case GE -> ">=";
			case GT -> ">";
			case LE -> "<=";
			case LT -> "<";
		};
	}

	private static boolean resolved(org.eclipse.emf.ecore.EObject o) {
		return o != null && !o.eIsProxy();
	}

	private static String simple(String id) {
		return id.substring(id.lastIndexOf('.') + 1);
	}
}
