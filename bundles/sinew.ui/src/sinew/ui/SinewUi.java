package sinew.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import sinew.ui.lsp.SinewLanguageConnection;

/** The Sinew workbench plug-in: owns the in-process connection to the Sinew language server. */
public class SinewUi extends AbstractUIPlugin {

	public static final String ID = "sinew.ui";
	public static final String EDITOR_ID = "sinew.ui.editor";
	public static final String PERSPECTIVE_ID = "sinew.ui.perspective";
	public static final String PROBLEM_MARKER = "sinew.ui.problem";

	private static SinewUi instance;
	private SinewLanguageConnection connection;

	public static SinewUi get() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		SinewLanguageConnection c;
		synchronized (this) {
			c = connection;
			connection = null;
		}
		if (c != null) {
			c.shutdown();
		}
		instance = null;
		super.stop(context);
	}

	/** The connection to the language server, started on first use. */
	public synchronized SinewLanguageConnection connection() {
		if (connection == null) {
			connection = SinewLanguageConnection.start();
		}
		return connection;
	}

	/** The version of the workbench (the bundle's, without qualifier): "0.1.0". */
	public static String version() {
		org.osgi.framework.Version v = org.eclipse.core.runtime.Platform.getBundle(ID).getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
	}

	public static void log(String message, Throwable error) {
		ILog.of(SinewUi.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
