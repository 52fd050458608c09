package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The command line's exit codes and output, on good and bad input. */
class SinewCliTest extends CliTestSupport {

	private static final String LINE = "^.+\\.sinew:\\d+:\\d+: (error|warning|info): [A-Za-z0-9-]+: .+$";

	@TempDir
	Path dir;

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	@Test
	void theFlagshipValidatesWithExitZero() {
		int code = run("validate", root().resolve("examples/indo-pacific").toString());
		assertEquals(0, code, out + err);
		String[] lines = out.strip().split("\n");
		assertTrue(lines[lines.length - 1].matches("\\d+ files, \\d+ elements: 0 errors, \\d+ warnings?"),
				lines[lines.length - 1]);
		assertEquals("", err);
	}

	@Test
	void modelErrorsGiveExitOneAndOneLinePerIssue() throws Exception {
		Path file = write("bad.sinew", "package t\nmunition Shell\nline L {\n\tmakes Shell\n\tlead time 30/month\n}\n"
				+ "stockpile S { item Shell site Nowhere quantity 3 }\n");
		int code = run("validate", file.toString());
		assertEquals(1, code);
		List<String> lines = out.strip().lines().toList();
		assertEquals(file + ":5:12: error: SNW-WF-002: Lead time of production line L expects a duration, but 30/month is a rate",
				lines.get(0));
		assertEquals(file + ":7:31: error: unresolved-reference: Couldn't resolve reference to Site 'Nowhere'.",
				lines.get(1));
		assertEquals("1 file, 5 elements: 2 errors, 0 warnings", lines.get(2));
		for (String line : lines.subList(0, 2)) {
			assertTrue(line.matches(LINE), line);
		}
	}

	@Test
	void syntaxErrorsAreReportedAsIssuesNotCrashes() throws Exception {
		Path file = write("broken.sinew", "package t\nnation {\n");
		assertEquals(1, run("validate", file.toString()));
		assertTrue(out.lines().anyMatch(l -> l.startsWith(file + ":2:") && l.contains(": error: syntax-error: ")), out);
		assertFalse(out.contains("Exception"), out);
	}

	@Test
	void validationNeverChangesTheInput() throws Exception {
		String text = "package t\nnation   Japan\n";
		Path file = write("a.sinew", text);
		long modified = Files.getLastModifiedTime(file).toMillis();
		assertEquals(0, run("validate", file.toString()));
		assertEquals(text, Files.readString(file));
		assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
	}

	@Test
	void aMissingFileIsBadInput() {
		assertEquals(2, run("validate", dir.resolve("nowhere.sinew").toString()));
		assertEquals("sinew: " + dir.resolve("nowhere.sinew") + ": no such file or folder", err.strip());
		assertEquals("", out);
	}

	@Test
	void aFolderWithoutModelsIsBadInput() throws Exception {
		write("notes.txt", "nothing here");
		assertEquals(2, run("validate", dir.toString()));
		assertEquals("sinew: " + dir + ": folder holds no .sinew files", err.strip());
	}

	@Test
	void aBinaryFileIsBadInput() throws Exception {
		Path file = dir.resolve("image.sinew");
		Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		assertEquals(2, run("validate", file.toString()));
		assertEquals("sinew: " + file + ": binary file, not a Sinew model", err.strip());
	}

	@Test
	void aFileOfAnotherKindIsBadInput() throws Exception {
		Path file = write("model.txt", "package t");
		assertEquals(2, run("validate", file.toString()));
		assertEquals("sinew: " + file + ": not a Sinew model (expected a .sinew file)", err.strip());
	}

	@Test
	void badUsageGivesExitTwoAndAHint() {
		assertEquals(2, run());
		assertTrue(err.startsWith("usage: sinew"), err);
		assertEquals(2, run("frobnicate"));
		assertTrue(err.contains("unknown command 'frobnicate'"), err);
		assertEquals(2, run("validate"));
		assertTrue(err.contains("name at least one .sinew file or folder"), err);
		assertEquals(2, run("validate", "--colour", "x.sinew"));
		assertTrue(err.contains("unknown option '--colour'"), err);
	}

	@Test
	void foldersAreSearchedRecursivelyAndLinkedTogether() throws Exception {
		write("a/nations.sinew", "package p.nations\nnation Japan\n");
		write("a/b/sites.sinew", "package p.sites\nimport p.nations.*\nsite Kadena { at 26.35N 127.77E host Japan }\n");
		assertEquals(0, run("validate", dir.toString()));
		assertEquals("2 files, 5 elements: 0 errors, 0 warnings", out.strip());
	}
}
