package sinew.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the engine reads of a simulation input document ({@code urn:sinew:sim-input:1}, written by
 * {@code sinew generate sim-input}), as plain records: the scenario, sites, lines (with their licence and the
 * export control of each allocation), stockpiles, units (platform, count, nation), routes (transit, capacity),
 * excursions, platforms with a maintenance interval, MRO facilities and licences. Only the fields the engine uses
 * are kept; everything else in the document is ignored, and an absent field reads as its default (no licence
 * required, no capacity limit). The command line checks a document from a file against the published schema
 * before it gets here. Quantities are already normalised by the generator: per day, days, fractions.
 */
public record SimData(Scenario scenario, Map<String, Site> sites, List<Line> lines, List<Stockpile> stockpiles,
		List<Unit> units, List<Route> routes, List<Excursion> excursions, Map<String, Platform> platforms,
		List<MroFacility> mroFacilities, Map<String, Licence> licences) {

	/** The schema this reader understands. */
	public static final String SCHEMA_ID = "urn:sinew:sim-input:1";

	/** The scenario window, its theatre, phases and active threats. */
	public record Scenario(String id, LocalDate start, double durationDays, String theatre,
			Set<String> theatreSites, List<Phase> phases, List<Threat> threats) {

		/** Days simulated: day 0 to {@code days() - 1}. */
		public int days() {
			return (int) Math.ceil(durationDays - 1e-9);
		}

		/** The intensity on a day (the phase covering the start of the day), null when no phase covers it. */
		public String intensity(int day) {
			for (Phase p : phases) {
				if (day >= p.startDay() - 1e-9 && day < p.startDay() + p.days() - 1e-9) {
					return p.intensity();
				}
			}
			return null;
		}
	}

	/** A phase of the scenario. */
	public record Phase(String name, String intensity, double startDay, double days) {
	}

	/** A strike envelope: the share it destroys of exposed stock at the sites in its range. */
	public record Threat(String id, double destroyedShare, Set<String> sitesInRange) {
	}

	/** A site; exposed to strikes unless hardened or dispersed. */
	public record Site(String id, String hardening, boolean dispersed, String host) {
		public boolean exposed() {
			return !"hardened".equals(hardening) && !dispersed;
		}
	}

	/** A dated capacity. */
	public record CapacityChange(LocalDate from, double ratePerDay) {
	}

	/** A surge: a straight ramp from the capacity at the scenario's start to the target. */
	public record Surge(double targetPerDay, double rampDays) {
	}

	/** An input of a line, from a supplier line or from a stockpile. */
	public record Input(String item, String supplierLine, String stock, double quantityPerUnit) {
	}

	/** An allocation of a line's output to a nation or to a line. */
	public record Allocation(String nation, String line, double ratePerDay, boolean licenceRequired,
			List<String> exportLicences) {
	}

	/** A production line. */
	public record Line(String id, String item, String site, Double ratePerDay, List<CapacityChange> capacityChanges,
			Surge surge, double leadTimeDays, LocalDate start, LocalDate end, boolean planned, LocalDate producesFrom,
			List<Input> inputs, List<Allocation> allocations, String nation, String licence) {
	}

	/** A stockpile. */
	public record Stockpile(String id, String item, String site, long quantity) {
	}

	/** What a whole unit consumes per day of an item at an intensity. */
	public record Consumption(String item, String intensity, double ratePerDay) {
	}

	/** A unit at its base. */
	public record Unit(String id, String base, List<Consumption> consumption, String nation, String platform,
			int count) {
	}

	/** A route between two sites. */
	public record Route(String id, String from, String to, double transitDays, Double capacityPerDay) {
	}

	/** A platform class that goes to deep maintenance every {@code intervalDays} for {@code durationDays}. */
	public record Platform(String id, Double intervalDays, Double durationDays) {
	}

	/** An MRO facility: {@code slots} platforms at once, each for its turnaround. */
	public record MroFacility(String id, String site, Set<String> serves, int slots, Double turnaroundDays,
			Set<String> certifiedNations, LocalDate opens) {
	}

	/** A licence or exemption: its status and dates (a scenario may grant a pending one, or disable it). */
	public record Licence(String id, String status, LocalDate effective, LocalDate expires) {
	}

	/** An excursion: {@code set} (property, value), {@code enable}, {@code disable}, {@code grant} from a day. */
	public record Excursion(String kind, String target, String property, Double value, int day) {
	}

	/** Reads a simulation input document. */
	public static SimData parse(String json) {
		JsonObject root = JsonParser.parseString(json).getAsJsonObject();
		String schema = str(root, "schema");
		if (!SCHEMA_ID.equals(schema)) {
			throw new IllegalArgumentException("not a simulation input (schema " + schema + ", expected " + SCHEMA_ID + ")");
		}
		JsonObject s = root.getAsJsonObject("scenario");
		List<Phase> phases = new ArrayList<>();
		for (JsonElement e : arr(s, "phases")) {
			JsonObject p = e.getAsJsonObject();
			phases.add(new Phase(str(p, "name"), str(p, "intensity"), num(p, "startDay", 0), num(p, "days", 0)));
		}
		List<Threat> threats = new ArrayList<>();
		for (JsonElement e : arr(s, "threats")) {
			JsonObject t = e.getAsJsonObject();
			threats.add(new Threat(str(t, "id"), num(t, "destroyedShare", 0), strings(t, "sitesInRange")));
		}
		Scenario scenario = new Scenario(str(s, "id"), LocalDate.parse(str(s, "start")), num(s, "durationDays", 0),
				str(s, "theatre"), strings(s, "theatreSites"), phases, threats);

		Map<String, Site> sites = new HashMap<>();
		for (JsonElement e : arr(root, "sites")) {
			JsonObject o = e.getAsJsonObject();
			sites.put(str(o, "id"), new Site(str(o, "id"), str(o, "hardening"), bool(o, "dispersed"), str(o, "host")));
		}
		List<Line> lines = new ArrayList<>();
		for (JsonElement e : arr(root, "lines")) {
			JsonObject o = e.getAsJsonObject();
			List<CapacityChange> changes = new ArrayList<>();
			for (JsonElement c : arr(o, "capacityChanges")) {
				JsonObject co = c.getAsJsonObject();
				if (date(co, "from") != null && numOrNull(co, "ratePerDay") != null) {
					changes.add(new CapacityChange(date(co, "from"), numOrNull(co, "ratePerDay")));
				}
			}
			changes.sort((a, b) -> a.from().compareTo(b.from()));
			Surge surge = null;
			if (o.has("surge") && o.get("surge").isJsonObject()) {
				JsonObject so = o.getAsJsonObject("surge");
				if (numOrNull(so, "targetPerDay") != null) {
					surge = new Surge(num(so, "targetPerDay", 0), num(so, "rampDays", 0));
				}
			}
			List<Input> inputs = new ArrayList<>();
			for (JsonElement i : arr(o, "inputs")) {
				JsonObject io = i.getAsJsonObject();
				inputs.add(new Input(str(io, "item"), str(io, "supplierLine"), str(io, "stock"),
						num(io, "quantityPerUnit", 0)));
			}
			List<Allocation> allocations = new ArrayList<>();
			for (JsonElement a : arr(o, "allocations")) {
				JsonObject ao = a.getAsJsonObject();
				allocations.add(new Allocation(str(ao, "nation"), str(ao, "line"), num(ao, "ratePerDay", 0),
						bool(ao, "licenceRequired"), List.copyOf(strings(ao, "exportLicences"))));
			}
			lines.add(new Line(str(o, "id"), str(o, "item"), str(o, "site"), numOrNull(o, "ratePerDay"), changes, surge,
					num(o, "leadTimeDays", 0), date(o, "start"), date(o, "end"), bool(o, "planned"),
					date(o, "producesFrom"), inputs, allocations, str(o, "nation"), str(o, "licence")));
		}
		List<Stockpile> stockpiles = new ArrayList<>();
		for (JsonElement e : arr(root, "stockpiles")) {
			JsonObject o = e.getAsJsonObject();
			stockpiles.add(new Stockpile(str(o, "id"), str(o, "item"), str(o, "site"), (long) num(o, "quantity", 0)));
		}
		List<Unit> units = new ArrayList<>();
		for (JsonElement e : arr(root, "units")) {
			JsonObject o = e.getAsJsonObject();
			List<Consumption> consumption = new ArrayList<>();
			for (JsonElement c : arr(o, "consumption")) {
				JsonObject co = c.getAsJsonObject();
				consumption.add(new Consumption(str(co, "item"), str(co, "intensity"), num(co, "ratePerDay", 0)));
			}
			units.add(new Unit(str(o, "id"), str(o, "base"), consumption, str(o, "nation"), str(o, "platform"),
					(int) num(o, "count", 0)));
		}
		List<Route> routes = new ArrayList<>();
		for (JsonElement e : arr(root, "routes")) {
			JsonObject o = e.getAsJsonObject();
			routes.add(new Route(str(o, "id"), str(o, "from"), str(o, "to"), num(o, "transitDays", 0),
					numOrNull(o, "capacityPerDay")));
		}
		List<Excursion> excursions = new ArrayList<>();
		for (JsonElement e : arr(root, "excursions")) {
			JsonObject o = e.getAsJsonObject();
			excursions.add(new Excursion(str(o, "kind"), str(o, "target"), str(o, "property"), numOrNull(o, "value"),
					(int) num(o, "day", 0)));
		}
		Map<String, Platform> platforms = new HashMap<>();
		for (JsonElement e : arr(root, "items")) {
			JsonObject o = e.getAsJsonObject();
			if (numOrNull(o, "maintenanceIntervalDays") != null) {
				platforms.put(str(o, "id"), new Platform(str(o, "id"), numOrNull(o, "maintenanceIntervalDays"),
						numOrNull(o, "maintenanceDurationDays")));
			}
		}
		List<MroFacility> mro = new ArrayList<>();
		for (JsonElement e : arr(root, "mroFacilities")) {
			JsonObject o = e.getAsJsonObject();
			mro.add(new MroFacility(str(o, "id"), str(o, "site"), strings(o, "serves"), (int) num(o, "slots", 0),
					numOrNull(o, "turnaroundDays"), strings(o, "certifiedNations"), date(o, "opens")));
		}
		mro.sort((a, b) -> a.id().compareTo(b.id()));
		Map<String, Licence> licences = new HashMap<>();
		for (JsonElement e : arr(root, "licences")) {
			JsonObject o = e.getAsJsonObject();
			licences.put(str(o, "id"), new Licence(str(o, "id"), str(o, "status"), date(o, "effective"), date(o, "expires")));
		}
		return new SimData(scenario, sites, lines, stockpiles, units, routes, excursions, platforms, mro, licences);
	}

	private static JsonArray arr(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
	}

	private static String str(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e == null || e.isJsonNull() ? null : e.getAsString();
	}

	private static boolean bool(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e != null && !e.isJsonNull() && e.getAsBoolean();
	}

	private static Double numOrNull(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e == null || e.isJsonNull() ? null : e.getAsDouble();
	}

	private static double num(JsonObject o, String key, double absent) {
		Double d = numOrNull(o, key);
		return d == null ? absent : d;
	}

	private static LocalDate date(JsonObject o, String key) {
		String s = str(o, key);
		return s == null ? null : LocalDate.parse(s);
	}

	private static Set<String> strings(JsonObject o, String key) {
		Set<String> out = new LinkedHashSet<>();
		for (JsonElement e : arr(o, key)) {
			out.add(e.getAsString());
		}
		return out;
	}
}
