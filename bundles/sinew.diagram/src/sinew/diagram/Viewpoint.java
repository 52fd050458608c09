package sinew.diagram;

import java.util.Locale;
import java.util.Optional;

/** The diagrams Sinew draws of a set of models; each is one SVG document. */
public enum Viewpoint {

	/** Firms, production lines, items and supplier links, grouped by nation; single sources and capped lines stand out. */
	INDUSTRIAL("industrial", "Industrial network"),
	/** Stockpiles, depots and MRO facilities by site, the routes between sites and the units they serve. */
	SUSTAINMENT("sustainment", "Sustainment flow"),
	/** A map of the theatres: sites by kind, strike envelopes as range rings, routes as great-circle arcs. */
	POSTURE("posture", "Posture map"),
	/** Requirements, the elements they constrain, and their verdicts when given. */
	REQUIREMENTS("requirements", "Requirements");

	private final String id;
	private final String title;

	Viewpoint(String id, String title) {
		this.id = id;
		this.title = title;
	}

	/** The word used on the command line and in file names ({@code industrial}, ...). */
	public String id() {
		return id;
	}

	/** The diagram's title. */
	public String title() {
		return title;
	}

	/** The viewpoint named by its word, ignoring case. */
	public static Optional<Viewpoint> of(String word) {
		for (Viewpoint v : values()) {
			if (v.id.equals(word.toLowerCase(Locale.ROOT))) {
				return Optional.of(v);
			}
		}
		return Optional.empty();
	}
}
