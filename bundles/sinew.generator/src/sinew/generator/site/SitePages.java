package sinew.generator.site;

import static sinew.generator.site.Html.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import sinew.dsl.workspace.ModelIssue;
import sinew.generator.reports.RequirementReport;
import sinew.generator.site.ElementIndex.Entry;
import sinew.generator.site.ElementIndex.Link;
import sinew.model.Import;
import sinew.model.ModelPackage;
import sinew.model.Quantity;
import sinew.model.Requirement;
import sinew.model.Scenario;
import sinew.model.units.Units;

/** Renders the pages of the review site from the element index, the findings, the viewpoints and the results. */
final class SitePages {

	/** A finding with the page of the element it concerns (null when it concerns no model file). */
	record Finding(int number, ModelIssue issue, Entry element) {

		String anchor() {
			return "f" + number;
		}
	}

	private final ReviewSite site;
	private final ElementIndex index;
	private final List<Finding> findings = new ArrayList<>();
	private final Map<Entry, List<Finding>> findingsOf = new LinkedHashMap<>();
	private final Map<String, byte[]> files = new TreeMap<>();
	private final Map<Entry, RequirementReport.Verdict> verdicts = new LinkedHashMap<>();
	/** The way from the page being rendered to the site's root: "", "../" or "../../". */
	private String up = "";

	SitePages(ReviewSite site) {
		this.site = site;
		this.index = new ElementIndex(site.models());
		int n = 1;
		for (ModelIssue issue : site.issues()) {
			Entry element = index.at(issue.file(), issue.line(), issue.column());
			Finding f = new Finding(n++, issue, element);
			findings.add(f);
			if (element != null) {
				findingsOf.computeIfAbsent(element, k -> new ArrayList<>()).add(f);
			}
		}
		for (RequirementReport.Verdict v : site.verdicts()) {
			Entry requirement = v.file() == null ? null : index.at(v.file(), v.line(), v.column());
			if (requirement != null && requirement.element() instanceof Requirement) {
				verdicts.put(requirement, v);
			}
		}
	}

	/** Every file of the site by relative path, sorted. */
	Map<String, byte[]> render() {
		put("assets/site.css", SiteAssets.CSS);
		put("assets/site.js", SiteAssets.JS);
		put(ReviewSite.MARKER, "A Sinew review site; `sinew site --out` may replace this folder.\n");
		put("index.html", page("Overview", "", "index", index()));
		put("findings.html", page("Findings", "", "findings", findings()));
		put("elements.html", page("Elements", "", "elements", elementList()));
		up = "../";
		for (Entry e : index.allPages()) {
			put(e.page(), page(e.label(), up, null, e.kind().equals("file") ? file(e) : element(e)));
		}
		for (ReviewSite.Viewpoint v : site.viewpoints()) {
			put(viewpointPage(v), page(v.title(), up, "viewpoints", viewpoint(v)));
		}
		up = "../../";
		for (ReviewSite.Results r : site.results()) {
			String folder = resultsFolder(r);
			for (Map.Entry<String, byte[]> chart : r.charts().entrySet()) {
				files.put(folder + "charts/" + ElementIndex.safe(chart.getKey()), chart.getValue());
			}
			put(folder + "index.html", page("Results of " + r.scenario(), up, "results", results(r)));
		}
		return files;
	}

	private void put(String path, String text) {
		files.put(path, text.getBytes(StandardCharsets.UTF_8));
	}

	static String viewpointPage(ReviewSite.Viewpoint v) {
		return "viewpoints/" + ElementIndex.safe(v.id()) + ".html";
	}

	private static String resultsFolder(ReviewSite.Results r) {
		return "results/" + ElementIndex.safe(r.scenario()) + "/";
	}

	// ---------------------------------------------------------------- layout

