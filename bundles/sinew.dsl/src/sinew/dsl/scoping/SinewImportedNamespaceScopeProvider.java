package sinew.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import sinew.model.ModelPackage;

/**
 * Imports as planners expect them: besides the file's own imports, every element of the file's package is
 * visible by its simple name, wherever in the folder tree the package's other files are.
 */
public class SinewImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof ModelPackage modelPackage && modelPackage.getName() != null) {
			ImportNormalizer ownPackage = createImportedNamespaceResolver(modelPackage.getName() + ".*", ignoreCase);
			if (ownPackage != null) {
				List<ImportNormalizer> all = new ArrayList<>(resolvers);
				all.add(ownPackage);
				return all;
			}
		}
		return resolvers;
	}
}
