package sinew.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import sinew.cli.SinewCli;

/** Runs the command line in the test's JVM and keeps what it printed; knows where the repository is. */
abstract class CliTestSupport {

	/** What the last run printed on standard output. */
	protected String out;
	/** What the last run printed on standard error. */
	protected String err;

	/** Runs `sinew` with the arguments and returns its exit code. */
	protected int run(String... args) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		int code = new SinewCli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
				new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run(args);
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	/** The repository root (the build passes it as sinew.root). */
	protected static Path root() {
		String root = System.getProperty("sinew.root");
		return (root != null ? Path.of(root) : Path.of("../..")).toAbsolutePath().normalize();
	}
}
