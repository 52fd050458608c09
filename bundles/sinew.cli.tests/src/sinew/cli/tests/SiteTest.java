package sinew.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sinew site`: the pages of a small fixture, links that resolve, findings linked to the elements they concern,
 * markup in a model shown as text everywhere, the same bytes twice, results and charts, and writing whole or not
 * at all.
 */
class SiteTest extends CliTestSupport {

	@TempDir
	Path dir;

	static final String MODEL = """
			package t
			/** The base's <b>main</b> depot & "hub". */
			site Base "Kadena <AB>" { at 26.35N 127.77E }
			site Far { at 35.0N 139.0E }
			munition Missile "Interceptor"
			nation Home
			firm Maker "<script>alert('x')</script> & \\"Co\\"" { nation Home }
			theatre T { sites Base }
			stockpile S { item Missile site Base quantity 100 }
			unit U { base Base consumes Missile 10/day at high }
			scenario War { theatre T start 2027-01-01 duration 20 days phase Fight high for 20 days }
			""";

	/** The named elements of MODEL, each of which must have a page. */
	static final List<String> ELEMENTS = List.of("t.Base", "t.Far", "t.Missile", "t.Home", "t.Maker", "t.T", "t.S", "t.U", "t.War",
			"t.War.Fight");

	private Path models(String text) throws IOException {
		Path model = dir.resolve("models/model.sinew");
		Files.createDirectories(model.getParent());
		Files.writeString(model, text);
		return model.getParent();
	}

	private static Map<String, String> pages(Path site) throws IOException {
		Map<String, String> pages = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(site)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				String name = site.relativize(p).toString();
				if (name.endsWith(".html") || name.endsWith(".js") || name.endsWith(".css")) {
					pages.put(name, Files.readString(p));
				}
			}
		}
		return pages;
	}

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

	/** Every href and src of every page: a relative path to a file of the site, and a fragment that exists there. */
	static List<String> brokenLinks(Path site) throws IOException {
		List<String> broken = new ArrayList<>();
		Map<String, String> pages = pages(site);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			if (!page.getKey().endsWith(".html")) {
				continue;
			}
			Matcher m = LINK.matcher(page.getValue());
			while (m.find()) {
				String href = m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
				if (href.contains(":") || href.startsWith("/")) {
					broken.add(page.getKey() + ": not a relative link: " + href);
					continue;
				}
				String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
				String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
				Path from = site.resolve(page.getKey()).getParent();
				Path target = path.isEmpty() ? site.resolve(page.getKey())
						: from.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
				if (!target.startsWith(site) || !Files.isRegularFile(target)) {
					broken.add(page.getKey() + ": no file for " + href);
				} else if (fragment != null) {
					Set<String> ids = new TreeSet<>();
					Matcher idm = ID.matcher(Files.readString(target));
					while (idm.find()) {
						ids.add(idm.group(1));
					}
					if (!ids.contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
						broken.add(page.getKey() + ": no id '" + fragment + "' in " + path);
					}
				}
			}
		}
		return broken;
	}

	@Test
	void everyElementHasAPageAndEveryLinkResolves() throws Exception {
		Path site = dir.resolve("site");
		assertEquals(0, run("site", "--out", site.toString(), models(MODEL).toString()), out + err);
		assertTrue(out.startsWith("site: "), out);
		Map<String, String> pages = pages(site);
		for (String file : List.of("index.html", "findings.html", "elements.html", "assets/site.css", "assets/site.js")) {
			assertTrue(pages.containsKey(file), file + " in " + pages.keySet());
		}
		String list = pages.get("elements.html");
		for (String element : ELEMENTS) {
			Matcher m = Pattern.compile("<a href=\"(elements/[^\"]+)\">" + Pattern.quote(element) + "</a>").matcher(list);
			assertTrue(m.find(), element + " listed in elements.html");
			String page = pages.get(m.group(1));
			assertTrue(page != null, "page of " + element);
			assertTrue(page.contains("<h1>" + element.substring(element.lastIndexOf('.') + 1) + "</h1>"), page);
			assertTrue(page.contains("<code>" + element + "</code> declared in"), page);
		}
		assertEquals(List.of(), brokenLinks(site));
		// links both ways: the stockpile refers to the base, so the base's page lists it as a link in
		String stock = pageOf(pages, "t.S");
		String base = pageOf(pages, "t.Base");
		assertTrue(Pattern.compile("<td>site</td><td><a href=\"[^\"]+\">t.Base</a>").matcher(stock).find(), stock);
		assertTrue(Pattern.compile("<td><a href=\"[^\"]+\">t.S</a></td><td>site</td>").matcher(base).find(), base);
		assertTrue(base.contains("The base&#39;s &lt;b&gt;main&lt;/b&gt; depot &amp; &quot;hub&quot;."), base);
	}

	private static String pageOf(Map<String, String> pages, String element) {
		Matcher m = Pattern.compile("<a href=\"(elements/[^\"]+)\">" + Pattern.quote(element) + "</a>")
				.matcher(pages.get("elements.html"));
		assertTrue(m.find(), element);
		return pages.get(m.group(1));
	}

	@Test
	void findingsRowsLinkToThePagesOfTheirElements() throws Exception {
		Path site = dir.resolve("site");
		assertEquals(1, run("site", "--out", site.toString(), models(MODEL.replace("item Missile site", "item Rocket site")).toString()));
		Map<String, String> pages = pages(site);
		String findings = pages.get("findings.html");
		Matcher row = Pattern.compile("<tr id=\"(f\\d+)\" class=\"sev-(\\w+)\">(.*?)</tr>").matcher(findings);
		int rows = 0;
		boolean rocket = false;
		while (row.find()) {
			rows++;
			Matcher link = Pattern.compile("<code>([^<]*)</code></td><td>(.*?)</td><td><code>[^<]*</code></td><td><a href=\"(elements/[^\"]+)\">([^<]+)</a></td>$")
					.matcher(row.group(3));
			assertTrue(link.find(), "row links to an element: " + row.group(3));
			String code = link.group(1);
			String element = pages.get(link.group(3));
			assertTrue(element != null, link.group(3));
			// the element's page lists the finding and links back to its row
			assertTrue(element.contains("<code>" + code + "</code>"), element);
			assertTrue(element.contains("findings.html#" + row.group(1) + "\""), element);
			if (link.group(2).contains("Rocket")) {
				rocket = true;
				assertEquals("t.S", link.group(4)); // the unresolved item lies in the stockpile's declaration
				assertEquals("error", row.group(2));
			}
		}
		assertTrue(rows >= 2, findings);
		assertTrue(rocket, findings);
		assertTrue(pageOf(pages, "t.S").contains("Rocket (unresolved)"));
		assertEquals(List.of(), brokenLinks(site));
	}

	@Test
	void markupInTheModelIsEscapedEverywhere() throws Exception {
		Path site = dir.resolve("site");
		run("site", "--out", site.toString(), models(MODEL).toString());
		Map<String, String> pages = pages(site);
		boolean shown = false;
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String text = page.getValue();
			assertFalse(text.contains("<script>alert"), page.getKey());
			assertFalse(text.contains("<AB>"), page.getKey());
			assertFalse(text.contains("<b>main"), page.getKey());
			if (text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")) {
				shown = true;
			}
		}
		assertTrue(shown, "the firm's title shown as text");
		assertTrue(pageOf(pages, "t.Maker").contains("<p class=\"snw-title\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</p>"));
		assertTrue(pageOf(pages, "t.Base").contains("Kadena &lt;AB&gt;"));
	}

	@Test
	void aDiagramIsEmbeddedWithoutScriptsAndItsShapesLinkToTheirElements() throws Exception {
		sinew.dsl.workspace.ModelWorkspace workspace = sinew.dsl.workspace.ModelWorkspace.create();
		Path models = models(MODEL);
		sinew.dsl.workspace.ModelWorkspace.Models loaded = workspace.load(
				sinew.dsl.workspace.ModelWorkspace.collect(List.of(models.toString())));
		String svg = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!-- a comment -->
				<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="alert(1)">
				<script>alert(2)</script>
				<g id="t.T" data-element="t.T" class="node theatre"><title>theatre &lt;T&gt; &amp; co</title><rect width="90" height="40"/>
				<g id="t.Base" data-element="t.Base"><title>site</title><circle r="3" onclick="alert(3)"/><text>Kadena &lt;AB&gt;</text></g>
				<a href="javascript:alert(4)"><text>x</text></a>
				<image href="http://example.invalid/x.png"/><use xlink:href="#t.Base"/>
				</g>
				<g data-element="unknown.Thing"><rect width="1" height="1"/></g>
				<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
				</svg>
				""";
		sinew.generator.site.ReviewSite site = new sinew.generator.site.ReviewSite("test", "fixture", loaded, List.of(),
				List.of(new sinew.generator.site.ReviewSite.Viewpoint("v", "A <view>", svg, List.of("left out: <none>"))), List.of(),
				List.of());
		String page = new String(site.files().get("viewpoints/v.html"), StandardCharsets.UTF_8);
		String body = page.substring(page.indexOf("<svg"), page.indexOf("</svg>") + 6);
		assertFalse(body.contains("alert"), body);
		assertFalse(body.contains("<script") || body.contains("foreignObject") || body.contains("example.invalid")
				|| body.contains("<!--") || body.contains("<?xml"), body);
		assertTrue(body.contains("<title>theatre &lt;T&gt; &amp; co</title>"), body);
		assertTrue(body.contains("<text>Kadena &lt;AB&gt;</text>"), body);
		assertTrue(body.contains("<use xlink:href=\"#t.Base\"/>"), body); // links inside the drawing stay
		assertTrue(page.contains("<h1>A &lt;view&gt;</h1>") && page.contains("left out: &lt;none&gt;"), page);
		// the theatre's own shapes link to its page; the site inside it links to its own, and links never nest
		Matcher theatre = Pattern.compile("<g class=\"node theatre\" data-element=\"t.T\" id=\"t.T\"><title>[^<]*</title><a class=\"snw-el\" href=\"../(elements/[^\"]+)\"><rect").matcher(body);
		assertTrue(theatre.find(), body);
		Matcher base = Pattern.compile("<g data-element=\"t.Base\" id=\"t.Base\"><title>site</title><a class=\"snw-el\" href=\"../(elements/[^\"]+)\"><circle r=\"3\"/><text>").matcher(body);
		assertTrue(base.find(), body);
		assertTrue(site.files().containsKey(theatre.group(1)) && site.files().containsKey(base.group(1)));
		assertTrue(new String(site.files().get(base.group(1)), StandardCharsets.UTF_8).contains("<h1>Base</h1>"));
		int depth = 0;
		Matcher tags = Pattern.compile("<(/?)a[ >]").matcher(body);
		while (tags.find()) {
			depth += tags.group(1).isEmpty() ? 1 : -1;
			assertTrue(depth <= 1, "nested links in " + body);
		}
		assertTrue(body.contains("<g data-element=\"unknown.Thing\"><rect"), "no link for an element without a page");
	}

	@Test
	void requirementsShowTheirVerdicts() throws Exception {
		Path site = dir.resolve("site");
		assertEquals(0, run("site", "--out", site.toString(), models(MODEL + """
				requirement Lasts { exhaustion-day of Missile in T > 5 days under War verified by simulation }
				requirement Month { days-of-supply of Missile in T >= 30 days under War verified by simulation }
				""").toString()), out + err);
		Map<String, String> pages = pages(site);
		String index = pages.get("index.html");
		assertTrue(Pattern.compile("<td><a href=\"elements/[^\"]+\">t.Lasts</a></td><td><span class=\"badge pass\">PASS</span></td><td>"
				+ "exhaustion-day of Missile in T = 10 days, required &gt; 5 days \\(under War, simulation\\)</td>").matcher(index).find(), index);
		assertTrue(index.contains(">t.Month</a></td><td><span class=\"badge fail\">FAIL</span>"), index);
		assertTrue(pageOf(pages, "t.Month").contains("<h2 id=\"verdict\">Verdict</h2>\n<p><span class=\"badge fail\">FAIL</span> "
				+ "days-of-supply of Missile in T = 10 days, required &gt;= 30 days"), pageOf(pages, "t.Month"));
		// with errors nothing is simulated, and the site says so
		assertEquals(1, run("site", "--out", site.toString(), models(MODEL.replace("item Missile site", "item Rocket site") + """
				requirement Lasts { exhaustion-day of Missile in T > 5 days under War verified by simulation }
				""").toString()));
		String unverified = Files.readString(site.resolve("index.html"));
		assertTrue(unverified.contains("Not verified: the models have errors"), unverified);
		assertTrue(unverified.contains(">t.Lasts</a></td><td><span class=\"badge\">not verified</span>"), unverified);
	}

	@Test
	void theSameModelsGiveTheSameBytes() throws Exception {
		Path models = models(MODEL);
		run("site", "--out", dir.resolve("one").toString(), models.toString());
		run("site", "--out", dir.resolve("two").toString(), models.toString());
		List<Path> one = files(dir.resolve("one"));
		assertEquals(one, files(dir.resolve("two")));
		assertTrue(one.size() > ELEMENTS.size() + 5, one.toString());
		for (Path p : one) {
			assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(p)), Files.readAllBytes(dir.resolve("two").resolve(p)),
					p.toString());
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

	@Test
	void aSiteIsReplacedWholeAndAFailedRunLeavesNothing() throws Exception {
		Path models = models(MODEL);
		Path site = dir.resolve("out/site");
		run("site", "--out", site.toString(), models.toString());
		Files.writeString(site.resolve("stale.html"), "old");
		run("site", "--out", site.toString(), models.toString());
		assertFalse(Files.exists(site.resolve("stale.html")), "the earlier site is replaced, not merged");
		assertTrue(Files.isRegularFile(site.resolve("index.html")));
		// a folder that is not a site is never replaced
		Path other = dir.resolve("out/notes");
		Files.createDirectories(other);
		Files.writeString(other.resolve("mine.txt"), "keep");
		assertEquals(2, run("site", "--out", other.toString(), models.toString()));
		assertTrue(err.contains("not a Sinew site"), err);
		assertEquals(List.of(Path.of("mine.txt")), files(other));
		// bad results: nothing written, one line
		Path results = dir.resolve("bad-results");
		Files.createDirectories(results);
		Files.writeString(results.resolve("results.json"), "{\"schema\": \"something else\"}");
		assertEquals(2, run("site", "--results", results.toString(), "--out", dir.resolve("out/new").toString(), models.toString()));
		assertEquals(1, err.lines().count(), err);
		assertTrue(err.contains("results.json: not a Sinew results document"), err);
		assertFalse(Files.exists(dir.resolve("out/new")));
		// no temporary folders left beside the outputs
		try (Stream<Path> list = Files.list(dir.resolve("out"))) {
			assertEquals(Set.of("site", "notes"), list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
		}
		assertEquals(2, run("site", models.toString()));
		assertTrue(err.contains("site: name the output folder with --out DIR"), err);
	}

	@Test
	void simulationResultsAndChartsHaveTheirPage() throws Exception {
		Path models = models(MODEL);
		Path results = dir.resolve("results/War");
		assertEquals(0, run("simulate", "--scenario", "War", "--out", results.toString(), models.toString()), out + err);
		Files.createDirectories(results.resolve("charts"));
		String chart = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>";
		Files.writeString(results.resolve("charts/stock.svg"), chart);
		Files.writeString(results.resolve("charts/notes.txt"), "not a chart");
		Path site = dir.resolve("site");
		run("site", "--results", dir.resolve("results").toString(), "--out", site.toString(), models.toString());
		Map<String, String> pages = pages(site);
		String page = pages.get("results/t.War/index.html");
		assertTrue(page != null, pages.keySet().toString());
		assertEquals(chart, Files.readString(site.resolve("results/t.War/charts/stock.svg")));
		assertFalse(Files.exists(site.resolve("results/t.War/charts/notes.txt")));
		assertTrue(page.contains("<img src=\"charts/stock.svg\""), page);
		// the missile runs out on day 10 (100 in stock, 10 a day) and links to its page
		assertTrue(Pattern.compile("<tr><td><a href=\"../../elements/[^\"]+\">t.Missile</a></td><td class=\"num\">10</td>")
				.matcher(page).find(), page);
		assertTrue(pages.get("index.html").contains("<a href=\"results/t.War/index.html\">results</a>"));
		assertTrue(pageOf(pages, "t.War").contains("Simulation results"));
		assertEquals(List.of(), brokenLinks(site));
	}

	@Test
	void theFlagshipSiteHasNoBrokenLinks() throws Exception {
		Path site = dir.resolve("site");
		assertEquals(0, run("site", "--out", site.toString(), root().resolve("examples/indo-pacific").toString()), out + err);
		assertEquals(List.of(), brokenLinks(site));
		String index = Files.readString(site.resolve("index.html"));
		assertTrue(index.contains("TaiwanStrait2027"), index);
	}
}
