package sinew.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic but realistic Sinew workspace: a few shared files (nations and alliances, export controls,
 * theatres, scenarios and requirements) and, for each of a number of regions, four files (sites, items,
 * industry, posture) that import each other, the shared packages and the previous region's packages.
 * <p>
 * The workspace is deterministic (a fixed seed gives the same text byte for byte) and is meant to validate
 * without errors: every name is unique, every reference resolves, every quantity has the unit its place
 * expects, bills of materials are acyclic (platforms and munitions need sub-assemblies, sub-assemblies need
 * materials, materials need nothing), and every date lies in order and inside its scenario.
 * <p>
 * With the default 24 regions it writes 100 files holding about 10,000 model elements (every object in the
 * resources, as {@code Models.elementCount()} counts them).
 */
public final class WorkspaceGenerator {

	/** The seed used by the benchmark, so that every run parses the same text. */
	public static final long DEFAULT_SEED = 20_240_611L;

	/** Regions written by default: 4 shared files + 4 files per region = 100 files. */
	public static final int DEFAULT_REGIONS = 24;

	// Shape of one region. Tuned so that 24 regions give about 10,000 elements.
	private static final int SITES = 23;
	private static final int ADVERSARY_SITES = 3;
	private static final int MATERIALS = 8;
	private static final int SUBASSEMBLIES = 8;
	private static final int MUNITIONS = 5;
	private static final int PLATFORMS = 3;
	private static final int FIRMS = 5;
	private static final int UNITS = 6;
	private static final int ROUTES = 6;
	private static final int THREATS = 3;

	private static final String[] NATIONS = { "Aldoria", "Borvania", "Calteria", "Dravonia", "Estmere", "Ferrania",
			"Galvoria", "Hestria", "Istrovia", "Jorvania", "Kaldonia", "Lumeria", "Marvoria", "Norland", "Ostravia",
			"Pelloria", "Quenmark", "Rastovia", "Solvaria", "Tavonia", "Ulmeria", "Valdoria", "Westmark", "Arvandia",
			"Brennmark", "Corvessa", "Dunmoria", "Yvoria", "Xandria", "Zelmoria" };

	/** The last two nations are the adversaries. */
	private static final int FRIENDLY = NATIONS.length - 2;

	private static final String[] TECHNOLOGIES = { "Seeker_Tech", "Rocket_Motor", "Energetics", "Guidance_Tech",
			"Airframe_Tech", "Radar_Tech", "Composite_Tech", "Propulsion_Tech", "Sensor_Fusion", "Datalink_Tech",
			"Warhead_Tech", "Turbine_Tech" };

	private static final String[] SYLLABLES = { "kor", "va", "mir", "el", "tan", "os", "bel", "ri", "dun", "ka", "sel",
			"mo", "ar", "thu", "len", "is", "gar", "po", "vin", "ur" };

	private static final String[] MATERIAL_KINDS = { "Ammonium perchlorate", "Rare-earth magnet alloy",
			"Gallium nitride wafer", "Titanium forging", "Carbon fibre prepreg", "Nitrocellulose", "Tungsten penetrator",
			"Germanium optics", "Aluminium extrusion", "Lithium cell" };

	private static final String[] SUBASSEMBLY_KINDS = { "Solid rocket motor", "RF seeker head", "Inertial unit",
			"Control actuation section", "Warhead section", "Fuze assembly", "Datalink module", "Radome",
			"Power unit", "Airframe section" };

	private static final String[] MUNITION_KINDS = { "Surface-to-air interceptor", "Anti-ship cruise missile",
			"Guided rocket", "155 mm complete round", "Air-to-air missile", "Land-attack cruise missile",
			"Loitering munition" };

	private static final String[] PLATFORM_KINDS = { "Air defence battery", "Multirole fighter", "Guided-missile frigate",
			"Rocket launcher", "Maritime patrol aircraft", "Self-propelled howitzer" };

	private static final String[] SITE_KINDS = { "air-base", "naval-base", "army-base", "depot", "port", "factory",
			"shipyard", "mro-centre" };

	private final long seed;
	private final int regions;
	private Random random;

	/** A generator of the default size (24 regions, 100 files) with the given seed. */
	public WorkspaceGenerator(long seed) {
		this(seed, DEFAULT_REGIONS);
	}

	/** A generator writing {@code 4 + 4 * regions} files. */
	public WorkspaceGenerator(long seed, int regions) {
		if (regions < 2) {
			throw new IllegalArgumentException("at least 2 regions are needed, not " + regions);
		}
		this.seed = seed;
		this.regions = regions;
	}

	/** Number of files {@link #generate(Path)} writes. */
	public int fileCount() {
		return 4 + 4 * regions;
	}