	private String page(String title, String up, String active, String body) {
		StringBuilder b = new StringBuilder();
		b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"Sinew ").append(escape(site.version())).append("\">\n")
				.append("<title>").append(escape(title)).append(" · Sinew review</title>\n")
				.append("<link rel=\"stylesheet\" href=\"").append(up).append("assets/site.css\">\n")
				.append("<script src=\"").append(up).append("assets/site.js\" defer></script>\n</head>\n<body>\n")
				.append("<header class=\"snw-top\"><a class=\"snw-brand\" href=\"").append(up)
				.append("index.html\">Sinew review</a>\n<nav>");
		nav(b, up + "index.html", "Overview", "index".equals(active));
		if (!site.viewpoints().isEmpty()) {
			nav(b, up + viewpointPage(site.viewpoints().get(0)), "Viewpoints", "viewpoints".equals(active));
		}
		nav(b, up + "findings.html", "Findings (" + findings.size() + ")", "findings".equals(active));
		nav(b, up + "elements.html", "Elements", "elements".equals(active));
		if (!site.results().isEmpty()) {
			nav(b, up + resultsFolder(site.results().get(0)) + "index.html", "Results", "results".equals(active));
		}
		b.append("</nav></header>\n<main>\n").append(body).append("</main>\n<footer>Generated by Sinew ")
				.append(escape(site.version())).append(" from ").append(escape(site.subject())).append("</footer>\n</body>\n</html>\n");
		return b.toString();
	}

	private static void nav(StringBuilder b, String href, String text, boolean active) {
		b.append("<a href=\"").append(escape(Html.url(href))).append('"').append(active ? " class=\"active\"" : "")
				.append('>').append(escape(text)).append("</a>");
	}

	/** A link from a page (up = the way to the site root) to an entry's page. */
	private static String ref(Entry e, String up) {
		return "<a href=\"" + escape(Html.url(up + e.page())) + "\">" + escape(e.id()) + "</a>";
	}

	// ---------------------------------------------------------------- index

	private String index() {
		StringBuilder b = new StringBuilder();
		Map<ModelIssue.Severity, Integer> counts = severityCounts(findings);
		b.append("<h1>").append(escape(site.subject())).append("</h1>\n<ul class=\"snw-cards\">")
				.append(card(index.files().size(), "files", null))
				.append(card(site.models().elementCount(), "model objects", null))
				.append(card(index.elements().size(), "named elements", "elements.html"))
				.append(card(counts.get(ModelIssue.Severity.ERROR), "errors", "findings.html"))
				.append(card(counts.get(ModelIssue.Severity.WARNING), "warnings", "findings.html"))
				.append(card(counts.get(ModelIssue.Severity.INFO), "infos", "findings.html")).append("</ul>\n");
		if (!site.viewpoints().isEmpty()) {
			b.append("<h2 id=\"viewpoints\">Viewpoints</h2>\n<ul>\n");
			for (ReviewSite.Viewpoint v : site.viewpoints()) {
				b.append("<li>").append(Html.link(viewpointPage(v), v.title())).append("</li>\n");
			}
			b.append("</ul>\n");
		}
		b.append("<h2 id=\"scenarios\">Scenarios</h2>\n");
		List<Entry> scenarios = index.elements().stream().filter(e -> e.element() instanceof Scenario).toList();
		if (scenarios.isEmpty()) {
			b.append("<p>The models declare no scenario.</p>\n");
		} else {
			b.append("<table>\n<thead><tr><th>scenario</th><th>title</th><th>theatre</th><th>start</th><th>duration</th><th>phases</th><th>simulation</th></tr></thead>\n<tbody>\n");
			for (Entry e : scenarios) {
				Scenario s = (Scenario) e.element();
				b.append("<tr><td>").append(ref(e, "")).append("</td><td>").append(escape(s.getTitle())).append("</td><td>")
						.append(s.getTheatre() != null && index.entry(s.getTheatre()) != null ? ref(index.entry(s.getTheatre()), "") : "")
						.append("</td><td>").append(escape(s.getStart())).append("</td><td>")
						.append(s.getDuration() == null ? "" : escape(Units.format(s.getDuration()))).append("</td><td>")
						.append(s.getPhases().size()).append("</td><td>");
				ReviewSite.Results r = resultsOf(e.id());
				b.append(r == null ? "no results given" : Html.link(resultsFolder(r) + "index.html", "results"));
				b.append("</td></tr>\n");
			}
			b.append("</tbody></table>\n");
		}
		List<ReviewSite.Results> orphans = site.results().stream().filter(r -> index.byId(r.scenario()) == null).toList();
		if (!orphans.isEmpty()) {
			b.append("<p>Results of scenarios not in these models: ");
			for (int i = 0; i < orphans.size(); i++) {
				b.append(i == 0 ? "" : ", ").append(Html.link(resultsFolder(orphans.get(i)) + "index.html", orphans.get(i).scenario()));
			}
			b.append("</p>\n");
		}
		requirements(b);
		b.append("<h2 id=\"files\">Files</h2>\n<table>\n<thead><tr><th>file</th><th>package</th><th>elements</th><th>errors</th><th>warnings</th><th>infos</th></tr></thead>\n<tbody>\n");
		for (Entry f : index.files()) {
			long elements = index.elements().stream().filter(e -> e.file().equals(f.file())).count();
			Map<ModelIssue.Severity, Integer> c = severityCounts(findings.stream()
					.filter(x -> x.element() != null && x.element().file().equals(f.file())).toList());
			b.append("<tr><td>").append(Html.link(f.page(), f.id())).append("</td><td>")
					.append(escape(f.title() == null ? "" : f.title().substring("package ".length()))).append("</td><td class=\"num\">")
					.append(elements).append("</td><td class=\"num\">").append(c.get(ModelIssue.Severity.ERROR))
					.append("</td><td class=\"num\">").append(c.get(ModelIssue.Severity.WARNING)).append("</td><td class=\"num\">")
					.append(c.get(ModelIssue.Severity.INFO)).append("</td></tr>\n");
		}
		b.append("</tbody></table>\n<h2 id=\"kinds\">Elements by kind</h2>\n<table>\n<thead><tr><th>kind</th><th>count</th></tr></thead>\n<tbody>\n");
		for (Map.Entry<String, List<Entry>> kind : byKind().entrySet()) {
			b.append("<tr><td>").append(Html.link("elements.html#kind-" + kind.getKey(), kind.getKey()))
					.append("</td><td class=\"num\">").append(kind.getValue().size()).append("</td></tr>\n");
		}
		b.append("</tbody></table>\n");
		return b.toString();
	}

	private void requirements(StringBuilder b) {
		List<Entry> requirements = index.elements().stream().filter(e -> e.element() instanceof Requirement).toList();
		if (requirements.isEmpty()) {
			return;
		}
		b.append("<h2 id=\"requirements\">Requirements</h2>\n");
		if (verdicts.isEmpty()) {
			b.append("<p>Not verified: the models have errors, so their requirements were neither simulated nor analysed.</p>\n");
		}
		b.append("<table>\n<thead><tr><th>requirement</th><th>verdict</th><th>measured</th></tr></thead>\n<tbody>\n");
		for (Entry e : requirements) {
			RequirementReport.Verdict v = verdicts.get(e);
			b.append("<tr><td>").append(ref(e, up)).append("</td><td>").append(verdict(v)).append("</td><td>")
					.append(v == null ? "" : escape(v.text())).append("</td></tr>\n");
		}
		b.append("</tbody></table>\n");
	}

	private static String verdict(RequirementReport.Verdict v) {
		if (v == null) {
			return "<span class=\"badge\">not verified</span>";
		}
		String word = v.status().name().toLowerCase(Locale.ROOT);
		return "<span class=\"badge " + word + "\">" + escape(v.status().name()) + "</span>";
	}

	private static String card(Object count, String what, String href) {
		String inner = "<span class=\"n\">" + count + "</span> " + escape(what);
		return "<li>" + (href == null ? inner : "<a href=\"" + escape(href) + "\">" + inner + "</a>") + "</li>";
	}

	private static Map<ModelIssue.Severity, Integer> severityCounts(Collection<Finding> list) {
		Map<ModelIssue.Severity, Integer> counts = new EnumMap<>(ModelIssue.Severity.class);
		for (ModelIssue.Severity s : ModelIssue.Severity.values()) {
			counts.put(s, 0);
		}
		list.forEach(f -> counts.merge(f.issue().severity(), 1, Integer::sum));
		return counts;
	}

	private Map<String, List<Entry>> byKind() {
		Map<String, List<Entry>> kinds = new TreeMap<>();
		for (Entry e : index.elements()) {
			kinds.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
		}
		return kinds;
	}

	private ReviewSite.Results resultsOf(String scenarioId) {
		return site.results().stream().filter(r -> r.scenario().equals(scenarioId)).findFirst().orElse(null);
	}

	// ---------------------------------------------------------------- findings

	private String findings() {
		StringBuilder b = new StringBuilder("<h1>Findings</h1>\n");
		if (findings.isEmpty()) {
			return b.append("<p>No findings: the models passed every check.</p>\n").toString();
		}
		Map<ModelIssue.Severity, Integer> counts = severityCounts(findings);
		b.append("<p class=\"snw-filter\">Show: ");
		for (ModelIssue.Severity s : ModelIssue.Severity.values()) {
			b.append("<label><input type=\"checkbox\" data-severity=\"").append(s.word()).append("\" checked> ")
					.append(s.word()).append(" (").append(counts.get(s)).append(")</label> ");
		}
		b.append("</p>\n");
		b.append(findingsTable(findings, ""));
		return b.toString();
	}

	private static String findingsTable(List<Finding> list, String up) {
		StringBuilder b = new StringBuilder("<table class=\"snw-findings\">\n<thead><tr><th>severity</th><th>code</th><th>message</th><th>location</th><th>element</th></tr></thead>\n<tbody>\n");
		for (Finding f : list) {
			ModelIssue i = f.issue();
			b.append("<tr id=\"").append(f.anchor()).append("\" class=\"sev-").append(i.severity().word()).append("\"><td>")
					.append("<span class=\"badge ").append(i.severity().word()).append("\">").append(i.severity().word())
					.append("</span></td><td><code>").append(escape(i.code())).append("</code></td><td>").append(escape(i.message()))
					.append("</td><td><code>").append(escape(i.file() + ":" + i.line() + ":" + i.column())).append("</code></td><td>")
					.append(f.element() == null ? "" : ref(f.element(), up)).append("</td></tr>\n");
		}
		return b.append("</tbody></table>\n").toString();
	}

	// ---------------------------------------------------------------- elements

	private String elementList() {
		StringBuilder b = new StringBuilder("<h1>Elements</h1>\n<p>");
		Map<String, List<Entry>> kinds = byKind();
		int i = 0;
		for (String kind : kinds.keySet()) {
			b.append(i++ == 0 ? "" : " · ").append(Html.link("#kind-" + kind, kind));
		}
		b.append("</p>\n");
		for (Map.Entry<String, List<Entry>> kind : kinds.entrySet()) {
			b.append("<h2 id=\"kind-").append(escape(kind.getKey())).append("\">").append(escape(kind.getKey()))
					.append(" (").append(kind.getValue().size()).append(")</h2>\n<table>\n<thead><tr><th>name</th><th>title</th><th>declared in</th><th>findings</th></tr></thead>\n<tbody>\n");
			for (Entry e : kind.getValue()) {
				b.append("<tr><td>").append(ref(e, "")).append("</td><td>").append(escape(e.title())).append("</td><td><code>")
						.append(escape(e.file() + ":" + e.line())).append("</code></td><td class=\"num\">")
						.append(findingsOf.getOrDefault(e, List.of()).size()).append("</td></tr>\n");
			}
			b.append("</tbody></table>\n");
		}
		return b.toString();
	}

	private String element(Entry e) {
		StringBuilder b = new StringBuilder();
		String simple = e.id().substring(e.id().lastIndexOf('.') + 1);
		b.append("<p class=\"snw-kind\">").append(escape(e.kind())).append("</p>\n<h1>").append(escape(simple)).append("</h1>\n");
		if (e.title() != null) {
			b.append("<p class=\"snw-title\">").append(escape(e.title())).append("</p>\n");
		}
		Entry file = index.owner(e.element().eResource().getContents().get(0));
		b.append("<p class=\"snw-where\"><code>").append(escape(e.id())).append("</code> declared in ")
				.append(file == null ? escape(e.file().toString()) : "<a href=\"" + up + escape(Html.url(file.page())) + "\">"
						+ escape(e.file().toString()) + "</a>")
				.append(" line ").append(e.line());
		Entry container = e.element().eContainer() == null ? null : index.owner(e.element().eContainer());
		if (container != null && container.page().startsWith("elements/")) {
			b.append(", inside ").append(ref(container, up));
		}
		b.append("</p>\n");
		if (e.element() instanceof Scenario) {
			ReviewSite.Results r = resultsOf(e.id());
			if (r != null) {
				b.append("<p>").append("<a href=\"" + up).append(escape(Html.url(resultsFolder(r) + "index.html")))
						.append("\">Simulation results</a></p>\n");
			}
		}
		if (e.element() instanceof Requirement) {
			RequirementReport.Verdict v = verdicts.get(e);
			b.append("<h2 id=\"verdict\">Verdict</h2>\n<p>").append(verdict(v)).append(' ')
					.append(v == null ? "not verified" : escape(v.text())).append("</p>\n");
		}
		documentation(b, e.element());
		List<Finding> mine = findingsOf.getOrDefault(e, List.of());
		if (!mine.isEmpty()) {
			b.append("<h2 id=\"findings\">Findings (").append(mine.size()).append(")</h2>\n<ul class=\"snw-list\">\n");
			for (Finding f : mine) {
				b.append("<li><span class=\"badge ").append(f.issue().severity().word()).append("\">")
						.append(f.issue().severity().word()).append("</span> <code>").append(escape(f.issue().code()))
						.append("</code> ").append(escape(f.issue().message())).append(" <a href=\"" + up + "findings.html#")
						.append(f.anchor()).append("\">line ").append(f.issue().line()).append("</a></li>\n");
			}
			b.append("</ul>\n");
		}
		b.append("<h2 id=\"attributes\">Attributes</h2>\n");
		String table = features(e.element(), e);
		b.append(table.isEmpty() ? "<p>None.</p>\n" : table);
		links(b, "links-out", "Links out", index.linksOut(e), true);
		links(b, "links-in", "Links in", index.linksIn(e), false);
		return b.toString();
	}

	private static void documentation(StringBuilder b, EObject element) {
		EStructuralFeature doc = element.eClass().getEStructuralFeature("documentation");
		if (doc != null && element.eGet(doc) instanceof String text && !text.isBlank()) {
			b.append("<h2 id=\"documentation\">Documentation</h2>\n<div class=\"snw-doc\">").append(escape(text.strip()))
					.append("</div>\n");
		}
	}

	private void links(StringBuilder b, String id, String heading, List<Link> links, boolean outgoing) {
		b.append("<h2 id=\"").append(id).append("\">").append(heading).append(" (").append(links.size()).append(")</h2>\n");
		if (links.isEmpty()) {
			b.append("<p>None.</p>\n");
			return;
		}
		b.append("<table>\n<thead><tr><th>").append(outgoing ? "through" : "from").append("</th><th>")
				.append(outgoing ? "to" : "through").append("</th><th>kind</th></tr></thead>\n<tbody>\n");
		for (Link l : links) {
			Entry other = outgoing ? l.to() : l.from();
			if (outgoing) {
				b.append("<tr><td>").append(escape(l.via())).append("</td><td>").append(ref(other, up));
			} else {
				b.append("<tr><td>").append(ref(other, up)).append("</td><td>").append(escape(l.via()));
			}
			b.append("</td><td>").append(escape(other.kind())).append("</td></tr>\n");
		}
		b.append("</tbody></table>\n");
	}

	/** The set features of an object as a table: values as written, references as links, nested objects inline. */
	private String features(EObject object, Entry page) {
		StringBuilder rows = new StringBuilder();
		for (EStructuralFeature f : object.eClass().getEAllStructuralFeatures()) {
			String name = f.getName();
			if (f.isDerived() || f.isTransient() || name.equals("name") || name.equals("documentation")
					|| (name.equals("title") && object == page.element()) || !object.eIsSet(f)) {
				continue;
			}
			List<Object> values = new ArrayList<>();
			if (f.isMany()) {
				values.addAll((List<?>) object.eGet(f, false));
			} else {
				values.add(object.eGet(f, false));
			}
			StringBuilder cell = new StringBuilder();
			for (int i = 0; i < values.size(); i++) {
				String v = value(object, f, values.get(i), i, page);
				boolean block = v.startsWith("<table");
				cell.append(i == 0 || block ? "" : ", ").append(v);
			}
			rows.append("<tr><th>").append(escape(words(name))).append("</th><td>").append(cell).append("</td></tr>\n");
		}
		return rows.isEmpty() ? "" : "<table class=\"snw-attrs\">\n<tbody>\n" + rows + "</tbody></table>\n";
	}

	private String value(EObject owner, EStructuralFeature f, Object value, int position, Entry page) {
		if (f instanceof EAttribute) {
			if (value instanceof Enumerator literal) {
				return escape(literal.getLiteral());
			}
			if (value instanceof Double d) {
				return escape(Units.number(d));
			}
			return escape(String.valueOf(value));
		}
		EReference reference = (EReference) f;
		EObject target = (EObject) value;
		if (reference.isContainment()) {
			if (target instanceof Quantity q) {
				return escape(Units.format(q));
			}
			if (target instanceof Import imp) {
				return "<code>" + escape(imp.getImportedNamespace()) + "</code>";
			}
			Entry own = index.entry(target);
			if (own != null) {
				return ref(own, up);
			}
			String nested = features(target, page);
			return nested.isEmpty() ? "" : nested.replace("class=\"snw-attrs\"", "class=\"snw-attrs nested\"");
		}
		if (target == null) {
			return "";
		}
		if (target.eIsProxy()) {
			return "<span class=\"unresolved\" title=\"unresolved reference\">" + escape(written(owner, reference, position))
					+ " (unresolved)</span>";
		}
		Entry to = index.owner(target);
		return to == null ? escape(String.valueOf(((InternalEObject) target).eProxyURI())) : ref(to, up);
	}

	/** The text a reference is written as in the model file. */
	private static String written(EObject owner, EReference reference, int position) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		if (position < nodes.size()) {
			return NodeModelUtils.getTokenText(nodes.get(position));
		}
		return "?";
	}

	private String file(Entry f) {
		StringBuilder b = new StringBuilder();
		b.append("<p class=\"snw-kind\">file</p>\n<h1>").append(escape(f.id())).append("</h1>\n");
		if (f.element() instanceof ModelPackage p) {
			b.append("<p class=\"snw-where\">package <code>").append(escape(p.getName())).append("</code></p>\n");
			documentation(b, p);
			if (!p.getImports().isEmpty()) {
				b.append("<h2 id=\"imports\">Imports</h2>\n<ul class=\"snw-list\">\n");
				for (Import i : p.getImports()) {
					b.append("<li><code>").append(escape(i.getImportedNamespace())).append("</code></li>\n");
				}
				b.append("</ul>\n");
			}
		}
		List<Entry> declared = index.elements().stream().filter(e -> e.file().equals(f.file()))
				.sorted(java.util.Comparator.comparingInt(Entry::offset)).toList();
		b.append("<h2 id=\"elements\">Elements (").append(declared.size()).append(")</h2>\n");
		if (!declared.isEmpty()) {
			b.append("<table>\n<thead><tr><th>line</th><th>kind</th><th>name</th><th>title</th></tr></thead>\n<tbody>\n");
			for (Entry e : declared) {
				b.append("<tr><td class=\"num\">").append(e.line()).append("</td><td>").append(escape(e.kind())).append("</td><td>")
						.append(ref(e, up)).append("</td><td>").append(escape(e.title())).append("</td></tr>\n");
			}
			b.append("</tbody></table>\n");
		}
		List<Finding> inFile = findings.stream().filter(x -> x.element() != null && x.element().file().equals(f.file())).toList();
		b.append("<h2 id=\"findings\">Findings (").append(inFile.size()).append(")</h2>\n");
		if (!inFile.isEmpty()) {
			b.append(findingsTable(inFile, up).replace("<tr id=\"f", "<tr data-finding=\"f"));
		}
		return b.toString();
	}

	// ---------------------------------------------------------------- viewpoints

	private String viewpoint(ReviewSite.Viewpoint v) {
		StringBuilder b = new StringBuilder();
		b.append("<div class=\"snw-vp-head\"><h1>").append(escape(v.title())).append("</h1>\n<nav class=\"snw-vps\">");
		for (ReviewSite.Viewpoint other : site.viewpoints()) {
			b.append("<a href=\"" + up).append(escape(Html.url(viewpointPage(other)))).append('"')
					.append(other == v ? " class=\"active\"" : "").append('>').append(escape(other.title())).append("</a>");
		}
		b.append("</nav></div>\n");
		for (String note : v.notes()) {
			b.append("<p class=\"snw-note\">").append(escape(note)).append("</p>\n");
		}
		b.append("<div class=\"snw-toolbar\"><button type=\"button\" data-zoom=\"fit\">Fit</button>")
				.append("<button type=\"button\" data-zoom=\"in\" title=\"zoom in\">+</button>")
				.append("<button type=\"button\" data-zoom=\"out\" title=\"zoom out\">&#8722;</button>")
				.append("<span>wheel to zoom, drag to pan</span></div>\n");
		b.append("<div class=\"snw-viewport\" id=\"snw-viewport\">\n");
		b.append(SvgEmbed.embed(v.svg(), id -> {
			Entry e = index.byId(id);
			return e == null ? null : Html.url(up + e.page());
		}));
		b.append("\n</div>\n");
		return b.toString();
	}

	// ---------------------------------------------------------------- results

	private String results(ReviewSite.Results r) {
		StringBuilder b = new StringBuilder();
		com.google.gson.JsonObject root = r.document();
		Entry scenario = index.byId(r.scenario());
		b.append("<p class=\"snw-kind\">simulation results</p>\n<h1>")
				.append(scenario == null ? escape(r.scenario()) : ref(scenario, up)).append("</h1>\n");
		if (site.results().size() > 1) {
			b.append("<p>Other scenarios: ");
			int i = 0;
			for (ReviewSite.Results other : site.results()) {
				if (other != r) {
					b.append(i++ == 0 ? "" : ", ").append("<a href=\"" + up).append(escape(Html.url(resultsFolder(other) + "index.html")))
							.append("\">").append(escape(other.scenario())).append("</a>");
				}
			}
			b.append("</p>\n");
		}
		b.append("<table class=\"snw-attrs\"><tbody>\n");
		for (String key : List.of("theatre", "start", "days", "firstHighIntensityDay", "runs", "seed", "deterministic")) {
			if (root.has(key)) {
				String text = json(root.get(key));
				Entry linked = key.equals("theatre") ? index.byId(text) : null;
				b.append("<tr><th>").append(escape(words(key))).append("</th><td>")
						.append(linked == null ? escape(text) : ref(linked, up)).append("</td></tr>\n");
			}
		}
		b.append("</tbody></table>\n");
		if (!r.charts().isEmpty()) {
			b.append("<h2 id=\"charts\">Charts</h2>\n<div class=\"snw-charts\">\n");
			for (String chart : r.charts().keySet()) {
				String name = chart.contains(".") ? chart.substring(0, chart.lastIndexOf('.')) : chart;
				b.append("<figure><img src=\"").append(escape(Html.url("charts/" + ElementIndex.safe(chart)))).append("\" alt=\"")
						.append(escape(words(name))).append("\"><figcaption>").append(escape(words(name)))
						.append("</figcaption></figure>\n");
			}
			b.append("</div>\n");
		}
		boolean many = root.has("runs") && root.get("runs").getAsInt() > 1;
		b.append("<h2 id=\"items\">Items</h2>\n<table>\n<thead><tr><th>item</th><th>exhausted on day</th><th>high-intensity days to exhaustion</th><th>initial stock</th><th>destroyed by strikes</th><th>demand</th><th>unmet demand</th><th>first arrival day</th><th>binding constraint</th>");
		if (many) {
			String beforeDay = "D";
			for (com.google.gson.JsonElement element : array(root, "items")) {
				if (element.isJsonObject() && element.getAsJsonObject().get("summary") instanceof com.google.gson.JsonObject s
						&& s.has("exhaustedBeforeDay")) {
					beforeDay = json(s.get("exhaustedBeforeDay"));
					break;
				}
			}
			b.append("<th>exhaustion P10/P50/P90</th><th>unmet P10/P50/P90</th><th>P(exhausted before day ")
					.append(escape(beforeDay)).append(")</th>");
		}
		b.append("</tr></thead>\n<tbody>\n");
		for (com.google.gson.JsonElement element : array(root, "items")) {
			com.google.gson.JsonObject item = element.getAsJsonObject();
			b.append("<tr><td>").append(idLink(json(item.get("item")))).append("</td>");
			for (String key : List.of("exhaustionDay", "highIntensityDaysToExhaustion", "initialStock", "destroyedByStrikes",
					"demand", "unmetDemand", "replenishmentLagDays")) {
				b.append("<td class=\"num\">").append(escape(json(item.get(key)))).append("</td>");
			}
			b.append("<td>").append(escape(json(item.get("bindingConstraint")))).append("</td>");
			if (many && item.has("summary") && item.get("summary").isJsonObject()) {
				com.google.gson.JsonObject s = item.getAsJsonObject("summary");
				b.append("<td class=\"num\">").append(escape(json(s.get("exhaustionDayP10")) + " / " + json(s.get("exhaustionDayP50"))
						+ " / " + json(s.get("exhaustionDayP90")))).append("</td><td class=\"num\">")
						.append(escape(json(s.get("unmetDemandP10")) + " / " + json(s.get("unmetDemandP50")) + " / "
								+ json(s.get("unmetDemandP90"))))
						.append("</td><td class=\"num\">").append(escape(json(s.get("probabilityExhaustedBefore")))).append("</td>");
			}
			b.append("</tr>\n");
		}
		b.append("</tbody></table>\n<p>Days are counted from day 0, the scenario's start; an empty exhaustion day means the item lasted the scenario.</p>\n");
		b.append("<h2 id=\"lines\">Production lines</h2>\n<table>\n<thead><tr><th>line</th><th>item</th><th>first production day</th><th>transit days</th><th>produced</th><th>capacity</th><th>utilisation</th></tr></thead>\n<tbody>\n");
		for (com.google.gson.JsonElement element : array(root, "lines")) {
			com.google.gson.JsonObject line = element.getAsJsonObject();
			b.append("<tr><td>").append(idLink(json(line.get("line")))).append("</td><td>").append(idLink(json(line.get("item"))))
					.append("</td>");
			for (String key : List.of("firstProductionDay", "transitDays", "produced", "capacity", "utilisation")) {
				b.append("<td class=\"num\">").append(escape(json(line.get(key)))).append("</td>");
			}
			b.append("</tr>\n");
		}
		b.append("</tbody></table>\n");
		return b.toString();
	}

	private String idLink(String id) {
		Entry e = index.byId(id);
		return e == null ? escape(id) : ref(e, up);
	}

	private static Iterable<com.google.gson.JsonElement> array(com.google.gson.JsonObject root, String key) {
		return root.has(key) && root.get(key).isJsonArray() ? root.getAsJsonArray(key) : new com.google.gson.JsonArray();
	}

	/** A JSON value as table text: numbers rounded to 3 decimals, null as empty. */
	private static String json(com.google.gson.JsonElement value) {
		if (value == null || value.isJsonNull()) {
			return "";
		}
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
			double d = value.getAsDouble();
			return Units.number(Math.round(d * 1000) / 1000.0);
		}
		return value.isJsonPrimitive() ? value.getAsString() : value.toString();
	}

	/** A feature name in words: leadTime → lead time. */
	static String words(String name) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				b.append(' ').append(Character.toLowerCase(c));
			} else if (c == '_' || c == '-') {
				b.append(' ');
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
