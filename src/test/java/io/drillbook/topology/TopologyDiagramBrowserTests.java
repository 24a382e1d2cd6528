package io.drillbook.topology;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.drillbook.DrillbookTest;
import io.drillbook.browser.Chromium;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram of a 200-component estate in a real browser: it draws, it can be fitted and
 * zoomed with the keyboard, and the strict Content-Security-Policy holds.
 */
@DrillbookTest
class TopologyDiagramBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environments environments;

	@Test
	void drawsTwoHundredComponentsWithoutConsoleErrors() {
		TestAccounts.ensure(this.context, "olaf", "olaf-operator-1", Role.OPERATOR);
		if (this.environments.find(new EnvironmentKey("generated-200")).isEmpty()) {
			this.environments.create("generated-200", "Generated estate (200 components)", "", GeneratedEstate.of(200),
					"test");
		}
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext browser = chromium.newContext(1400, 1000)) {
			Page page = Chromium.page(browser, consoleErrors);
			page.navigate("http://localhost:" + this.port + "/login");
			Chromium.signIn(page, "olaf", "olaf-operator-1");
			page.navigate("http://localhost:" + this.port + "/environments/generated-200/diagram");

			assertThat(page.locator("#diagram[data-ready=true]")).hasCount(1);
			assertThat(page.locator("#diagram canvas").first()).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom in")).focus();
			page.keyboard().press("Enter");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fit")).click();
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("diagram-200.png")));
		}
		assertThat(consoleErrors).isEmpty();
	}

}
