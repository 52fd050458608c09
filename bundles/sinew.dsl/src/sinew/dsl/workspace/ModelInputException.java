package sinew.dsl.workspace;

/** Input that cannot be read as Sinew models: a missing file, a folder without models, a binary file. */
public class ModelInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public ModelInputException(String message) {
		super(message);
	}
}
