package sinew.generator.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import sinew.dsl.workspace.ModelWorkspace;
import sinew.generator.siminput.SimInput;
import sinew.model.ModelPackage;
import sinew.model.NamedElement;

/**
 * The pages of the model elements: one per named element (top-level declarations and the named elements inside
 * them, such as phases and control categories) and one per file; where each is declared; and every reference
 * between them, both ways. Objects without a name (quantities, inputs, allocations) belong to the page of the
 * nearest named element that contains them.
 */
final class ElementIndex {

	/** One page of the site about one element or file. */
	record Entry(EObject element, String id, String kind, String title, String page, Path file, int line, int offset,
			int endOffset) {

		/** The page's heading text: kind and qualified name. */
		String label() {
			return kind + " " + id;
		}
	}

	/** A reference from the page of one element to the page of another, through a feature path. */
	record Link(Entry from, String via, Entry to) {
	}

	private final Map<EObject, Entry> entries = new IdentityHashMap<>();
	private final List<Entry> sorted = new ArrayList<>();
	private final List<Entry> files = new ArrayList<>();
	private final Map<String, Entry> byId = new HashMap<>();
	private final Map<Path, Resource> resources = new LinkedHashMap<>();
	private final Map<Entry, List<Link>> out = new HashMap<>();
	private final Map<Entry, List<Link>> in = new HashMap<>();

