package sinew.ui.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * Runs a scenario's simulation as a background job (progress in the status bar and the Progress view) and shows
 * its results: per item of the theatre the day of exhaustion, unmet demand, stock destroyed, first arrival and
 * binding constraint (with several runs, percentiles).
 */
public class SimulationView extends ViewPart {

	private Combo project;
	private Combo scenario;
	private Spinner runs;
	private Button run;
	private Text results;
	private volatile SimulationJob last;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(8, false));
		new Label(parent, SWT.NONE).setText("Project:");
		project = new Combo(parent, SWT.READ_ONLY);
		project.addListener(SWT.Selection, e -> loadScenarios());
		new Label(parent, SWT.NONE).setText("Scenario:");
		scenario = new Combo(parent, SWT.READ_ONLY);
		scenario.setLayoutData(new GridData(200, SWT.DEFAULT));
		new Label(parent, SWT.NONE).setText("Runs:");
		runs = new Spinner(parent, SWT.BORDER);
		runs.setValues(1, 1, 10_000, 0, 1, 100);
		run = new Button(parent, SWT.PUSH);
		run.setText("Run");
		run.addListener(SWT.Selection, e -> start());
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText("Refresh");
		refresh.addListener(SWT.Selection, e -> loadProjects());
		results = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		results.setFont(JFaceResources.getTextFont());
		results.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
		results.setText("Choose a project and a scenario, then Run.");
		loadProjects();
	}

	private void loadProjects() {
		project.removeAll();
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (p.isOpen()) {
				project.add(p.getName());
			}
		}
		if (project.getItemCount() > 0) {
			project.select(0);
		}
		loadScenarios();
	}

	private void loadScenarios() {
		scenario.removeAll();
		Path folder = folder();
		if (folder != null) {
			SimulationJob.scenarios(folder).forEach(scenario::add);
		}
		if (scenario.getItemCount() > 0) {
			scenario.select(0);
		}
	}

	private Path folder() {
		if (project.getSelectionIndex() < 0) {
			return null;
		}
		IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project.getText());
		return p.getLocation() == null ? null : p.getLocation().toFile().toPath();
	}

	/** Chooses a project and a scenario (for tests and callers that know them). */
	public void select(String projectName, String scenarioName) {
		loadProjects();
		project.setText(projectName);
		project.select(List.of(project.getItems()).indexOf(projectName));
		loadScenarios();
		scenario.select(List.of(scenario.getItems()).indexOf(scenarioName));
	}

	/** Starts the simulation of the chosen scenario as a background job; null when nothing is chosen. */
	public SimulationJob start() {
		Path folder = folder();
		if (folder == null || scenario.getSelectionIndex() < 0) {
			results.setText("Choose a project with a scenario first.");
			return null;
		}
		SimulationJob job = new SimulationJob(folder, scenario.getText(), runs.getSelection(), 1);
		last = job;
		run.setEnabled(false);
		results.setText("Simulating " + scenario.getText() + "...");
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				results.getDisplay().asyncExec(() -> {
					if (results.isDisposed()) {
						return;
					}
					run.setEnabled(true);
					SimulationJob.Result result = job.result();
					results.setText(result == null ? "No result" : result.text());
				});
			}
		});
		job.schedule();
		return job;
	}

	public SimulationJob lastJob() {
		return last;
	}

	public String resultsText() {
		return results.getText();
	}

	@Override
	public void setFocus() {
		run.setFocus();
	}
}
