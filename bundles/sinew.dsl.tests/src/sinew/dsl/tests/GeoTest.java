package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import sinew.checks.analysis.Geo;

/** Great-circle geometry on the WGS84 mean sphere, against values computed independently. */
class GeoTest {

	@Test
	void distancesBetweenKnownPoints() {
		assertEquals(343.557, Geo.distanceKm(51.5074, -0.1278, 48.8566, 2.3522), 0.01);
		assertEquals(Math.PI * Geo.EARTH_RADIUS_KM / 2, Geo.distanceKm(0, 0, 0, 90), 1e-6);
		assertEquals(0, Geo.distanceKm(26.35, 127.77, 26.35, 127.77), 1e-9);
	}

	@Test
	void distancesAcrossTheAntimeridianTakeTheShortWay() {
		assertEquals(111.195, Geo.distanceKm(0, 179.5, 0, -179.5), 0.001);
	}

	@Test
	void distanceToAnArcIsCrossTrackInsideAndToTheNearerEndOutside() {
		// one degree north of the middle of an arc along the equator
		assertEquals(111.195, Geo.distanceToArcKm(1, 5, 0, 0, 0, 10), 0.01);
		// beyond the arc's end: distance to that end
		assertEquals(222.390, Geo.distanceToArcKm(0, 12, 0, 0, 0, 10), 0.01);
		// before its start
		assertEquals(222.390, Geo.distanceToArcKm(0, -2, 0, 0, 0, 10), 0.01);
		// on the arc
		assertEquals(0, Geo.distanceToArcKm(0, 3, 0, 0, 0, 10), 1e-6);
	}
}
