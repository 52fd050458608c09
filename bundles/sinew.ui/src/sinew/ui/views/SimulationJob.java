package sinew.ui.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import sinew.dsl.workspace.ModelInputException;
import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.siminput.SimInput;
import sinew.model.Scenario;
import sinew.sim.SimData;
import sinew.sim.Simulation;
import sinew.ui.SinewUi;

/**
 * Simulates a scenario of the models in a folder, in the background with progress: loads and validates the
 * models from disk (saved state; refuses models with errors, as {@code sinew simulate} does), generates the
 * scenario's simulation input and runs the simulation. The result is the same table the command line prints.
 */
public class SimulationJob extends Job {

	/** What a finished job produced: the results table, or a one-line reason why there is none. */
	public record Result(boolean ok, String text) {
	}

	private final Path folder;
	private final String scenario;
	private final int runs;
	private final long seed;
	private volatile Result result;

	public SimulationJob(Path folder, String scenario, int runs, long seed) {
		super("Simulating " + scenario);
		this.folder = folder;
		this.scenario = scenario;
		this.runs = runs;
		this.seed = seed;
		setUser(true);
		setPriority(LONG);
	}

	public Result result() {
		return result;
	}

	/** The scenarios of the models in a folder (qualified names), for choosing one; empty when none load. */
	public static List<String> scenarios(Path folder) {
		try {
			ModelWorkspace.Models models = ModelWorkspace.create().load(ModelWorkspace.collect(List.of(folder.toString())));
			return SimInput.scenarios(models.packages()).stream().map(SimInput::id).toList();
		} catch (ModelInputException | RuntimeException e) {
			return List.of();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + scenario, 10);
		try {
			progress.subTask("Loading the models of " + folder);
			List<String> paths = List.of(folder.toString());
			ModelWorkspace workspace = ModelWorkspace.create();
			ModelWorkspace.Models models = workspace.load(ModelWorkspace.collect(paths), ModelWorkspace.configFor(paths));
			progress.worked(2);
			check(progress);
			progress.subTask("Checking the models");
			List<ModelIssue> errors = workspace.validate(models).stream()
					.filter(i -> i.severity() == ModelIssue.Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				result = new Result(false, "The models have " + errors.size() + " errors; nothing simulated. First: "
						+ errors.get(0).toLine());
				return Status.OK_STATUS;
			}
			progress.worked(2);
			check(progress);
			List<Scenario> found = SimInput.find(models.packages(), scenario);
			if (found.size() != 1) {
				result = new Result(false, (found.isEmpty() ? "No scenario '" : "Ambiguous scenario '") + scenario + "'");
				return Status.OK_STATUS;
			}
			progress.subTask("Generating the simulation input");
			SimInput input = SimInput.of(models.packages(), found.get(0), SinewUi.version());
			SimData data = SimData.parse(input.json());
			progress.worked(1);
			check(progress);
			progress.subTask("Running " + runs + (runs == 1 ? " run" : " runs"));
			Simulation.Outcome outcome = Simulation.run(data, runs, seed, runs == 1);
			progress.worked(5);
			result = new Result(true, Simulation.table(outcome));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			result = new Result(false, "Cancelled");
			return Status.CANCEL_STATUS;
		} catch (ModelInputException | IllegalArgumentException e) {
			result = new Result(false, e.getMessage());
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}

	private static void check(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
