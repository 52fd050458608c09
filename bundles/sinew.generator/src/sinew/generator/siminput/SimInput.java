package sinew.generator.siminput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import sinew.checks.analysis.ExportAnalysis;
import sinew.checks.analysis.Geo;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.model.Allocation;
import sinew.model.BomEntry;
import sinew.model.CapacityChange;
import sinew.model.Component;
import sinew.model.Consumption;
import sinew.model.ControlCategory;
import sinew.model.EndUseTerms;
import sinew.model.Excursion;
import sinew.model.ExportRegime;
import sinew.model.Item;
import sinew.model.LineInput;
import sinew.model.Licence;
import sinew.model.ModelPackage;
import sinew.model.MroFacility;
import sinew.model.Munition;
import sinew.model.NamedElement;
import sinew.model.Nation;
import sinew.model.Phase;
import sinew.model.Platform;
import sinew.model.ProductionLine;
import sinew.model.Quantity;
import sinew.model.Route;
import sinew.model.Scenario;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.Technology;
import sinew.model.Theatre;
import sinew.model.ThreatEnvelope;
import sinew.model.Unit;
import sinew.model.units.Dates;
import sinew.model.units.ScenarioWindow;
import sinew.model.units.Units;

/**
 * The input of a simulation: one scenario and everything the models say that a day-by-day run needs, as one
 * versioned JSON document ({@value #FILE}, described by the JSON Schema {@value #SCHEMA_ID}) and CSV tables for
 * analysts. Quantities are normalised (per day, days, km, fractions), dates are ISO days, elements are named by
 * qualified name, and every list is sorted, so the same models and scenario give the same bytes.
 */
public final class SimInput {

	/** Version of the document's structure; raised on any incompatible change (and the schema's URN with it). */
	public static final int SCHEMA_VERSION = 1;
	/** The schema's identifier. */
	public static final String SCHEMA_ID = "urn:sinew:sim-input:1";
	/** The schema as a resource of this bundle (its file is {@code schemas/sim-input.schema.json}). */
	public static final String SCHEMA_RESOURCE = "/schemas/sim-input.schema.json";
	/** Name of the JSON document. */
	public static final String FILE = "sim-input.json";

	private final ModelIndex model;
	private final Scenario scenario;
	private final String generatorVersion;
	private final ScenarioWindow window;
	private final List<ThreatEnvelope> threats;
	private final Map<String, Csv> tables = new TreeMap<>();
	private final JsonObject document = new JsonObject();

	private SimInput(Collection<ModelPackage> packages, Scenario scenario, String generatorVersion) {
		this.model = new ModelIndex(packages);
		this.scenario = scenario;
		this.generatorVersion = release(generatorVersion);
		this.window = ScenarioWindow.of(scenario).orElseThrow(() -> new IllegalArgumentException(
				"scenario " + scenario.getName() + " has no start or duration (set or inherited)"));
		LinkedHashSet<ThreatEnvelope> active = new LinkedHashSet<>();
		for (Scenario s : ScenarioWindow.lineage(scenario)) {
			s.getThreats().stream().filter(ModelIndex::resolved).forEach(active::add);
		}
		this.threats = sorted(active);
		build();
	}

	/**
	 * The simulation input of a scenario of the models.
	 *
	 * @throws IllegalArgumentException when the scenario has no start or duration
	 */
	public static SimInput of(Collection<ModelPackage> packages, Scenario scenario, String generatorVersion) {
		return new SimInput(packages, scenario, generatorVersion);
	}

	/** The scenarios of the models, by qualified name, sorted. */
	public static List<Scenario> scenarios(Collection<ModelPackage> packages) {
		return sorted(new ModelIndex(packages).scenarios());
	}

	/** The scenarios a name picks: the one with that qualified name, else those with that simple name. */
	public static List<Scenario> find(Collection<ModelPackage> packages, String name) {
		List<Scenario> all = scenarios(packages);
		List<Scenario> exact = all.stream().filter(s -> id(s).equals(name)).toList();
		return exact.isEmpty() ? all.stream().filter(s -> name.equals(s.getName())).toList() : exact;
	}

	/** The qualified name of the scenario. */
	public String scenarioId() {
		return id(scenario);
	}

