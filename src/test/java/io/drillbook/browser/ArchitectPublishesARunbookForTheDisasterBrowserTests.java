package io.drillbook.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.drillbook.DrillbookTest;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.topology.SampleTopologies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An architect reviews and publishes a runbook, then takes the offline bundle away; the
 * bundle opens in a browser with the network down and asks the network for nothing.
 */
@DrillbookTest
class ArchitectPublishesARunbookForTheDisasterBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theOfflineBundleWorksWithTheNetworkDown() throws Exception {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-browser", "ari");
		TestAccounts.ensure(this.context, "rhea", "rhea-password-12", Role.ARCHITECT);
		List<String> consoleErrors = new ArrayList<>();
		Path bundle;
		try (BrowserContext context = chromium.newContext(390, 844)) {
			Page page = Chromium.page(context, consoleErrors);
			page.navigate(url("/environments/rb-browser/runbooks"));
			Chromium.signIn(page, "rhea", "rhea-password-12");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("VirtualCenter Server")).first().click();
			assertThat(page.locator("h1")).containsText("VirtualCenter Server: site failure");
			assertThat(page.locator("#main")).containsText("vc-standby.dr.example.net");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("runbook-draft.png")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish as version 1")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Published version 1");
			assertThat(page.locator("#main")).containsText("Current: the newest version");

			page.navigate(url("/environments/rb-browser/runbooks"));
			Download download = page.waitForDownload(
					() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download offline bundle"))
						.click());
			bundle = Files.createTempFile("bundle", ".html");
			download.saveAs(bundle);
		}
		assertThat(consoleErrors).isEmpty();

		List<String> requests = new ArrayList<>();
		try (BrowserContext offline = chromium.newContext(390, 844)) {
			offline.setOffline(true);
			offline.onRequest((request) -> requests.add(request.url()));
			Page page = Chromium.page(offline, consoleErrors);
			page.navigate(bundle.toUri().toString());
			assertThat(page.locator("h1").first()).containsText("Offline runbooks: VirtualCenter estate");
			assertThat(page.locator("#runbook-vc-site"))
				.containsText("Run the reconnect scripts from vc-standby.dr.example.net");
			assertThat(page.locator("body")).containsText("Not in this bundle");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("offline-bundle.png")));
		}
		assertThat(requests).containsExactly(bundle.toUri().toString());
		assertThat(consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
