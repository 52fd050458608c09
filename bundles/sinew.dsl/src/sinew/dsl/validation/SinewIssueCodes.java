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

	private SinewIssueCodes() {
	}
}
