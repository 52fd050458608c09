package sinew.checks.analysis;

import sinew.model.Site;

/**
 * Great-circle geometry on the WGS84 mean sphere (radius 6,371.0088 km): distances between sites, and the least
 * distance from a point to a great-circle route, for strike envelopes and routes.
 */
public final class Geo {

	/** Mean radius of the WGS84 ellipsoid, in km (IUGG R1). */
	public static final double EARTH_RADIUS_KM = 6371.0088;

	private Geo() {
	}

	/** Great-circle distance in km between two points given in decimal degrees. */
	public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Great-circle distance in km between two sites. */
	public static double distanceKm(Site a, Site b) {
		return distanceKm(a.getLatitude(), a.getLongitude(), b.getLatitude(), b.getLongitude());
	}

	/**
	 * Least distance in km from a point to the great-circle arc between two others: the cross-track distance when
	 * the point's foot falls on the arc, else the distance to the nearer end.
	 */
	public static double distanceToArcKm(double lat, double lon, double lat1, double lon1, double lat2, double lon2) {
		double d13 = distanceKm(lat1, lon1, lat, lon) / EARTH_RADIUS_KM;
		double d12 = distanceKm(lat1, lon1, lat2, lon2) / EARTH_RADIUS_KM;
		if (d12 == 0) {
			return d13 * EARTH_RADIUS_KM;
		}
		double b13 = bearing(lat1, lon1, lat, lon);
		double b12 = bearing(lat1, lon1, lat2, lon2);
		double crossTrack = Math.asin(Math.sin(d13) * Math.sin(b13 - b12));
		double alongTrack = Math.acos(Math.max(-1, Math.min(1, Math.cos(d13) / Math.cos(crossTrack))));
		if (Math.cos(b13 - b12) < 0 || alongTrack > d12) {
			return Math.min(d13 * EARTH_RADIUS_KM, distanceKm(lat2, lon2, lat, lon));
		}
		return Math.abs(crossTrack) * EARTH_RADIUS_KM;
	}

	/**
	 * Length in km of the part of the great-circle arc between two points that lies within a distance of a third
	 * point (the origin of a strike envelope), solved exactly: the great circle meets the envelope's circle in
	 * one interval centred on the point of closest approach, clipped to the arc. Ranges up to a quarter of the
	 * Earth's circumference (about 10,000 km).
	 */
	public static double arcKmWithin(double lat, double lon, double rangeKm, double lat1, double lon1, double lat2,
			double lon2) {
		double d12 = distanceKm(lat1, lon1, lat2, lon2) / EARTH_RADIUS_KM;
		double r = rangeKm / EARTH_RADIUS_KM;
		if (d12 == 0 || r <= 0) {
			return 0;
		}
		double d13 = distanceKm(lat1, lon1, lat, lon) / EARTH_RADIUS_KM;
		double theta = bearing(lat1, lon1, lat, lon) - bearing(lat1, lon1, lat2, lon2);
		double crossTrack = Math.asin(Math.max(-1, Math.min(1, Math.sin(d13) * Math.sin(theta))));
		double ratio = Math.cos(r) / Math.cos(crossTrack);
		if (ratio >= 1) {
			return 0;
		}
		double halfWidth = Math.acos(ratio);
		double alongTrack = Math.atan2(Math.sin(d13) * Math.cos(theta), Math.cos(d13));
		double from = Math.max(0, alongTrack - halfWidth);
		double to = Math.min(d12, alongTrack + halfWidth);
		return to > from ? (to - from) * EARTH_RADIUS_KM : 0;
	}

	/**
	 * The point at a distance along a great circle from a start point on an initial bearing (degrees clockwise from
	 * north): {latitude, longitude} in decimal degrees, longitude in [-180, 180). Strike envelopes are drawn as
	 * rings of these points.
	 */
	public static double[] destination(double lat, double lon, double bearingDegrees, double km) {
		double d = km / EARTH_RADIUS_KM;
		double p1 = Math.toRadians(lat);
		double b = Math.toRadians(bearingDegrees);
		double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
		double l2 = Math.toRadians(lon)
				+ Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
		return new double[] { Math.toDegrees(p2), normalLongitude(Math.toDegrees(l2)) };
	}

	/**
	 * The point a fraction (0 to 1) of the way along the great-circle arc between two points: {latitude,
	 * longitude} in decimal degrees, longitude in [-180, 180). Routes are drawn as arcs of these points.
	 */
	public static double[] intermediate(double lat1, double lon1, double lat2, double lon2, double fraction) {
		double d = distanceKm(lat1, lon1, lat2, lon2) / EARTH_RADIUS_KM;
		if (d == 0) {
			return new double[] { lat1, normalLongitude(lon1) };
		}
		double p1 = Math.toRadians(lat1), l1 = Math.toRadians(lon1);
		double p2 = Math.toRadians(lat2), l2 = Math.toRadians(lon2);
		double a = Math.sin((1 - fraction) * d) / Math.sin(d);
		double b = Math.sin(fraction * d) / Math.sin(d);
		double x = a * Math.cos(p1) * Math.cos(l1) + b * Math.cos(p2) * Math.cos(l2);
		double y = a * Math.cos(p1) * Math.sin(l1) + b * Math.cos(p2) * Math.sin(l2);
		double z = a * Math.sin(p1) + b * Math.sin(p2);
		return new double[] { Math.toDegrees(Math.atan2(z, Math.sqrt(x * x + y * y))),
				normalLongitude(Math.toDegrees(Math.atan2(y, x))) };
	}

	/** A longitude in [-180, 180). */
	public static double normalLongitude(double lon) {
		double l = ((lon + 180) % 360 + 360) % 360 - 180;
		return l;
	}

	/** Initial bearing in radians from the first point to the second. */
	static double bearing(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dl = Math.toRadians(lon2 - lon1);
		return Math.atan2(Math.sin(dl) * Math.cos(p2), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl));
	}
}
