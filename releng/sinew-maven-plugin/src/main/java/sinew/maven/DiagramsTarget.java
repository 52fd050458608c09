package sinew.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;

import sinew.cli.ReviewOutputs;
import sinew.diagram.Viewpoint;

/**
 * {@code diagrams}: every viewpoint of the models as {@code ./sinew diagram --verify --out DIR} draws them, into
 * {@code <outputDirectory>/diagrams/<viewpoint>.svg} (industrial, sustainment, posture, requirements), with the
 * findings on their shapes and the requirements coloured by their verdicts (one simulation run, seed 1).
 */
final class DiagramsTarget implements GenerationTarget {

	@Override
	public String name() {
		return "diagrams";
	}

	@Override
	public boolean needsScenarios() {
		return false;
	}

	@Override
	public void generate(Context context) throws MojoExecutionException {
		Path folder = context.outputDirectory().toPath();
		Map<Viewpoint, Path> written;
		try {
			written = ReviewOutputs.writeDiagrams(context.models(), context.issues(), context.verdicts().get(),
					List.of(Viewpoint.values()), viewpoint -> folder.resolve(viewpoint.id() + ".svg"));
		} catch (IOException e) {
			throw AbstractSinewMojo.parameterProblem("outputDirectory", folder + ": cannot write: " + e.getMessage());
		}
		context.log().info("sinew: diagrams: " + written.size() + " SVG files in " + folder + " ("
				+ String.join(", ", written.keySet().stream().map(Viewpoint::id).toList()) + ")");
	}
}
