package io.drillbook.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.drillbook.DrillbookTest;
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
 * An operator runs a short runbook from a phone: completes steps, skips one with a
 * reason, attaches a log, closes; an observer sees the progress without reloading; a
 * second person signs off; the timeline and the recovery time against the RTO show.
 */
@DrillbookTest
class OperatorRunsADrillOnAPhoneBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void anOperatorExecutesARunbookEndToEndAndASecondPersonSignsOff() {
		PublishedSamples.virtualCenter(this.context, "dr-phone", "vcdb", "site");
		TestAccounts.ensure(this.context, "petra", "petra-password-12", Role.OPERATOR);
		TestAccounts.ensure(this.context, "quinn", "quinn-password-12", Role.OPERATOR);
		List<String> consoleErrors = new ArrayList<>();
		String drill;
		try (BrowserContext phone = chromium.newContext(390, 844);
				BrowserContext observer = chromium.newContext(1280, 900)) {
			Page page = Chromium.page(phone, consoleErrors);
			page.navigate(url("/drills/new?environment=dr-phone"));
			Chromium.signIn(page, "petra", "petra-password-12");
			page.getByLabel("VirtualCenter Database: site failure (Warm standby), v1").check();
			page.getByLabel("What fails").selectOption("SITE");
			page.getByLabel("Which one").fill("Headquarters data centre");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("every action is saved");
			drill = page.url();

			Page watcher = Chromium.page(observer, consoleErrors);
			watcher.navigate(drill);
			Chromium.signIn(watcher, "quinn", "quinn-password-12");
			assertThat(watcher.locator("#live")).containsText("0 / 4");

			Locator current = page.locator("#current");
			assertThat(current).containsText("Declare the outage of VirtualCenter Database");
			current.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Step 1 completed");
			assertThat(watcher.locator("#live")).containsText("1 / 4");

			assertThat(current).containsText("Apply the last shipped logs");
			current.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Step 2 started");
			current.getByLabel("Evidence (screenshot, PDF or log, at most 10 MB)")
				.setInputFiles(new FilePayload("restore.log", "text/plain",
						"RESTORE DATABASE vcdb FROM DISK completed\n".getBytes(StandardCharsets.UTF_8)));
			current.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attach")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Attached restore.log");
			current.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Step 2 completed");
			assertThat(page.locator("#live")).containsText("Service back after");

			page.locator("#current summary").click();
			current.getByLabel("Reason for skipping, or what failed (required)")
				.fill("The consistency check runs overnight; skipped in the drill.");
			current.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skip")).click();
			// The flash message comes with the page the action leads to, never with a
			// live update, so it tells that the page is the new one.
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Step 3 skipped");
			assertThat(page.locator("#main")).containsText("Skipped because: The consistency check runs overnight");
			current.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Step 4 completed");
			assertThat(page.locator("#live")).containsText("4 / 4");
			assertThat(watcher.locator("#live")).containsText("4 / 4");
			assertThat(watcher.locator("#live")).containsText("restore.log");

			page.getByLabel("Partial").check();
			page.getByLabel("Summary").fill("Service back well within the RTO; the consistency check was skipped.");
			page.locator("[id='findings0.step']").selectOption("database-at-recovery-site/consistency-check");
			page.locator("[id='findings0.description']").fill("The consistency check cannot run during a drill.");
			page.locator("[id='findings0.action']").fill("Schedule a consistency check after each drill.");
			page.locator("[id='findings0.owner']").selectOption("petra");
			page.locator("[id='findings0.dueOn']").fill("2099-01-31");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the execution")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Closed as partial");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off")).click();
			assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("You took part");

			watcher.reload();
			watcher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off")).click();
			assertThat(watcher.getByRole(AriaRole.STATUS).first()).containsText("Signed off.");
			assertThat(watcher.locator("#main")).containsText("signed off");
			assertThat(watcher.locator("#live")).containsText("met");
			assertThat(watcher.locator(".timeline svg rect")).hasCount(4);
			assertThat(watcher.locator(".timeline svg")).containsText("service back");

			watcher.navigate(url("/environments/dr-phone/runbooks/vcdb/site"));
			assertThat(watcher.locator("#main")).containsText("Drills found problems with version 1");
			assertThat(watcher.locator("#main")).containsText("The consistency check cannot run during a drill.");
			watcher.navigate(url("/policy"));
			assertThat(watcher.locator("#main")).containsText("Measured by drills");

			page.reload();
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("drill-phone.png"))
				.setFullPage(true));
			watcher.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("drill-closed.png"))
				.setFullPage(true));
		}
		assertThat(consoleErrors).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
