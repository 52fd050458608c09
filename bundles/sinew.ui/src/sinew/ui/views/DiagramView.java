package sinew.ui.views;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows a diagram given as SVG, rendered by SWT's SVG support (org.eclipse.swt.svg); the diagrams themselves come
 * from the diagram bundle (ELK layout to SVG) when it is installed. Without one it says so.
 */
public class DiagramView extends ViewPart {

	private Label title;
	private ScrolledComposite scroll;
	private Canvas canvas;
	private Image image;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		title.setText("No diagram: the diagram bundle (sinew.diagram) is not part of this workbench yet.");
		scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> {
			if (image != null && !image.isDisposed()) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		scroll.setContent(canvas);
	}

	/** Shows an SVG document under a title; false when SWT cannot render it (the title then says why). */
	public boolean show(String heading, String svg) {
		Image next;
		try {
			next = new Image(canvas.getDisplay(), new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		} catch (RuntimeException e) {
			title.setText(heading + ": cannot render the diagram (" + e.getMessage() + ")");
			return false;
		}
		if (image != null) {
			image.dispose();
		}
		image = next;
		Rectangle bounds = image.getBounds();
		canvas.setSize(bounds.width, bounds.height);
		title.setText(heading);
		canvas.redraw();
		return true;
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
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		scroll.setFocus();
	}
}