	/** The JSON document. */
	public String json() {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(document)
				+ "\n";
	}

	/** Every output file by name: the JSON document, then the CSV tables by name. */
	public Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(FILE, json());
		tables.forEach((name, table) -> files.put(name, table.text()));
		return files;
	}

	// ------------------------------------------------------------------ the document

	private void build() {
		document.addProperty("schema", SCHEMA_ID);
		document.addProperty("schemaVersion", SCHEMA_VERSION);
		JsonObject generator = new JsonObject();
		generator.addProperty("name", "sinew");
		generator.addProperty("version", generatorVersion);
		document.add("generator", generator);
		document.add("scenario", scenario());
		document.add("nations", nations());
		document.add("controlCategories", controlCategories());
		document.add("technologies", technologies());
		document.add("items", items());
		document.add("sites", sites());
		document.add("lines", lines());
		document.add("stockpiles", stockpiles());
		document.add("units", units());
		document.add("routes", routes());
		document.add("mroFacilities", mroFacilities());
		document.add("licences", licences());
		document.add("excursions", excursions());
	}

	private JsonObject scenario() {
		JsonObject o = new JsonObject();
		o.addProperty("id", id(scenario));
		o.addProperty("name", scenario.getName());
		o.add("title", string(scenario.getTitle()));
		JsonArray lineage = new JsonArray();
		ScenarioWindow.lineage(scenario).forEach(s -> lineage.add(id(s)));
		o.add("lineage", lineage);
		o.addProperty("start", window.start().toString());
		o.addProperty("end", window.end().toString());
		o.add("durationDays", number(window.days()));
		Optional<Theatre> theatre = SupplyAnalysis.theatreOf(scenario);
		o.add("theatre", theatre.map(t -> (JsonElement) new JsonPrimitive(id(t))).orElse(JsonNull.INSTANCE));
		o.add("theatreSites", ids(theatre.map(Theatre::getSites).orElse(null)));
		JsonArray phases = new JsonArray();
		double day = 0;
		for (Phase phase : ScenarioWindow.phases(scenario)) {
			double days = SupplyAnalysis.days(phase.getDuration()).orElse(0.0);
			JsonObject p = new JsonObject();
			p.addProperty("name", phase.getName());
			p.add("title", string(phase.getTitle()));
			p.addProperty("intensity", word(phase.getIntensity()));
			p.add("startDay", number(day));
			p.add("days", number(days));
			phases.add(p);
			day += days;
		}
		o.add("phases", phases);
		JsonArray threatArray = new JsonArray();
		for (ThreatEnvelope threat : threats) {
			threatArray.add(threat(threat));
		}
		o.add("threats", threatArray);
		return o;
	}

	private JsonObject threat(ThreatEnvelope threat) {
		JsonObject o = new JsonObject();
		o.addProperty("id", id(threat));
		o.add("weapon", string(threat.getWeapon()));
		o.add("owner", ref(threat.getOwner()));
		Site origin = threat.getOrigin();
		o.add("origin", ref(origin));
		boolean placed = positioned(origin);
		o.add("latitude", placed ? number(origin.getLatitude()) : JsonNull.INSTANCE);
		o.add("longitude", placed ? number(origin.getLongitude()) : JsonNull.INSTANCE);
		Optional<Double> range = km(threat.getRange());
		o.add("rangeKm", number(range));
		o.add("destroyedShare", number(fraction(threat.getEffect())));
		JsonObject distances = new JsonObject();
		JsonArray inRange = new JsonArray();
		if (placed) {
			for (Site site : sorted(model.sites())) {
				if (positioned(site)) {
					double km = Geo.distanceKm(origin, site);
					distances.add(id(site), number(km));
					if (range.isPresent() && km <= range.get()) {
						inRange.add(id(site));
					}
				}
			}
		}
		o.add("siteDistancesKm", distances);
		o.add("sitesInRange", inRange);
		return o;
	}

	private JsonArray nations() {
		JsonArray array = new JsonArray();
		for (Nation nation : sorted(model.nations())) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(nation));
			o.add("code", string(nation.getCode()));
			o.addProperty("adversary", nation.isAdversary());
			array.add(o);
		}
		return array;
	}

	private JsonArray controlCategories() {
		List<ControlCategory> categories = new ArrayList<>();
		for (ExportRegime regime : model.all(ExportRegime.class)) {
			categories.addAll(regime.getCategories());
		}
		JsonArray array = new JsonArray();
		for (ControlCategory category : sorted(categories)) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(category));
			o.add("regime", ref(ExportAnalysis.regimeOf(category).orElse(null)));
			o.addProperty("presumptionOfDenial", category.isPresumptionOfDenial());
			o.addProperty("productionTransferBarred", category.isProductionTransferBarred());
			array.add(o);
		}
		return array;
	}

	private JsonArray technologies() {
		JsonArray array = new JsonArray();
		for (Technology technology : sorted(model.all(Technology.class))) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(technology));
			o.add("origin", ref(technology.getOrigin()));
			o.add("controls", ids(technology.getControls()));
			array.add(o);
		}
		return array;
	}

	private JsonArray items() {
		Csv table = table("items.csv", "id", "kind", "title", "origin", "controls", "technologies",
				"bill_of_materials");
		JsonArray array = new JsonArray();
		for (Item item : sorted(model.items())) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(item));
			o.addProperty("kind", kind(item));
			o.add("title", string(item.getTitle()));
			o.add("origin", ref(ExportAnalysis.originOf(item).orElse(null)));
			o.add("controls", ids(item.getControls()));
			o.add("technologies", ids(item.getTechnologies()));
			JsonArray bom = new JsonArray();
			List<String> bomText = new ArrayList<>();
			for (BomEntry entry : sortedBy(item.getBillOfMaterials(), e -> id(e.getInput()))) {
				if (!ModelIndex.resolved(entry.getInput())) {
					continue;
				}
				double quantity = entry.isSetQuantity() ? entry.getQuantity() : 1.0;
				JsonObject b = new JsonObject();
				b.addProperty("input", id(entry.getInput()));
				b.add("quantityPerUnit", number(quantity));
				bom.add(b);
				bomText.add(id(entry.getInput()) + "=" + Units.number(quantity));
			}
			o.add("billOfMaterials", bom);
			o.add("unitCostUsd", number(usd(item.getUnitCost())));
			o.add("rangeKm", number(item instanceof Munition m ? km(m.getRange()) : Optional.empty()));
			o.add("launchers", item instanceof Munition m ? ids(m.getLaunchers()) : new JsonArray());
			o.add("maintenanceIntervalDays",
					number(item instanceof Platform p ? SupplyAnalysis.days(p.getMaintenanceInterval()) : Optional.empty()));
			o.add("maintenanceDurationDays",
					number(item instanceof Platform p ? SupplyAnalysis.days(p.getMaintenanceDuration()) : Optional.empty()));
			array.add(o);
			table.row(id(item), kind(item), item.getTitle(), idOrNull(ExportAnalysis.originOf(item).orElse(null)),
					joined(item.getControls()), joined(item.getTechnologies()), String.join(";", bomText));
		}
		return array;
	}

	private JsonArray sites() {
		Csv table = table("sites.csv", "id", "title", "kind", "latitude", "longitude", "host", "hardening",
				"dispersed", "theatres", "in_range_of");
		JsonArray array = new JsonArray();
		for (Site site : sorted(model.sites())) {
			boolean placed = positioned(site);
			List<Theatre> theatres = model.theatresOf(site);
			List<String> inRangeOf = new ArrayList<>();
			for (ThreatEnvelope threat : threats) {
				Optional<Double> range = km(threat.getRange());
				if (placed && positioned(threat.getOrigin()) && range.isPresent()
						&& Geo.distanceKm(threat.getOrigin(), site) <= range.get()) {
					inRangeOf.add(id(threat));
				}
			}
			JsonObject o = new JsonObject();
			o.addProperty("id", id(site));
			o.add("title", string(site.getTitle()));
			o.addProperty("kind", word(site.getKind()));
			o.add("latitude", placed ? number(site.getLatitude()) : JsonNull.INSTANCE);
			o.add("longitude", placed ? number(site.getLongitude()) : JsonNull.INSTANCE);
			o.add("host", ref(site.getHost()));
			o.addProperty("hardening", word(site.getHardening()));
			o.addProperty("dispersed", site.isDispersed());
			o.add("theatres", ids(theatres));
			array.add(o);
			table.row(id(site), site.getTitle(), word(site.getKind()),
					placed ? Units.number(site.getLatitude()) : null, placed ? Units.number(site.getLongitude()) : null,
					idOrNull(site.getHost()), word(site.getHardening()), site.isDispersed(), joined(theatres),
					String.join(";", inRangeOf));
		}
		return array;
	}

	private JsonArray lines() {
		Csv table = table("lines.csv", "id", "item", "firm", "site", "nation", "rate_per_day",
				"surge_target_per_day", "surge_ramp_days", "lead_time_days", "minimum_rate_per_day", "start", "end",
				"planned", "licence", "produces_from", "capacity_changes", "inputs", "allocations", "export_licences");
		JsonArray array = new JsonArray();
		for (ProductionLine line : sorted(model.lines())) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(line));
			o.add("title", string(line.getTitle()));
			o.add("item", ref(line.getItem()));
			o.add("firm", ref(line.getFirm()));
			o.add("site", ref(line.getSite()));
			Nation nation = ExportAnalysis.nationOf(line).orElse(null);
			o.add("nation", ref(nation));
			Optional<Double> rate = SupplyAnalysis.perDay(line.getRate());
			o.add("ratePerDay", number(rate));
			JsonArray changes = new JsonArray();
			List<String> changesText = new ArrayList<>();
			for (CapacityChange change : sortedBy(line.getCapacityChanges(), c -> date(c.getFrom()).orElse(""))) {
				JsonObject c = new JsonObject();
				c.add("from", dateOrNull(change.getFrom()));
				c.add("ratePerDay", number(SupplyAnalysis.perDay(change.getRate())));
				changes.add(c);
				changesText.add(date(change.getFrom()).orElse("") + "="
						+ SupplyAnalysis.perDay(change.getRate()).map(Units::number).orElse(""));
			}
			o.add("capacityChanges", changes);
			Optional<Double> surgeTarget = Optional.empty();
			Optional<Double> surgeRamp = Optional.empty();
			if (line.getSurge() != null) {
				surgeTarget = SupplyAnalysis.perDay(line.getSurge().getTarget());
				surgeRamp = SupplyAnalysis.days(line.getSurge().getWithin());
				JsonObject s = new JsonObject();
				s.add("targetPerDay", number(surgeTarget));
				s.add("rampDays", number(surgeRamp));
				o.add("surge", s);
			} else {
				o.add("surge", JsonNull.INSTANCE);
			}
			Optional<Double> leadTime = SupplyAnalysis.days(line.getLeadTime());
			o.add("leadTimeDays", number(leadTime));
			Optional<Double> minimum = SupplyAnalysis.perDay(line.getMinimumSustainingRate());
			o.add("minimumRatePerDay", number(minimum));
			o.add("start", dateOrNull(line.getStart()));
			o.add("end", dateOrNull(line.getEnd()));
			o.addProperty("planned", line.isPlanned());
			o.add("licence", ref(line.getLicence()));
			Optional<LocalDate> producesFrom = ExportAnalysis.producingFrom(line, scenario, window);
			o.add("producesFrom", producesFrom.map(d -> (JsonElement) new JsonPrimitive(d.toString()))
					.orElse(JsonNull.INSTANCE));
			JsonArray inputs = new JsonArray();
			List<String> inputsText = new ArrayList<>();
			for (LineInput input : sortedBy(line.getInputs(), i -> id(i.getItem()) + " " + id(i.getSupplier()) + " "
					+ id(i.getStock()))) {
				JsonObject in = new JsonObject();
				in.add("item", ref(input.getItem()));
				in.add("supplierLine", ref(input.getSupplier()));
				in.add("stock", ref(input.getStock()));
				double perUnit = ModelIndex.resolved(line.getItem()) && ModelIndex.resolved(input.getItem())
						? SupplyAnalysis.quantityPerUnit(line.getItem(), input.getItem())
						: 1.0;
				in.add("quantityPerUnit", number(perUnit));
				inputs.add(in);
				inputsText.add(id(input.getItem()) + "<"
						+ (input.getSupplier() != null ? "line:" + id(input.getSupplier()) : "stock:" + id(input.getStock())));
			}
			o.add("inputs", inputs);
			JsonArray allocations = new JsonArray();
			List<String> allocationsText = new ArrayList<>();
			List<String> exportText = new ArrayList<>();
			for (Allocation allocation : sortedBy(line.getAllocations(),
					a -> id(a.getCustomer()) + " " + id(a.getLine()) + " " + word(a.getChannel()))) {
				JsonObject a = new JsonObject();
				a.add("nation", ref(allocation.getCustomer()));
				a.add("line", ref(allocation.getLine()));
				a.add("ratePerDay", number(SupplyAnalysis.perDay(allocation.getRate())));
				a.addProperty("channel", word(allocation.getChannel()));
				exportControl(line, allocation, a);
				allocations.add(a);
				if (a.get("licenceRequired").getAsBoolean()) {
					List<String> names = new ArrayList<>();
					a.getAsJsonArray("exportLicences").forEach(l -> names.add(l.getAsString()));
					exportText.add((allocation.getCustomer() != null ? id(allocation.getCustomer())
							: "line:" + id(allocation.getLine())) + "=" + (names.isEmpty() ? "none" : String.join("|", names)));
				}
				allocationsText.add((allocation.getCustomer() != null ? id(allocation.getCustomer())
						: "line:" + id(allocation.getLine())) + "="
						+ SupplyAnalysis.perDay(allocation.getRate()).map(Units::number).orElse(""));
			}
			o.add("allocations", allocations);
			array.add(o);
			table.row(id(line), idOrNull(line.getItem()), idOrNull(line.getFirm()), idOrNull(line.getSite()),
					idOrNull(nation), rate.map(Units::number).orElse(null), surgeTarget.map(Units::number).orElse(null),
					surgeRamp.map(Units::number).orElse(null), leadTime.map(Units::number).orElse(null),
					minimum.map(Units::number).orElse(null), date(line.getStart()).orElse(null),
					date(line.getEnd()).orElse(null), line.isPlanned(), idOrNull(line.getLicence()),
					producesFrom.map(LocalDate::toString).orElse(null), String.join(";", changesText),
					String.join(";", inputsText), String.join(";", allocationsText), String.join(";", exportText));
		}
		return array;
	}

	/**
	 * What export control says of an allocation, without dates (the engine applies the licences' dates and the
	 * scenario's grants): whether the flow needs an authorisation (it crosses a border, from the line's nation to the
	 * customer or the receiving line's nation, and the item or its technologies are controlled), and the licences
	 * and exemptions that could authorise it (naming the two nations, covering the item, for hardware), as
	 * {@link ExportAnalysis} and the export-control check decide.
	 */
	private void exportControl(ProductionLine line, Allocation allocation, JsonObject a) {
		Optional<Nation> exporter = ExportAnalysis.nationOf(line);
		Optional<Nation> importer = ModelIndex.resolved(allocation.getCustomer()) ? Optional.of(allocation.getCustomer())
				: ModelIndex.resolved(allocation.getLine()) ? ExportAnalysis.nationOf(allocation.getLine()) : Optional.empty();
		boolean required = exporter.isPresent() && importer.isPresent() && exporter.get() != importer.get()
				&& ModelIndex.resolved(line.getItem()) && !ExportAnalysis.controlsOf(line.getItem()).isEmpty();
		List<Licence> licences = new ArrayList<>();
		if (required) {
			for (Licence licence : model.licences()) {
				if (ExportAnalysis.between(licence, exporter.get(), importer.get())
						&& ExportAnalysis.covers(licence, line.getItem()) && ExportAnalysis.authorisesHardware(licence)) {
					licences.add(licence);
				}
			}
		}
		a.addProperty("licenceRequired", required);
		a.add("exportLicences", ids(licences));
	}

	private JsonArray stockpiles() {
		Csv table = table("stocks.csv", "id", "item", "site", "owner", "quantity", "as_of");
		JsonArray array = new JsonArray();
		for (Stockpile stockpile : sorted(model.stockpiles())) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(stockpile));
			o.add("item", ref(stockpile.getItem()));
			o.add("site", ref(stockpile.getSite()));
			o.add("owner", ref(stockpile.getOwner()));
			o.add("quantity", stockpile.isSetQuantity() ? new JsonPrimitive(stockpile.getQuantity()) : JsonNull.INSTANCE);
			o.add("asOf", dateOrNull(stockpile.getAsOf()));
			array.add(o);
			table.row(id(stockpile), idOrNull(stockpile.getItem()), idOrNull(stockpile.getSite()),
					idOrNull(stockpile.getOwner()), stockpile.isSetQuantity() ? stockpile.getQuantity() : null, date(stockpile.getAsOf()).orElse(null));
		}
		return array;
	}

	private JsonArray units() {
		Csv table = table("consumption.csv", "unit", "nation", "platform", "count", "base", "item", "intensity",
				"rate_per_day");
		JsonArray array = new JsonArray();
		for (Unit unit : sorted(model.units())) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(unit));
			o.add("title", string(unit.getTitle()));
			o.add("nation", ref(unit.getNation()));
			o.add("platform", ref(unit.getPlatform()));
			o.add("count", unit.isSetCount() ? new JsonPrimitive(unit.getCount()) : JsonNull.INSTANCE);
			o.add("base", ref(unit.getBase()));
			JsonArray consumption = new JsonArray();
			for (Consumption c : sortedBy(unit.getConsumption(), c -> id(c.getItem()) + " " + c.getIntensity().getValue())) {
				JsonObject co = new JsonObject();
				co.add("item", ref(c.getItem()));
				co.addProperty("intensity", word(c.getIntensity()));
				Optional<Double> rate = SupplyAnalysis.perDay(c.getRate());
				co.add("ratePerDay", number(rate));
				consumption.add(co);
				table.row(id(unit), idOrNull(unit.getNation()), idOrNull(unit.getPlatform()), unit.isSetCount() ? unit.getCount() : null,
						idOrNull(unit.getBase()), idOrNull(c.getItem()), word(c.getIntensity()),
						rate.map(Units::number).orElse(null));
			}
			o.add("consumption", consumption);
			array.add(o);
		}
		return array;
	}

	private JsonArray routes() {
		Csv table = table("routes.csv", "id", "from", "to", "mode", "transit_days", "capacity_per_day",
				"distance_km");
		JsonArray array = new JsonArray();
		for (Route route : sorted(model.routes())) {
			Optional<Double> transit = SupplyAnalysis.days(route.getTransit());
			Optional<Double> capacity = SupplyAnalysis.perDay(route.getCapacity());
			Optional<Double> distance = positioned(route.getFrom()) && positioned(route.getTo())
					? Optional.of(Geo.distanceKm(route.getFrom(), route.getTo()))
					: Optional.empty();
			JsonObject o = new JsonObject();
			o.addProperty("id", id(route));
			o.add("from", ref(route.getFrom()));
			o.add("to", ref(route.getTo()));
			o.addProperty("mode", word(route.getMode()));
			o.add("transitDays", number(transit));
			o.add("capacityPerDay", number(capacity));
			o.add("distanceKm", number(distance));
			JsonObject exposure = new JsonObject();
			for (ThreatEnvelope threat : threats) {
				Optional<Double> range = km(threat.getRange());
				if (distance.isPresent() && positioned(threat.getOrigin()) && range.isPresent()) {
					Site a = route.getFrom();
					Site b = route.getTo();
					Site origin = threat.getOrigin();
					exposure.add(id(threat), number(Geo.arcKmWithin(origin.getLatitude(), origin.getLongitude(),
							range.get(), a.getLatitude(), a.getLongitude(), b.getLatitude(), b.getLongitude())));
				}
			}
			o.add("threatExposureKm", exposure);
			array.add(o);
			table.row(id(route), idOrNull(route.getFrom()), idOrNull(route.getTo()),
					word(route.getMode()), transit.map(Units::number).orElse(null),
					capacity.map(Units::number).orElse(null), distance.map(Units::number).orElse(null));
		}
		return array;
	}

	private JsonArray mroFacilities() {
		JsonArray array = new JsonArray();
		for (MroFacility mro : sorted(model.mroFacilities())) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(mro));
			o.add("site", ref(mro.getSite()));
			o.add("operator", ref(mro.getOperator()));
			o.add("serves", ids(mro.getServes()));
			o.add("slots", mro.isSetSlots() ? new JsonPrimitive(mro.getSlots()) : JsonNull.INSTANCE);
			o.add("turnaroundDays", number(SupplyAnalysis.days(mro.getTurnaround())));
			o.add("recordedTurnaroundDays", number(SupplyAnalysis.days(mro.getRecordedTurnaround())));
			o.add("certifiedNations", ids(mro.getCertifiedNations()));
			o.add("opens", dateOrNull(mro.getOpens()));
			array.add(o);
		}
		return array;
	}

	private JsonArray licences() {
		JsonArray array = new JsonArray();
		for (Licence licence : sorted(model.licences())) {
			JsonObject o = new JsonObject();
			o.addProperty("id", id(licence));
			o.addProperty("kind", word(licence.getKind()));
			o.add("regime", ref(licence.getRegime()));
			o.add("exporter", ref(licence.getExporter()));
			o.add("recipients", ids(licence.getRecipients()));
			o.add("items", ids(licence.getItems()));
			o.add("technologies", ids(licence.getTechnologies()));
			o.addProperty("scope", word(licence.getScope()));
			o.addProperty("status", word(licence.getStatus()));
			o.add("effective", dateOrNull(licence.getEffective()));
			o.add("expires", dateOrNull(licence.getExpires()));
			EndUseTerms terms = licence.getEndUse();
			if (terms != null) {
				JsonObject e = new JsonObject();
				e.addProperty("retransfer", word(terms.getRetransfer()));
				e.add("permittedRecipients", ids(terms.getPermittedRecipients()));
				e.add("endUse", string(terms.getEndUse()));
				o.add("endUse", e);
			} else {
				o.add("endUse", JsonNull.INSTANCE);
			}
			array.add(o);
		}
		return array;
	}

	/** The excursions of the scenario's bases (the furthest first) and then its own, each in model order. */
	private JsonArray excursions() {
		Csv table = table("excursions.csv", "scenario", "kind", "target", "target_kind", "property", "value",
				"unit", "from", "day");
		JsonArray array = new JsonArray();
		List<Scenario> lineage = new ArrayList<>(ScenarioWindow.lineage(scenario));
		java.util.Collections.reverse(lineage);
		for (Scenario s : lineage) {
			for (Excursion excursion : s.getExcursions()) {
				Optional<Double> value = Optional.empty();
				String unit = null;
				if (excursion.getValue() != null) {
					Quantity q = excursion.getValue();
					value = Optional.of(Units.normalised(q));
					unit = unitWord(q);
				}
				Optional<LocalDate> from = Dates.tryParse(excursion.getFrom());
				Optional<Long> day = from.map(d -> ChronoUnit.DAYS.between(window.start(), d));
				String targetKind = ModelIndex.resolved(excursion.getTarget())
						? kindOf(excursion.getTarget())
						: null;
				JsonObject o = new JsonObject();
				o.addProperty("scenario", id(s));
				o.addProperty("kind", word(excursion.getKind()));
				o.add("target", ref(excursion.getTarget()));
				o.add("targetKind", string(targetKind));
				o.add("property", string(excursion.getProperty()));
				o.add("value", number(value));
				o.add("unit", string(unit));
				o.add("from", dateOrNull(excursion.getFrom()));
				o.add("day", day.map(d -> (JsonElement) new JsonPrimitive(d)).orElse(JsonNull.INSTANCE));
				array.add(o);
				table.row(id(s), word(excursion.getKind()), idOrNull(excursion.getTarget()), targetKind,
						excursion.getProperty(), value.map(Units::number).orElse(null), unit,
						from.map(LocalDate::toString).orElse(null), day.orElse(null));
			}
		}
		return array;
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * A version without its build qualifier (0.1.0.v202611301121 is 0.1.0), so that the document does not change
	 * with the time of the build.
	 */
	static String release(String version) {
		if (version == null || version.isBlank()) {
			return "development";
		}
		String[] parts = version.split("\\.");
		return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : version;
	}

	private Csv table(String name, String... header) {
		Csv table = new Csv(header);
		tables.put(name, table);
		return table;
	}

	/**
	 * The stable identifier of an element: its qualified name, the package's name followed by the names of the
	 * element and the named elements that contain it ("indopacific.industry.MHI_Komaki_PAC3").
	 */
	public static String id(EObject element) {
		if (element == null || element.eIsProxy()) {
			return "";
		}
		List<String> names = new ArrayList<>();
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof NamedElement named && named.getName() != null) {
				names.add(0, named.getName());
			} else if (e instanceof ModelPackage p && p.getName() != null) {
				names.add(0, p.getName());
			}
		}
		return String.join(".", names);
	}

	private static String idOrNull(EObject element) {
		return ModelIndex.resolved(element) ? id(element) : null;
	}

	private static JsonElement ref(EObject element) {
		return ModelIndex.resolved(element) ? new JsonPrimitive(id(element)) : JsonNull.INSTANCE;
	}

	private static JsonArray ids(Collection<? extends EObject> elements) {
		JsonArray array = new JsonArray();
		if (elements != null) {
			elements.stream().filter(ModelIndex::resolved).map(SimInput::id).distinct().sorted()
					.forEach(array::add);
		}
		return array;
	}

	private static String joined(Collection<? extends EObject> elements) {
		return String.join(";",
				elements.stream().filter(ModelIndex::resolved).map(SimInput::id).distinct().sorted().toList());
	}

	private static <T extends EObject> List<T> sorted(Collection<T> elements) {
		return sortedBy(elements, SimInput::id);
	}

	private static <T> List<T> sortedBy(Collection<T> elements, Function<T, String> key) {
		List<T> list = new ArrayList<>(elements);
		list.sort(Comparator.comparing(key));
		return list;
	}

	private static boolean positioned(Site site) {
		return ModelIndex.resolved(site) && site.isSetLatitude() && site.isSetLongitude();
	}

	private static JsonElement string(String text) {
		return text == null ? JsonNull.INSTANCE : new JsonPrimitive(text);
	}

	/** An enumeration literal as a lower-case word: HIGH is "high", AIR_BASE "air_base". */
	private static String word(Enum<?> literal) {
		return literal == null ? null : literal.name().toLowerCase(Locale.ROOT);
	}

	/** A number as JSON: without a needless ".0", null when it is not finite. */
	private static JsonElement number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return JsonNull.INSTANCE;
		}
		return new JsonPrimitive(new BigDecimal(Units.number(value)));
	}

	private static JsonElement number(Optional<Double> value) {
		return value.map(SimInput::number).orElse(JsonNull.INSTANCE);
	}

	private static Optional<Double> km(Quantity q) {
		return q != null && Units.dimension(q) == Units.Dimension.DISTANCE ? Optional.of(Units.km(q)) : Optional.empty();
	}

	private static Optional<Double> usd(Quantity q) {
		return q != null && Units.dimension(q) == Units.Dimension.MONEY ? Optional.of(Units.usd(q)) : Optional.empty();
	}

	private static Optional<Double> fraction(Quantity q) {
		return q != null && Units.dimension(q) == Units.Dimension.SHARE ? Optional.of(Units.fraction(q))
				: Optional.empty();
	}

	private static Optional<String> date(String text) {
		return Dates.tryParse(text).map(LocalDate::toString);
	}

	private static JsonElement dateOrNull(String text) {
		return date(text).map(d -> (JsonElement) new JsonPrimitive(d)).orElse(JsonNull.INSTANCE);
	}

	/** The unit a normalised quantity is in. */
	private static String unitWord(Quantity q) {
		return switch (Units.dimension(q)) {
			case COUNT -> "each";
			case RATE -> "per_day";
			case DURATION -> "days";
			case DISTANCE -> "km";
			case MASS -> "kg";
			case MONEY -> "usd";
			case SHARE -> "fraction";
		};
	}

	private static String kind(Item item) {
		return item instanceof Munition ? "munition" : item instanceof Component ? "component"
				: item instanceof Platform ? "platform" : "item";
	}

	/** The kind of an element as the language writes it: line, stockpile, licence. */
	private static String kindOf(EObject element) {
		return switch (element.eClass().getName()) {
			case "ProductionLine" -> "line";
			case "ThreatEnvelope" -> "threat";
			case "MroFacility" -> "mro";
			case "ExportRegime" -> "regime";
			default -> element.eClass().getName().toLowerCase(Locale.ROOT);
		};
	}
}
