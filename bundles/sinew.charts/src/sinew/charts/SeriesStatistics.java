package sinew.charts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import sinew.sim.Simulation;

/**
 * The figures the charts plot, computed from the runs' results: day-by-day percentiles of a series over runs
 * (nearest rank, as the results' summary computes them) and daily values summed by calendar month.
 */
public final class SeriesStatistics {

	/** Percentiles of one series, day by day (or month by month): {@code p10[i] <= p50[i] <= p90[i]}. */
	public record Band(double[] p10, double[] p50, double[] p90) {
	}

	/** Daily values summed by calendar month: {@code months[i]} (as 2027-01) has {@code totals[i]}. */
	public record Monthly(List<YearMonth> months, double[] totals) {
	}

	private SeriesStatistics() {
	}

	/**
	 * The P10, P50 and P90 of each position over the series (all of one length); one series gives itself
	 * three times.
	 */
	public static Band band(List<double[]> series) {
		if (series.isEmpty()) {
			throw new IllegalArgumentException("no series");
		}
		int n = series.get(0).length;
		double[] p10 = new double[n], p50 = new double[n], p90 = new double[n];
		double[] values = new double[series.size()];
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < values.length; r++) {
				values[r] = series.get(r)[i];
			}
			Arrays.sort(values);
			p10[i] = Simulation.percentile(values, 0.1);
			p50[i] = Simulation.percentile(values, 0.5);
			p90[i] = Simulation.percentile(values, 0.9);
		}
		return new Band(p10, p50, p90);
	}

	/**
	 * Sums daily values by calendar month, day 0 being {@code start}: the first and last months hold only the
	 * days of the window that fall in them.
	 */
	public static Monthly monthly(LocalDate start, double[] daily) {
		List<YearMonth> months = new ArrayList<>();
		List<Double> totals = new ArrayList<>();
		YearMonth current = null;
		for (int d = 0; d < daily.length; d++) {
			YearMonth m = YearMonth.from(start.plusDays(d));
			if (!m.equals(current)) {
				months.add(m);
				totals.add(0.0);
				current = m;
			}
			totals.set(totals.size() - 1, totals.get(totals.size() - 1) + daily[d]);
		}
		return new Monthly(List.copyOf(months), totals.stream().mapToDouble(Double::doubleValue).toArray());
	}
}