	/**
	 * Writes the workspace into a folder (created if absent) and returns the files written, in writing order.
	 *
	 * @throws IOException when a file cannot be written
	 */
	public List<Path> generate(Path root) throws IOException {
		random = new Random(seed);
		List<Path> written = new ArrayList<>();
		write(root.resolve("common/nations.sinew"), nations(), written);
		write(root.resolve("common/controls.sinew"), controls(), written);
		for (int r = 0; r < regions; r++) {
			Region region = new Region(r);
			String folder = region.folder();
			write(root.resolve(folder + "/sites.sinew"), sites(region), written);
			write(root.resolve(folder + "/items.sinew"), items(region), written);
			write(root.resolve(folder + "/industry.sinew"), industry(region), written);
			write(root.resolve(folder + "/posture.sinew"), posture(region), written);
		}
		write(root.resolve("common/theatres.sinew"), theatres(), written);
		write(root.resolve("common/scenarios.sinew"), scenarios(), written);
		return written;
	}

	private static void write(Path file, String text, List<Path> written) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		written.add(file);
	}

	// ------------------------------------------------------------------ regions

	/** One region: its index, tag (R07), host nation, partner nation and adversary. */
	private final class Region {
		final int index;
		final String tag;
		final String host;
		final String partner;
		final String adversary;
		final double latitude;
		final double longitude;

		Region(int index) {
			this.index = index;
			this.tag = String.format(Locale.ROOT, "R%02d", index);
			this.host = NATIONS[1 + index % (FRIENDLY - 1)];
			this.partner = NATIONS[1 + (index + 7) % (FRIENDLY - 1)];
			this.adversary = NATIONS[FRIENDLY + index % 2];
			this.latitude = -40 + (index * 37) % 90;
			this.longitude = -170 + (index * 53) % 340;
		}

		String folder() {
			return String.format(Locale.ROOT, "r%02d", index);
		}

		String pkg(String file) {
			return "bench." + folder() + "." + file;
		}

		/** The previous region (the last one for the first), whose packages this one imports. */
		Region previous() {
			return new Region((index + regions - 1) % regions);
		}

		/** The next region, which routes lead to. */
		Region next() {
			return new Region((index + 1) % regions);
		}

		String name(String kind, int i) {
			return tag + "_" + kind + "_" + i;
		}

		/** A qualified name of an element of this region, for references from other packages. */
		String qualified(String file, String kind, int i) {
			return pkg(file) + "." + name(kind, i);
		}
	}

	// ------------------------------------------------------------------ shared files

	private String nations() {
		StringBuilder t = header("""
				Nations, alliances and frameworks of the generated benchmark workspace. Every region's files import
				this package.""", "bench.common.nations");
		section(t, "nations");
		for (int n = 0; n < NATIONS.length; n++) {
			boolean adversary = n >= FRIENDLY;
			doc(t, adversary ? "An adversary whose launch areas the threat envelopes start from."
					: "A nation of the benchmark; host of one or more regions.");
			t.append("nation ").append(NATIONS[n]).append(" \"Republic of ").append(NATIONS[n]).append("\" { code ")
					.append(NATIONS[n].substring(0, 3).toUpperCase(Locale.ROOT)).append(adversary ? " adversary" : "")
					.append(" }\n\n");
		}
		section(t, "alliances");
		String[][] alliances = { { "Northern_Pact", "alliance", "1952-04" }, { "Southern_Compact", "partnership", "1978-09" },
				{ "Ocean_Framework", "framework", "2021-09" }, { "Industrial_Forum", "framework", "2023-06" } };
		for (int a = 0; a < alliances.length; a++) {
			doc(t, "A " + alliances[a][1] + " of " + (6 + a * 2) + " nations.");
			t.append("alliance ").append(alliances[a][0]).append(" \"").append(alliances[a][0].replace('_', ' '))
					.append("\" {\n\tkind ").append(alliances[a][1]).append("\n\tmembers ");
			List<String> members = new ArrayList<>();
			members.add(NATIONS[0]);
			for (int m = 0; m < 5 + a * 2; m++) {
				members.add(NATIONS[1 + (a * 5 + m) % (FRIENDLY - 1)]);
			}
			t.append(String.join(", ", members.stream().distinct().toList())).append("\n\testablished ")
					.append(alliances[a][2]).append("\n}\n\n");
		}
		return t.toString();
	}

	private String controls() {
		StringBuilder t = header("Export control regimes, their categories and the controlled technologies.",
				"bench.common.controls");
		t.append("import bench.common.nations.*\n\n");
		section(t, "regimes");
		doc(t, "A missile technology regime: range and payload thresholds.");
		t.append("regime Missile_Regime \"Missile technology regime\" {\n\tadministered by ").append(NATIONS[0])
				.append("\n\tmembers ").append(NATIONS[0]).append(", ").append(NATIONS[1]).append(", ").append(NATIONS[2])
				.append(", ").append(NATIONS[3]).append("\n");
		t.append("\t/** Category I: complete systems. */\n\tcategory Cat_I \"Category I\" {\n\t\trange >= 300 km\n"
				+ "\t\tpayload >= 500 kg\n\t\tpresumption-of-denial\n\t\tno-production-transfer\n\t}\n");
		t.append("\tcategory Cat_II \"Category II\" { range >= 300 km }\n");
		t.append("\tcategory Cat_III \"Category III\"\n}\n\n");
		doc(t, "The munitions list of the lead nation.");
		t.append("regime Arms_List \"Munitions list\" {\n\tadministered by ").append(NATIONS[0]).append("\n");
		for (String category : new String[] { "Cat_IV", "Cat_VIII", "Cat_XI", "Cat_XX" }) {
			t.append("\tcategory ").append(category).append(" \"").append(category.replace('_', ' ')).append("\"\n");
		}
		t.append("}\n\n");
		section(t, "technologies");
		for (int i = 0; i < TECHNOLOGIES.length; i++) {
			doc(t, "A controlled technology.");
			t.append("technology ").append(TECHNOLOGIES[i]).append(" \"").append(TECHNOLOGIES[i].replace('_', ' '))
					.append("\" {\n\tcontrols ").append(i % 3 == 0 ? "Missile_Regime.Cat_II, Arms_List.Cat_XI" : "Arms_List.Cat_XI")
					.append("\n\torigin ").append(NATIONS[i % 4]).append("\n}\n\n");
		}
		return t.toString();
	}

	private String theatres() {
		StringBuilder t = header("Theatres: groups of sites across regions.", "bench.common.theatres");
		int theatres = theatreCount();
		for (int th = 0; th < theatres; th++) {
			doc(t, "Theatre " + (th + 1) + " of the benchmark.");
			t.append("theatre Theatre_").append(th + 1).append(" \"Theatre ").append(th + 1).append("\" {\n\tsites ");
			List<String> sites = new ArrayList<>();
			for (int r = th * regions / theatres; r < (th + 1) * regions / theatres; r++) {
				Region region = new Region(r);
				for (int s = 1; s <= 3; s++) {
					sites.add(region.qualified("sites", "Site", s));
				}
			}
			t.append(String.join(",\n\t\t", sites)).append("\n}\n\n");
		}
		doc(t, "Every region's main base.");
		t.append("theatre Whole_Area \"Whole area\" {\n\tsites ");
		List<String> sites = new ArrayList<>();
		for (int r = 0; r < regions; r++) {
			sites.add(new Region(r).qualified("sites", "Site", 1));
		}
		t.append(String.join(",\n\t\t", sites)).append("\n}\n");
		return t.toString();
	}

	/** One theatre per six regions (at least one); region r lies in theatre {@code 1 + r * theatres / regions}. */
	private int theatreCount() {
		return Math.max(1, regions / 6);
	}

	private String scenarios() {
		StringBuilder t = header("Scenarios and the requirements they test.", "bench.common.scenarios");
		t.append("import bench.common.theatres.*\n\n");
		section(t, "scenarios");
		doc(t, "The base contingency: warning, high-intensity conflict, then sustainment.");
		t.append("scenario Bench_Base \"Regional contingency\" {\n\ttheatre Whole_Area\n\tstart 2027-01\n\tduration 180 days\n");
		List<String> threats = new ArrayList<>();
		for (int r = 0; r < regions; r += 3) {
			threats.add(new Region(r).qualified("posture", "Threat", 1));
		}
		t.append("\tthreats ").append(String.join(", ", threats)).append("\n");
		t.append("\tphase Warning \"Warning\" low for 30 days\n\tphase Conflict \"Conflict\" high for 90 days\n"
				+ "\tphase Sustain \"Sustainment\" medium for 60 days\n");
		Region a = new Region(3 % regions);
		Region b = new Region(5 % regions);
		Region c = new Region(7 % regions);
		t.append("\tset leadTime of ").append(a.qualified("industry", "Line_Mun", 1)).append(" to 30 months from 2027-02\n");
		t.append("\tdisable ").append(b.qualified("industry", "Line_Sub", 2)).append(" from 2027-03-15\n");
		t.append("\tgrant ").append(c.qualified("industry", "Lic", 2)).append(" from 2027-01-20\n}\n\n");
		doc(t, "The base contingency, a year long, with a surge of the first region's munitions.");
		t.append("scenario Bench_Long \"Protracted conflict\" extends Bench_Base {\n\tduration 12 months\n"
				+ "\tphase Conflict \"Conflict\" high for 180 days\n\tphase Attrition \"Attrition\" medium for 150 days\n");
		t.append("\tset minimumSustainingRate of ").append(new Region(0).qualified("industry", "Line_Mun", 2))
				.append(" to 20/month from 2027-06\n");
		t.append("\tenable ").append(new Region(1).qualified("industry", "Line_Sub", 1)).append(" from 2027-04\n}\n\n");
		section(t, "requirements");
		for (int r = 0; r < regions; r++) {
			Region region = new Region(r);
			String theatre = "Theatre_" + (1 + r * theatreCount() / regions);
			doc(t, "Region " + region.tag + " keeps a month of its first munition in the theatre.");
			t.append("requirement ").append(region.tag).append("_Days_Of_Supply {\n\tdays-of-supply of ")
					.append(region.qualified("items", "Mun", 1)).append(" in ").append(theatre).append(" >= 30 days\n")
					.append("\tunder Bench_Base\n\trationale \"A month of stock before resupply arrives\"\n")
					.append("\tverified by simulation\n}\n\n");
			t.append("requirement ").append(region.tag).append("_Line_Load {\n\tutilisation on ")
					.append(region.qualified("industry", "Line_Mun", 1)).append(" <= 85 %\n\tunder Bench_Long\n")
					.append("\tverified by analysis\n}\n\n");
		}
		return t.toString();
	}

	// ------------------------------------------------------------------ region files

	private String sites(Region r) {
		StringBuilder t = header("Sites and access agreements of region " + r.tag + ", hosted by " + r.host + ".",
				r.pkg("sites"));
		t.append("import bench.common.nations.*\n\n");
		section(t, "sites");
		for (int s = 1; s <= SITES; s++) {
			boolean hostile = s > SITES - ADVERSARY_SITES;
			String kind = hostile ? "launch-area" : SITE_KINDS[(s + r.index) % SITE_KINDS.length];
			doc(t, hostile ? "A launch area of " + r.adversary + " facing the region." : "A " + kind + " of " + r.host + ".");
			t.append("site ").append(r.name("Site", s)).append(" \"").append(placeName()).append(" ").append(kind)
					.append("\" {\n\tat ").append(latitude(r.latitude + jitter(4))).append(" ")
					.append(longitude(r.longitude + jitter(4))).append("\n\thost ").append(hostile ? r.adversary : r.host)
					.append("\n\tkind ").append(kind);
			if (!hostile) {
				t.append("\n\thardening ").append(new String[] { "none", "partial", "hardened" }[s % 3]);
				if (s % 4 == 0) {
					t.append("\n\tdispersed");
				}
				if (s % 5 == 2) {
					t.append("\n\taccess under ").append(r.name("Access", 1));
				}
			}
			t.append("\n}\n\n");
		}
		section(t, "agreements");
		doc(t, "Basing access for " + NATIONS[0] + " forces in " + r.host + ".");
		t.append("agreement ").append(r.name("Access", 1)).append(" \"Basing access ").append(r.tag)
				.append("\" {\n\tkind basing-access\n\tparties ").append(NATIONS[0]).append(", ").append(r.host)
				.append("\n\tunder Northern_Pact\n\tsites ").append(r.name("Site", 2)).append(", ").append(r.name("Site", 7))
				.append(", ").append(r.name("Site", 12)).append("\n\teffective ").append(month(2018 + r.index % 6))
				.append("\n\texpires ").append(month(2038 + r.index % 6)).append("\n}\n\n");
		doc(t, "Co-production of the region's first munition.");
		t.append("agreement ").append(r.name("Coproduction", 1)).append(" \"Co-production ").append(r.tag)
				.append("\" {\n\tkind co-production\n\tparties ").append(NATIONS[0]).append(", ").append(r.host)
				.append(", ").append(r.partner).append("\n\tunder Industrial_Forum\n\titems ")
				.append(r.qualified("items", "Mun", 1)).append("\n\teffective 2024-05\n}\n");
		return t.toString();
	}

	private String items(Region r) {
		Region previous = r.previous();
		StringBuilder t = header("Materials, sub-assemblies, munitions and platforms of region " + r.tag + ".",
				r.pkg("items"));
		t.append("import bench.common.nations.*\nimport bench.common.controls.*\n\n");
		section(t, "materials");
		for (int m = 1; m <= MATERIALS; m++) {
			doc(t, MATERIAL_KINDS[(m + r.index) % MATERIAL_KINDS.length] + " from " + nation(r, m) + ".");
			t.append("component ").append(r.name("Mat", m)).append(" \"")
					.append(MATERIAL_KINDS[(m + r.index) % MATERIAL_KINDS.length]).append("\" {\n\tcost ")
					.append(number(0.5 + random.nextInt(40) / 4.0)).append(" K USD\n\torigin ").append(nation(r, m))
					.append("\n}\n\n");
		}
		section(t, "sub-assemblies");
		for (int s = 1; s <= SUBASSEMBLIES; s++) {
			doc(t, SUBASSEMBLY_KINDS[(s + r.index) % SUBASSEMBLY_KINDS.length] + "; one material comes from region "
					+ previous.tag + ".");
			t.append("component ").append(r.name("Sub", s)).append(" \"")
					.append(SUBASSEMBLY_KINDS[(s + r.index) % SUBASSEMBLY_KINDS.length]).append("\" {\n\tcost ")
					.append(number(20 + random.nextInt(400))).append(" K USD\n\torigin ").append(nation(r, s))
					.append("\n\tcontrols Arms_List.Cat_XI\n\ttechnologies ")
					.append(TECHNOLOGIES[(s + r.index) % TECHNOLOGIES.length]).append("\n\tbom ")
					.append(1 + random.nextInt(4)).append(" ").append(r.name("Mat", subMaterial(s))).append(", 1 ")
					.append(previous.qualified("items", "Mat", prevMaterial(s))).append("\n}\n\n");
		}
		section(t, "munitions");
		for (int u = 1; u <= MUNITIONS; u++) {
			int[] subs = munitionSubs(u);
			doc(t, MUNITION_KINDS[(u + r.index) % MUNITION_KINDS.length] + " of region " + r.tag + ".");
			t.append("munition ").append(r.name("Mun", u)).append(" \"")
					.append(MUNITION_KINDS[(u + r.index) % MUNITION_KINDS.length]).append("\" {\n\tcost ")
					.append(number((2 + random.nextInt(40)) / 10.0)).append(" M USD\n\torigin ").append(u % 2 == 0 ? r.host : NATIONS[0])
					.append("\n\tcontrols ").append(u % 2 == 0 ? "Missile_Regime.Cat_II, Arms_List.Cat_IV" : "Arms_List.Cat_IV")
					.append("\n\ttechnologies ").append(TECHNOLOGIES[u % TECHNOLOGIES.length]).append(", ")
					.append(TECHNOLOGIES[(u + 5) % TECHNOLOGIES.length]).append("\n\tbom 1 ").append(r.name("Sub", subs[0]))
					.append(", 1 ").append(r.name("Sub", subs[1])).append("\n\trange ").append(40 + random.nextInt(60) * 10)
					.append(" km // [est]\n\tpayload ").append(20 + random.nextInt(50) * 10).append(" kg\n\tlaunchers ")
					.append(r.name("Plat", 1 + u % PLATFORMS)).append("\n}\n\n");
		}
		section(t, "platforms");
		for (int p = 1; p <= PLATFORMS; p++) {
			doc(t, PLATFORM_KINDS[(p + r.index) % PLATFORM_KINDS.length] + " of region " + r.tag + ".");
			t.append("platform ").append(r.name("Plat", p)).append(" \"")
					.append(PLATFORM_KINDS[(p + r.index) % PLATFORM_KINDS.length]).append("\" {\n\tcost ")
					.append(number(20 + random.nextInt(150))).append(" M USD\n\torigin ").append(NATIONS[0])
					.append("\n\tcontrols Arms_List.Cat_VIII\n\tbom 2 ").append(r.name("Sub", platformSub(p)))
					.append("\n\tmaintenance every ").append(12 + 12 * random.nextInt(6)).append(" months for ")
					.append(30 + 10 * random.nextInt(12)).append(" days\n}\n\n");
		}
		return t.toString();
	}

	private String industry(Region r) {
		Region previous = r.previous();
		StringBuilder t = header("Firms, licences, production lines and MRO of region " + r.tag + ".", r.pkg("industry"));
		t.append("import bench.common.nations.*\nimport bench.common.controls.*\nimport ").append(r.pkg("items"))
				.append(".*\nimport ").append(r.pkg("sites")).append(".*\nimport ").append(r.pkg("posture"))
				.append(".*\nimport ").append(previous.pkg("posture")).append(".*\n\n");
		section(t, "firms");
		String[] tiers = { "prime", "tier-1", "tier-2", "sub-tier" };
		for (int f = 1; f <= FIRMS; f++) {
			doc(t, "A " + tiers[(f - 1) % tiers.length] + " firm of " + r.host + ".");
			t.append("firm ").append(r.name("Firm", f)).append(" \"").append(capitalised(placeName()))
					.append(f == 1 ? " Dynamics" : " Industries").append("\" { nation ").append(r.host).append(" tier ")
					.append(tiers[(f - 1) % tiers.length]).append(" }\n\n");
		}
		section(t, "licences");
		for (int l = 1; l <= 2; l++) {
			doc(t, "Licence to " + (l == 1 ? "co-produce" : "maintain") + " in " + r.host + ".");
			t.append("licence ").append(r.name("Lic", l)).append(" \"").append(l == 1 ? "Co-production" : "Maintenance")
					.append(" licence ").append(r.tag).append("\" {\n\tregime Arms_List\n\tfrom ").append(NATIONS[0])
					.append("\n\tto ").append(r.host).append(", ").append(r.partner).append("\n\titems ")
					.append(r.name("Mun", l)).append("\n\ttechnologies ").append(TECHNOLOGIES[l % TECHNOLOGIES.length])
					.append("\n\tscope ").append(l == 1 ? "co-production" : "maintenance").append("\n\tstatus ")
					.append(l == 1 ? "granted" : "pending").append("\n\teffective ").append(month(2022 + l))
					.append("\n\texpires ").append(month(2035 + l)).append("\n\tend-use {\n\t\tretransfer with-consent\n\t\tto ")
					.append(r.partner).append("\n\t\tuse \"National defence of ").append(r.host).append("\"\n\t}\n}\n\n");
		}
		section(t, "sub-assembly lines");
		for (int s = 1; s <= SUBASSEMBLIES; s++) {
			int user = munitionUsing(s);
			StringBuilder body = new StringBuilder();
			body.append("\tinput ").append(r.name("Mat", subMaterial(s))).append(" from stock ")
					.append(r.name("Stock_Mat", subMaterial(s))).append("\n");
			body.append("\tinput ").append(previous.qualified("items", "Mat", prevMaterial(s))).append(" from stock ")
					.append(previous.name("Stock_Mat", prevMaterial(s))).append("\n");
			if (user > 0) {
				body.append("\tallocate ").append(10 + random.nextInt(40)).append("/month to line ")
						.append(r.name("Line_Mun", user)).append(" via national\n");
			} else {
				body.append("\tallocate ").append(2 + random.nextInt(6)).append("/month to line ")
						.append(r.name("Line_Plat", platformUsing(s))).append("\n");
			}
			line(t, r, "Line_Sub", s, r.name("Sub", s), 1 + (s % (FIRMS - 1)), 30 + random.nextInt(60), body, s % 2 == 0);
		}
		section(t, "munition lines");
		for (int u = 1; u <= MUNITIONS; u++) {
			int[] subs = munitionSubs(u);
			StringBuilder body = new StringBuilder();
			for (int sub : subs) {
				body.append("\tinput ").append(r.name("Sub", sub)).append(" from line ").append(r.name("Line_Sub", sub))
						.append("\n");
			}
			body.append("\tallocate ").append(5 + random.nextInt(20)).append("/month to ").append(r.host)
					.append(" via national\n");
			body.append("\tallocate ").append(2 + random.nextInt(10)).append("/month to ").append(r.partner)
					.append(" via fms\n");
			if (u <= 2) {
				body.append("\tlicence ").append(r.name("Lic", u)).append("\n");
			}
			line(t, r, "Line_Mun", u, r.name("Mun", u), 1, 10 + random.nextInt(40), body, true);
		}
		section(t, "platform lines");
		for (int p = 1; p <= PLATFORMS; p++) {
			StringBuilder body = new StringBuilder();
			body.append("\tinput ").append(r.name("Sub", platformSub(p))).append(" from line ")
					.append(r.name("Line_Sub", platformSub(p))).append("\n");
			body.append("\tallocate 1/month to ").append(r.host).append(" via direct-commercial\n");
			line(t, r, "Line_Plat", p, r.name("Plat", p), 1, 1 + random.nextInt(3), body, false);
		}
		section(t, "maintenance, repair and overhaul");
		doc(t, "Depot-level maintenance of the region's platforms.");
		t.append("mro ").append(r.name("Mro", 1)).append(" \"Depot ").append(r.tag).append("\" {\n\tsite ")
				.append(r.name("Site", 5)).append("\n\toperator ").append(r.name("Firm", 2)).append("\n\tserves ")
				.append(r.name("Plat", 1)).append(", ").append(r.name("Plat", 2)).append("\n\tslots ")
				.append(2 + random.nextInt(6)).append("\n\tturnaround ").append(60 + random.nextInt(60))
				.append(" days\n\trecorded ").append(90 + random.nextInt(60)).append(" days\n\tcertified for ")
				.append(NATIONS[0]).append(", ").append(r.host).append("\n\topens 2025-06\n}\n");
		return t.toString();
	}

	private void line(StringBuilder t, Region r, String kind, int i, String item, int firm, int rate,
			StringBuilder body, boolean surge) {
		int start = 2012 + random.nextInt(12);
		doc(t, "Production line for " + item + ".");
		t.append("line ").append(r.name(kind, i)).append(" \"").append(item.replace('_', ' ')).append(" line\" {\n\tmakes ")
				.append(item).append("\n\tfirm ").append(r.name("Firm", firm)).append("\n\tsite ")
				.append(r.name("Site", 1 + (i * 3) % (SITES - ADVERSARY_SITES))).append("\n\trate ").append(rate)
				.append("/month\n");
		if (surge) {
			t.append("\tsurge to ").append(rate * 2).append("/month within ").append(12 + random.nextInt(24))
					.append(" months\n");
			t.append("\tcapacity ").append(rate + rate / 2).append("/month from ").append(month(2026 + random.nextInt(3)))
					.append("\n");
		}
		t.append("\tlead time ").append(6 + random.nextInt(24)).append(" months\n\tminimum rate ")
				.append(Math.max(1, rate / 4)).append("/month\n\tstart ").append(month(start)).append("\n");
		if (i % 4 == 0) {
			t.append("\tend ").append(month(start + 20)).append("\n");
		}
		t.append(body).append("}\n\n");
	}

	private String posture(Region r) {
		Region next = r.next();
		StringBuilder t = header("Stockpiles, units, routes and threats of region " + r.tag + ".", r.pkg("posture"));
		t.append("import bench.common.nations.*\nimport ").append(r.pkg("items")).append(".*\nimport ")
				.append(r.pkg("sites")).append(".*\n\n");
		section(t, "stockpiles");
		for (int m = 1; m <= MATERIALS; m++) {
			doc(t, "Stock of " + r.name("Mat", m) + " at the factory.");
			t.append("stockpile ").append(r.name("Stock_Mat", m)).append(" {\n\titem ").append(r.name("Mat", m))
					.append("\n\tsite ").append(r.name("Site", 1 + (m * 5) % (SITES - ADVERSARY_SITES)))
					.append("\n\tquantity ").append(500 + random.nextInt(20) * 100).append("\n\towner ").append(r.host)
					.append("\n\tdated 2026-01\n}\n\n");
		}
		for (int u = 1; u <= MUNITIONS; u++) {
			doc(t, "War reserve of " + r.name("Mun", u) + ".");
			t.append("stockpile ").append(r.name("Stock_Mun", u)).append(" {\n\titem ").append(r.name("Mun", u))
					.append("\n\tsite ").append(r.name("Site", 1 + (u * 2) % (SITES - ADVERSARY_SITES)))
					.append("\n\tquantity ").append(100 + random.nextInt(40) * 25).append("\n\towner ").append(r.host)
					.append("\n\tdated 2026-03\n}\n\n");
		}
		section(t, "units");
		String[] intensities = { "low", "medium", "high" };
		for (int n = 1; n <= UNITS; n++) {
			int platform = 1 + n % PLATFORMS;
			doc(t, "A unit of " + r.host + " operating " + r.name("Plat", platform) + ".");
			t.append("unit ").append(r.name("Unit", n)).append(" \"").append(ordinal(n)).append(" ")
					.append(PLATFORM_KINDS[(platform + r.index) % PLATFORM_KINDS.length]).append(" unit\" {\n\tnation ")
					.append(r.host).append("\n\tplatform ").append(r.name("Plat", platform)).append("\n\tcount ")
					.append(4 + random.nextInt(20)).append("\n\tbase ").append(r.name("Site", 2 + n)).append("\n");
			if (n % 2 == 1) {
				t.append("\taccess under ").append(r.name("Access", 1)).append("\n");
			}
			for (int c = 0; c < 3; c++) {
				int munition = 1 + (n + c) % MUNITIONS;
				t.append("\tconsumes ").append(r.name("Mun", munition)).append(" ").append(number(0.5 * (1 + random.nextInt(12))))
						.append("/day at ").append(intensities[c]).append("\n");
			}
			t.append("}\n\n");
		}
		section(t, "routes");
		String[] modes = { "sea", "air", "land", "rail" };
		for (int i = 1; i <= ROUTES; i++) {
			String mode = modes[(i - 1) % modes.length];
			doc(t, "A " + mode + " route to region " + next.tag + ".");
			t.append("route ").append(r.name("Route", i)).append(" {\n\tfrom ").append(r.name("Site", i)).append("\n\tto ")
					.append(next.qualified("sites", "Site", i)).append("\n\tmode ").append(mode).append("\n\ttransit ")
					.append(mode.equals("air") ? 1 + random.nextInt(2) : 3 + random.nextInt(20)).append(" days\n\tcapacity ")
					.append(50 + random.nextInt(20) * 25).append("/week\n}\n\n");
		}
		section(t, "threats");
		String[] weapons = { "Intermediate-range ballistic missile", "Ground-launched cruise missile",
				"Anti-ship ballistic missile" };
		for (int i = 1; i <= THREATS; i++) {
			doc(t, "Threat to the region's bases from " + r.adversary + ".");
			t.append("threat ").append(r.name("Threat", i)).append(" \"").append(weapons[(i - 1) % weapons.length])
					.append(" envelope\" {\n\tweapon \"").append(weapons[(i - 1) % weapons.length]).append("\"\n\torigin ")
					.append(r.name("Site", SITES - ADVERSARY_SITES + i)).append("\n\towner ").append(r.adversary)
					.append("\n\trange ").append(1000 + random.nextInt(30) * 100).append(" km\n\tdestroys ")
					.append(10 + random.nextInt(40)).append(" %\n}\n\n");
		}
		return t.toString();
	}

	// ------------------------------------------------------------------ the supply network's shape

	/** The material (of this region) a sub-assembly needs. */
	private static int subMaterial(int sub) {
		return 1 + (sub - 1) % MATERIALS;
	}

	/** The material of the previous region a sub-assembly needs. */
	private static int prevMaterial(int sub) {
		return 1 + (sub + 2) % MATERIALS;
	}

	/** The two sub-assemblies a munition needs. */
	private static int[] munitionSubs(int munition) {
		return new int[] { munition, 1 + (munition + 2) % (SUBASSEMBLIES - PLATFORMS) };
	}

	/** The sub-assembly a platform needs: the last PLATFORMS sub-assemblies serve the platforms. */
	private static int platformSub(int platform) {
		return SUBASSEMBLIES - PLATFORMS + platform;
	}

	/** The first munition needing a sub-assembly, or 0 when only a platform needs it. */
	private static int munitionUsing(int sub) {
		for (int u = 1; u <= MUNITIONS; u++) {
			for (int s : munitionSubs(u)) {
				if (s == sub) {
					return u;
				}
			}
		}
		return 0;
	}

	/** The platform needing a sub-assembly (for sub-assemblies no munition needs). */
	private static int platformUsing(int sub) {
		for (int p = 1; p <= PLATFORMS; p++) {
			if (platformSub(p) == sub) {
				return p;
			}
		}
		return 1;
	}

	// ------------------------------------------------------------------ text

	private StringBuilder header(String documentation, String packageName) {
		StringBuilder t = new StringBuilder(16 * 1024);
		t.append("/**\n");
		for (String line : documentation.split("\n")) {
			t.append(" * ").append(line).append("\n");
		}
		t.append(" *\n * Generated by sinew.bench.WorkspaceGenerator (seed ").append(seed).append("); do not edit.\n */\n");
		t.append("package ").append(packageName).append("\n\n");
		return t;
	}

	private static void section(StringBuilder t, String title) {
		t.append("// ---------------------------------------------------------------- ").append(title).append("\n\n");
	}

	private static void doc(StringBuilder t, String text) {
		t.append("/** ").append(text).append(" */\n");
	}

	private static String nation(Region r, int i) {
		return i % 3 == 0 ? r.partner : i % 3 == 1 ? r.host : NATIONS[0];
	}

	private double jitter(double degrees) {
		return (random.nextDouble() * 2 - 1) * degrees;
	}

	private static String latitude(double value) {
		double clamped = Math.max(-89.0, Math.min(89.0, value));
		return String.format(Locale.ROOT, "%.2f%s", Math.abs(clamped), clamped < 0 ? "S" : "N");
	}

	private static String longitude(double value) {
		double clamped = Math.max(-179.5, Math.min(179.5, value));
		return String.format(Locale.ROOT, "%.2f%s", Math.abs(clamped), clamped < 0 ? "W" : "E");
	}

	private String month(int year) {
		return String.format(Locale.ROOT, "%04d-%02d", year, 1 + random.nextInt(12));
	}

	private String placeName() {
		StringBuilder name = new StringBuilder();
		int parts = 2 + random.nextInt(2);
		for (int i = 0; i < parts; i++) {
			name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return capitalised(name.toString());
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String ordinal(int n) {
		return n + switch (n % 10) {
			case 1 -> n % 100 == 11 ? "th" : "st";
			case 2 -> n % 100 == 12 ? "th" : "nd";
			case 3 -> n % 100 == 13 ? "th" : "rd";
			default -> "th";
		};
	}

	/** A decimal as the grammar reads it: digits, an optional fraction, no exponent. */
	private static String number(double value) {
		BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
		if (exact.scale() < 0) {
			exact = exact.setScale(0);
		}
		return exact.toPlainString();
	}
}
