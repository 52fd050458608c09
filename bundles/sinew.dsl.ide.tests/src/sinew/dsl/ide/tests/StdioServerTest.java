package sinew.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import sinew.dsl.ide.server.SinewLanguageServer;

/**
 * The Sinew language server as an editor meets it: a separate process speaking LSP over its standard input and
 * output (as {@code ./sinew lsp} starts it): initialize, open a file with an error, receive its diagnostics,
 * ask for completion of a name declared in another file, shut down.
 */
class StdioServerTest {

	private static final long WAIT_S = 120;

	@TempDir
	Path workspace;

	/** The class path of the server: the jar or classes folder of sinew.dsl.ide and of every bundle it is wired to. */
	static String serverClassPath() throws Exception {
		Bundle ide = FrameworkUtil.getBundle(SinewLanguageServer.class);
		Set<String> entries = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(ide));
		Set<Bundle> seen = new LinkedHashSet<>();
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (bundle.getBundleId() == 0 || !seen.add(bundle)) {
				continue;
			}
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
			if (location.isDirectory() && new File(location, "target/classes").isDirectory()) {
				location = new File(location, "target/classes");
			}
			entries.add(location.getAbsolutePath());
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				todo.add(wire.getProvider().getBundle());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/** A client that only collects what the server publishes. */
	static final class Collecting implements LanguageClient {
		final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}

		/** The next diagnostics published for a URI (earlier ones for other files are skipped). */
		List<Diagnostic> next(String uri) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
			while (System.nanoTime() < end) {
				PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
				if (p != null && p.getUri().equals(uri)) {
					return p.getDiagnostics();
				}
			}
			throw new AssertionError("no diagnostics for " + uri);
		}
	}

	static String uri(Path file) {
		return "file://" + file.toAbsolutePath().toUri().getRawPath();
	}

	@Test
	void servesOverStdio() throws Exception {
		Path nations = workspace.resolve("nations.sinew");
		Files.writeString(nations, "package demo.nations\n\n/** The home nation. */\nnation Home \"Home nation\"\nnation Ally \"Allied nation\"\n",
				StandardCharsets.UTF_8);
		Path alliances = workspace.resolve("alliances.sinew");
		String text = "package demo.alliances\n\nimport demo.nations.*\n\nalliance Pact \"Pact\" {\n\tmembers Home, Nobody\n}\n";
		Files.writeString(alliances, text, StandardCharsets.UTF_8);

		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", serverClassPath(), SinewLanguageServer.class.getName()));
		Process process = new ProcessBuilder(command)
				.redirectError(ProcessBuilder.Redirect.to(workspace.resolveSibling(workspace.getFileName() + "-server.log").toFile())).start();
		try {
			Collecting client = new Collecting();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();

			InitializeParams init = new InitializeParams();
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(workspace), "demo")));
			ClientCapabilities capabilities = new ClientCapabilities();
			WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
			workspaceCapabilities.setWorkspaceFolders(true);
			capabilities.setWorkspace(workspaceCapabilities);
			init.setCapabilities(capabilities);
			InitializeResult result = server.initialize(init).get(WAIT_S, TimeUnit.SECONDS);
			assertNotNull(result.getCapabilities().getCompletionProvider(), "completion offered");
			assertTrue(result.getCapabilities().getHoverProvider().getLeft(), "hover offered");
			server.initialized(new InitializedParams());

			String alliancesUri = uri(alliances);
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(alliancesUri, "sinew", 1, text)));
			List<Diagnostic> diagnostics = client.next(alliancesUri);
			while (diagnostics.isEmpty()) { // the workspace build may publish first, then the open document's
				diagnostics = client.next(alliancesUri);
			}
			assertEquals(1, diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count(),
					"one error: " + diagnostics);
			Diagnostic error = diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).findFirst().get();
			String message = error.getMessage().isLeft() ? error.getMessage().getLeft() : error.getMessage().getRight().getValue();
			assertTrue(message.contains("Nobody"), message);
			assertEquals(5, error.getRange().getStart().getLine());
			assertEquals("\tmembers Home, ".length(), error.getRange().getStart().getCharacter());

			// completion after "members " offers the nations of the other file
			Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService()
					.completion(new CompletionParams(new TextDocumentIdentifier(alliancesUri), new Position(5, "\tmembers ".length())))
					.get(WAIT_S, TimeUnit.SECONDS);
			List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()).stream()
					.map(CompletionItem::getLabel).toList();
			assertTrue(labels.contains("Home") && labels.contains("Ally"), "nations from nations.sinew in " + labels);

			server.shutdown().get(WAIT_S, TimeUnit.SECONDS);
			server.exit();
			assertTrue(process.waitFor(WAIT_S, TimeUnit.SECONDS), "the server exits when told to");
			assertEquals(0, process.exitValue());
		} finally {
			process.destroyForcibly();
		}
	}
}
