package sinew.ui.views;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import sinew.diagram.Diagrams;
import sinew.diagram.Viewpoint;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.ui.editor.SinewEditor;

/**
 * The diagrams of a project's models (sinew.diagram: model -> graph -> ELK layout -> SVG), one viewpoint at a
 * time, rendered by SWT's SVG support (org.eclipse.swt.svg). The project is that of the Sinew editor last
 * activated; the diagram is drawn again, in the background, when a model of it is saved.
 */
public class DiagramView extends ViewPart {

	private Combo viewpoint;
	private Label title;
	private ScrolledComposite scroll;
	private Canvas canvas;
	private Image image;
	private IProject project;
	private volatile String svg;
	private volatile Job last;

	private final IResourceChangeListener saved = event -> {
		IProject p = project;
		if (p == null || event.getDelta() == null) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(p.getFullPath());
		if (delta == null) {
			return;
		}
		boolean[] models = { false };
		try {
			delta.accept(d -> {
				if ("sinew".equals(d.getResource().getFileExtension())) {
					models[0] = true;
				}
				return !models[0];
			});
		} catch (CoreException e) {
			return;
		}
		if (models[0] && canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(this::refresh);
		}
	};

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof SinewEditor editor && editor.file() != null
					&& !editor.file().getProject().equals(project)) {
				show(editor.file().getProject());
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText("Viewpoint:");
		viewpoint = new Combo(parent, SWT.READ_ONLY);
		for (Viewpoint v : Viewpoint.values()) {
			viewpoint.add(v.title());
		}
		viewpoint.select(0);
		viewpoint.addListener(SWT.Selection, e -> refresh());
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText("Refresh");
		refresh.addListener(SWT.Selection, e -> refresh());
		title = new Label(parent, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		title.setText("Open a Sinew model to see its diagrams.");
		scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> {
			Rectangle area = canvas.getClientArea();
			e.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			e.gc.fillRectangle(area);
			if (image != null && !image.isDisposed()) {
				// the whole diagram, fitted to the view (never enlarged)
				Rectangle size = image.getBounds();
				double scale = Math.min(1.0, Math.min(area.width / (double) size.width, area.height / (double) size.height));
				e.gc.setAntialias(SWT.ON);
				e.gc.setInterpolation(SWT.HIGH);
				e.gc.drawImage(image, 0, 0, size.width, size.height, 0, 0, (int) (size.width * scale),
						(int) (size.height * scale));
			}
		});
		scroll.setContent(canvas);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> canvas.redraw());
		getSite().getPage().addPartListener(editors);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saved, IResourceChangeEvent.POST_CHANGE);
		if (getSite().getPage().getActiveEditor() instanceof SinewEditor editor && editor.file() != null) {
			show(editor.file().getProject());
		}
	}

	/** Shows the diagrams of a project (the chosen viewpoint), drawn in the background. */
	public Job show(IProject shown) {
		project = shown;
		return refresh();
	}

	/** Chooses a viewpoint and draws it. */
	public Job show(IProject shown, Viewpoint chosen) {
		viewpoint.select(chosen.ordinal());
		return show(shown);
	}

	/** Draws the chosen viewpoint of the current project again, from the saved models; the job, or null. */
	public Job refresh() {
		IProject p = project;
		if (p == null || p.getLocation() == null || viewpoint.isDisposed()) {
			return null;
		}
		Viewpoint chosen = Viewpoint.values()[Math.max(0, viewpoint.getSelectionIndex())];
		Path folder = p.getLocation().toFile().toPath();
		String heading = chosen.title() + " of " + p.getName();
		Job job = Job.create("Drawing the " + chosen.title().toLowerCase(java.util.Locale.ROOT) + " of " + p.getName(), monitor -> {
			String drawn;
			try {
				ModelWorkspace workspace = ModelWorkspace.create();
				List<String> paths = List.of(folder.toString());
				ModelWorkspace.Models models = workspace.load(ModelWorkspace.collect(paths), ModelWorkspace.configFor(paths));
				List<ModelIssue> issues = workspace.validate(models);
				drawn = Diagrams.render(models, issues, chosen, List.of());
			} catch (Exception e) {
				String reason = e.getMessage() == null ? e.toString() : e.getMessage();
				canvas.getDisplay().asyncExec(() -> {
					if (!title.isDisposed()) {
						title.setText(heading + ": no diagram (" + reason + ")");
					}
				});
				return Status.OK_STATUS;
			}
			String document = drawn;
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					show(heading, document);
				}
			});
			return Status.OK_STATUS;
		});
		last = job;
		job.schedule();
		return job;
	}

	/** Shows an SVG document under a title; false when SWT cannot render it (the title then says why). */
	public boolean show(String heading, String document) {
		Image next;
		try {
			next = new Image(canvas.getDisplay(), new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
		} catch (RuntimeException e) {
			title.setText(heading + ": cannot render the diagram (" + e.getMessage() + ")");
			return false;
		}
		if (image != null) {
			image.dispose();
		}
		image = next;
		svg = document;
		title.setText(heading);
		canvas.redraw();
		return true;
	}

	/** The SVG document shown (null when none). */
	public String svg() {
		return svg;
	}

	/** The last drawing job (null when none ran). */
	public Job lastJob() {
		return last;
	}

	/** The heading, or why nothing is shown. */
	public String status() {
		return title.getText();
	}

	/** The size of the diagram shown (0 x 0 when none). */
	public Rectangle diagramBounds() {
		return image == null ? new Rectangle(0, 0, 0, 0) : image.getBounds();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(saved);
		getSite().getPage().removePartListener(editors);
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		scroll.setFocus();
	}

	static IStatus ok() {
		return Status.OK_STATUS;
	}
}
