package sinew.checks.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import sinew.model.Allocation;
import sinew.model.ControlCategory;
import sinew.model.Excursion;
import sinew.model.ExcursionKind;
import sinew.model.ExportRegime;
import sinew.model.Item;
import sinew.model.Licence;
import sinew.model.LicenceScope;
import sinew.model.LicenceStatus;
import sinew.model.LineInput;
import sinew.model.Nation;
import sinew.model.PackagedElement;
import sinew.model.ProductionLine;
import sinew.model.Scenario;
import sinew.model.Technology;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;

/**
 * The derived figures of export control: the flows of controlled items between nations (allocations to customers
 * and to other lines, inputs drawn from supplier lines), who exports and who imports each one, the control
 * categories an item carries, and which licences or exemptions are in force for a flow on a date, in a scenario
 * or without one.
 * <p>
 * A nation is where a line's site is ({@code host}), else where its firm is headquartered. A licence is in force
 * on a date when it is granted (or pending and granted by the scenario from a date on or before it), effective
 * on or before the date (or undated), not expired on it, and not disabled by the scenario.
 */
public final class ExportAnalysis {

	private final ModelIndex model;

	public ExportAnalysis(ModelIndex model) {
		this.model = model;
	}

	public ModelIndex model() {
		return model;
	}

	// ------------------------------------------------------------------ nations of lines and items

	/** The nation a line produces in: the host of its site, else its firm's nation. */
	public static Optional<Nation> nationOf(ProductionLine line) {
		if (line == null) {
			return Optional.empty();
		}
		if (ModelIndex.resolved(line.getSite()) && ModelIndex.resolved(line.getSite().getHost())) {
			return Optional.of(line.getSite().getHost());
		}
		if (ModelIndex.resolved(line.getFirm()) && ModelIndex.resolved(line.getFirm().getNation())) {
			return Optional.of(line.getFirm().getNation());
		}
		return Optional.empty();
	}

	/**
	 * The nation an item originates in: its declared origin, else the origin of the first of its technologies
	 * that declares one.
	 */
	public static Optional<Nation> originOf(Item item) {
		if (!ModelIndex.resolved(item)) {
			return Optional.empty();
		}
		if (ModelIndex.resolved(item.getOrigin())) {
			return Optional.of(item.getOrigin());
		}
		for (Technology technology : item.getTechnologies()) {
			if (ModelIndex.resolved(technology) && ModelIndex.resolved(technology.getOrigin())) {
				return Optional.of(technology.getOrigin());
			}
		}
		return Optional.empty();
	}

	/** The control categories an item carries, its own first, then those of its technologies, without repeats. */
	public static List<ControlCategory> controlsOf(Item item) {
		Set<ControlCategory> controls = new LinkedHashSet<>();
		if (ModelIndex.resolved(item)) {
			item.getControls().stream().filter(ModelIndex::resolved).forEach(controls::add);
			for (Technology technology : item.getTechnologies()) {
				if (ModelIndex.resolved(technology)) {
					technology.getControls().stream().filter(ModelIndex::resolved).forEach(controls::add);
				}
			}
		}
		return List.copyOf(controls);
	}

	/** The regime a control category belongs to, if it is declared inside one. */
	public static Optional<ExportRegime> regimeOf(ControlCategory category) {
		EObject container = category == null ? null : category.eContainer();
		return container instanceof ExportRegime regime ? Optional.of(regime) : Optional.empty();
	}

	/** A control category as planners cite it, its regime then its title up to any " - ": "ITAR USML Category IV", "MTCR Category I". */
	public static String citation(ControlCategory category) {
		String name = category.getTitle() != null && !category.getTitle().isBlank() ? category.getTitle() : category.getName();
		int dash = name.indexOf(" - ");
		if (dash > 0) {
			name = name.substring(0, dash); // "USML Category IV - Launch vehicles, ..." cites as "USML Category IV"
		}
		Optional<ExportRegime> regime = regimeOf(category);
		if (regime.isEmpty() || name.startsWith(regime.get().getName())) {
			return name;
		}
		return regime.get().getName() + " " + name;
	}

	// ------------------------------------------------------------------ flows

	/**
	 * One movement of an item from a producing line to a nation: an allocation to a customer nation or to another
	 * line, or an input a line draws from a supplier line. {@code declaredAt} is the allocation or the input.
	 */
	public record Flow(ProductionLine from, ProductionLine toLine, Nation customer, Item item, Nation exporter,
			Nation importer, EObject declaredAt) {

		/** Whether the flow crosses a border. */
		public boolean international() {
			return exporter != importer;
		}
	}

