package sinew.maven;

import java.io.File;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;

import sinew.generator.siminput.SimInput;

/**
 * {@code sim-input}: each configured scenario as {@code ./sinew generate sim-input} writes it, into
 * {@code <outputDirectory>/sim-input/<scenario as configured>/} ({@code sim-input.json} and the CSV tables).
 */
final class SimInputTarget implements GenerationTarget {

	@Override
	public String name() {
		return "sim-input";
	}

	@Override
	public boolean needsScenarios() {
		return true;
	}

	@Override
	public void generate(Context context) throws MojoExecutionException {
		for (Named named : context.scenarios()) {
			SimInput input;
			try {
				input = SimInput.of(context.models().packages(), named.scenario(), context.version());
			} catch (IllegalArgumentException e) {
				throw AbstractSinewMojo.parameterProblem("scenarios", named.name() + ": " + e.getMessage());
			}
			File folder = new File(context.outputDirectory(), named.name());
			Map<String, String> files = input.files();
			for (Map.Entry<String, String> file : files.entrySet()) {
				AbstractSinewMojo.write("outputDirectory", new File(folder, file.getKey()), file.getValue());
			}
			context.log().info("sinew: sim-input of " + input.scenarioId() + ": " + files.size() + " files in " + folder);
		}
	}
}
