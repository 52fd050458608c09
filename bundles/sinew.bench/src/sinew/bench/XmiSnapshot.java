package sinew.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import sinew.dsl.workspace.ModelWorkspace;
import sinew.model.SinewPackage;

/**
 * The same models as EMF's own XMI: one .xmi file per .sinew file, with cross-file references kept as
 * references between the XMI files. Loading them back is the baseline the DSL's parse time is compared with.
 */
final class XmiSnapshot {

	/** The XMI files written, and how many references had to be dropped because they did not resolve. */
	record Saved(List<URI> files, int droppedReferences, long bytes) {
	}

	/** What loading the XMI files gave: the resource set and the number of objects in it. */
	record Loaded(ResourceSet resourceSet, int elementCount, int unresolvedProxies) {
	}

	private XmiSnapshot() {
	}

	/** Makes sure the Sinew metamodel is registered for XMI loading (it is when the Xtext language is set up). */
	static void registerPackage() {
		EPackage.Registry.INSTANCE.put(SinewPackage.eNS_URI, SinewPackage.eINSTANCE);
	}

	/**
	 * Copies all loaded models together (so that references between files point to the copies) into one XMI
	 * resource per file under {@code folder}, keeping each file's path relative to {@code root}, and saves them.
	 * References that did not resolve in the DSL (only in models with linking errors) are dropped, so that the
	 * XMI files never point back to .sinew files.
	 */
	static Saved save(ModelWorkspace.Models models, Path root, Path folder) throws IOException {
		registerPackage();
		ResourceSet target = newResourceSet();
		Path base = root.toAbsolutePath().normalize();
		List<EObject> roots = new ArrayList<>();
		List<Resource> xmiResources = new ArrayList<>();
		List<List<EObject>> rootsPerFile = new ArrayList<>();
		for (Path file : models.files()) {
			Resource source = models.resources().get(file);
			String relative = base.relativize(file.toAbsolutePath().normalize()).toString();
			String name = relative.endsWith(ModelWorkspace.EXTENSION)
					? relative.substring(0, relative.length() - ModelWorkspace.EXTENSION.length()) + ".xmi"
					: relative + ".xmi";
			Path xmiFile = folder.resolve(name);
			Files.createDirectories(xmiFile.getParent());
			xmiResources.add(target.createResource(URI.createFileURI(xmiFile.toString())));
			List<EObject> own = new ArrayList<>(source.getContents());
			rootsPerFile.add(own);
			roots.addAll(own);
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		copier.copyAll(roots);
		copier.copyReferences();
		Set<EObject> copies = Collections.newSetFromMap(new IdentityHashMap<>());
		copies.addAll(copier.values());
		int dropped = 0;
		for (EObject copy : copier.values()) {
			dropped += dropDangling(copy, copies);
		}
		for (int i = 0; i < xmiResources.size(); i++) {
			Resource xmi = xmiResources.get(i);
			for (EObject original : rootsPerFile.get(i)) {
				xmi.getContents().add(copier.get(original));
			}
		}
		List<URI> files = new ArrayList<>();
		long bytes = 0;
		for (Resource xmi : xmiResources) {
			xmi.save(Map.of());
			files.add(xmi.getURI());
			bytes += Files.size(Path.of(xmi.getURI().toFileString()));
		}
		return new Saved(List.copyOf(files), dropped, bytes);
	}

	/** Removes values of non-containment references that are proxies or objects outside the copies. */
	private static int dropDangling(EObject object, Set<EObject> copies) {
		int dropped = 0;
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
					|| reference.isTransient()) {
				continue;
			}
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> values = (EList<EObject>) object.eGet(reference, false);
				for (var it = values.iterator(); it.hasNext();) {
					EObject value = it.next();
					if (value.eIsProxy() || !copies.contains(value)) {
						it.remove();
						dropped++;
					}
				}
			} else {
				EObject value = (EObject) object.eGet(reference, false);
				if (value != null && (value.eIsProxy() || !copies.contains(value))) {
					object.eUnset(reference);
					dropped++;
				}
			}
		}
		return dropped;
	}

	/**
	 * Loads the XMI files into a fresh resource set and resolves every proxy: the operation the benchmark times.
	 */
	static ResourceSet load(List<URI> files) {
		ResourceSet resourceSet = newResourceSet();
		for (URI file : files) {
			resourceSet.getResource(file, true);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	/** Counts the objects and the proxies left unresolved in a loaded resource set (not timed). */
	static Loaded inspect(ResourceSet resourceSet) {
		int count = 0;
		for (Resource resource : resourceSet.getResources()) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); it.next()) {
				count++;
			}
		}
		int unresolved = 0;
		for (var entry : EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).entrySet()) {
			unresolved += entry.getValue().size();
		}
		return new Loaded(resourceSet, count, unresolved);
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(SinewPackage.eNS_URI, SinewPackage.eINSTANCE);
		return resourceSet;
	}
}
