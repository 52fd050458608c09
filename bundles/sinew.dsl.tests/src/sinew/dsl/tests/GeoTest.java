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

	@Test
	void theLengthOfAnArcInsideAnEnvelopeIsSolvedExactly() {
		// envelope of 1.5 degrees around a point 1 degree north of an equatorial arc: the chord of the small circle
		double r = Math.toRadians(1.5) * Geo.EARTH_RADIUS_KM;
		double half = Math.acos(Math.cos(Math.toRadians(1.5)) / Math.cos(Math.toRadians(1)));
		assertEquals(2 * half * Geo.EARTH_RADIUS_KM, Geo.arcKmWithin(1, 5, r, 0, 0, 0, 10), 1e-6);
		// clipped by the arc's end: only the part up to the end counts
		assertEquals((Math.toRadians(1) + half) * Geo.EARTH_RADIUS_KM, Geo.arcKmWithin(1, 9, r, 0, 0, 0, 10), 1e-6);
		// an envelope that does not reach the arc, and one that swallows it whole
		assertEquals(0, Geo.arcKmWithin(3, 5, r, 0, 0, 0, 10), 1e-9);
		assertEquals(Geo.distanceKm(0, 0, 0, 10), Geo.arcKmWithin(0, 5, 2000, 0, 0, 0, 10), 1e-6);
		// and it agrees with sampling the arc
		double sampled = 0;
		int n = 100_000;
		for (int i = 0; i < n; i++) {
			double lon = 10.0 * (i + 0.5) / n;
			if (Geo.distanceKm(1, 5, 0, lon) <= r) {
				sampled += Geo.distanceKm(0, 0, 0, 10) / n;
			}
		}
		assertEquals(sampled, Geo.arcKmWithin(1, 5, r, 0, 0, 0, 10), 0.05);
	}
}