	/**
	 * Every flow of the models whose two ends have a nation: allocations (to a customer nation or to a line), then
	 * inputs from supplier lines that the supplier does not already allocate to the receiving line (the same flow
	 * declared from the other end counts once, at the allocation).
	 */
	public List<Flow> flows() {
		List<Flow> flows = new ArrayList<>();
		for (ProductionLine line : model.lines()) {
			Optional<Nation> exporter = nationOf(line);
			if (exporter.isEmpty() || !ModelIndex.resolved(line.getItem())) {
				continue;
			}
			for (Allocation allocation : line.getAllocations()) {
				if (ModelIndex.resolved(allocation.getCustomer())) {
					flows.add(new Flow(line, null, allocation.getCustomer(), line.getItem(), exporter.get(),
							allocation.getCustomer(), allocation));
				} else if (ModelIndex.resolved(allocation.getLine())) {
					nationOf(allocation.getLine()).ifPresent(importer -> flows.add(new Flow(line, allocation.getLine(), null,
							line.getItem(), exporter.get(), importer, allocation)));
				}
			}
		}
		for (ProductionLine line : model.lines()) {
			Optional<Nation> importer = nationOf(line);
			if (importer.isEmpty()) {
				continue;
			}
			for (LineInput input : line.getInputs()) {
				ProductionLine supplier = input.getSupplier();
				if (!ModelIndex.resolved(supplier) || !ModelIndex.resolved(input.getItem())
						|| supplier.getAllocations().stream().anyMatch(a -> a.getLine() == line)) {
					continue;
				}
				nationOf(supplier).ifPresent(exporter -> flows.add(new Flow(supplier, line, null, input.getItem(), exporter,
						importer.get(), input)));
			}
		}
		return flows;
	}

	// ------------------------------------------------------------------ scenarios

	/** The earliest date from which a scenario (or a scenario it extends) applies an excursion of a kind to an element. */
	public static Optional<LocalDate> excursionFrom(Scenario scenario, ExcursionKind kind, PackagedElement target) {
		LocalDate earliest = null;
		if (scenario != null) {
			for (Scenario s : ScenarioWindow.lineage(scenario)) {
				for (Excursion excursion : s.getExcursions()) {
					if (excursion.getKind() == kind && excursion.getTarget() == target) {
						Optional<LocalDate> from = Dates.tryParse(excursion.getFrom());
						if (from.isPresent() && (earliest == null || from.get().isBefore(earliest))) {
							earliest = from.get();
						}
					}
				}
			}
		}
		return Optional.ofNullable(earliest);
	}

	/**
	 * The first day a line produces in a scenario: a planned line from the date the scenario enables it, an
	 * existing one from its start (or the scenario's start); empty when it does not produce within the scenario
	 * (planned and not enabled, disabled before, or starting after its end).
	 */
	public static Optional<LocalDate> producingFrom(ProductionLine line, Scenario scenario, ScenarioWindow window) {
		LocalDate from = window.start();
		if (line.isPlanned()) {
			Optional<LocalDate> enabled = excursionFrom(scenario, ExcursionKind.ENABLE, line);
			if (enabled.isEmpty()) {
				return Optional.empty();
			}
			from = later(from, enabled.get());
		} else {
			Optional<LocalDate> start = Dates.tryParse(line.getStart());
			if (start.isPresent()) {
				from = later(from, start.get());
			}
		}
		Optional<LocalDate> end = Dates.tryParse(line.getEnd());
		Optional<LocalDate> disabled = excursionFrom(scenario, ExcursionKind.DISABLE, line);
		if (from.isAfter(window.end()) || end.isPresent() && !end.get().isAfter(from)
				|| disabled.isPresent() && !disabled.get().isAfter(from)) {
			return Optional.empty();
		}
		return Optional.of(from);
	}

	static LocalDate later(LocalDate a, LocalDate b) {
		return a == null ? b : b == null || !b.isAfter(a) ? a : b;
	}

	// ------------------------------------------------------------------ licences

	/**
	 * Whether a licence covers an item: the item is among its items, or one of the item's technologies among its
	 * technologies. A licence naming neither items nor technologies is a blanket authorisation (an exemption such
	 * as ITAR 126.7): it covers the items controlled under its regime (any item when it names no regime), except
	 * those under a category with a strong presumption of denial (MTCR Category I), which always need a licence
	 * of their own.
	 */
	public static boolean covers(Licence licence, Item item) {
		if (!ModelIndex.resolved(item)) {
			return false;
		}
		if (licence.getItems().contains(item)) {
			return true;
		}
		for (Technology technology : item.getTechnologies()) {
			if (ModelIndex.resolved(technology) && licence.getTechnologies().contains(technology)) {
				return true;
			}
		}
		if (!licence.getItems().isEmpty() || !licence.getTechnologies().isEmpty()) {
			return false;
		}
		List<ControlCategory> controls = controlsOf(item);
		if (controls.stream().anyMatch(ControlCategory::isPresumptionOfDenial)) {
			return false;
		}
		ExportRegime regime = licence.getRegime();
		return !ModelIndex.resolved(regime) || controls.stream().anyMatch(c -> regimeOf(c).orElse(null) == regime);
	}