	ElementIndex(ModelWorkspace.Models models) {
		Set<String> taken = new HashSet<>();
		for (Path file : models.files()) {
			Resource resource = models.resources().get(file);
			resources.put(file.toAbsolutePath().normalize(), resource);
			if (resource == null || resource.getContents().isEmpty()) {
				continue;
			}
			EObject root = resource.getContents().get(0);
			String packageName = root instanceof ModelPackage p && p.getName() != null ? p.getName() : "";
			Entry fileEntry = entry(root, file.toString(), "file", packageName.isEmpty() ? null : "package " + packageName,
					"files/" + unique(taken, safe(file.toString())) + ".html", file);
			files.add(fileEntry);
			entries.put(root, fileEntry);
		}
		List<Entry> named = new ArrayList<>();
		for (Path file : models.files()) {
			Resource resource = models.resources().get(file);
			if (resource == null) {
				continue;
			}
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (object instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()) {
					String id = SimInput.id(object);
					named.add(entry(object, id, kind(object), n.getTitle(), null, file));
				}
			}
		}
		// pages named by qualified name; names differing only in case get a suffix (case-insensitive file systems)
		named.sort(Comparator.comparing(Entry::id).thenComparing(e -> e.file().toString()).thenComparingInt(Entry::line));
		for (Entry e : named) {
			Entry withPage = new Entry(e.element(), e.id(), e.kind(), e.title(),
					"elements/" + unique(taken, safe(e.id())) + ".html", e.file(), e.line(), e.offset(), e.endOffset());
			entries.put(e.element(), withPage);
			sorted.add(withPage);
			byId.putIfAbsent(withPage.id(), withPage);
		}
		collectLinks();
	}

	private static Entry entry(EObject object, String id, String kind, String title, String page, Path file) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		int line = node == null ? 1 : node.getStartLine();
		int offset = node == null ? 0 : node.getOffset();
		int end = node == null ? 0 : node.getEndOffset();
		return new Entry(object, id, kind, title, page, file, line, offset, end);
	}

	/**
	 * A file name made of characters that are safe everywhere (letters, digits, '.', '-', '_'); any other becomes
	 * '_'. Names that then clash are told apart by the index ({@link #unique}).
	 */
	static String safe(String name) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '-' || c == '_';
			b.append(plain ? c : '_');
		}
		String safe = b.toString();
		return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
	}

	private static String unique(Set<String> taken, String name) {
		String candidate = name;
		for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = name + "-" + n;
		}
		return candidate;
	}

	/** The user's word for an element's kind: the keyword that declares it. */
	static String kind(EObject object) {
		String name = object.eClass().getName();
		return switch (name) {
			case "ExportRegime" -> "regime";
			case "ControlCategory" -> "category";
			case "ProductionLine" -> "line";
			case "MroFacility" -> "mro";
			case "ThreatEnvelope" -> "threat";
			default -> name.toLowerCase(Locale.ROOT);
		};
	}

	private void collectLinks() {
		for (Entry from : allPages()) {
			List<Link> links = new ArrayList<>();
			collectFrom(from, from.element(), "", links);
			out.put(from, links);
			for (Link link : links) {
				in.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
			}
		}
		Comparator<Link> byFrom = Comparator.comparing((Link l) -> l.from().page()).thenComparing(Link::via);
		in.values().forEach(list -> list.sort(byFrom));
	}

	/** References of an object and of its contents that have no page of their own, in feature order. */
	private void collectFrom(Entry from, EObject object, String path, List<Link> links) {
		for (EContentsEList.FeatureIterator<EObject> it = (EContentsEList.FeatureIterator<EObject>) object
				.eCrossReferences().iterator(); it.hasNext();) {
			EObject target = it.next();
			EReference feature = (EReference) it.feature();
			if (target.eIsProxy()) {
				continue;
			}
			Entry to = owner(target);
			if (to != null) {
				links.add(new Link(from, path + SitePages.words(feature.getName()), to));
			}
		}
		for (EObject child : object.eContents()) {
			Entry own = entries.get(child);
			if (own != null && own.page().startsWith("elements/")) {
				continue; // a named child has its own page and its own links
			}
			String step = SitePages.words(child.eContainmentFeature().getName());
			collectFrom(from, child, path + step + " · ", links);
		}
	}

	/** The page an object belongs to: its own, or that of the nearest named element or file containing it. */
	Entry owner(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			Entry e = entries.get(o);
			if (e != null) {
				return e;
			}
		}
		return null;
	}

	/** The entry of an object that has a page of its own, or null. */
	Entry entry(EObject object) {
		return entries.get(object);
	}

	Entry byId(String id) {
		return byId.get(id);
	}

	/** The named elements, by qualified name. */
	List<Entry> elements() {
		return sorted;
	}

	/** The files, in the order given. */
	List<Entry> files() {
		return files;
	}

	List<Entry> allPages() {
		List<Entry> all = new ArrayList<>(files);
		all.addAll(sorted);
		return all;
	}

	List<Link> linksOut(Entry entry) {
		return out.getOrDefault(entry, List.of());
	}

	List<Link> linksIn(Entry entry) {
		return in.getOrDefault(entry, List.of());
	}

	/**
	 * The innermost element declared at a position of a file (line and column from 1), else the file's page; null
	 * when the file is not one of the models.
	 */
	Entry at(Path file, int line, int column) {
		Resource resource = resources.get(file.toAbsolutePath().normalize());
		if (resource == null || resource.getContents().isEmpty()) {
			return null;
		}
		EObject root = resource.getContents().get(0);
		ICompositeNode rootNode = NodeModelUtils.getNode(root);
		Entry best = entries.get(root);
		if (rootNode == null) {
			return best;
		}
		String text = rootNode.getRootNode().getText();
		int offset = offsetOf(text, line, column);
		for (var it = resource.getAllContents(); it.hasNext();) {
			Entry e = entries.get(it.next());
			if (e != null && e.page().startsWith("elements/") && e.offset() <= offset && offset < e.endOffset()
					&& (best == null || !best.page().startsWith("elements/")
							|| e.endOffset() - e.offset() < best.endOffset() - best.offset())) {
				best = e;
			}
		}
		return best;
	}

	private static int offsetOf(String text, int line, int column) {
		int offset = 0;
		for (int l = 1; l < line && offset < text.length(); offset++) {
			if (text.charAt(offset) == '\n') {
				l++;
			}
		}
		return Math.min(text.length(), offset + Math.max(0, column - 1));
	}
}
