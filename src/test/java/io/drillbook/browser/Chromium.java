package io.drillbook.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, started once per test class
 * ({@code @RegisterExtension static Chromium chromium = new Chromium();}). Playwright may
 * not download a browser here, so tests use the installed one and are skipped, saying
 * why, when it is missing.
 *
 * <p>
 * Every wait of these tests is on a condition (a heading shown, a URL reached, a download
 * started) and returns as soon as it holds. {@link #PATIENCE} is only the point at which
 * a condition that never comes is reported: Playwright's own 5 s for assertions is missed
 * by a busy two-core machine rendering a first page, so it is raised here for every test.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** How long any condition may take before the test fails on it. */
	public static final Duration PATIENCE = Duration.ofSeconds(60);

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		Path executable = Path.of(System.getenv().getOrDefault("DRILLBOOK_CHROMIUM", "/usr/bin/chromium"));
		Assumptions.assumeTrue(Files.isExecutable(executable), () -> "Browser tests skipped: no Chromium at "
				+ executable + ". Install it with 'apt-get install -y chromium' or set DRILLBOOK_CHROMIUM.");
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE.toMillis());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	/** A fresh browser profile, as a new visitor has. */
	public BrowserContext newContext(int width, int height) {
		BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		context.setDefaultTimeout(PATIENCE.toMillis());
		context.setDefaultNavigationTimeout(PATIENCE.toMillis());
		return context;
	}

	/**
	 * A page that collects the browser console's errors, where Content-Security-Policy
	 * violations and script failures show up.
	 */
	public static Page page(BrowserContext context, List<String> consoleErrors) {
		Page page = context.newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		return page;
	}

	/** Signs in through the login form, which must be showing. */
	public static void signIn(Page page, String username, String password) {
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

}
