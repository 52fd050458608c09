package sinew.checks;

/** The families of consistency checks, in the users' words. */
public enum Category {
	SUPPLY("Supply"), EXPORT_CONTROL("Export control"), STOCK_AND_READINESS("Stock and readiness"), SURGE("Surge"),
	EXPOSURE("Exposure"), MRO("MRO"), ACCESS("Access"), DATA_QUALITY("Data quality");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	/** The category as the catalogue names it. */
	public String label() {
		return label;
	}
}
