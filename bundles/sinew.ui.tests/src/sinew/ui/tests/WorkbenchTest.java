package sinew.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sinew.ui.tests.UiTestSupport.flagship;
import static sinew.ui.tests.UiTestSupport.flagshipFile;
import static sinew.ui.tests.UiTestSupport.page;
import static sinew.ui.tests.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import sinew.diagram.Viewpoint;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.ui.SinewPerspective;
import sinew.ui.SinewUi;
import sinew.ui.editor.SinewEditor;
import sinew.ui.views.DiagramView;
import sinew.ui.views.SimulationJob;
import sinew.ui.views.SimulationView;
import sinew.ui.wizards.NewSinewProjectWizard;

/** The product around the editor: perspective, About, the wizard, markers of every file, views, simulation, screenshot. */
class WorkbenchTest {

	@Test
	void theProductOpensTheSinewPerspectiveWithItsViews() throws Exception {
		assertEquals(SinewUi.PERSPECTIVE_ID,
				PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(SinewUi.PERSPECTIVE_ID));
		page().resetPerspective();
		UiTestSupport.processEvents();
		for (String view : List.of(SinewPerspective.PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW,
				SinewPerspective.DIAGRAM_VIEW, SinewPerspective.SIMULATION_VIEW)) {
			assertNotNull(page().findViewReference(view), view + " in the Sinew perspective");
		}
	}

	@Test
	void aboutNamesSinewAndItsVersion() {
		assertNotNull(Platform.getProduct(), "running as the Sinew product");
		assertEquals("Sinew", Platform.getProduct().getName());
		String about = Platform.getProduct().getProperty("aboutText");
		assertTrue(about.contains("version " + SinewUi.version()), about);
	}

	@Test
	void theWizardCopiesTheFlagshipAndEveryFileGetsTheMarkersTheCommandLineReports() throws Exception {
		IProject project = flagship();
		List<IFile> models = List.of(project.getFolder("indo-pacific").members()).stream()
				.filter(r -> r instanceof IFile f && "sinew".equals(f.getFileExtension())).map(r -> (IFile) r).toList();
		assertEquals(NewSinewProjectWizard.exampleFiles().size(), models.size());
		assertEquals(8, models.size());

		// the headless validation of the same folder (as ./sinew validate does it)
		Path folder = project.getFolder("indo-pacific").getLocation().toFile().toPath();
		ModelWorkspace workspace = ModelWorkspace.create();
		List<ModelIssue> issues = workspace.validate(workspace.load(ModelWorkspace.collect(List.of(folder.toString()))));
		long warnings = issues.stream().filter(i -> i.severity() == ModelIssue.Severity.WARNING).count();
		assertTrue(warnings > 0, "the flagship has warnings");
		waitUntil("as many warning markers as the command line reports (" + warnings + ")",
				() -> UiTestSupport.messages(project, IMarker.SEVERITY_WARNING).size() == warnings);
		for (IFile model : models) {
			long expected = issues.stream().filter(i -> i.file().getFileName().toString().equals(model.getName())).count();
			assertEquals(expected, UiTestSupport.markers(model).size(), "markers of " + model.getName());
		}
		assertTrue(UiTestSupport.messages(project, IMarker.SEVERITY_WARNING).stream().anyMatch(m -> m.startsWith("SNW-")),
				"consistency-check findings carry their rule ID");
		assertEquals(0, project.findMarkers(SinewUi.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE).length - warnings
				- issues.stream().filter(i -> i.severity() != ModelIssue.Severity.WARNING).count());
	}

	@Test
	void theDiagramViewDrawsTheFlagshipsIndustrialNetwork() throws Exception {
		IProject project = flagship();
		DiagramView view = (DiagramView) page().showView(SinewPerspective.DIAGRAM_VIEW);
		Job job = view.show(project, Viewpoint.INDUSTRIAL);
		assertNotNull(job);
		job.join();
		waitUntil("the industrial network drawn: " + view.status(), () -> view.svg() != null);
		assertEquals("Industrial network of " + UiTestSupport.FLAGSHIP, view.status());
		assertTrue(view.svg().contains("data-element=\"indopacific.industry.MHI_Komaki_PAC3\""), "a shape per line");
		Rectangle bounds = view.diagramBounds();
		assertTrue(bounds.width > 200 && bounds.height > 100, "drawn by SWT's SVG support: " + bounds);

		// a plain SVG document is shown as drawn
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='120'>"
				+ "<rect x='10' y='10' width='100' height='50' fill='#1f4e79'/>"
				+ "<circle cx='180' cy='60' r='40' fill='#f2c14e'/></svg>";
		assertTrue(view.show("Test shapes", svg), view.status());
		assertEquals(240, view.diagramBounds().width);
		assertEquals(120, view.diagramBounds().height);
	}

	@Test
	void aSimulationRunsAsABackgroundJobAndShowsItsResults() throws Exception {
		flagship();
		SimulationView view = (SimulationView) page().showView(SinewPerspective.SIMULATION_VIEW);
		view.select(UiTestSupport.FLAGSHIP, "indopacific.scenarios.TaiwanStrait2027");
		SimulationJob job = view.start();
		assertNotNull(job, "a scenario was chosen");
		assertEquals(Job.LONG, job.getPriority());
		assertTrue(job.isUser(), "shown with progress to the user");
		waitUntil("the simulation job finished", () -> job.getState() == Job.NONE && job.result() != null);
		assertTrue(job.result().ok(), job.result().text());
		waitUntil("the results in the view", () -> view.resultsText().contains("PAC3_MSE"));
	}

	@Test
	void screenshotOfTheWorkbenchWithTheFlagshipOpen() throws Exception {
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(SinewUi.PERSPECTIVE_ID));
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		shell.setMaximized(true);
		SinewEditor editor = UiTestSupport.open(flagshipFile("industry.sinew"));
		int line = editor.document().get().indexOf("line MHI_Komaki_PAC3");
		editor.selectAndReveal(line, "line MHI_Komaki_PAC3".length());
		waitUntil("the outline", () -> !editor.symbols().isEmpty());
		IProject project = flagship();
		waitUntil("the problem markers", () -> !UiTestSupport.markers(project).isEmpty());
		UiTestSupport.processEvents();
		Thread.sleep(500); // let the last paints land before the picture
		UiTestSupport.processEvents();

		Display display = shell.getDisplay();
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		Path dir = Path.of(System.getProperty("sinew.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path png = dir.resolve("workbench-flagship.png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(png.toString(), SWT.IMAGE_PNG);
		assertTrue(Files.size(png) > 10_000, "a real picture, not a blank one: " + Files.size(png) + " bytes");
		int distinct = (int) java.util.stream.IntStream.range(0, 200)
				.map(i -> data.getPixel((i * 7919) % data.width, (i * 104729) % data.height)).distinct().count();
		assertTrue(distinct > 3, "the picture shows something: " + distinct + " colours sampled");
	}
}
