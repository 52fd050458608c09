package sinew.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A progress bar for sweeps of many runs, on a terminal's standard error only: one line, redrawn in place
 * ({@code \r}) as runs finish, at most every {@link #REDRAW_NANOS}, with the runs done out of all, the share, the
 * runs per second so far and the time left at that pace:
 *
 * <pre>
 * [##########----------] 5,000/10,000 runs  50%  1,234.5 runs/s  ETA 0:04
 * </pre>
 *
 * Never drawn into a pipe, a file or a CI log (see {@link #shown}); {@code --no-progress} turns it off.
 * {@link #runDone()} may be called from any thread.
 */
public final class ProgressBar {

	/** Least time between two redraws. */
	public static final long REDRAW_NANOS = 100_000_000L;
	/** Width of the bar between its brackets. */
	public static final int BAR_WIDTH = 20;

	private final PrintStream err;
	private final int total;
	private final LongSupplier clock;
	private final long start;
	private final AtomicInteger done = new AtomicInteger();
	private long lastDrawn = Long.MIN_VALUE;
	private int lastLength;

	/**
	 * A progress bar for {@code total} runs, drawn on {@code err}, timed by {@code clock} (nanoseconds, as
	 * {@link System#nanoTime()}); the clock is read now for the start.
	 */
	public ProgressBar(PrintStream err, int total, LongSupplier clock) {
		this.err = err;
		this.total = total;
		this.clock = clock;
		this.start = clock.getAsLong();
	}

	/**
	 * Whether a sweep shows a progress bar: only with several runs, when standard error is a terminal, and not
	 * turned off with {@code --no-progress}.
	 */
	public static boolean shown(boolean noProgress, boolean stderrIsTerminal, int runs) {
		return !noProgress && stderrIsTerminal && runs > 1;
	}

	/**
	 * Whether this process's standard error is a terminal. On Linux, by what file descriptor 2 is (a pseudo
	 * terminal or a console, /dev/pts/N or /dev/ttyN); elsewhere, whether the JVM has an interactive console
	 * (which speaks for standard input and output, the best a JVM can tell there). A dumb terminal
	 * ({@code TERM=dumb}) counts as none: it cannot redraw a line.
	 */
	public static boolean stderrIsTerminal() {
		if ("dumb".equals(System.getenv("TERM"))) {
			return false;
		}
		Path fd = Path.of("/proc/self/fd/2");
		try {
			if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				return isTerminalDevice(Files.readSymbolicLink(fd).toString());
			}
		} catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
			// fall back to the console below
		}
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try { // Java 22+: a console object exists even when redirected; isTerminal() tells
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // before Java 22 a console exists only for a terminal
		}
	}

	/** Whether a device path (what a file descriptor links to) is a terminal. */
	public static boolean isTerminalDevice(String target) {
		return target.startsWith("/dev/pts/") || target.matches("/dev/tty[0-9]*") || target.equals("/dev/console");
	}

	/** Counts a finished run and redraws the line when the last redraw is old enough or all runs are done. */
	public void runDone() {
		int now = done.incrementAndGet();
		long t = clock.getAsLong();
		synchronized (this) {
			if (now == total || lastDrawn == Long.MIN_VALUE || t - lastDrawn >= REDRAW_NANOS) {
				draw(done.get(), t);
			}
		}
	}

	/** Draws the final state and ends the line, so that what follows starts on a line of its own. */
	public synchronized void finish() {
		draw(done.get(), clock.getAsLong());
		err.print('\n');
		err.flush();
	}

	private void draw(int count, long t) {
		lastDrawn = t;
		String line = line(count, total, t - start);
		// pad over a longer previous line (a shorter ETA, say)
		String padding = " ".repeat(Math.max(0, lastLength - line.length()));
		lastLength = line.length();
		err.print('\r' + line + padding);
		err.flush();
	}

	/**
	 * The progress line for {@code done} of {@code total} runs after {@code elapsedNanos}: the bar, the count, the
	 * share, the rate so far and the time left at that rate ({@code ETA --:--} until a rate is known).
	 */
	public static String line(int done, int total, long elapsedNanos) {
		int filled = total <= 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
		StringBuilder b = new StringBuilder("[");
		b.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
		b.append(String.format(Locale.ROOT, "%,d/%,d runs %3d%%", done, total,
				total <= 0 ? 100 : (int) (100L * done / total)));
		double seconds = elapsedNanos / 1e9;
		if (done > 0 && seconds > 0) {
			double rate = done / seconds;
			b.append(String.format(Locale.ROOT, "  %,.1f runs/s", rate));
			b.append("  ETA ").append(duration(Math.round((total - done) / rate)));
		} else {
			b.append("  ETA --:--");
		}
		return b.toString();
	}

	/** Seconds as m:ss, or h:mm:ss from an hour. */
	static String duration(long seconds) {
		long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
		return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
	}
}
