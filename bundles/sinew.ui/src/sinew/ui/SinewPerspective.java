package sinew.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Sinew perspective: the project explorer on the left, the editor in the middle, the outline and the
 * diagram on the right, problems, simulation results and references below.
 */
public class SinewPerspective implements IPerspectiveFactory {

	public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	public static final String DIAGRAM_VIEW = "sinew.ui.diagramView";
	public static final String SIMULATION_VIEW = "sinew.ui.simulationView";
	public static final String REFERENCES_VIEW = "sinew.ui.referencesView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editor = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("sinew.left", IPageLayout.LEFT, 0.2f, editor);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("sinew.bottom", IPageLayout.BOTTOM, 0.7f, editor);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(SIMULATION_VIEW);
		bottom.addView(REFERENCES_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		IFolderLayout right = layout.createFolder("sinew.right", IPageLayout.RIGHT, 0.68f, editor);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout diagram = layout.createFolder("sinew.rightBottom", IPageLayout.BOTTOM, 0.45f, "sinew.right");
		diagram.addView(DIAGRAM_VIEW);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(DIAGRAM_VIEW);
		layout.addShowViewShortcut(SIMULATION_VIEW);
		layout.addShowViewShortcut(REFERENCES_VIEW);
		layout.addNewWizardShortcut("sinew.ui.newProject");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
