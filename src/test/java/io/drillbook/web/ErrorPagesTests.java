package io.drillbook.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages go through the real server, because only there does the servlet container
 * forward a failed request to the error page.
 */
@DrillbookTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownPageShowsTheNotFoundPageWithoutTechnicalDetail() throws Exception {
		HttpResponse<String> response = get("/environments/no-such-environment");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Not found", "/environments/no-such-environment", "Back to the dashboard")
			.doesNotContain("Exception", "at io.drillbook", "trace");
	}

	@Test
	void aPageTheRoleDoesNotAllowShowsTheNotAllowedPage() throws Exception {
		HttpResponse<String> response = get("/environments/new");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed", "ask an administrator").doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString("admin:test-admin-password-1".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
