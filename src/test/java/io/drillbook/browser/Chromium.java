package io.drillbook.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. Playwright may not download a browser here, so
 * tests use the installed one and are skipped, saying why, when it is missing.
 */
public final class Chromium implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() {
		Path executable = Path.of(System.getenv().getOrDefault("DRILLBOOK_CHROMIUM", "/usr/bin/chromium"));
		Assumptions.assumeTrue(Files.isExecutable(executable), () -> "Browser tests skipped: no Chromium at "
				+ executable + ". Install it with 'apt-get install -y chromium' or set DRILLBOOK_CHROMIUM.");
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new Chromium(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
