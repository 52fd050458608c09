package sinew.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The look of every shape of the diagrams, written onto the shapes themselves as SVG presentation attributes
 * ({@code fill}, {@code stroke}, {@code stroke-width}, {@code stroke-dasharray}, {@code font-size}...), so that any
 * SVG renderer draws the same colours: browsers, rsvg, and jsvg (SWT's SVG support in the workbench), whose style
 * sheet support stops at simple selectors. The documents carry no style sheet; the classes stay on the shapes as
 * names of what they draw (the review site and the tests read them), not as the source of their look.
 * <p>
 * The rules below read like CSS: {@code shape.class.class { property: value }}, where the shape is {@code rect},
 * {@code path}, {@code circle} or {@code text}, or nothing for any shape but text. A shape takes the rules whose
 * shape matches and whose classes it all has (the classes of the group it draws, such as {@code node line capped}
 * for a line's box, or of the text itself); a rule with more classes wins over one with fewer, and among rules with
 * as many classes the later wins. Each combination is resolved once and kept, so writing a large diagram costs a
 * map lookup per shape.
 */
public final class Presentation {

	static final String RULES = """
			text { fill:#1f2933 }
			text.title { font-size:17; font-weight:bold }
			text.subtitle { font-size:11; fill:#52606d }
			text.label { font-size:12; font-weight:bold }
			text.detail { font-size:10.5; fill:#3e4c59 }
			text.glabel { font-size:12.5; font-weight:bold; fill:#323f4b }
			text.elabel { font-size:10; fill:#323f4b }
			text.lgtext { font-size:11 }
			text.note { font-size:11; fill:#8a1c1c }
			text.badge { font-size:10; font-weight:bold; fill:#ffffff }
			text.gridlabel { font-size:9; fill:#829ab1 }
			text.ringlabel { font-size:10; fill:#8a1c1c }
			text.maplabel { font-size:9.5; fill:#1f2933; stroke:#ffffff; stroke-width:2.5; stroke-linejoin:round; paint-order:stroke }

			rect.node { fill:#ffffff; stroke:#7b8794 }
			rect.group { fill:#f5f7fa; stroke:#9aa5b1 }
			rect.nation { fill:#f0f4f8; stroke:#829ab1; stroke-width:1.2 }
			rect.theatre { fill:#f0f4f8; stroke:#829ab1; stroke-width:1.2 }
			rect.firm { fill:#ffffff; stroke:#9fb3c8 }
			rect.firm.group { stroke:#bcccdc; stroke-dasharray:4 2 }
			rect.site { fill:#fbfcfd; stroke:#9fb3c8 }
			rect.line { fill:#dceefb; stroke:#2680c2 }
			rect.line.capped { fill:#ffe8d9; stroke:#d9822b; stroke-width:2.5 }
			rect.planned { stroke-dasharray:5 3 }
			rect.item { fill:#b2ebf2; stroke:#00838f }
			rect.item.component { fill:#e0f7fa }
			rect.item.platform { fill:#e6f6ff; stroke:#486581 }
			rect.stockpile { fill:#fff3c4; stroke:#cb6e17 }
			rect.mro { fill:#eae2f8; stroke:#724bb7 }
			rect.unit { fill:#dceefb; stroke:#186faf }
			rect.scenario { fill:#f0f4f8; stroke:#627d98 }
			rect.requirement { fill:#ffffff; stroke:#52606d; stroke-width:1.5 }
			rect.requirement.pass { fill:#e3f9e5; stroke:#3f9142; stroke-width:2 }
			rect.requirement.fail { fill:#ffe3e3; stroke:#c23030; stroke-width:2 }
			rect.requirement.unknown { fill:#fff3c4; stroke:#cb6e17; stroke-width:2 }
			rect.elabelbox { fill:#ffffff; fill-opacity:0.9; stroke:none }

			path.edge { fill:none; stroke:#616e7c; stroke-width:1.2 }
			path.edge.makes { stroke:#00838f }
			path.edge.input.single-source { stroke:#c23030; stroke-width:2.6; stroke-dasharray:7 3 }
			path.edge.route { stroke:#243b53; stroke-width:1.8 }
			path.edge.supplies { stroke:#cb6e17 }
			path.edge.maintains { stroke:#724bb7; stroke-dasharray:4 2 }
			path.edge.constrains { stroke:#52606d }

			circle.badge { stroke:none }
			circle.badge.error { fill:#c23030 }
			circle.badge.warning { fill:#e8a317 }
			circle.badge.info { fill:#2680c2 }

			rect.sea { fill:#eef4fa }
			path.land { fill:#e4e7eb; stroke:#9aa5b1; stroke-width:0.6 }
			path.graticule { fill:none; stroke:#d9e2ec; stroke-width:0.6 }
			.ring { fill:#c23030; fill-opacity:0.06; stroke:#c23030; stroke-width:1.2; stroke-dasharray:6 3 }
			.arc { fill:none; stroke:#243b53; stroke-width:1.4; stroke-opacity:0.75 }
			.arc.air { stroke:#2680c2; stroke-dasharray:5 3 }
			.arc.land { stroke:#7c5e10 }
			.arc.rail { stroke:#7c5e10 }
			.mapsite { stroke:#ffffff }
			.k-air-base { fill:#2680c2 }
			.k-naval-base { fill:#243b53 }
			.k-port { fill:#243b53 }
			.k-army-base { fill:#3f9142 }
			.k-depot { fill:#cb6e17 }
			.k-factory { fill:#724bb7 }
			.k-shipyard { fill:#724bb7 }
			.k-mro-centre { fill:#9446ed }
			.k-launch-area { fill:#c23030 }
			.k-other { fill:#7b8794 }
			""";

	/** The order properties are written in. */
	private static final List<String> PROPERTIES = List.of("fill", "fill-opacity", "stroke", "stroke-width",
			"stroke-dasharray", "stroke-opacity", "stroke-linejoin", "paint-order", "font-size", "font-weight");

	/** The initial values, written when a shape must undo what its group passes down. */
	private static final Map<String, String> INITIAL = Map.of("fill", "#000000", "fill-opacity", "1", "stroke", "none",
			"stroke-width", "1", "stroke-dasharray", "none", "stroke-opacity", "1", "stroke-linejoin", "miter",
			"paint-order", "normal", "font-size", "medium", "font-weight", "normal");

	private record Rule(String shape, Set<String> classes, Map<String, String> properties) {
	}

	private static final List<Rule> RULE_LIST = parse(RULES);

	/**
	 * What a group passes down to the shapes inside it (all the properties here are inherited ones), so that they
	 * write only how they differ: a diagram of a thousand boxes writes the look of its edges once, on the group that
	 * holds them. The document's root is the outermost context; {@link #inside} makes the context of a group.
	 */
	public static final class Context {
		private final Map<String, String> inherited;
		private final String attributes;
		private final Map<String, String> resolved = new ConcurrentHashMap<>();

		private Context(Map<String, String> inherited, String attributes) {
			this.inherited = inherited;
			this.attributes = attributes;
		}

		/**
		 * The context inside a group that carries the look of a shape on top of what it inherits: its
		 * {@link #attributes()} are the properties of that look (those it would inherit anyway left out), and shapes
		 * inside it write only what differs from the whole.
		 */
		public Context inside(String shape, String classes) {
			Map<String, String> merged = new LinkedHashMap<>(inherited);
			merged.putAll(properties(shape, classes));
			return new Context(Map.copyOf(merged), difference(merged, inherited, null));
		}

		/** The attributes of the group this context is inside (each with a leading space). */
		public String attributes() {
			return attributes;
		}

		/**
		 * The presentation attributes of a shape inside this context, each with a leading space ({@code 
		 * fill="#dceefb" stroke="#2680c2"}), or "" when it looks as its group does.
		 *
		 * @param shape   rect, path, circle or text
		 * @param classes the classes that select the look, space-separated (those of the group the shape draws)
		 */
		public String of(String shape, String classes) {
			String key = shape + ' ' + classes;
			String known = resolved.get(key);
			if (known == null) {
				known = difference(properties(shape, classes), inherited, shape);
				resolved.putIfAbsent(key, known);
			}
			return known;
		}
	}

	/** The root element's context: the font, and the colour of text that sets none, for everything in it. */
	public static final Context ROOT = new Context(Map.copyOf(properties("text", "")),
			" font-family=\"'DejaVu Sans', Verdana, Arial, sans-serif\"" + difference(properties("text", ""), Map.of(), null));

	private Presentation() {
	}

	/** The presentation attributes of a shape in no group but the root: {@code ROOT.of(shape, classes)}. */
	public static String of(String shape, String classes) {
		return ROOT.of(shape, classes);
	}

	/** The value of one property for a shape (with nothing inherited), or null when no rule sets it. */
	public static String property(String shape, String classes, String property) {
		return properties(shape, classes).get(property);
	}

	private static Map<String, String> properties(String shape, String classes) {
		Set<String> have = new TreeSet<>(Arrays.asList(classes.trim().split("\\s+")));
		Map<String, String> values = new LinkedHashMap<>();
		for (Rule rule : RULE_LIST) {
			boolean shapeMatches = rule.shape().equals(shape) || (rule.shape().isEmpty() && !shape.equals("text"));
			if (shapeMatches && have.containsAll(rule.classes())) {
				values.putAll(rule.properties());
			}
		}
		return values;
	}

	/**
	 * The attributes that give a shape its look where it inherits {@code inherited}. For a shape (not a group: a
	 * null shape), what has no effect is left out: the font of a shape that draws no text, the stroke's width, dashes
	 * and opacity where there is no stroke, the fill's opacity where there is no fill.
	 */
	private static String difference(Map<String, String> look, Map<String, String> inherited, String shape) {
		StringBuilder b = new StringBuilder();
		for (String property : PROPERTIES) {
			String value = look.containsKey(property) ? look.get(property)
					: inherited.containsKey(property) ? INITIAL.get(property) : null;
			if (shape != null && noEffect(shape, property, look)) {
				continue;
			}
			String passed = inherited.containsKey(property) ? inherited.get(property) : INITIAL.get(property);
			if (value != null && !value.equals(passed)) {
				b.append(' ').append(property).append("=\"").append(value).append('"');
			}
		}
		return b.toString();
	}

	/** Whether a property of a shape's whole look has no effect on how it is drawn. */
	private static boolean noEffect(String shape, String property, Map<String, String> look) {
		if (property.startsWith("font-")) {
			return !shape.equals("text");
		}
		if (property.startsWith("stroke-") || property.equals("paint-order")) {
			return look.getOrDefault("stroke", INITIAL.get("stroke")).equals("none");
		}
		if (property.equals("fill-opacity")) {
			return look.getOrDefault("fill", INITIAL.get("fill")).equals("none");
		}
		return false;
	}

	/** Rules in source order, then stably by the number of their classes: the order they apply in. */
	private static List<Rule> parse(String text) {
		List<Rule> rules = new ArrayList<>();
		for (String line : text.split("\n")) {
			line = line.strip();
			if (line.isEmpty()) {
				continue;
			}
			int open = line.indexOf('{'), close = line.lastIndexOf('}');
			String[] selector = line.substring(0, open).strip().split("\\.");
			Set<String> classes = new TreeSet<>(Arrays.asList(selector).subList(1, selector.length));
			Map<String, String> properties = new LinkedHashMap<>();
			for (String declaration : line.substring(open + 1, close).split(";")) {
				int colon = declaration.indexOf(':');
				String name = declaration.substring(0, colon).strip();
				if (!PROPERTIES.contains(name)) {
					throw new IllegalStateException("unknown presentation property " + name + " in " + line);
				}
				properties.put(name, declaration.substring(colon + 1).strip());
			}
			rules.add(new Rule(selector[0], classes, properties));
		}
		rules.sort(Comparator.comparingInt(r -> r.classes().size()));
		return List.copyOf(rules);
	}
}
