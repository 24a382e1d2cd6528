package io.drillbook.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.drillbook.DrillbookTest;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.topology.SampleTopologies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An architect's first hour: import the reference estate, look at it, and ask what the
 * failure of the VirtualCenter server breaks.
 */
@DrillbookTest
class ArchitectAnalysesTheSampleEstateBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void architectWithoutTheSample() {
		TestAccounts.ensure(this.context, "ada", "ada-architect-1", Role.ARCHITECT);
		SampleTopologies.removeShippedSample(this.context, "browser-tests");
	}

	@Test
	void importsTheSampleAndSeesWhatTheVirtualCenterServersFailureBreaks() {
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext browser = chromium.newContext(1280, 800)) {
			Page page = Chromium.page(browser, consoleErrors);
			page.navigate(url("/login"));
			Chromium.signIn(page, "ada", "ada-architect-1");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Environments").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import")).click();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("import.png")).setFullPage(true));
			page.getByLabel("Environment file").setInputFiles(Path.of("db", "samples", "virtualcenter.yaml"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and preview").setExact(true))
				.click();
			assertThat(page.getByText("Creates VirtualCenter estate (virtualcenter)")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("import-preview.png")));

			// The same estate is packed into the application: one click imports it.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Environments").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load the sample estate")).click();

			assertThat(page.getByRole(AriaRole.STATUS))
				.containsText("Imported VirtualCenter estate, the sample estate.");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("VirtualCenter Server")))
				.isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("environment.png"))
				.setFullPage(true));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diagram")).click();
			assertThat(page.locator("#diagram[data-ready=true]")).hasCount(1);
			page.getByText("The components as a list").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show VMotion in the diagram")).click();
			assertThat(page.locator("#diagram-selection")).containsText("VMotion");
			assertThat(page.locator("#diagram-selection")).containsText("provided by cluster prod");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("diagram-sample.png"))
				.setFullPage(true));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What if…")).click();
			page.getByLabel("What if this fails?").selectOption("component:vc");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse")).click();

			Locator atOnce = page.locator("section", new Page.LocatorOptions()
				.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fails at once"))));
			assertThat(atOnce).containsText("VMotion");
			assertThat(atOnce).containsText("DRS");
			Locator running = page.locator("section", new Page.LocatorOptions()
				.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Keeps running"))));
			assertThat(running).containsText("VMware HA");
			assertThat(running).containsText("Payroll application");
			assertThat(running).containsText("esx01.hq.example.net");
			// The plan's answer is loaded into the page.
			Locator plan = page.locator("#what-if-plan");
			assertThat(plan).containsText("What the protection plan does");
			assertThat(plan).containsText("VirtualCenter Server");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("impact-vc.png"))
				.setFullPage(true));
		}
		assertThat(consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
