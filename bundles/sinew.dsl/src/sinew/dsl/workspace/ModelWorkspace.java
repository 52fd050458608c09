package sinew.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import sinew.checks.CheckConfig;
import sinew.dsl.SinewStandaloneSetup;
import sinew.dsl.validation.ConsistencyChecks;
import sinew.model.ModelPackage;

/**
 * Sinew models loaded from files and folders, linked across files, and validated: the one way every surface
 * (command line, build plugins, benchmarks) reads models. Files are read, never written.
 */
public class ModelWorkspace {

	/** The file extension of Sinew models. */
	public static final String EXTENSION = ".sinew";

	private static Injector injector;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	/** A workspace using the standalone Sinew language. */
	public static synchronized ModelWorkspace create() {
		if (injector == null) {
			injector = new SinewStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector.getInstance(ModelWorkspace.class);
	}

	/** Models loaded together: their files, the resource set holding them, and each file's resource. */
	public record Models(List<Path> files, ResourceSet resourceSet, Map<Path, Resource> resources, CheckConfig config) {

		/** The packages of all files, in file order. */
		public List<ModelPackage> packages() {
			List<ModelPackage> packages = new ArrayList<>();
			for (Path file : files) {
				Resource resource = resources.get(file);
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ModelPackage p) {
					packages.add(p);
				}
			}
			return packages;
		}

		/** Number of model elements (every object in every file). */
		public int elementCount() {
			int count = 0;
			for (Resource resource : resources.values()) {
				for (var it = resource.getAllContents(); it.hasNext(); it.next()) {
					count++;
				}
			}
			return count;
		}
	}

