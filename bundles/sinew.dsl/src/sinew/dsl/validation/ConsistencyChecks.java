package sinew.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;

import sinew.checks.CheckConfig;
import sinew.checks.Checker;
import sinew.checks.Finding;
import sinew.model.ModelPackage;

/**
 * Runs the consistency-check catalogue once over all models of a resource set, and remembers the result until a
 * model is parsed again: the validator of each file then reports the findings on its own elements. The same
 * findings reach the editor, the command line and the reports.
 */
public final class ConsistencyChecks {

	private ConsistencyChecks() {
	}

	/** Holds the configuration and the last results for a resource set. */
	private static final class State extends AdapterImpl {
		CheckConfig config = CheckConfig.DEFAULTS;
		List<Object> key = List.of();
		List<Finding> findings = List.of();

		@Override
		public boolean isAdapterForType(Object type) {
			return type == State.class;
		}
	}

	private static synchronized State state(ResourceSet resourceSet) {
		for (Adapter adapter : resourceSet.eAdapters()) {
			if (adapter instanceof State s) {
				return s;
			}
		}
		State s = new State();
		resourceSet.eAdapters().add(s);
		return s;
	}

	/** Sets the severities the checks of a resource set run with. */
	public static synchronized void configure(ResourceSet resourceSet, CheckConfig config) {
		State s = state(resourceSet);
		s.config = config;
		s.key = List.of();
	}

	/** The findings of the catalogue over every model of the resource set, computed once per state of the models. */
	public static synchronized List<Finding> findings(ResourceSet resourceSet) {
		State s = state(resourceSet);
		List<ModelPackage> packages = new ArrayList<>();
		List<Object> key = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ModelPackage p) {
				packages.add(p);
				key.add(resource instanceof XtextResource x && x.getParseResult() != null ? x.getParseResult().getRootNode() : p);
			}
		}
		if (!key.equals(s.key)) {
			s.findings = Checker.of(s.config).check(packages);
			s.key = key;
		}
		return s.findings;
	}
}
