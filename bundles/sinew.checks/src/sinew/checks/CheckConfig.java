package sinew.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-project severities, from a file named {@value #FILE_NAME} beside the models:
 *
 * <pre>
 * # a comment
 * SNW-SUP-001 = error      # raise
 * SNW-THR-002 = info       # lower
 * SNW-MRO-002 = off        # turn off
 * </pre>
 *
 * An unknown rule ID or a bad value is a problem reported with its line and column, not ignored.
 */
public final class CheckConfig {

	/** The name of the configuration file. */
	public static final String FILE_NAME = "sinew-checks.conf";

	/** The configuration that keeps every rule at its default severity. */
	public static final CheckConfig DEFAULTS = new CheckConfig(null, Map.of(), List.of());

	/** A problem in the configuration file, at a line and column (from 1). */
	public record Problem(Path file, int line, int column, String message) {
	}

	private final Path file;
	private final Map<String, Optional<Severity>> overrides;
	private final List<Problem> problems;

	private CheckConfig(Path file, Map<String, Optional<Severity>> overrides, List<Problem> problems) {
		this.file = file;
		this.overrides = overrides;
		this.problems = problems;
	}

	/** The file this configuration was read from, if any. */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	/** Problems found while reading the file. */
	public List<Problem> problems() {
		return problems;
	}

	/** The severity a rule runs at, or empty when it is turned off. */
	public Optional<Severity> severity(RuleInfo rule) {
		return overrides.getOrDefault(rule.id(), Optional.of(rule.defaultSeverity()));
	}

	/** Reads a configuration file; problems in it are collected, and the lines that are right still apply. */
	public static CheckConfig read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String raw = lines.get(i);
			int hash = raw.indexOf('#');
			String line = hash >= 0 ? raw.substring(0, hash) : raw;
			if (line.isBlank()) {
				continue;
			}
			int equals = line.indexOf('=');
			int indent = line.length() - line.stripLeading().length();
			if (equals < 0) {
				problems.add(new Problem(file, i + 1, indent + 1, "expected 'RULE-ID = error|warning|info|off', found '"
						+ line.strip() + "'"));
				continue;
			}
			String id = line.substring(0, equals).strip();
			String value = line.substring(equals + 1).strip();
			int valueColumn = equals + 1 + (line.substring(equals + 1).length() - line.substring(equals + 1).stripLeading().length()) + 1;
			if (RuleCatalogue.byId(id).isEmpty()) {
				problems.add(new Problem(file, i + 1, indent + 1, "unknown rule '" + id + "'"
						+ RuleCatalogue.closest(id).map(c -> " (did you mean " + c + "?)").orElse("")));
				continue;
			}
			if (value.equals("off")) {
				overrides.put(id, Optional.empty());
			} else {
				Optional<Severity> severity = Severity.ofWord(value);
				if (severity.isEmpty()) {
					problems.add(new Problem(file, i + 1, valueColumn,
							"bad severity '" + value + "' for " + id + ": use error, warning, info or off"));
				} else {
					overrides.put(id, severity);
				}
			}
		}
		return new CheckConfig(file, Collections.unmodifiableMap(overrides), List.copyOf(problems));
	}

	/**
	 * The configuration for models under a folder: the nearest {@value #FILE_NAME} in the folder or its
	 * parents, or the defaults when there is none.
	 */
	public static CheckConfig nearest(Path folder) throws IOException {
		for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return read(candidate);
			}
		}
		return DEFAULTS;
	}
}
