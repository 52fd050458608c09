package sinew.diagram.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The land polygons of Natural Earth (1:50m, public domain), read from the TopoJSON file this bundle ships
 * ({@code data/land-50m.json}, from the npm package world-atlas 2.0.2; see data/README.md) and decoded here: arcs are
 * quantized and delta-encoded, rings are lists of arc indices (a negative index ~i is arc i reversed).
 */
public final class Coastlines {

	/** The bundled data file. */
	public static final String RESOURCE = "/data/land-50m.json";

	/** One ring of a land polygon: longitudes and latitudes in degrees, and its bounding box. */
	public record Ring(double[] lon, double[] lat, double minLon, double maxLon, double minLat, double maxLat) {
	}

	private static List<Ring> land;

	private Coastlines() {
	}

	/** Every ring (outer and holes) of the land, in file order; read once. */
	public static synchronized List<Ring> land() {
		if (land == null) {
			try (InputStream in = Coastlines.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("the coastline data " + RESOURCE + " is missing from sinew.diagram");
				}
				land = decode(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject(),
						"land");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return land;
	}

	/** The rings of one object of a TopoJSON topology. */
	public static List<Ring> decode(JsonObject topology, String objectName) {
		JsonArray scale = topology.getAsJsonObject("transform").getAsJsonArray("scale");
		JsonArray translate = topology.getAsJsonObject("transform").getAsJsonArray("translate");
		double sx = scale.get(0).getAsDouble(), sy = scale.get(1).getAsDouble();
		double tx = translate.get(0).getAsDouble(), ty = translate.get(1).getAsDouble();
		JsonArray arcsJson = topology.getAsJsonArray("arcs");
		List<double[][]> arcs = new ArrayList<>(arcsJson.size());
		for (JsonElement arcJson : arcsJson) {
			JsonArray arc = arcJson.getAsJsonArray();
			double[][] points = new double[arc.size()][2];
			long x = 0, y = 0;
			for (int i = 0; i < arc.size(); i++) {
				JsonArray p = arc.get(i).getAsJsonArray();
				x += p.get(0).getAsLong();
				y += p.get(1).getAsLong();
				points[i][0] = x * sx + tx;
				points[i][1] = y * sy + ty;
			}
			arcs.add(points);
		}
		List<Ring> rings = new ArrayList<>();
		JsonObject object = topology.getAsJsonObject("objects").getAsJsonObject(objectName);
		List<JsonObject> geometries = new ArrayList<>();
		if ("GeometryCollection".equals(object.get("type").getAsString())) {
			for (JsonElement g : object.getAsJsonArray("geometries")) {
				geometries.add(g.getAsJsonObject());
			}
		} else {
			geometries.add(object);
		}
		for (JsonObject geometry : geometries) {
			String type = geometry.get("type").getAsString();
			JsonArray polygonArcs = geometry.getAsJsonArray("arcs");
			if ("Polygon".equals(type)) {
				polygon(polygonArcs, arcs, rings);
			} else if ("MultiPolygon".equals(type)) {
				for (JsonElement polygon : polygonArcs) {
					polygon(polygon.getAsJsonArray(), arcs, rings);
				}
			}
		}
		return rings;
	}

	private static void polygon(JsonArray ringsJson, List<double[][]> arcs, List<Ring> rings) {
		for (JsonElement ringJson : ringsJson) {
			List<double[]> points = new ArrayList<>();
			for (JsonElement index : ringJson.getAsJsonArray()) {
				int i = index.getAsInt();
				double[][] arc = arcs.get(i >= 0 ? i : ~i);
				int n = arc.length;
				for (int k = 0; k < n; k++) {
					double[] p = arc[i >= 0 ? k : n - 1 - k];
					if (k == 0 && !points.isEmpty()) {
						continue; // an arc starts where the previous one ended
					}
					points.add(p);
				}
			}
			double[] lon = new double[points.size()], lat = new double[points.size()];
			double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
			for (int k = 0; k < points.size(); k++) {
				lon[k] = points.get(k)[0];
				lat[k] = points.get(k)[1];
				minLon = Math.min(minLon, lon[k]);
				maxLon = Math.max(maxLon, lon[k]);
				minLat = Math.min(minLat, lat[k]);
				maxLat = Math.max(maxLat, lat[k]);
			}
			rings.add(new Ring(lon, lat, minLon, maxLon, minLat, maxLat));
		}
	}
}