	/**
	 * The .sinew files named by the arguments: files as given, folders searched recursively, in a stable order.
	 *
	 * @throws ModelInputException when an argument does not exist, is not a .sinew file, or is a folder without
	 *             models
	 */
	public static List<Path> collect(List<String> arguments) throws ModelInputException {
		TreeSet<Path> files = new TreeSet<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				List<Path> found;
				try (Stream<Path> walk = Files.walk(path)) {
					found = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
							.map(Path::normalize).toList();
				} catch (IOException e) {
					throw new ModelInputException(argument + ": cannot read folder: " + reason(e));
				}
				if (found.isEmpty()) {
					throw new ModelInputException(argument + ": folder holds no " + EXTENSION + " files");
				}
				files.addAll(found);
			} else if (Files.isRegularFile(path)) {
				if (!path.getFileName().toString().endsWith(EXTENSION)) {
					throw new ModelInputException(argument + ": not a Sinew model (expected a " + EXTENSION + " file)");
				}
				files.add(path.normalize());
			} else if (Files.exists(path)) {
				throw new ModelInputException(argument + ": neither a file nor a folder");
			} else {
				throw new ModelInputException(argument + ": no such file or folder");
			}
		}
		if (files.isEmpty()) {
			throw new ModelInputException("no model files given");
		}
		return new ArrayList<>(files);
	}

	/**
	 * Loads the files into one resource set and resolves every cross-reference.
	 *
	 * @throws ModelInputException when a file cannot be read or is not UTF-8 text
	 */
	public Models load(List<Path> files) throws ModelInputException {
		return load(files, CheckConfig.DEFAULTS);
	}

	/**
	 * Loads the files with the consistency checks configured as given.
	 *
	 * @throws ModelInputException when a file cannot be read or is not UTF-8 text
	 */
	public Models load(List<Path> files, CheckConfig config) throws ModelInputException {
		XtextResourceSet resourceSet = resourceSets.get();
		ConsistencyChecks.configure(resourceSet, config);
		Map<Path, Resource> resources = new java.util.LinkedHashMap<>();
		for (Path file : files) {
			byte[] bytes = read(file);
			URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
			Resource resource = resourceSet.createResource(uri);
			try {
				resource.load(new ByteArrayInputStream(bytes), resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new ModelInputException(file + ": cannot parse: " + reason(e));
			}
			resources.put(file, resource);
		}
		indexNames(resourceSet, resources.values());
		EcoreUtil.resolveAll(resourceSet);
		return new Models(List.copyOf(files), resourceSet, Collections.unmodifiableMap(resources), config);
	}

	/**
	 * The check configuration for models named by command-line arguments: the nearest
	 * {@value CheckConfig#FILE_NAME} beside the first folder or file, or in a folder above it.
	 *
	 * @throws ModelInputException when the configuration file cannot be read
	 */
	public static CheckConfig configFor(List<String> arguments) throws ModelInputException {
		if (arguments.isEmpty()) {
			return CheckConfig.DEFAULTS;
		}
		Path first = Path.of(arguments.get(0)).toAbsolutePath().normalize();
		Path folder = Files.isDirectory(first) ? first : first.getParent();
		try {
			return folder == null ? CheckConfig.DEFAULTS : CheckConfig.nearest(folder);
		} catch (IOException e) {
			throw new ModelInputException(folder.resolve(CheckConfig.FILE_NAME) + ": cannot read: " + reason(e));
		}
	}

	/**
	 * Indexes the names every file exports, once, before linking: each cross-file reference then finds its target
	 * by name instead of asking every file in turn (which made linking grow with files times references).
	 */
	private void indexNames(ResourceSet resourceSet, java.util.Collection<Resource> resources) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resources) {
			descriptions.add(descriptionManager.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}

	/** Every syntax, linking and validation issue of the loaded files, in file, line and column order. */
	public List<ModelIssue> validate(Models models) {
		List<ModelIssue> issues = new ArrayList<>();
		for (CheckConfig.Problem problem : models.config().problems()) {
			issues.add(new ModelIssue(relative(problem.file()), problem.line(), problem.column(), ModelIssue.Severity.ERROR,
					CONFIG_PROBLEM, problem.message()));
		}
		for (Map.Entry<Path, Resource> entry : models.resources().entrySet()) {
			for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				issues.add(toModelIssue(entry.getKey(), issue));
			}
		}
		Collections.sort(issues);
		return issues;
	}

	/** The code of a problem in the check configuration file. */
	public static final String CONFIG_PROBLEM = "SNW-CFG-001";

	/** A path relative to the working folder when it lies below it, as users typed their model paths. */
	private static Path relative(Path file) {
		Path here = Path.of("").toAbsolutePath();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
	}

	private static ModelIssue toModelIssue(Path file, Issue issue) {
		ModelIssue.Severity severity = switch (issue.getSeverity()) {
			case ERROR -> ModelIssue.Severity.ERROR;
			case WARNING -> ModelIssue.Severity.WARNING;
			default -> ModelIssue.Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new ModelIssue(file, line, column, severity, code(issue.getCode()), issue.getMessage());
	}

	/** Stable codes for Xtext's own diagnostics; the language's own codes pass through. */
	static String code(String xtextCode) {
		if (xtextCode == null) {
			return "unknown";
		}
		return switch (xtextCode) {
			case Diagnostic.SYNTAX_DIAGNOSTIC -> "syntax-error";
			case Diagnostic.LINKING_DIAGNOSTIC -> "unresolved-reference";
			case Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE -> "syntax-error";
			default -> xtextCode.startsWith("org.eclipse.xtext.") ? xtextCode.substring(xtextCode.lastIndexOf('.') + 1)
					: xtextCode;
		};
	}

	private static byte[] read(Path file) throws ModelInputException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ModelInputException(file + ": no such file");
		} catch (IOException e) {
			throw new ModelInputException(file + ": cannot read: " + reason(e));
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new ModelInputException(file + ": binary file, not a Sinew model");
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
		} catch (CharacterCodingException e) {
			throw new ModelInputException(file + ": not UTF-8 text, not a Sinew model");
		}
		return bytes;
	}

	private static String reason(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
