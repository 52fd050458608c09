package sinew.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;

import sinew.cli.ReviewOutputs;

/**
 * {@code site}: the static review site of the models as {@code ./sinew site --out DIR} writes it, into
 * {@code <outputDirectory>/site/} (open {@code index.html}): the elements, the findings, every viewpoint and the
 * requirement verdicts (one simulation run, seed 1). The goal does not simulate the scenarios, so the site has no
 * simulation results (those of {@code ./sinew site --results}). A folder that exists already is replaced only when it
 * is empty or an earlier Sinew site.
 */
final class SiteTarget implements GenerationTarget {

	@Override
	public String name() {
		return "site";
	}

	@Override
	public boolean needsScenarios() {
		return false;
	}

	@Override
	public void generate(Context context) throws MojoExecutionException {
		Path folder = context.outputDirectory().toPath();
		int written;
		try {
			written = ReviewOutputs.site(context.version(), context.subject(), context.models(), context.issues(),
					List.of(), context.verdicts().get()).write(folder);
		} catch (IllegalArgumentException e) {
			throw AbstractSinewMojo.parameterProblem("outputDirectory", e.getMessage());
		} catch (IOException e) {
			throw AbstractSinewMojo.parameterProblem("outputDirectory", folder + ": cannot write: " + e.getMessage());
		}
		context.log().info("sinew: site: " + written + " files in " + folder + " (open " + folder.resolve("index.html")
				+ ")");
	}
}
