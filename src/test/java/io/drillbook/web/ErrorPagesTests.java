package io.drillbook.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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
	void theIconBrowsersAskForByThemselvesIsServedWithoutALogin() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/favicon.ico")).build(),
					HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith(0, 0, 1, 0);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).isIn("image/x-icon", "image/vnd.microsoft.icon"));
	}

	@Test
	void aPageTheRoleDoesNotAllowShowsTheNotAllowedPage() throws Exception {
		HttpResponse<String> response = get("/environments/new");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed", "ask an administrator").doesNotContain("Exception");
	}

	@Test
	void aSearchForControlCharactersIsRefusedNamingTheField() throws Exception {
		HttpResponse<String> response = get("/audit?environment=virtual%00center");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Not understood", "<code>environment</code>", "control")
			.doesNotContain("Exception", "PSQL");
	}

	// The container refuses the body before any page sees it, so the refusal must come as
	// a page of its own rather than a bare status.
	@Test
	void aFileOverTheUploadLimitShowsWhatWasRefusedAndWhy() throws Exception {
		String boundary = "drillbook-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.log\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/drills/1/evidence"))
			.header("Authorization", "Basic " + credentials())
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, new byte[51 * 1024 * 1024], tail)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("File too large", "nothing was saved", "at most 10 MB")
			.doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + credentials())
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String credentials() {
		return Base64.getEncoder().encodeToString("admin:test-admin-password-1".getBytes(StandardCharsets.UTF_8));
	}

}
