package sinew.checks.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import sinew.model.Agreement;
import sinew.model.Item;
import sinew.model.Licence;
import sinew.model.MroFacility;
import sinew.model.ModelPackage;
import sinew.model.Nation;
import sinew.model.PackagedElement;
import sinew.model.ProductionLine;
import sinew.model.Requirement;
import sinew.model.Route;
import sinew.model.Scenario;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.Theatre;
import sinew.model.ThreatEnvelope;
import sinew.model.Unit;

/**
 * Every element of the models checked together, by kind, in model order, with the cross-links the rules ask
 * for often (the lines making an item, the stockpiles at a site, the theatres of a site). Built once per run.
 */
public final class ModelIndex {

	private final List<ModelPackage> packages;
	private final Map<Class<?>, List<PackagedElement>> byType = new LinkedHashMap<>();
	private final Map<Item, List<ProductionLine>> linesByItem = new LinkedHashMap<>();
	private final Map<Site, List<Theatre>> theatresBySite = new LinkedHashMap<>();

	public ModelIndex(Collection<ModelPackage> packages) {
		this.packages = List.copyOf(packages);
		for (ModelPackage p : this.packages) {
			for (PackagedElement element : p.getElements()) {
				byType.computeIfAbsent(element.eClass().getInstanceClass(), c -> new ArrayList<>()).add(element);
				if (element instanceof ProductionLine line && resolved(line.getItem())) {
					linesByItem.computeIfAbsent(line.getItem(), i -> new ArrayList<>()).add(line);
				}
				if (element instanceof Theatre theatre) {
					for (Site site : theatre.getSites()) {
						if (resolved(site)) {
							theatresBySite.computeIfAbsent(site, s -> new ArrayList<>()).add(theatre);
						}
					}
				}
			}
		}
	}

	/** Whether a reference is set and resolved (not a proxy left by a linking error). */
	public static boolean resolved(EObject object) {
		return object != null && !object.eIsProxy();
	}

	public List<ModelPackage> packages() {
		return packages;
	}

	/** All elements of one kind (and its subkinds), in model order. */
	@SuppressWarnings("unchecked")
	public <T extends PackagedElement> List<T> all(Class<T> type) {
		List<T> result = new ArrayList<>();
		byType.forEach((c, elements) -> {
			if (type.isAssignableFrom(c)) {
				result.addAll((List<T>) elements);
			}
		});
		return result;
	}

	public List<Nation> nations() { return all(Nation.class); }
	public List<Item> items() { return all(Item.class); }
	public List<Site> sites() { return all(Site.class); }
	public List<Theatre> theatres() { return all(Theatre.class); }
	public List<ProductionLine> lines() { return all(ProductionLine.class); }
	public List<Unit> units() { return all(Unit.class); }
	public List<Stockpile> stockpiles() { return all(Stockpile.class); }
	public List<MroFacility> mroFacilities() { return all(MroFacility.class); }
	public List<Route> routes() { return all(Route.class); }
	public List<ThreatEnvelope> threats() { return all(ThreatEnvelope.class); }
	public List<Scenario> scenarios() { return all(Scenario.class); }
	public List<Requirement> requirements() { return all(Requirement.class); }
	public List<Licence> licences() { return all(Licence.class); }
	public List<Agreement> agreements() { return all(Agreement.class); }

	/** The production lines that make an item (planned ones included). */
	public List<ProductionLine> linesMaking(Item item) {
		return linesByItem.getOrDefault(item, Collections.emptyList());
	}

	/** The theatres a site belongs to. */
	public List<Theatre> theatresOf(Site site) {
		return theatresBySite.getOrDefault(site, Collections.emptyList());
	}
}
