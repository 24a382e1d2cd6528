package io.drillbook.browser;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.drillbook.DrillbookTest;
import io.drillbook.drill.DrillTestData;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.runbook.PublishedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor finds the drills that missed their RTO, opens one, and exports the evidence
 * pack.
 */
@DrillbookTest
class AuditorReviewsMissedRecoveriesBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void anAuditorFiltersToMissedRtosOpensOneAndExportsThePack() throws Exception {
		long version = PublishedSamples.virtualCenter(this.context, "audit-browser", "vcdb", "site");
		long met = DrillTestData.recovered(this.context, version, Instant.now().minusSeconds(600));
		long missed = DrillTestData.recovered(this.context, version, Instant.now().minusSeconds(3 * 3600));
		DrillTestData.signedOff(this.context, met, "sigrid");
		TestAccounts.ensure(this.context, "audra", "audra-password-12", Role.AUDITOR);
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext context = chromium.newContext(1280, 900)) {
			Page page = Chromium.page(context, consoleErrors);
			page.navigate(url("/audit"));
			Chromium.signIn(page, "audra", "audra-password-12");
			page.getByLabel("Environment").selectOption("audit-browser");
			page.getByLabel("RTO").selectOption("missed");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
			assertThat(page.locator("#main")).containsText("1 execution(s)");
			assertThat(page.locator("#main tbody")).containsText("missed");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("audit-history.png")));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(String.valueOf(missed)).setExact(true))
				.click();
			assertThat(page.locator("#live")).containsText("missed");
			assertThat(page.locator(".timeline svg")).isVisible();

			page.navigate(url("/audit/compliance?environment=audit-browser"));
			assertThat(page.locator("#main tbody")).containsText("VirtualCenter Database");
			assertThat(page.locator("#main tbody")).containsText("current");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("audit-compliance.png")));

			page.navigate(url("/audit/evidence-pack"));
			page.getByLabel("Environment").selectOption("audit-browser");
			Download download = page.waitForDownload(
					() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export")).click());
			Path zip = Files.createTempFile("pack", ".zip");
			download.saveAs(zip);
			List<String> names = new ArrayList<>();
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
				ZipEntry entry;
				while ((entry = in.getNextEntry()) != null) {
					names.add(entry.getName());
				}
			}
			assertThat(names).contains("report.pdf", "executions.csv", "manifest.sha256");

			page.navigate(url("/audit/log?action=EVIDENCE_PACK"));
			assertThat(page.locator("#main tbody")).containsText("audra");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the whole chain")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The chain is intact");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("audit-log.png")));
		}
		assertThat(met).isNotEqualTo(missed);
		assertThat(consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
