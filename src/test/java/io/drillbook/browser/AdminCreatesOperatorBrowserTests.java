package io.drillbook.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first journey on a new installation, in a real browser: the administrator signs in,
 * creates an operator, signs out, and the operator reaches the dashboard.
 */
@DrillbookTest
class AdminCreatesOperatorBrowserTests {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	private static final Duration API_DESCRIPTION_PATIENCE = Duration.ofMinutes(2);

	@LocalServerPort
	int port;

	@Test
	void adminCreatesAnOperatorWhoSignsInAndSeesTheDashboard() {
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext context = chromium.newContext(1280, 800)) {
			Page page = Chromium.page(context, consoleErrors);

			page.navigate(url("/"));
			assertThat(page).hasURL(url("/login"));
			Chromium.signIn(page, "admin", "test-admin-password-1");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user")).click();
			page.getByLabel("Username").fill("oscar");
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Oscar On-call");
			page.getByLabel("Initial password (12 characters or more)").fill("oscar-password-1");
			page.getByLabel("Operator").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Created oscar.");
			assertThat(page.locator("#main")).containsText("Oscar On-call");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("admin-users.png")));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are signed out.");

			Chromium.signIn(page, "oscar", "oscar-password-1");
			assertThat(page).hasURL(url("/"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Operator"))).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users"))).hasCount(0);
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("operator-dashboard.png"))
				.setFullPage(true));

			page.setViewportSize(375, 740);
			page.reload();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("operator-dashboard-phone.png"))
						.setFullPage(true));
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard"))).isHidden();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show navigation")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
		}
		assertThat(consoleErrors).as("browser console errors, such as Content-Security-Policy violations").isEmpty();
	}

	@Test
	void theApiDocumentationOpensUnderTheContentSecurityPolicy() {
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext context = chromium.newContext(1280, 800)) {
			Page page = Chromium.page(context, consoleErrors);
			page.navigate(url("/login"));
			Chromium.signIn(page, "admin", "test-admin-password-1");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("admin-dashboard.png")));
			// springdoc builds the description on its first request, which takes
			// seconds on a busy machine; asked for here, in the signed-in session, it is
			// cached when Swagger UI asks, so that wait is about the page alone.
			APIResponse description = page.request()
				.get(url("/v3/api-docs"), RequestOptions.create().setTimeout(API_DESCRIPTION_PATIENCE.toMillis()));
			assertThat(description.status())
				.as("the OpenAPI description, generated on first request within %s", API_DESCRIPTION_PATIENCE)
				.isEqualTo(200);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API")).click();
			assertThat(page.getByText("Drillbook API")).isVisible();
			assertThat(page.getByText("/api/v1/me")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("swagger-ui.png")));
		}
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theLoginFormWorksWithTheKeyboardAlone() {
		try (BrowserContext context = chromium.newContext(1280, 800)) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.keyboard().type("admin");
			page.keyboard().press("Tab");
			page.keyboard().type("test-admin-password-1");
			page.keyboard().press("Enter");
			assertThat(page).hasURL(url("/"));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
