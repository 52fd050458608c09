package sinew.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command, parsed once: options that take a value, flags, and the model paths. Every problem
 * is a {@link UsageException} whose message names the command and the option ("simulate: --runs needs a value").
 */
final class CommandLine {

	/** Bad usage, with the one-line message to print. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final String command;
	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> paths = new ArrayList<>();

	private CommandLine(String command) {
		this.command = command;
	}

	/**
	 * Parses the arguments of a command.
	 *
	 * @param valued options that take a value (--format FILE)
	 * @param flagNames flags and their aliases, each alias mapped to the flag's name (-q to --quiet)
	 */
	static CommandLine parse(String command, List<String> arguments, Set<String> valued, Map<String, String> flagNames)
			throws UsageException {
		CommandLine line = new CommandLine(command);
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (valued.contains(argument)) {
				if (i + 1 >= arguments.size()) {
					throw line.problem(argument + " needs a value");
				}
				line.values.put(argument, arguments.get(++i));
			} else if (flagNames.containsKey(argument)) {
				line.flags.add(flagNames.get(argument));
			} else if (argument.startsWith("-") && !argument.equals("-")) {
				throw line.problem("unknown option '" + argument + "'");
			} else {
				line.paths.add(argument);
			}
		}
		return line;
	}

	/** A usage problem of this command. */
	UsageException problem(String message) {
		return new UsageException(command + ": " + message);
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	Optional<String> value(String option) {
		return Optional.ofNullable(values.get(option));
	}

	/** A value that must be given, with the message saying how to give it. */
	String required(String option, String howToGiveIt) throws UsageException {
		String value = values.get(option);
		if (value == null) {
			throw problem(howToGiveIt);
		}
		return value;
	}

	/** A path option, or empty. */
	Optional<Path> path(String option) throws UsageException {
		String value = values.get(option);
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(value));
		} catch (InvalidPathException e) {
			throw problem(option + " needs a path, not '" + value + "'");
		}
	}

	/** A whole-number option within bounds, or its default. */
	long number(String option, long defaultValue, long min, long max) throws UsageException {
		String value = values.get(option);
		if (value == null) {
			return defaultValue;
		}
		long number;
		try {
			number = Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw problem(option + " needs a number, not '" + value + "'");
		}
		if (number < min || number > max) {
			throw problem(option + " must be between " + min + " and " + max);
		}
		return number;
	}

	/** Whether any model path was given. */
	boolean hasPaths() {
		return !paths.isEmpty();
	}

	/** The model paths, at least one. */
	List<String> paths() throws UsageException {
		if (paths.isEmpty()) {
			throw problem("name at least one .sinew file or folder");
		}
		return paths;
	}
}
