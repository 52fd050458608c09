package sinew.repository.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The update site as users get it: the p2 director installed the runtime feature from the zip into a fresh
 * folder (this module's pre-integration-test). An OSGi framework (Equinox) started on the installed bundles
 * resolves and starts them, and the installed command line validates the flagship model inside OSGi.
 */
class InstalledUpdateSiteIT {

	private static final Path INSTALLATION = Path.of(System.getProperty("sinew.installation", "target/installation"))
			.toAbsolutePath().normalize();
	private static final String[] SINEW_BUNDLES = { "sinew.model", "sinew.checks", "sinew.dsl", "sinew.dsl.ide",
			"sinew.generator", "sinew.sim", "sinew.cli" };

	private static Framework framework;
	private static final List<Bundle> installed = new ArrayList<>();

	@BeforeAll
	static void startFrameworkOnTheInstalledBundles() throws Exception {
		Path plugins = INSTALLATION.resolve("plugins");
		assertTrue(Files.isDirectory(plugins), "the director installed into " + INSTALLATION);
		Map<String, String> configuration = new HashMap<>();
		configuration.put(Constants.FRAMEWORK_STORAGE, INSTALLATION.resolveSibling("osgi-storage").toString());
		configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(configuration);
		framework.start();
		try (Stream<Path> files = Files.list(plugins)) {
			for (Path file : files.sorted().toList()) {
				if (file.getFileName().toString().startsWith("org.eclipse.osgi_")) {
					continue; // the framework itself
				}
				installed.add(framework.getBundleContext().installBundle(file.toUri().toString()));
			}
		}
		framework.adapt(FrameworkWiring.class).resolveBundles(null);
	}

	@AfterAll
	static void stop() throws Exception {
		if (framework != null) {
			framework.stop();
			framework.waitForStop(30_000);
		}
	}

	private static Bundle bundle(String name) {
		return installed.stream().filter(b -> name.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not installed; installed: "
						+ installed.stream().map(Bundle::getSymbolicName).toList()));
	}

	@Test
	void theFeatureAndItsDependenciesAreInstalled() {
		assertTrue(Files.isDirectory(INSTALLATION.resolve("features")));
		try (Stream<Path> features = Files.list(INSTALLATION.resolve("features"))) {
			assertTrue(features.anyMatch(f -> f.getFileName().toString().startsWith("sinew.feature_")));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		for (String name : List.of("org.eclipse.xtext", "org.eclipse.emf.ecore", "com.google.inject", "com.google.gson")) {
			bundle(name);
		}
	}

	@Test
	void everyInstalledBundleResolves() {
		List<String> unresolved = installed.stream().filter(b -> b.getState() == Bundle.INSTALLED)
				.map(b -> b.getSymbolicName() + " " + b.getVersion()).toList();
		assertEquals(List.of(), unresolved);
	}

	@Test
	void everySinewBundleStarts() throws BundleException {
		for (String name : SINEW_BUNDLES) {
			Bundle bundle = bundle(name);
			bundle.start();
			assertEquals(Bundle.ACTIVE, bundle.getState(), name);
		}
	}

	@Test
	void theInstalledCommandLineValidatesTheFlagship() throws Exception {
		Path flagship = Path.of(System.getProperty("sinew.examples", "../../examples"), "indo-pacific").toAbsolutePath()
				.normalize();
		Class<?> cli = bundle("sinew.cli").loadClass("sinew.cli.SinewCli");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Object instance = cli.getConstructor(PrintStream.class, PrintStream.class).newInstance(
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		int code = (int) cli.getMethod("run", String[].class).invoke(instance,
				(Object) new String[] { "validate", "--quiet", flagship.toString() });
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, code, text + err.toString(StandardCharsets.UTF_8));
		assertTrue(text.matches("(?s).*\\d+ files, \\d+ elements: 0 errors, \\d+ warnings\\s*"), text);
		assertFalse(text.contains("error:"), text);
		assertTrue(bundle("sinew.cli").getLocation().startsWith(INSTALLATION.toUri().toString()),
				"the command line comes from the installation: " + bundle("sinew.cli").getLocation());
	}
}
