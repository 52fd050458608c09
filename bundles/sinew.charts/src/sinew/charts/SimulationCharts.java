package sinew.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import sinew.sim.Simulation.Outcome;
import sinew.sim.Simulator.ItemResult;
import sinew.sim.Simulator.LineResult;
import sinew.sim.Simulator.RunResult;
import sinew.sim.io.AtomicFiles;

/**
 * Charts of a simulation's outcome, drawn with JFreeChart and written as SVG (JFreeSVG) and PNG (the JDK's
 * ImageIO), headless:
 * <ul>
 * <li><b>stock over time</b>, one chart per item of the theatre: the theatre's stock at the end of each day; with
 * several runs the day-by-day P50 over the runs and the band from P10 to P90 (nearest rank); a marker on the
 * first high-intensity day;</li>
 * <li><b>production</b>, one chart per production line: its output by calendar month of the scenario (bars; the
 * first and last months hold only the days of the window in them); with several runs the bars are the P50 of
 * each month's output and P10 and P90 are drawn as marks.</li>
 * </ul>
 * Files are named from the qualified names, so the same outcome gives the same names:
 * {@code stock-<item>.svg|png} and {@code production-<line>.svg|png}. The SVG holds no time or machine-dependent
 * identifier: the same outcome gives the same bytes.
 */
public final class SimulationCharts {

	/** The folder, inside a results folder, that holds the charts. */
	public static final String FOLDER = "charts";
	/** Size of every chart, in pixels (PNG) and user units (SVG). */
	public static final int WIDTH = 960, HEIGHT = 540;

	/** A chart and the name of its files (without extension). */
	public record Chart(String name, JFreeChart chart) {
	}

	private static final Pattern OUR_FILES = Pattern.compile("(stock|production)-.+\\.(svg|png)");
	private static final Color BAND = new Color(70, 130, 180), OUTPUT = new Color(46, 139, 87),
			MARKER = new Color(178, 34, 34);

	static {
		// no display: charts are drawn off screen (CI, servers); a caller that set the property keeps its choice
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		// rotated labels (the quantity axis, the months) drawn as text, not glyph outlines: searchable in the SVG
		org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	private SimulationCharts() {
	}

	/** Every chart of an outcome: the stock chart of each item, then the production chart of each line. */
	public static List<Chart> charts(Outcome o) {
		RunResult first = o.runs().get(0);
		List<Chart> charts = new ArrayList<>();
		for (String item : first.items().keySet()) {
			charts.add(new Chart(fileName("stock-", item), stock(o, item)));
		}
		for (String line : first.lines().keySet()) {
			charts.add(new Chart(fileName("production-", line), production(o, line)));
		}
		return charts;
	}

	/** The stock-over-time chart of an item of the theatre. */
	public static JFreeChart stock(Outcome o, String item) {
		RunResult first = o.runs().get(0);
		ItemResult result = first.items().get(item);
		if (result == null) {
			throw new IllegalArgumentException("no item '" + item + "' in the theatre's results");
		}
		int runs = o.runs().size();
		XYPlot plot = new XYPlot();
		if (runs == 1) {
			XYSeries series = new XYSeries("stock", false, false);
			double[] stock = result.stock();
			for (int d = 0; d < stock.length; d++) {
				series.add(d, stock[d]);
			}
			plot.setDataset(new XYSeriesCollection(series));
			plot.setRenderer(new XYLineAndShapeRenderer(true, false));
		} else {
			SeriesStatistics.Band band = SeriesStatistics
					.band(o.runs().stream().map(r -> r.items().get(item).stock()).toList());
			YIntervalSeries series = new YIntervalSeries("P50, band P10-P90 of " + runs + " runs", false, false);
			for (int d = 0; d < band.p50().length; d++) {
				series.add(d, band.p50()[d], band.p10()[d], band.p90()[d]);
			}
			YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
			dataset.addSeries(series);
			plot.setDataset(dataset);
			DeviationRenderer renderer = new DeviationRenderer(true, false);
			renderer.setAlpha(0.3f);
			plot.setRenderer(renderer);
		}
		NumberAxis days = integerAxis("day (day 0 = " + o.data().scenario().start() + ")");
		days.setRange(0, Math.max(1, first.days() - 1));
		plot.setDomainAxis(days);
		plot.setRangeAxis(numberAxis("stock in theatre (units)"));
		if (first.firstHighIntensityDay() != null) {
			ValueMarker high = new ValueMarker(first.firstHighIntensityDay(), MARKER, new BasicStroke(1.5f));
			high.setLabel("high intensity from day " + first.firstHighIntensityDay());
			high.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			high.setLabelTextAnchor(TextAnchor.TOP_LEFT);
			high.setLabelPaint(MARKER);
			plot.addDomainMarker(high);
		}
		String exhausted = result.exhaustionDay() == null ? "not exhausted"
				: "exhausted on day " + result.exhaustionDay();
		JFreeChart chart = chart(simple(item) + " stock in " + simple(first.theatre()), plot,
				first.scenario() + ", " + runsText(o) + "; stock at the end of each day"
						+ (runs == 1 ? "; " + exhausted : ""));
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, BAND);
		renderer.setSeriesFillPaint(0, BAND);
		renderer.setSeriesStroke(0, new BasicStroke(2f));
		return chart;
	}

