package sinew.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The review site as a reviewer sees it: written by {@code ./sinew site} for the flagship (with simulation results)
 * and for a model whose names hold markup, then opened from file:// in Debian's chromium, headless, through
 * chromedriver. Every page reachable from the index is visited: no console errors, every link and source resolves
 * to a file of the site and every #fragment to an element of its page; each viewpoint's diagram renders with a size,
 * and wheel, drag and Fit change and restore its view. Skips only when chromium is not installed.
 */
class SiteInBrowserTest {

	private static WebDriver driver;
	private static Path root;
	private static Path out;

	@BeforeAll
	static void start() throws Exception {
		Path chromium = executable("chromium", "chromium-browser");
		Assumptions.assumeTrue(chromium != null,
				"chromium is not installed (apt-get install chromium chromium-driver): the browser test needs it");
		Path chromedriver = executable("chromedriver");
		if (chromedriver == null) {
			fail("chromium is installed but chromedriver is not: apt-get install chromium-driver");
		}
		root = Path.of(System.getProperty("sinew.root", "../..")).toAbsolutePath().normalize();
		out = Path.of(System.getProperty("sinew.browser.out", "target/browser")).toAbsolutePath().normalize();
		Files.createDirectories(out);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1400,1000", "--no-first-run", "--disable-extensions");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stop() {
		if (driver != null) {
			driver.quit();
		}
	}

