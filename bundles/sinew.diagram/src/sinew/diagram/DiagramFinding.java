package sinew.diagram;

/**
 * A finding drawn on a diagram: the element it concerns (by {@link Diagrams#elementId element id}), its severity
 * word ({@code error}, {@code warning}, {@code info}), its code ({@code SNW-SUP-001}) and message.
 */
public record DiagramFinding(String elementId, String severity, String code, String message) {

	/** Whether it is an error (drawn red) rather than a warning or information. */
	public boolean error() {
		return "error".equals(severity);
	}
}