	/** The monthly-output chart of a production line. */
	public static JFreeChart production(Outcome o, String line) {
		RunResult first = o.runs().get(0);
		LineResult result = first.lines().get(line);
		if (result == null) {
			throw new IllegalArgumentException("no line '" + line + "' in the results");
		}
		int runs = o.runs().size();
		List<double[]> monthlyByRun = new ArrayList<>();
		List<YearMonth> months = null;
		for (RunResult r : o.runs()) {
			SeriesStatistics.Monthly m = SeriesStatistics.monthly(o.data().scenario().start(),
					r.lines().get(line).output());
			months = m.months();
			monthlyByRun.add(m.totals());
		}
		SeriesStatistics.Band band = SeriesStatistics.band(monthlyByRun);
		DefaultCategoryDataset bars = new DefaultCategoryDataset();
		DefaultCategoryDataset marks = new DefaultCategoryDataset();
		String barKey = runs == 1 ? "output" : "output, P50 of " + runs + " runs";
		for (int i = 0; i < months.size(); i++) {
			String month = months.get(i).toString();
			bars.addValue(band.p50()[i], barKey, month);
			if (runs > 1) {
				marks.addValue(band.p10()[i], "P10", month);
				marks.addValue(band.p90()[i], "P90", month);
			}
		}
		CategoryAxis monthAxis = new CategoryAxis("month");
		monthAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		NumberAxis units = numberAxis("units made in the month");
		BarRenderer barRenderer = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(bars, monthAxis, units, barRenderer);
		LineAndShapeRenderer markRenderer = new LineAndShapeRenderer(false, true);
		if (runs > 1) {
			plot.setDataset(1, marks);
			plot.setRenderer(1, markRenderer);
			plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		}
		String from = result.firstProductionDay() == null ? "does not produce in this scenario"
				: "producing from day " + result.firstProductionDay();
		JFreeChart chart = chart(
				simple(line) + " monthly output" + (result.item() == null ? "" : " of " + simple(result.item())), plot,
				first.scenario() + ", " + runsText(o) + "; " + from);
		barRenderer.setBarPainter(new StandardBarPainter());
		barRenderer.setShadowVisible(false);
		barRenderer.setSeriesPaint(0, OUTPUT);
		markRenderer.setSeriesPaint(0, Color.DARK_GRAY);
		markRenderer.setSeriesPaint(1, Color.BLACK);
		return chart;
	}

	/** A chart as an SVG document; {@code id} prefixes its internal identifiers (clip paths), for determinism. */
	public static String svg(JFreeChart chart, String id) {
		SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
		g2.setDefsKeyPrefix(id + "-");
		chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
	}

	/** A chart as a PNG image of {@link #WIDTH} x {@link #HEIGHT} pixels. */
	public static byte[] png(JFreeChart chart) {
		BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", bytes)) {
				throw new IllegalStateException("no PNG writer in this Java runtime");
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * Writes every chart of an outcome as SVG and PNG into {@code dir/charts} (created), each file atomically, and
	 * removes chart files (stock-*, production-* .svg/.png) left there by an earlier run that this one did not
	 * write, so the folder shows this outcome only. Returns the files written, in order.
	 */
	public static List<Path> write(Outcome o, Path dir) {
		Path folder = dir.resolve(FOLDER);
		List<Path> written = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			for (Chart c : charts(o)) {
				Path svg = folder.resolve(c.name() + ".svg"), png = folder.resolve(c.name() + ".png");
				AtomicFiles.write(svg, svg(c.chart(), c.name()));
				AtomicFiles.write(png, png(c.chart()));
				written.add(svg);
				written.add(png);
			}
			Set<Path> keep = new HashSet<>(written);
			try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
				for (Path f : files) {
					if (OUR_FILES.matcher(f.getFileName().toString()).matches() && !keep.contains(f)
							&& Files.isRegularFile(f)) {
						Files.delete(f);
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return written;
	}

	/** A file name from a prefix and a qualified name: characters other than letters, digits, . _ - become _. */
	static String fileName(String prefix, String id) {
		return prefix + id.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, String subtitle) {
		JFreeChart chart = new JFreeChart(title, plot);
		chart.addSubtitle(new TextTitle(subtitle));
		theme().apply(chart);
		chart.setBackgroundPaint(Color.WHITE);
		plot.setBackgroundPaint(Color.WHITE);
		if (plot instanceof XYPlot xy) {
			xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
			xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
		} else if (plot instanceof CategoryPlot cp) {
			cp.setRangeGridlinePaint(Color.LIGHT_GRAY);
		}
		return chart;
	}

	/** Logical fonts (present on every Java runtime), so the charts do not depend on the machine's font list. */
	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("Sinew", false);
		theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
		theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		return theme;
	}

	/** Tick labels in one format whatever the machine's locale (1,250 and 0.5). */
	private static NumberFormat format() {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
	}

	/** A quantity axis from 0 up, at least 0 to 1 (a series of zeros gets a readable axis). */
	private static NumberAxis numberAxis(String label) {
		NumberAxis axis = new NumberAxis(label);
		axis.setStandardTickUnits(new NumberTickUnitSource(false, format()));
		axis.setAutoRangeIncludesZero(true);
		axis.setRangeType(RangeType.POSITIVE);
		axis.setAutoRangeMinimumSize(1);
		return axis;
	}

	private static NumberAxis integerAxis(String label) {
		NumberAxis axis = new NumberAxis(label);
		axis.setStandardTickUnits(new NumberTickUnitSource(true, format()));
		return axis;
	}

	private static String runsText(Outcome o) {
		int runs = o.runs().size();
		return runs + (runs == 1 ? " run" : " runs") + ", "
				+ (o.deterministic() ? "deterministic strikes" : "seed " + o.seed());
	}

	private static String simple(String id) {
		return id == null ? "(no theatre)" : id.substring(id.lastIndexOf('.') + 1);
	}
}
