package sinew.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/** Starts the language server with the workbench, in the background: it builds and checks every model. */
public class SinewStartup implements IStartup {

	@Override
	public void earlyStartup() {
		Job job = new Job("Starting the Sinew language server") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SinewUi.get().connection();
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}
}
