package sinew.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import sinew.ui.SinewUi;

/** New Sinew project: an empty project with a first model, or the Indo-Pacific flagship example. */
public class NewSinewProjectWizard extends Wizard implements INewWizard {

	/** Where the flagship's files are inside the sinew.ui bundle (copied there from examples/ by the build). */
	public static final String EXAMPLE = "examples/indo-pacific";

	private WizardNewProjectCreationPage main;
	private Button withExample;

	public NewSinewProjectWizard() {
		setWindowTitle("New Sinew Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
	}

	@Override
	public void addPages() {
		main = new WizardNewProjectCreationPage("sinewProject") {
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				Composite control = (Composite) getControl();
				Composite options = new Composite(control, SWT.NONE);
				options.setLayout(new GridLayout(1, false));
				withExample = new Button(options, SWT.CHECK);
				withExample.setText("Add the Indo-Pacific flagship example (8 models)");
				withExample.setSelection(true);
			}
		};
		main.setTitle("Sinew Project");
		main.setDescription("A project for Sinew models (.sinew files).");
		addPage(main);
	}

	@Override
	public boolean performFinish() {
		String name = main.getProjectName();
		boolean example = withExample == null || withExample.getSelection();
		java.net.URI location = main.useDefaults() ? null : main.getLocationURI();
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					create(name, location, example, monitor);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			main.setErrorMessage("Cannot create the project: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Creates and opens a Sinew project, with the flagship's models or with one empty model. */
	public static IProject create(String name, java.net.URI location, boolean example, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + name, 10);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(2));
		project.open(progress.split(2));
		if (example) {
			IFolder folder = project.getFolder("indo-pacific");
			folder.create(true, true, progress.split(1));
			for (URL entry : exampleFiles()) {
				String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
				try (InputStream in = entry.openStream()) {
					folder.getFile(file).create(in, true, progress.split(1));
				} catch (IOException e) {
					throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read " + entry, e));
				}
			}
		} else {
			IFile model = project.getFile("model.sinew");
			String text = "package " + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.]", "_") + "\n\n"
					+ "/** A first nation: replace it with your own models. */\nnation Example \"Example\"\n";
			model.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true,
					progress.split(2));
		}
		return project;
	}

	/** The flagship's model files in this bundle, sorted by name. */
	public static List<URL> exampleFiles() {
		Enumeration<URL> entries = Platform.getBundle(SinewUi.ID).findEntries(EXAMPLE, "*.sinew", false);
		List<URL> files = entries == null ? new ArrayList<>() : Collections.list(entries);
		files.sort(java.util.Comparator.comparing(URL::getPath));
		return files;
	}
}
