package sinew.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import sinew.dsl.workspace.ModelIssue.Severity;

class FailOnTest {

	@Test
	void wordsNameThresholdsWhateverTheirCase() {
		assertEquals(FailOn.ERROR, FailOn.of("error"));
		assertEquals(FailOn.WARNING, FailOn.of(" Warning "));
		assertEquals(FailOn.NEVER, FailOn.of("NEVER"));
		assertNull(FailOn.of("errors"));
		assertNull(FailOn.of(null));
	}

	@Test
	void eachThresholdFailsOnItsSeveritiesOnly() {
		assertTrue(FailOn.ERROR.fails(Severity.ERROR));
		assertFalse(FailOn.ERROR.fails(Severity.WARNING));
		assertTrue(FailOn.WARNING.fails(Severity.WARNING));
		assertFalse(FailOn.WARNING.fails(Severity.INFO));
		assertFalse(FailOn.NEVER.fails(Severity.ERROR));
	}

	@Test
	void findingsAreLoggedInMavensPositionStyle() {
		assertEquals("m/a.sinew:[3,7] SNW-X: text", AbstractSinewMojo.mavenStyle(Path.of("m/a.sinew"), 3, 7, "SNW-X: text"));
	}
}
