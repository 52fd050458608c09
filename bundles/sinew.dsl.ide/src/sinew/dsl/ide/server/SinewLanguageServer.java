package sinew.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;


/**
 * The Sinew language server: Xtext's {@link LanguageServerImpl} with the Sinew language (runtime and IDE
 * modules) as its only language. {@link #create()} makes one for use in the same process (the workbench editor
 * talks to it through the LSP4J interfaces); {@link #main(String[])} serves it over standard input and output
 * for any editor that speaks the Language Server Protocol ({@code ./sinew lsp}).
 */
public final class SinewLanguageServer {

	private SinewLanguageServer() {
	}

	/**
	 * The registry of languages a server knows: only Sinew, by its file extension. Built explicitly rather than
	 * through {@code java.util.ServiceLoader}, which does not see other bundles inside OSGi.
	 */
	static synchronized IResourceServiceProvider.Registry sinewOnly() {
		language();
		return registry;
	}

	private static ResourceServiceProviderRegistryImpl registry;

	private static Injector language;

	/**
	 * The injector of the Sinew language with its IDE services (created once). It is not registered in EMF's
	 * global registries: other users of the language in the same process (ModelWorkspace, used by the simulation
	 * and diagram views) register their own injector there, and the server's models must be parsed by the
	 * injector whose services (content assist, hover) work on them; see {@link #create()}.
	 */
	public static synchronized Injector language() {
		if (language == null) {
			sinew.model.SinewPackage.eINSTANCE.getNsURI(); // the metamodel registers itself on first use
			// the compiled grammar (Sinew.xtextbin) is read through EMF, as Xtext's standalone setup arranges it
			org.eclipse.emf.ecore.resource.Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
					.putIfAbsent("xtextbin", new org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl());
			// the language's services find each other through this registry, not EMF's global one
			ResourceServiceProviderRegistryImpl own = new ResourceServiceProviderRegistryImpl();
			language = Guice.createInjector(Modules2.mixin(new sinew.dsl.SinewRuntimeModule(), new sinew.dsl.ide.SinewIdeModule(),
					binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(own)));
			own.getExtensionToFactoryMap().put("sinew", language.getInstance(IResourceServiceProvider.class));
			registry = own;
		}
		return language;
	}

	/** The keywords of the grammar that are words ({@code line}, {@code end-use}), for lexical colouring. */
	public static java.util.Set<String> keywords() {
		org.eclipse.xtext.IGrammarAccess grammar = language().getInstance(org.eclipse.xtext.IGrammarAccess.class);
		java.util.Set<String> words = new java.util.TreeSet<>();
		for (String keyword : org.eclipse.xtext.GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (keyword.matches("[A-Za-z][A-Za-z0-9_-]*")) {
				words.add(keyword);
			}
		}
		return words;
	}

	/**
	 * A new, unconnected language server for Sinew models, for use inside another program: connect a client, then
	 * initialize it. Its {@code exit} does not end the process (Xtext's default would call System.exit).
	 */
	public static LanguageServerImpl create() {
		return create(false);
	}

	private static LanguageServerImpl create(boolean exitEndsProcess) {
		IResourceServiceProvider.Registry registry = sinewOnly();
		Injector sinew = language();
		org.eclipse.xtext.resource.IResourceFactory factory = sinew.getInstance(org.eclipse.xtext.resource.IResourceFactory.class);
		Injector server = Guice.createInjector(Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
			// the server's resource sets parse .sinew files with this language's own factory, not a global one
			binder.bind(org.eclipse.xtext.resource.XtextResourceSet.class).toProvider(() -> {
				org.eclipse.xtext.resource.XtextResourceSet set = sinew.getInstance(org.eclipse.xtext.resource.XtextResourceSet.class);
				set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("sinew", factory);
				return set;
			});
			if (!exitEndsProcess) {
				binder.bind(ILanguageServerShutdownAndExitHandler.class)
						.to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
			}
		}));
		return server.getInstance(LanguageServerImpl.class);
	}

	/** Serves one client over the given streams until it exits or the input ends; returns the listener's future. */
	public static Future<Void> serve(InputStream in, OutputStream out) {
		LanguageServerImpl server = create(true);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * {@code ./sinew lsp}: the server over standard input and output. Anything else that would write to standard
	 * output (logging) goes to standard error, so that the protocol stream stays clean.
	 */
	public static void main(String[] args) throws InterruptedException {
		if (args.length > 0 && !"--stdio".equals(args[0])) {
			System.err.println("sinew lsp: unknown option " + args[0] + " (the server speaks LSP over stdin/stdout; --stdio is the default)");
			System.exit(2);
		}
		PrintStream protocol = System.out;
		System.setOut(System.err);
		try {
			serve(System.in, protocol).get();
		} catch (ExecutionException e) {
			System.err.println("sinew lsp: connection closed: " + e.getCause());
		}
		System.exit(0);
	}
}
