package sinew.diagram.map;

import java.util.ArrayList;
import java.util.List;

/**
 * An equirectangular projection centred on a frame's central longitude, with longitudes unwrapped relative to that
 * centre, so a frame that spans the antimeridian (the Pacific) is one piece: 179°E and 179°W are 2° apart on it.
 * x grows east, y grows south; one degree of latitude is {@code scale} px, one degree of longitude
 * {@code scale * cos(standard parallel)} px (the frame's middle latitude), which keeps shapes near the middle true.
 */
public final class Projection {

	private final double centreLon;
	private final double west, east, south, north;
	private final double scale;
	private final double kx;

	/**
	 * A projection of a frame given by its centre longitude and its extent in unwrapped longitudes (west and east
	 * may pass ±180) and latitudes, drawn at a width in px.
	 */
	public Projection(double centreLon, double west, double east, double south, double north, double widthPx) {
		this.centreLon = centreLon;
		this.west = west;
		this.east = east;
		this.south = south;
		this.north = north;
		double parallel = Math.toRadians((south + north) / 2);
		this.kx = Math.cos(parallel);
		this.scale = widthPx / ((east - west) * kx);
	}

	/**
	 * The frame that holds the points (each {latitude, longitude}) with a margin in degrees: its centre longitude is
	 * the middle of the shortest arc of longitudes holding them all (found from the largest gap between them).
	 */
	public static Projection fitting(List<double[]> points, double marginDegrees, double widthPx) {
		if (points.isEmpty()) {
			return new Projection(0, -180, 180, -70, 80, widthPx);
		}
		List<Double> lons = new ArrayList<>();
		for (double[] p : points) {
			lons.add(normal(p[1]));
		}
		lons.sort(Double::compare);
		double gapStart = lons.get(lons.size() - 1);
		double gap = lons.get(0) + 360 - gapStart;
		for (int i = 1; i < lons.size(); i++) {
			double g = lons.get(i) - lons.get(i - 1);
			if (g > gap) {
				gap = g;
				gapStart = lons.get(i - 1);
			}
		}
		double westmost = gapStart + gap; // the first longitude after the largest gap, going east
		double span = 360 - gap;
		double centre = normal(westmost + span / 2);
		double south = 90, north = -90;
		for (double[] p : points) {
			south = Math.min(south, p[0]);
			north = Math.max(north, p[0]);
		}
		double halfWidth = Math.min(180, span / 2 + marginDegrees);
		south = Math.max(-85, south - marginDegrees);
		north = Math.min(85, north + marginDegrees);
		if (north - south < 10) {
			double mid = (north + south) / 2;
			south = mid - 5;
			north = mid + 5;
		}
		return new Projection(centre, centre - halfWidth, centre + halfWidth, south, north, widthPx);
	}

	/** A longitude in [-180, 180). */
	public static double normal(double lon) {
		return ((lon + 180) % 360 + 360) % 360 - 180;
	}

	/** The longitude unwrapped relative to the centre: within 180° of it. */
	public double unwrap(double lon) {
		return centreLon + normal(lon - centreLon);
	}

	/** x in px of an unwrapped longitude (no further wrapping: continuous lines stay continuous). */
	public double xOfUnwrapped(double unwrappedLon) {
		return (unwrappedLon - west) * kx * scale;
	}

	/** The point {x, y} in px of a latitude and longitude (unwrapped relative to the centre). */
	public double[] project(double lat, double lon) {
		return new double[] { xOfUnwrapped(unwrap(lon)), yOf(lat) };
	}

	public double yOf(double lat) {
		return (north - lat) * scale;
	}

	/** Whether a point lies inside the frame. */
	public boolean contains(double lat, double lon) {
		double u = unwrap(lon);
		return lat >= south && lat <= north && u >= west && u <= east;
	}

	public double centreLon() {
		return centreLon;
	}

	public double west() {
		return west;
	}

	public double east() {
		return east;
	}

	public double south() {
		return south;
	}

	public double north() {
		return north;
	}

	public double width() {
		return xOfUnwrapped(east);
	}

	public double height() {
		return yOf(south);
	}

	/** Pixels per km along a meridian (for scale bars). */
	public double pxPerDegreeLat() {
		return scale;
	}
}
