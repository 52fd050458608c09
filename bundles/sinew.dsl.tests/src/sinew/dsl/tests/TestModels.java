package sinew.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Injector;

import sinew.dsl.SinewStandaloneSetup;
import sinew.dsl.workspace.ModelWorkspace;

/** Where the tests find the examples and fixtures, and helpers shared by the tests. */
final class TestModels {

	private static Injector injector;

	private TestModels() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			org.apache.log4j.LogManager.getRootLogger().setLevel(org.apache.log4j.Level.WARN);
			injector = new SinewStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static ModelWorkspace workspace() {
		injector();
		return ModelWorkspace.create();
	}

	/** The repository root. */
	static Path root() {
		String root = System.getProperty("sinew.root");
		return (root != null ? Path.of(root) : Path.of("../..")).toAbsolutePath().normalize();
	}

	static Path examples() {
		return root().resolve("examples");
	}

	static Path fixtures() {
		String fixtures = System.getProperty("sinew.fixtures");
		return (fixtures != null ? Path.of(fixtures) : Path.of("fixtures")).toAbsolutePath().normalize();
	}

	/** Every .sinew file under a folder, sorted. */
	static List<Path> sinewFiles(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.toString().endsWith(".sinew")).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Whether two model trees are equal: same classes, same attribute values, same contained children in order,
	 * and cross-references to elements with the same qualified names.
	 */
	static class ModelEquality extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;
		private final transient IQualifiedNameProvider names = injector().getInstance(IQualifiedNameProvider.class);

		@Override
		protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
			if (reference.isContainment()) {
				return super.haveEqualReference(a, b, reference);
			}
			return key(a.eGet(reference, true)).equals(key(b.eGet(reference, true)));
		}

		@Override
		protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
			if (feature instanceof EReference reference && !reference.isContainment()) {
				return haveEqualReference(a, b, reference);
			}
			return super.haveEqualFeature(a, b, feature);
		}

		private String key(Object value) {
			if (value instanceof List<?> list) {
				return list.stream().map(this::key).toList().toString();
			}
			if (value instanceof EObject object) {
				QualifiedName name = names.getFullyQualifiedName(object);
				return name == null ? EcoreUtil.getURI(object).fragment() : name.toString();
			}
			return String.valueOf(value);
		}
	}
}
