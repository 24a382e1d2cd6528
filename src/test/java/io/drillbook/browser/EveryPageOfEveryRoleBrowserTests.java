package io.drillbook.browser;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import io.drillbook.DrillbookTest;
import io.drillbook.drill.DrillTestData;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.runbook.PublishedSamples;
import io.drillbook.topology.EnvironmentCatalog;
import io.drillbook.topology.EnvironmentKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a role reaches from the menu, followed link by link, opens in Chromium
 * without a console error, a Content-Security-Policy violation, a script error or a
 * failed request of its own. Pages are told apart by the route that serves them, so each
 * route is opened once per role, whichever environment or execution the link was for.
 */
@DrillbookTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageOfEveryRoleBrowserTests {

	private static final String DECLARES_AN_ICON = "() => document.contentType !== 'text/html'"
			+ " || document.querySelector('link[rel~=icon]') !== null";

	/** A walk that finds more routes than this is following something it should not. */
	private static final int MOST_PAGES = 200;

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	/**
	 * An estate with a published runbook, a drill under way and a closed one, so that the
	 * pages of each exist and are linked.
	 */
	@BeforeAll
	void anEstateWithDrills() {
		for (Role role : Role.values()) {
			TestAccounts.ensure(this.context, username(role), password(role), role);
		}
		if (this.context.getBean(EnvironmentCatalog.class).find(new EnvironmentKey("page-walk")).isEmpty()) {
			long version = PublishedSamples.virtualCenter(this.context, "page-walk", "vc", "site");
			DrillTestData.recovered(this.context, version, Instant.now().minus(2, ChronoUnit.HOURS));
			DrillTestData.running(this.context, version, username(Role.OPERATOR));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyPageReachableFromTheMenuOpensWithoutErrors(Role role) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		Map<String, String> opened = new LinkedHashMap<>();
		try (BrowserContext browser = chromium.newContext(1280, 800)) {
			Page page = browser.newPage();
			List<String> seen = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					seen.add("console: " + message.text());
				}
			});
			page.onPageError((error) -> seen.add("script: " + error));
			page.onResponse((response) -> {
				if (response.status() >= 400 && response.url().startsWith(url(""))) {
					seen.add(response.status() + " for " + response.url());
				}
			});
			page.navigate(url("/login"));
			Chromium.signIn(page, username(role), password(role));
			page.waitForURL(url("/"));

			Deque<String> next = new ArrayDeque<>(links(page, "nav a[href]"));
			next.addFirst(url("/"));
			while (!next.isEmpty() && opened.size() < MOST_PAGES) {
				String link = next.removeFirst();
				Optional<String> route = route(link);
				if (route.isEmpty() || opened.containsKey(route.get())) {
					continue;
				}
				opened.put(route.get(), link);
				seen.clear();
				if (!open(page, link)) {
					continue;
				}
				seen.addAll(unusablePatterns(page));
				if (Boolean.FALSE.equals(page.evaluate(DECLARES_AN_ICON))) {
					seen.add("no icon declared, so browsers ask for /favicon.ico");
				}
				if (!seen.isEmpty()) {
					problems.put(link, List.copyOf(seen));
				}
				next.addAll(links(page, "a[href]"));
			}
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Chromium.SCREENSHOTS.resolve("walk-" + role.name().toLowerCase(Locale.ROOT) + ".png")));
		}
		assertThat(opened).as("routes opened by %s", role).hasSizeGreaterThan(4).hasSizeLessThan(MOST_PAGES);
		assertThat(problems).as("pages with errors for %s, of %s", role, opened.values()).isEmpty();
	}

	/** Opens a link; false when it is a download rather than a page. */
	private boolean open(Page page, String link) {
		try {
			page.navigate(link);
			page.waitForLoadState(LoadState.LOAD);
			return true;
		}
		catch (PlaywrightException ex) {
			if (ex.getMessage().contains("Download is starting")) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Fields whose {@code pattern} the browser cannot compile. Chromium compiles it, in
	 * the stricter {@code v} mode of regular expressions, only when it checks a value,
	 * and then silently skips the field's validation; so each pattern is compiled here as
	 * the browser would.
	 */
	@SuppressWarnings("unchecked")
	private List<String> unusablePatterns(Page page) {
		return (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('input[pattern]')].flatMap(input => {
				  try { new RegExp('^(?:' + input.pattern + ')$', 'v'); return []; }
				  catch (e) { return ['pattern of #' + input.id + ': ' + e.message]; }
				})""");
	}

	private List<String> links(Page page, String selector) {
		@SuppressWarnings("unchecked")
		List<String> hrefs = (List<String>) page.locator(selector)
			.evaluateAll("links => links.filter(a => !a.hasAttribute('download')).map(a => a.href)");
		return hrefs.stream().filter((href) -> href.startsWith(url("/"))).map((href) -> href.split("#")[0]).toList();
	}

	/** The pattern of the GET route that serves a link, if the application serves it. */
	private Optional<String> route(String link) {
		PathContainer path = PathContainer.parsePath(URI.create(link).getPath());
		return this.handlers.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
			.flatMap((info) -> info.getPathPatternsCondition().getPatterns().stream())
			.filter((pattern) -> pattern.matches(path))
			.sorted(PathPattern.SPECIFICITY_COMPARATOR)
			.map(PathPattern::getPatternString)
			.findFirst();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String username(Role role) {
		return "walk-" + role.name().toLowerCase(Locale.ROOT);
	}

	private static String password(Role role) {
		return "walk-password-" + role.name().toLowerCase(Locale.ROOT);
	}

}
