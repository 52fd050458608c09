package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sinew.dsl.conversion.SinewValueConverters;
import sinew.model.ModelPackage;
import sinew.model.Munition;
import sinew.model.ProductionLine;
import sinew.model.QuantityUnit;
import sinew.model.Scale;
import sinew.model.Site;
import sinew.model.units.Dates;
import sinew.model.units.Units;

/** The planner-friendly literals: quantities with units, coordinates, dates, doc comments. */
class LiteralsTest {

	private static ModelPackage parse(String text) throws Exception {
		XtextResourceSet set = TestModels.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/literals.sinew"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		assertEquals(java.util.List.of(), resource.getErrors());
		return (ModelPackage) resource.getContents().get(0);
	}

	@Test
	void quantitiesKeepTheirScaleAndUnitAndNormalisePerDay() throws Exception {
		ModelPackage p = parse("package t\nmunition M1 { cost 4.1 M USD range 1500 km }\n"
				+ "line L { makes M1 rate 30/month lead time 18 months minimum rate 365.25/year }");
		Munition munition = (Munition) p.getElements().get(0);
		assertEquals(4.1, munition.getUnitCost().getValue());
		assertEquals(Scale.MILLION, munition.getUnitCost().getScale());
		assertEquals(QuantityUnit.USD, munition.getUnitCost().getUnit());
		assertEquals(4_100_000, Units.usd(munition.getUnitCost()), 1e-6);
		assertEquals(1500, Units.km(munition.getRange()));
		ProductionLine line = (ProductionLine) p.getElements().get(1);
		assertEquals(30 * 12 / 365.25, Units.perDay(line.getRate()), 1e-12);
		assertEquals(18 * 365.25 / 12, Units.days(line.getLeadTime()), 1e-9);
		assertEquals(1.0, Units.perDay(line.getMinimumSustainingRate()), 1e-12);
		assertEquals(360, Units.perYear(line.getRate()), 1e-9);
	}

	@Test
	void aRateIsNotADuration() throws Exception {
		ModelPackage p = parse("package t\nmunition M1\nline L { makes M1 rate 30/month }");
		ProductionLine line = (ProductionLine) p.getElements().get(1);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.days(line.getRate()));
		assertEquals("30/month is a rate, not a duration", e.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "35.25N 136.92E, 35.25, 136.92", "33.9S 151.2E, -33.9, 151.2", "21.3N 157.95W, 21.3, -157.95",
			"0N 0E, 0, 0" })
	void coordinatesCarryTheirHemisphere(String written, double latitude, double longitude) throws Exception {
		Site site = (Site) parse("package t\nsite S { at " + written + " }").getElements().get(0);
		assertEquals(latitude, site.getLatitude(), 1e-12);
		assertEquals(longitude, site.getLongitude(), 1e-12);
	}

	@Test
	void aLongitudeWhereALatitudeIsDueIsAnError() throws Exception {
		XtextResourceSet set = TestModels.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/bad.sinew"));
		resource.load(new ByteArrayInputStream("package t\nsite S { at 136.9E 35.2N }".getBytes()), null);
		String messages = resource.getErrors().toString();
		assertTrue(messages.contains("'136.9E' is a longitude; a latitude ends in N or S"), messages);
	}

	@Test
	void datesAreMonthsOrDays() {
		assertEquals(LocalDate.of(2027, 1, 1), Dates.parse("2027-01"));
		assertEquals(LocalDate.of(2024, 9, 1), Dates.parse("2024-09-01"));
		assertEquals("'2027-13' is not a date: month 13 is not 01 to 12",
				assertThrows(IllegalArgumentException.class, () -> Dates.parse("2027-13")).getMessage());
		assertEquals("'2027-02-30' is not a date: 2027-02 has no day 30",
				assertThrows(IllegalArgumentException.class, () -> Dates.parse("2027-02-30")).getMessage());
	}

	@Test
	void docCommentsBecomeDocumentation() throws Exception {
		ModelPackage p = parse("/** The package. */\npackage t\n/**\n * Japan, an ally.\n * Hosts U.S. forces.\n */\nnation Japan");
		assertEquals("The package.", p.getDocumentation());
		assertEquals("Japan, an ally.\nHosts U.S. forces.", p.getElements().get(0).getDocumentation());
		assertEquals("/**\n * Japan, an ally.\n * Hosts U.S. forces.\n */",
				SinewValueConverters.docComment(p.getElements().get(0).getDocumentation()));
	}

	@Test
	void keywordLikeNamesAreAllowed() throws Exception {
		ModelPackage p = parse("package bom.rate\nmunition B\nscenario K { set rate of M to 1/day from 2027-01 }\n"
				+ "line M { makes B }");
		assertEquals("bom.rate", p.getName());
		assertEquals("B", p.getElements().get(0).getName());
	}
}
