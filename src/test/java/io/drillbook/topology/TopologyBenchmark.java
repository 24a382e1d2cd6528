package io.drillbook.topology;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.drillbook.DrillbookTest;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.topology.rvtools.InventoryFile;
import io.drillbook.topology.rvtools.RvToolsBenchmark;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The large-estate figures of the topology module, measured over real HTTP against the
 * running application and its PostgreSQL: importing an RVTools workbook of 10,000 VMs end
 * to end, then reading the environment's component list. Prints figures; asserts only
 * that the work was done.
 */
@DrillbookTest
@Tag("benchmark")
class TopologyBenchmark {

	private static final int PAGE_READS = 30;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void importsTenThousandVmsAndListsTheirComponents() throws Exception {
		TestAccounts.ensure(this.context, "bench", "bench-password-1", Role.ARCHITECT);
		byte[] workbook = RvToolsBenchmark.estate().xlsx();

		List<InventoryFile> one = List.of(new InventoryFile("RVTools.xlsx", workbook));
		for (int round = 1; round <= 3; round++) {
			importEndToEnd("bench-" + round, one, "one workbook");
		}
		List<InventoryFile> several = RvToolsBenchmark.severalVCenters();
		for (int round = 1; round <= 3; round++) {
			importEndToEnd("bench-vcenters-" + round, several, several.size() + " workbooks of as many vCenters");
		}

		for (String page : new String[] { "/environments/bench-1", "/environments/bench-1?page=150",
				"/environments/bench-1?q=app09" }) {
			long[] times = new long[PAGE_READS];
			for (int i = 0; i < PAGE_READS + 5; i++) {
				long start = System.nanoTime();
				HttpResponse<String> response = this.http.send(get(page), HttpResponse.BodyHandlers.ofString());
				long elapsed = (System.nanoTime() - start) / 1_000_000;
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("component(s)");
				if (i >= 5) {
					times[i - 5] = elapsed;
				}
			}
			Arrays.sort(times);
			System.out.printf(Locale.ROOT, "GET %s: median %d ms, 90th percentile %d ms, max %d ms (%d reads)%n", page,
					times[PAGE_READS / 2], times[PAGE_READS * 9 / 10], times[PAGE_READS - 1], PAGE_READS);
		}
	}

	private void importEndToEnd(String key, List<InventoryFile> files, String shape) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> imported = this.http.send(upload(key, files), HttpResponse.BodyHandlers.ofString());
		long importMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		Matcher created = Pattern.compile("\"created\":(\\d+)").matcher(imported.body());
		assertThat(created.find()).as(imported.body()).isTrue();
		// Each VM is a component; sites, clusters and hosts come on top.
		assertThat(Integer.parseInt(created.group(1))).isGreaterThan(10_000);
		System.out.printf(Locale.ROOT, "import %s: %s, %.1f MiB, 10,000 VMs, end to end %d ms%n", key, shape,
				files.stream().mapToLong((file) -> file.content().length).sum() / 1024.0 / 1024.0, importMillis);
	}

	private HttpRequest upload(String key, List<InventoryFile> files) {
		String boundary = "drillbook-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (InventoryFile file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.name() + "\"\r\n"
					+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri("/api/v1/environments/" + key + "/rvtools"))
			.header("Authorization", basic())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", basic()).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString("bench:bench-password-1".getBytes(StandardCharsets.UTF_8));
	}

}
