package sinew.dsl.validation;

/**
 * Stable codes of the language's well-formedness issues. A code never changes meaning once released; tools and
 * severity configuration refer to it.
 */
public final class SinewIssueCodes {

	/** Two elements share a qualified name, in one file or across files. */
	public static final String DUPLICATE_NAME = "SNW-WF-001";
	/** A quantity of the wrong kind: a rate where a duration is due, and so on. */
	public static final String UNIT_MISMATCH = "SNW-WF-002";
	/** A value outside its range: latitude beyond 90 degrees, negative stock, a share above 100 %. */
	public static final String OUT_OF_RANGE = "SNW-WF-003";
	/** A dated change outside the window of its scenario, or phases longer than the scenario. */
	public static final String DATE_OUTSIDE_SCENARIO = "SNW-WF-004";
	/** A bill of materials that needs, directly or not, the item it makes. */
	public static final String BOM_CYCLE = "SNW-WF-005";
	/** An end date before its start date. */
	public static final String DATE_ORDER = "SNW-WF-006";
	/** An excursion that sets a property its target does not have. */
	public static final String UNKNOWN_PROPERTY = "SNW-WF-007";
	/** A scenario that extends itself, directly or not. */
	public static final String SCENARIO_CYCLE = "SNW-WF-008";

	/** A declaration without a property it cannot do without: a line that makes nothing, a site with no place. */
	public static final String MISSING_PROPERTY = "SNW-WF-009";
	/** A property that takes one value given more than once in a declaration. */
	public static final String REPEATED_PROPERTY = "SNW-WF-010";

	/** A code's short name and what it means, for reports and the catalogue. */
	public record Info(String code, String name, String description) {
	}

	/** Every well-formedness code with its name and meaning, and the codes given to Xtext's own diagnostics. */
	public static final java.util.List<Info> ALL = java.util.List.of(
			new Info(DUPLICATE_NAME, "Duplicate name",
					"Two elements share a qualified name, in one file or across the files loaded together."),
			new Info(UNIT_MISMATCH, "Unit mismatch",
					"A quantity of the wrong kind for its place: a rate where a duration is due, a duration where a distance is due."),
			new Info(OUT_OF_RANGE, "Out of range",
					"A value outside its range: latitude beyond 90 degrees, longitude beyond 180, negative stock, count or slots, a negative quantity, a share above 100 %."),
			new Info(DATE_OUTSIDE_SCENARIO, "Date outside the scenario",
					"A scenario excursion dated outside the scenario's window, or phases lasting longer than the scenario."),
			new Info(BOM_CYCLE, "Cycle in bills of materials", "An item whose bill of materials needs, directly or not, the item itself."),
			new Info(DATE_ORDER, "End before start", "An end or expiry date before the start or effective date."),
			new Info(UNKNOWN_PROPERTY, "Unknown property", "A scenario excursion setting a property its target does not have."),
			new Info(SCENARIO_CYCLE, "Scenario extends itself", "A scenario that extends itself, directly or through others."),
			new Info(MISSING_PROPERTY, "Missing property",
					"A declaration without a property it cannot do without: a line that makes nothing, a site without a position."),
			new Info(REPEATED_PROPERTY, "Repeated property", "A property that takes one value given more than once."),
			new Info("syntax-error", "Syntax error", "Text that does not follow the Sinew grammar (Xtext's parser message)."),
			new Info("unresolved-reference", "Unresolved reference",
					"A name that refers to no element visible from here (Xtext's linker message)."),
			new Info("SNW-CFG-001", "Check configuration problem",
					"A line of sinew-checks.conf naming an unknown rule or a bad severity."));

	private SinewIssueCodes() {
	}
}
