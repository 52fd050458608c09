package sinew.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

import sinew.checks.Finding;
import sinew.checks.analysis.ExposureAnalysis;
import sinew.checks.analysis.ModelIndex;
import sinew.checks.analysis.SupplyAnalysis;
import sinew.dsl.validation.ConsistencyChecks;
import sinew.model.ModelPackage;
import sinew.model.NamedElement;
import sinew.model.ProductionLine;
import sinew.model.Route;
import sinew.model.Site;
import sinew.model.Stockpile;
import sinew.model.ThreatEnvelope;
import sinew.model.units.Units;

/**
 * Hovers of the Sinew language (Markdown): the kind and qualified name of the element, its title, its doc
 * comment, then facts computed from the whole set of models by the analyses the checks use (normalised rates,
 * output capped by an input, threats whose range reaches a site, great-circle length of a route) and the
 * consistency-check findings on the element.
 */
public class SinewHoverService extends HoverService {

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Override
	public String getContents(EObject element) {
		if (!(element instanceof NamedElement named) || element.eIsProxy()) {
			return super.getContents(element);
		}
		StringBuilder text = new StringBuilder();
		QualifiedName name = qualifiedNames.getFullyQualifiedName(element);
		text.append("**").append(kind(element)).append("** `").append(name != null ? name : named.getName()).append('`');
		if (named.getTitle() != null && !named.getTitle().isBlank()) {
			text.append(" — ").append(named.getTitle());
		}
		// the doc comment before a declaration is part of the model (its documentation), not a hidden comment
		String documentation = element instanceof sinew.model.Documented d && d.getDocumentation() != null
				? d.getDocumentation() : super.getContents(element);
		if (!documentation.isBlank()) {
			text.append("\n\n").append(documentation.strip());
		}
		List<String> facts;
		try {
			facts = facts(element);
		} catch (RuntimeException halfTypedModel) {
			facts = List.of(); // a model being typed may lack what an analysis needs: no facts, still the hover
		}
		if (!facts.isEmpty()) {
			text.append("\n\n");
			facts.forEach(fact -> text.append("- ").append(fact).append('\n'));
		}
		return text.toString().strip();
	}

	/** The keyword of an element's declaration: {@code ProductionLine} is a {@code line}. */
	static String kind(EObject element) {
		return switch (element.eClass().getName()) {
			case "ProductionLine" -> "line";
			case "MroFacility" -> "mro";
			case "ThreatEnvelope" -> "threat";
			case "ExportRegime" -> "regime";
			case "ControlCategory" -> "category";
			default -> element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** The computed facts about an element, one line each. */
	List<String> facts(EObject element) {
		List<String> facts = new ArrayList<>();
		ResourceSet resourceSet = element.eResource() != null ? element.eResource().getResourceSet() : null;
		if (resourceSet == null) {
			return facts;
		}
		ModelIndex index = new ModelIndex(packages(resourceSet));
		if (element instanceof ProductionLine line && line.getRate() != null) {
			double perDay = Units.perDay(line.getRate());
			facts.add("rate " + Units.figure(perDay) + "/day (" + Units.figure(Units.perYear(line.getRate())) + "/year)");
			SupplyAnalysis.Capped capped = new SupplyAnalysis(index).cappedOutput(line, perDay);
			if (capped.cappedUpstream()) {
				facts.add("output capped at " + Units.figure(capped.perDay()) + "/day by " + capped.limitingInput().getName()
						+ " from line " + capped.limitingSupplier().getName());
			}
		}
		if (element instanceof Stockpile stockpile) {
			facts.add("holds " + Units.figure(stockpile.getQuantity()) + " " + (ModelIndex.resolved(stockpile.getItem())
					? stockpile.getItem().getName() : "")
					+ (ModelIndex.resolved(stockpile.getSite()) ? " at " + stockpile.getSite().getName() : ""));
		}
		if (element instanceof Site site && ExposureAnalysis.hasPosition(site)) {
			List<String> reaching = new ArrayList<>();
			for (ThreatEnvelope threat : ExposureAnalysis.activeThreats(index)) {
				if (ExposureAnalysis.reaches(threat, site)) {
					reaching.add(ExposureAnalysis.threatName(threat));
				}
			}
			facts.add(reaching.isEmpty() ? "outside the range of every active threat"
					: "within range of " + String.join(", ", reaching));
		}
		if (element instanceof Route route) {
			Optional<Double> km = ExposureAnalysis.lengthKm(route);
			km.ifPresent(length -> facts.add("great-circle length " + Units.figure(length) + " km"));
			ExposureAnalysis.transit(route).ifPresent(
					transit -> facts.add("transit " + Units.figure(transit.transitDays()) + " days"));
		}
		for (Finding finding : ConsistencyChecks.findings(resourceSet)) {
			if (finding.element() == element) {
				facts.add(finding.severity().word() + " " + finding.ruleId() + ": " + finding.message());
			}
		}
		return facts;
	}

	private static List<ModelPackage> packages(ResourceSet resourceSet) {
		List<ModelPackage> packages = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ModelPackage p) {
				packages.add(p);
			}
		}
		return packages;
	}
}