	/** Whether a licence can authorise the physical movement of items: technical data and maintenance licences cannot. */
	public static boolean authorisesHardware(Licence licence) {
		return licence.getScope() != LicenceScope.TECHNICAL_DATA && licence.getScope() != LicenceScope.MAINTENANCE;
	}

	/** Whether a licence names the two nations of a flow: exporter as {@code from}, importer among {@code to}. */
	public static boolean between(Licence licence, Nation exporter, Nation importer) {
		return licence.getExporter() == exporter && licence.getRecipients().contains(importer);
	}

	/** Why a licence is or is not in force on a date: {@code inForce}, else a reason in the users' words. */
	public record Standing(boolean inForce, String reason) {
	}

	/**
	 * Whether a licence is in force on a date within a scenario. Without a scenario the date considered is the
	 * latest of the given one (a line's start, or none) and the licence's effective date, so that a granted
	 * licence is in force unless it expired by then: today's date is never used.
	 */
	public static Standing standing(Licence licence, LocalDate date, Scenario scenario) {
		Optional<LocalDate> granted = excursionFrom(scenario, ExcursionKind.GRANT, licence);
		Optional<LocalDate> effective = Dates.tryParse(licence.getEffective());
		Optional<LocalDate> expires = Dates.tryParse(licence.getExpires());
		Optional<LocalDate> disabled = excursionFrom(scenario, ExcursionKind.DISABLE, licence);
		String name = licence.getName();
		if (licence.getStatus() == LicenceStatus.DENIED) {
			return new Standing(false, name + " is denied");
		}
		LocalDate from = effective.orElse(null);
		if (licence.getStatus() == LicenceStatus.PENDING) {
			if (granted.isEmpty()) {
				return new Standing(false, name + " is pending" + (scenario == null ? "" : " and not granted in " + scenario.getName()));
			}
			from = later(from, granted.get());
		}
		if (scenario == null) {
			// without a scenario the date considered is the latest of the flow's own date and the licence's
			date = later(date, from);
		}
		if (date != null && from != null && from.isAfter(date)) {
			return new Standing(false, name + " is in force only from " + format(from));
		}
		if (date != null && expires.isPresent() && !expires.get().isAfter(date)) {
			return new Standing(false, name + " expired on " + format(expires.get()));
		}
		if (date != null && disabled.isPresent() && !disabled.get().isAfter(date)) {
			return new Standing(false, name + " is disabled from " + format(disabled.get()) + " in " + scenario.getName());
		}
		return new Standing(true, name + " is in force");
	}

	/** What the licences of the models say about a flow of an item between two nations on a date. */
	public record Authorisation(List<Licence> inForce, List<String> nearMisses) {

		public boolean authorised() {
			return !inForce.isEmpty();
		}
	}

	/**
	 * The licences and exemptions that authorise moving an item from one nation to another on a date within a
	 * scenario (without a scenario, see {@link #standing}); and, when none does, why those that name the same
	 * nations and cover the item fall short.
	 */
	public Authorisation authorisation(Item item, Nation exporter, Nation importer, LocalDate date, Scenario scenario) {
		List<Licence> inForce = new ArrayList<>();
		List<String> nearMisses = new ArrayList<>();
		for (Licence licence : model.licences()) {
			if (!between(licence, exporter, importer) || !covers(licence, item)) {
				continue;
			}
			if (!authorisesHardware(licence)) {
				nearMisses.add(licence.getName() + " covers " + licence.getScope().getLiteral().replace('_', '-') + " only");
				continue;
			}
			Standing standing = standing(licence, date, scenario);
			if (standing.inForce()) {
				inForce.add(licence);
			} else {
				nearMisses.add(standing.reason());
			}
		}
		return new Authorisation(inForce, nearMisses);
	}

	/** A date as planners write it: 2027-01 for the first of a month, else 2027-01-15. */
	public static String format(LocalDate date) {
		return date.getDayOfMonth() == 1 ? date.toString().substring(0, 7) : date.toString();
	}
}