	/** The first of the names found on the PATH, or null. */
	private static Path executable(String... names) {
		for (String name : names) {
			for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	/** Runs the launcher with what is built (SINEW_NO_BUILD=1: the reactor built it just before this module). */
	private static String sinew(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(root.resolve("sinew").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
		builder.environment().put("SINEW_NO_BUILD", "1");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int code = process.waitFor();
		assertTrue(code == 0 || code == 1, "./sinew " + String.join(" ", args) + " exited " + code + ":\n" + output);
		return output;
	}

	private static List<LogEntry> severe() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
				.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
	}

	private static Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** What one page refers to, and the ids it has. */
	private record Visit(List<String> references, Set<String> ids) {
	}

	@SuppressWarnings("unchecked")
	private static Visit visit(URI page) {
		driver.get(page.toString());
		List<String> references = (List<String>) js("""
				const refs = [];
				document.querySelectorAll('[href],[src]').forEach(function (e) {
				  const value = e.getAttribute('href') !== null ? e.getAttribute('href') : e.getAttribute('src');
				  refs.push(new URL(value, document.baseURI).href);
				});
				return refs;""");
		List<String> ids = (List<String>) js("return Array.from(document.querySelectorAll('[id]')).map(e => e.id);");
		return new Visit(references, new LinkedHashSet<>(ids));
	}

	/**
	 * Visits every page reachable from the index and returns the problems: console errors, references that leave
	 * the site or name no file, fragments naming no element.
	 */
	private static List<String> crawl(Path site) {
		URI start = site.resolve("index.html").toUri();
		Map<URI, Visit> visited = new LinkedHashMap<>();
		Deque<URI> queue = new ArrayDeque<>(List.of(start));
		List<String> problems = new ArrayList<>();
		Map<String, URI> fragments = new LinkedHashMap<>();
		severe(); // clear the log
		while (!queue.isEmpty()) {
			URI page = queue.poll();
			if (visited.containsKey(page)) {
				continue;
			}
			Visit visit = visit(page);
			visited.put(page, visit);
			for (LogEntry e : severe()) {
				problems.add(page + ": console: " + e.getMessage());
			}
			for (String reference : visit.references()) {
				URI uri = URI.create(reference);
				if (!"file".equals(uri.getScheme())) {
					problems.add(page + ": refers outside the site: " + reference);
					continue;
				}
				URI file = URI.create("file://" + uri.getRawPath());
				Path path = Path.of(file);
				if (!path.startsWith(site)) {
					problems.add(page + ": refers outside the site: " + reference);
				} else if (!Files.isRegularFile(path)) {
					problems.add(page + ": no file for " + reference);
				} else {
					if (uri.getRawFragment() != null) {
						fragments.put(reference, file);
					}
					if (path.toString().endsWith(".html")) {
						queue.add(file);
					}
				}
			}
		}
		for (Map.Entry<String, URI> f : fragments.entrySet()) {
			String fragment = URI.create(f.getKey()).getFragment();
			Visit target = visited.get(f.getValue());
			if (target == null || !target.ids().contains(fragment)) {
				problems.add("no element with id '" + fragment + "' for " + f.getKey());
			}
		}
		try (Stream<Path> walk = Files.walk(site.resolve("elements"))) {
			long pages = walk.filter(p -> p.toString().endsWith(".html")).count();
			long reached = visited.keySet().stream().filter(u -> u.getPath().contains("/elements/")).count();
			assertEquals(pages, reached, "every element page is reachable from the index");
		} catch (IOException e) {
			problems.add(e.toString());
		}
		return problems;
	}

	@Test
	void theFlagshipSiteOpensWithoutErrorsAndEveryLinkResolves() throws Exception {
		Path results = out.resolve("results");
		sinew("simulate", "--scenario", "TaiwanStrait2027", "--out", results.resolve("TaiwanStrait2027").toString(),
				"examples/indo-pacific");
		Path site = out.resolve("flagship");
		String printed = sinew("site", "--results", results.toString(), "--out", site.toString(), "examples/indo-pacific");
		assertTrue(printed.contains("site: "), printed);
		assertEquals(List.of(), crawl(site));
		assertTrue(Files.isRegularFile(site.resolve("results/indopacific.scenarios.TaiwanStrait2027/index.html")));
	}

	@Test
	void everyViewpointRendersAndPansAndZooms() throws Exception {
		Path site = out.resolve("viewpoints");
		sinew("site", "--out", site.toString(), "examples/indo-pacific");
		List<Path> pages;
		try (Stream<Path> list = Files.list(site.resolve("viewpoints"))) {
			pages = list.sorted().toList();
		}
		assertEquals(4, pages.size(), pages.toString());
		for (Path page : pages) {
			driver.get(page.toUri().toString());
			WebElement svg = driver.findElement(By.cssSelector(".snw-viewport > svg"));
			@SuppressWarnings("unchecked")
			Map<String, Number> box = (Map<String, Number>) js("""
					const r = arguments[0].getBoundingClientRect(); const b = arguments[0].getBBox();
					return {w: r.width, h: r.height, cw: b.width, ch: b.height};""", svg);
			assertTrue(box.get("w").doubleValue() > 100 && box.get("h").doubleValue() > 100, page + ": " + box);
			assertTrue(box.get("cw").doubleValue() > 0 && box.get("ch").doubleValue() > 0, page + " draws something: " + box);
			assertTrue(driver.findElements(By.cssSelector(".snw-viewport a.snw-el")).size() > 0, page + ": shapes link to elements");
			String fitted = svg.getDomAttribute("viewBox");
			WebElement viewport = driver.findElement(By.id("snw-viewport"));
			new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(viewport), 0, -300).perform();
			String zoomed = svg.getDomAttribute("viewBox");
			assertNotEquals(fitted, zoomed, page + ": the wheel zooms");
			assertTrue(width(zoomed) < width(fitted), page + ": wheel up zooms in: " + fitted + " -> " + zoomed);
			new Actions(driver).moveToElement(viewport, 10, 10).clickAndHold().moveByOffset(120, 60).release().perform();
			String panned = svg.getDomAttribute("viewBox");
			assertNotEquals(zoomed, panned, page + ": a drag pans");
			assertEquals(width(zoomed), width(panned), 1e-6, page + ": a drag does not zoom");
			assertEquals(page.toUri().toString(), driver.getCurrentUrl(), "a drag is not a click on a link");
			driver.findElement(By.cssSelector("button[data-zoom=fit]")).click();
			assertEquals(fitted, svg.getDomAttribute("viewBox"), page + ": Fit restores the whole drawing");
			// a click on a shape opens its element's page: the first link that is on top at its own centre
			@SuppressWarnings("unchecked")
			Map<String, Object> target = (Map<String, Object>) js("""
					for (const a of document.querySelectorAll('.snw-viewport a.snw-el')) {
					  const r = a.getBoundingClientRect();
					  const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
					  const hit = document.elementFromPoint(x, y);
					  if (r.width > 4 && r.height > 4 && hit && hit.closest('a') === a) {
					    return {x: x, y: y, href: new URL(a.getAttribute('href'), document.baseURI).href};
					  }
					}
					return null;""");
			assertTrue(target != null, page + ": a shape to click");
			new Actions(driver).moveToLocation(((Number) target.get("x")).intValue(), ((Number) target.get("y")).intValue())
					.click().perform();
			assertEquals(target.get("href"), driver.getCurrentUrl(), page + ": a click on a shape opens its page");
			assertTrue(driver.getCurrentUrl().contains("/elements/"), driver.getCurrentUrl());
			assertEquals(List.of(), severe().stream().map(LogEntry::getMessage).toList(), page.toString());
		}
	}

	private static double width(String viewBox) {
		return Double.parseDouble(viewBox.trim().split("\\s+")[2]);
	}

	@Test
	void markupInAModelIsShownAsText() throws Exception {
		Path models = out.resolve("markup-models");
		Files.createDirectories(models);
		String title = "<script>alert('x')</script> & \"Co\" <img src=x onerror=alert(2)>";
		Files.writeString(models.resolve("m.sinew"), """
				package m
				nation Home
				/** Made by <b>us</b> & "them". <script>alert(3)</script> */
				firm Maker "%s" { nation Home }
				munition Shell "155 <mm> & more"
				line Plant "A <i>plant</i>" { makes Shell firm Maker rate 10/month }
				""".formatted(title.replace("\"", "\\\"")));
		Path site = out.resolve("markup");
		sinew("site", "--out", site.toString(), models.toString());
		assertEquals(List.of(), crawl(site)); // an alert would fail every later command; a bad image logs an error
		driver.get(site.resolve("elements.html").toUri().toString());
		driver.findElement(By.linkText("m.Maker")).click();
		assertEquals(title, driver.findElement(By.cssSelector(".snw-title")).getText());
		assertTrue(driver.findElement(By.cssSelector(".snw-doc")).getText().contains("Made by <b>us</b> & \"them\". <script>alert(3)</script>"));
		assertEquals(0L, js("return document.querySelectorAll('main script, main img, main b').length;"));
		driver.get(site.resolve("viewpoints/industrial.html").toUri().toString());
		assertEquals(0L, js("return document.querySelectorAll('svg script, svg img, svg foreignObject').length;"));
		String text = (String) js("return document.querySelector('.snw-viewport svg').textContent;");
		assertTrue(text.contains("A <i>plant</i>") || text.contains("Plant"), text);
		assertFalse(severe().stream().anyMatch(e -> true), "no console errors");
	}
}
