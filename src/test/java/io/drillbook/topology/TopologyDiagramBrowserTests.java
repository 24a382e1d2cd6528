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
 * The diagram of a 500-component estate in a real browser: it draws, it can be fitted and
 * zoomed with the keyboard, a component found by name is shown with what it is tied to, a
 * phone gets the list, and the strict Content-Security-Policy holds. The time to the
 * first drawing is printed for the benchmark (docs/benchmarks.md).
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
	void drawsFiveHundredComponentsFindsOneAndGivesAPhoneTheList() {
		TestAccounts.ensure(this.context, "olaf", "olaf-operator-1", Role.OPERATOR);
		if (this.environments.find(new EnvironmentKey("generated-500")).isEmpty()) {
			this.environments.create("generated-500", "Generated estate (500 components)", "", GeneratedEstate.of(500),
					"test");
		}
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext browser = chromium.newContext(1400, 1000)) {
			Page page = Chromium.page(browser, consoleErrors);
			page.navigate("http://localhost:" + this.port + "/login");
			Chromium.signIn(page, "olaf", "olaf-operator-1");
			for (int load = 1; load <= 3; load++) {
				page.navigate("http://localhost:" + this.port + "/environments/generated-500/diagram");
				assertThat(page.locator("#diagram[data-ready=true]")).hasCount(1);
				System.out.println("diagram of 500 components, load " + load + ": elements read "
						+ page.locator("#diagram").getAttribute("data-read-ms") + " ms and drawn "
						+ page.locator("#diagram").getAttribute("data-drawn-ms") + " ms after the navigation began");
			}
			assertThat(page.locator("#diagram canvas").first()).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom in")).focus();
			page.keyboard().press("Enter");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fit")).click();
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("diagram-500.png")));

			page.getByLabel("Find a component").fill("application 17");
			page.keyboard().press("Enter");
			assertThat(page.locator("#diagram-search-status")).containsText("showing Application 17");
			assertThat(page.locator("#diagram-selection")).containsText("Application 17");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("diagram-focus.png")));
			page.getByLabel("Find a component").fill("no such thing");
			page.keyboard().press("Enter");
			assertThat(page.locator("#diagram-search-status")).containsText("No component matches");
		}
		try (BrowserContext phone = chromium.newContext(390, 844)) {
			Page page = Chromium.page(phone, consoleErrors);
			page.navigate("http://localhost:" + this.port + "/login");
			Chromium.signIn(page, "olaf", "olaf-operator-1");
			page.navigate("http://localhost:" + this.port + "/environments/generated-500/diagram");
			assertThat(page.locator("#diagram[data-ready=list]")).hasCount(1);
			assertThat(page.locator("#diagram-list")).hasAttribute("open", "");
			assertThat(page.getByText("On a small screen the components are listed below")).isVisible();
		}
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void aVeryLargeEstateDrawsItsVmsTogetherPerHostAndStillFindsOne() {
		TestAccounts.ensure(this.context, "olaf", "olaf-operator-1", Role.OPERATOR);
		if (this.environments.find(new EnvironmentKey("generated-1500")).isEmpty()) {
			this.environments.create("generated-1500", "Generated estate (1,500 components)", "",
					GeneratedEstate.of(1500), "test");
		}
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext browser = chromium.newContext(1400, 1000)) {
			Page page = Chromium.page(browser, consoleErrors);
			page.navigate("http://localhost:" + this.port + "/login");
			Chromium.signIn(page, "olaf", "olaf-operator-1");
			page.navigate("http://localhost:" + this.port + "/environments/generated-1500/diagram");
			assertThat(page.locator("#diagram[data-ready=true]")).hasCount(1);
			System.out.println("diagram of 1,500 components, VMs drawn together per host: drawn "
					+ page.locator("#diagram").getAttribute("data-drawn-ms") + " ms after the navigation began");

			page.getByLabel("Find a component").fill("application 1234");
			page.keyboard().press("Enter");
			assertThat(page.locator("#diagram-search-status")).containsText("is one of the");
			assertThat(page.locator("#diagram-selection")).containsText("Application 1234");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("diagram-1500.png")));
		}
		assertThat(consoleErrors).isEmpty();
	}

}
