package sinew.ui.lsp;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import sinew.dsl.ide.server.SinewLanguageServer;
import sinew.ui.SinewUi;

/**
 * The workbench's client of the Sinew language server, which runs in the same process and is called through the
 * LSP4J interfaces. The workspace folder is the Eclipse workspace root, so every .sinew file of every project is
 * built and validated; diagnostics become problem markers ({@value SinewUi#PROBLEM_MARKER}) on the files. Editors
 * open their documents here; edits reach the server after a short pause in typing ({@link #DEBOUNCE_MS}), the
 * files on disk only when the user saves them.
 */
public final class SinewLanguageConnection {

	/** Pause after the last keystroke before the server sees a document's new text. */
	public static final long DEBOUNCE_MS = 300;
	/** How long a request may take before the editor gives up on it. */
	public static final long TIMEOUT_S = 20;

	private final LanguageServerImpl server;
	private final InitializeResult capabilities;
	private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
	private final Map<String, List<Diagnostic>> pendingMarkers = new LinkedHashMap<>();
	private final List<Consumer<String>> diagnosticsListeners = new CopyOnWriteArrayList<>();
	private final Job markerJob;
	private final IResourceChangeListener fileWatcher = this::resourcesChanged;

	private SinewLanguageConnection() {
		server = SinewLanguageServer.create();
		server.connect(new Client());
		markerJob = new WorkspaceJob("Updating Sinew problem markers") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) {
				updateMarkers();
				return Status.OK_STATUS;
			}
		};
		markerJob.setSystem(true);
		markerJob.setRule(ResourcesPlugin.getWorkspace().getRoot());
		try {
			capabilities = server.initialize(initializeParams()).get(120, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new IllegalStateException("the Sinew language server did not start: " + e, e);
		}
		server.initialized(new InitializedParams());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
	}

	/** Starts the in-process language server over the workspace. */
	public static SinewLanguageConnection start() {
		return new SinewLanguageConnection();
	}

	private static InitializeParams initializeParams() {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		String root = uri(ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "workspace")));
		params.setRootUri(root);
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setCompletion(new CompletionCapabilities());
		text.setHover(new HoverCapabilities(List.of("plaintext", "markdown"), false));
		text.setFoldingRange(new FoldingRangeCapabilities());
		SemanticTokensCapabilities tokens = new SemanticTokensCapabilities(false);
		tokens.setRequests(new SemanticTokensClientCapabilitiesRequests(true));
		tokens.setTokenTypes(List.of("namespace", "type", "class", "keyword", "comment", "string", "number"));
		tokens.setTokenModifiers(List.of("declaration", "documentation"));
		tokens.setFormats(List.of("relative"));
		text.setSemanticTokens(tokens);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		org.eclipse.lsp4j.WorkspaceClientCapabilities workspace = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true); // Xtext reads the folders only from clients that say they support them
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		return params;
	}

	/** The URI the server uses for a file: {@code file:///path}. */
	public static String uri(Path path) {
		return "file://" + path.toAbsolutePath().normalize().toUri().getRawPath();
	}

	public static String uri(IFile file) {
		return uri(file.getLocation().toFile().toPath());
	}

	/** The workspace file of a server URI, or null when it is not in the workspace. */
	public static IFile file(String uri) {
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(uri));
			return files.length > 0 ? files[0] : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	public LanguageServer server() {
		return server;
	}

	public InitializeResult initializeResult() {
		return capabilities;
	}

	/** Waits for a request's answer; null when the server failed or took too long (the editor carries on). */
	public static <T> T await(CompletableFuture<T> request) {
		try {
			return request.get(TIMEOUT_S, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception e) {
			SinewUi.log("Sinew language server request failed", e);
			return null;
		}
	}

	/**
	 * Asks again when an answer comes back empty: Xtext's server cancels the requests it is running whenever a
	 * change arrives (a keystroke, a file saved or created), and a cancelled completion answers with an empty list.
	 * At most {@code attempts} requests, a short pause between them; the last answer is returned.
	 */
	public static <T> T awaitRetrying(java.util.function.Supplier<CompletableFuture<T>> request,
			java.util.function.Predicate<T> empty, int attempts) {
		T answer = await(request.get());
		for (int i = 1; i < attempts && (answer == null || empty.test(answer)); i++) {
			try {
				Thread.sleep(250);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return answer;
			}
			answer = await(request.get());
		}
		return answer;
	}

	/** Called with a file's URI whenever the server published its diagnostics (the server saw its latest text). */
	public void addDiagnosticsListener(Consumer<String> listener) {
		diagnosticsListeners.add(listener);
	}

	public void removeDiagnosticsListener(Consumer<String> listener) {
		diagnosticsListeners.remove(listener);
	}

	// ------------------------------------------------------------------------------------------------ documents

	/** A document open in an editor, and the debounced sending of its changes. */
	private final class OpenDocument implements IDocumentListener {
		final String uri;
		final IDocument document;
		int version = 1;
		int sent = 1;
		final Job debounce;

		OpenDocument(String uri, IDocument document) {
			this.uri = uri;
			this.document = document;
			this.debounce = Job.create("Sending " + uri + " to the Sinew language server", monitor -> {
				flush(uri);
				return Status.OK_STATUS;
			});
			debounce.setSystem(true);
		}

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			synchronized (this) {
				version++;
			}
			debounce.cancel();
			debounce.schedule(DEBOUNCE_MS);
		}
	}

	/** Opens a document: from now on the server reads the editor's text, not the file. */
	public void open(IFile file, IDocument document) {
		String uri = uri(file);
		OpenDocument doc = new OpenDocument(uri, document);
		if (open.putIfAbsent(uri, doc) != null) {
			return;
		}
		document.addDocumentListener(doc);
		server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "sinew", doc.version, document.get())));
	}

	/** Sends a document's pending changes now (before a request that must see them). */
	public void flush(String uri) {
		OpenDocument doc = open.get(uri);
		if (doc == null) {
			return;
		}
		String text;
		int version;
		synchronized (doc) {
			if (doc.sent == doc.version) {
				return;
			}
			version = doc.version;
			doc.sent = version;
			text = doc.document.get();
		}
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The user saved the file: the server is told (the text it has is the one on disk now). */
	public void saved(IFile file) {
		String uri = uri(file);
		flush(uri);
		server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	/** Closes a document: the server reads the file on disk again (unsaved edits are gone). */
	public void close(IFile file) {
		String uri = uri(file);
		OpenDocument doc = open.remove(uri);
		if (doc != null) {
			doc.debounce.cancel();
			doc.document.removeDocumentListener(doc);
			server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		}
	}

	public boolean isOpen(String uri) {
		return open.containsKey(uri);
	}

	/** .sinew files created, changed or deleted on disk (not by an open editor) are reported to the server. */
	private void resourcesChanged(IResourceChangeEvent event) {
		List<FileEvent> events = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile f && "sinew".equals(f.getFileExtension())
						&& f.getLocation() != null) {
					String uri = uri(f);
					switch (delta.getKind()) {
						case IResourceDelta.ADDED -> events.add(new FileEvent(uri, FileChangeType.Created));
						case IResourceDelta.REMOVED -> events.add(new FileEvent(uri, FileChangeType.Deleted));
						case IResourceDelta.CHANGED -> {
							if ((delta.getFlags() & IResourceDelta.CONTENT) != 0 && !open.containsKey(uri)) {
								events.add(new FileEvent(uri, FileChangeType.Changed));
							}
						}
						default -> {
						}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			SinewUi.log("Sinew: cannot read a workspace change", e);
		}
		if (!events.isEmpty()) {
			server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
		}
	}

	// ------------------------------------------------------------------------------------------------ markers

	private void diagnostics(PublishDiagnosticsParams params) {
		synchronized (pendingMarkers) {
			pendingMarkers.put(params.getUri(), params.getDiagnostics());
		}
		markerJob.schedule();
		for (Consumer<String> listener : diagnosticsListeners) {
			listener.accept(params.getUri());
		}
	}

	private void updateMarkers() {
		Map<String, List<Diagnostic>> batch;
		synchronized (pendingMarkers) {
			batch = new LinkedHashMap<>(pendingMarkers);
			pendingMarkers.clear();
		}
		for (Map.Entry<String, List<Diagnostic>> entry : batch.entrySet()) {
			IFile file = file(entry.getKey());
			if (file == null || !file.exists()) {
				continue;
			}
			try {
				file.deleteMarkers(SinewUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
				OpenDocument doc = open.get(entry.getKey());
				String text = doc != null ? doc.document.get() : read(file);
				for (Diagnostic diagnostic : entry.getValue()) {
					IMarker marker = file.createMarker(SinewUi.PROBLEM_MARKER);
					int start = Positions.offset(text, diagnostic.getRange().getStart());
					int end = Math.max(start, Positions.offset(text, diagnostic.getRange().getEnd()));
					marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER,
							IMarker.CHAR_START, IMarker.CHAR_END, "code" },
							new Object[] { message(diagnostic), severity(diagnostic.getSeverity()),
									diagnostic.getRange().getStart().getLine() + 1, start, end, code(diagnostic) });
				}
			} catch (CoreException e) {
				SinewUi.log("Sinew: cannot update the problem markers of " + file, e);
			}
		}
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? "" : String.valueOf(diagnostic.getCode().get());
	}

	private static String message(Diagnostic diagnostic) {
		String code = code(diagnostic);
		String text = diagnostic.getMessage() == null ? "" : diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
		return code.startsWith("SNW-") ? code + ": " + text : text;
	}

	private static int severity(DiagnosticSeverity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (severity) {
			case Error -> IMarker.SEVERITY_ERROR;
			case Warning -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}

	private static String read(IFile file) {
		try {
			return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}

	/** Waits until the server has published what it has and the markers show it (for tests and jobs). */
	public void joinMarkers() throws InterruptedException {
		markerJob.join();
	}

	public void shutdown() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
		try {
			server.shutdown().get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			// the workbench is going down; nothing to report to
		}
		server.exit();
	}

	/** What the server calls back: diagnostics become markers, messages go to the log. */
	private final class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			diagnostics(diagnostics);
		}

		@Override
		public void showMessage(MessageParams message) {
			logMessage(message);
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
			int severity = switch (message.getType()) {
				case Error -> IStatus.ERROR;
				case Warning -> IStatus.WARNING;
				default -> IStatus.INFO;
			};
			if (severity != IStatus.INFO) {
				org.eclipse.core.runtime.ILog.of(SinewLanguageConnection.class)
						.log(new Status(severity, SinewUi.ID, message.getMessage()));
			}
		}
	}
}
