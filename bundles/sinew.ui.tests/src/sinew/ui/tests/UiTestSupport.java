package sinew.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import sinew.ui.SinewUi;
import sinew.ui.editor.SinewEditor;
import sinew.ui.wizards.NewSinewProjectWizard;

/** What the workbench tests share: the flagship project, opening editors, waiting for the UI and the server. */
final class UiTestSupport {

	static final String FLAGSHIP = "flagship";
	/** Longest wait for the language server or a job (a wait, not a speed assertion: it returns as soon as it can). */
	static final long PATIENCE_MS = 120_000;

	private UiTestSupport() {
	}

	/** The project made by the New Sinew Project wizard's code with the flagship example (created once). */
	static synchronized IProject flagship() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(FLAGSHIP);
		if (!project.exists()) {
			NewSinewProjectWizard.create(FLAGSHIP, null, true, null);
		}
		return project;
	}

	static IFile flagshipFile(String name) throws CoreException {
		return flagship().getFolder("indo-pacific").getFile(name);
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static SinewEditor open(IFile file) throws CoreException {
		SinewEditor editor = (SinewEditor) IDE.openEditor(page(), file, SinewUi.EDITOR_ID, true);
		processEvents();
		return editor;
	}

	/** Runs the UI event loop until a condition holds; fails naming what was awaited if it never does. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("never happened: " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for: " + what);
				}
			}
		}
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** The Sinew problem markers of a resource and everything in it. */
	static List<IMarker> markers(IResource resource) {
		try {
			return List.of(resource.findMarkers(SinewUi.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE));
		} catch (CoreException e) {
			return List.of();
		}
	}

	static List<String> messages(IResource resource, int severity) {
		List<String> messages = new ArrayList<>();
		for (IMarker marker : markers(resource)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == severity) {
				messages.add(marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return messages;
	}

	/** The offset of the first occurrence of a text in a document (fails when it is not there). */
	static int offsetOf(IDocument document, String text) {
		int offset = document.get().indexOf(text);
		if (offset < 0) {
			fail("'" + text + "' not in the document");
		}
		return offset;
	}
}
