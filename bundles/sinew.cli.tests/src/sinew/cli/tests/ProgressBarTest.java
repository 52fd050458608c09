package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import sinew.cli.ProgressBar;
import sinew.cli.SinewCli;

/** The sweep's progress bar: when it is shown, what its line says, when it is redrawn; not the terminal itself. */
class ProgressBarTest extends CliTestSupport {

	@Test
	void shownOnlyForSeveralRunsOnATerminalUnlessTurnedOff() {
		assertTrue(ProgressBar.shown(false, true, 2));
		assertFalse(ProgressBar.shown(true, true, 1000), "--no-progress");
		assertFalse(ProgressBar.shown(false, false, 1000), "a pipe, a file, a CI log");
		assertFalse(ProgressBar.shown(false, true, 1), "one run");
	}

	@Test
	void theLineSaysRunsDoneShareRateAndTimeLeft() {
		assertEquals("[--------------------] 0/10 runs   0%  ETA --:--", ProgressBar.line(0, 10, 0));
		// 5 of 10 in 2 s: 2.5 runs/s, 5 left take 2 s
		assertEquals("[##########----------] 5/10 runs  50%  2.5 runs/s  ETA 0:02",
				ProgressBar.line(5, 10, 2_000_000_000L));
		assertEquals("[#####---------------] 2,500/10,000 runs  25%  1,250.0 runs/s  ETA 0:06",
				ProgressBar.line(2_500, 10_000, 2_000_000_000L));
		// 1 of 10,000 after 1 s: 9,999 s left
		assertEquals("[--------------------] 1/10,000 runs   0%  1.0 runs/s  ETA 2:46:39",
				ProgressBar.line(1, 10_000, 1_000_000_000L));
		assertEquals("[####################] 7/7 runs 100%  3.5 runs/s  ETA 0:00", ProgressBar.line(7, 7, 2_000_000_000L));
	}

	@Test
	void redrawnInPlaceAtMostEveryTenthOfASecondAndAlwaysAtTheEnd() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		AtomicLong now = new AtomicLong(1_000_000_000L);
		ProgressBar bar = new ProgressBar(err, 4, now::get);
		bar.runDone(); // first run: drawn
		now.addAndGet(ProgressBar.REDRAW_NANOS / 2);
		bar.runDone(); // too soon: not drawn
		now.addAndGet(ProgressBar.REDRAW_NANOS / 2);
		bar.runDone(); // a tenth of a second after the last redraw: drawn
		now.addAndGet(1);
		bar.runDone(); // the last: drawn however soon
		bar.finish();
		String text = bytes.toString(StandardCharsets.UTF_8);
		String[] frames = text.split("\r", -1);
		// frames[0] is what came before the first \r: nothing
		assertEquals("", frames[0]);
		assertTrue(frames[1].startsWith("[#####---------------] 1/4 runs  25%"), frames[1]);
		assertTrue(frames[2].startsWith("[###############-----] 3/4 runs  75%"), frames[2]);
		assertTrue(frames[3].startsWith("[####################] 4/4 runs 100%"), frames[3]);
		assertTrue(frames[4].startsWith("[####################] 4/4 runs 100%"), frames[4]);
		assertTrue(frames[4].endsWith("\n"), "finish ends the line");
		assertEquals(5, frames.length, text);
	}

	@Test
	void aShorterLineCoversTheLongerOneBeforeIt() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		AtomicLong now = new AtomicLong();
		ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 10, now::get);
		now.set(1_000_000_000_000L);
		bar.runDone(); // 1 run in 1,000 s: 9,000 s left
		for (int i = 0; i < 7; i++) {
			bar.runDone(); // at the same moment: not drawn
		}
		now.addAndGet(1_000_000_000L);
		bar.runDone(); // 9 runs in 1,001 s: 111 s left, a shorter line
		String[] frames = bytes.toString(StandardCharsets.UTF_8).split("\r", -1);
		assertEquals(3, frames.length);
		assertEquals("[##------------------] 1/10 runs  10%  0.0 runs/s  ETA 2:30:00", frames[1]);
		assertEquals("[##################--] 9/10 runs  90%  0.0 runs/s  ETA 1:51   ", frames[2]);
	}

	@Test
	void terminalsAreTerminalDevicesAndPipesAndFilesAreNot() {
		assertTrue(ProgressBar.isTerminalDevice("/dev/pts/3"));
		assertTrue(ProgressBar.isTerminalDevice("/dev/tty1"));
		assertFalse(ProgressBar.isTerminalDevice("pipe:[123456]"));
		assertFalse(ProgressBar.isTerminalDevice("/dev/null"));
		assertFalse(ProgressBar.isTerminalDevice("/tmp/build.log"));
	}

	private int simulate(boolean terminal, String... extra) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream(), errBytes = new ByteArrayOutputStream();
		String[] args = new String[6 + extra.length];
		String[] base = { "simulate", "--scenario", "TaiwanStrait2027", "--runs", "3",
				root().resolve("examples/indo-pacific").toString() };
		System.arraycopy(base, 0, args, 0, base.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		int code = new SinewCli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
				new PrintStream(errBytes, true, StandardCharsets.UTF_8), terminal).run(args);
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void simulateDrawsTheBarOnATerminalOnlyAndNeverIntoItsTable() {
		assertEquals(0, simulate(true), err);
		assertTrue(err.contains("3/3 runs 100%"), err);
		assertTrue(err.endsWith("\n"), err);
		assertFalse(out.contains("runs/s"), out);
		assertTrue(out.contains("LRASM"), out);

		assertEquals(0, simulate(true, "--no-progress"), err);
		assertEquals("", err);
		assertEquals(0, simulate(false), err);
		assertEquals("", err);
	}
}
