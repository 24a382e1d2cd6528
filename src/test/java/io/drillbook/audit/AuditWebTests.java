package io.drillbook.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import io.drillbook.DrillbookTest;
import io.drillbook.runbook.PublishedSamples;
import io.drillbook.system.Sha256;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class AuditWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void auditorsFilterTheHistoryByRtoAndExportAVerifiablePack() throws Exception {
		long version = PublishedSamples.virtualCenter(this.context, "audit-pack", "vcdb", "site");
		long met = drill(version, 10, "SUCCESS");
		long missed = drill(version, 180, "PARTIAL", "restore.log");
		long packsBefore = spooledPacks();

		this.mvc
			.perform(get("/audit").param("environment", "audit-pack")
				.param("rto", "missed")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/drills/" + missed)))
			.andExpect(content().string(not(containsString("/drills/" + met + "\""))));
		this.mvc
			.perform(get("/api/v1/audit/executions").param("environment", "audit-pack")
				.param("rto", "met")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.executions[0].id").value(met));
		this.mvc.perform(get("/audit").with(user("olga").roles("OPERATOR"))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/audit/compliance").param("environment", "audit-pack").with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("VirtualCenter Database")));

		this.mvc
			.perform(post("/audit/evidence-pack").param("environment", "no-such-estate")
				.with(user("audrey").roles("AUDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("environment: there is no environment")));
		this.mvc
			.perform(post("/audit/evidence-pack").param("environment", "audit-pack")
				.param("from", "2026-02-30")
				.with(user("audrey").roles("AUDITOR"))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("from: write a date")));
		this.mvc
			.perform(post("/audit/evidence-pack").param("from", "2026-03-02")
				.param("to", "2026-03-01")
				.with(user("audrey").roles("AUDITOR"))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("to: a date on or after")));
		MvcResult exported = this.mvc
			.perform(post("/audit/evidence-pack").param("environment", "audit-pack")
				.with(user("audrey").roles("AUDITOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		byte[] zip = exported.getResponse().getContentAsByteArray();
		Map<String, byte[]> files = unzip(zip);

		assertThat(files).containsKeys("report.pdf", "executions.csv", "steps.csv", "findings.csv", "manifest.sha256");
		assertThat(files.entrySet()).filteredOn((file) -> file.getKey().startsWith("evidence/" + missed + "/"))
			.singleElement()
			.satisfies((file) -> assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
				.isEqualTo("evidence restore.log\n"));
		assertThat(spooledPacks()).as("the pack's temporary file is removed once sent").isEqualTo(packsBefore);
		List<String> manifest = new String(files.get("manifest.sha256"), StandardCharsets.UTF_8).lines().toList();
		assertThat(manifest).hasSize(files.size() - 1).allSatisfy((line) -> {
			String[] parts = line.split("  ", 2);
			assertThat(Sha256.of(files.get(parts[1])).hex()).as(parts[1]).isEqualTo(parts[0]);
		});
		String csv = new String(files.get("executions.csv"), StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(3);
		String pdf;
		try (PDDocument document = Loader.loadPDF(files.get("report.pdf"))) {
			pdf = new PDFTextStripper().getText(document);
		}
		assertThat(pdf).contains("Execution " + met + ":", "Execution " + missed + ":", "2 execution(s)");
		assertThat(exported.getResponse().getHeader("X-Drillbook-SHA256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'EVIDENCE_PACK_EXPORTED' and object_key = ?",
				Long.class, exported.getResponse().getHeader("X-Drillbook-SHA256")))
			.isOne();
	}

	@Test
	void theLogPageFiltersAndVerifiesTheChain() throws Exception {
		PublishedSamples.virtualCenter(this.context, "audit-log", "vc", "site");

		this.mvc
			.perform(get("/audit/log").param("action", "RUNBOOK_")
				.param("environment", "audit-log")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("RUNBOOK_PUBLISHED")))
			.andExpect(content().string(not(containsString("TOPOLOGY_CHANGED"))));
		this.mvc.perform(post("/audit/log/verification").with(user("audrey").roles("AUDITOR")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The chain is intact")));
		this.mvc.perform(get("/api/v1/audit/verification").with(user("audrey").roles("AUDITOR")))
			.andExpect(jsonPath("$.firstBroken").doesNotExist());
		this.mvc
			.perform(get("/api/v1/audit/entries").param("environment", "audit-log")
				.param("size", "2")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(jsonPath("$.entries.length()").value(2))
			.andExpect(jsonPath("$.entries[0].record.action").value("RUNBOOK_PUBLISHED"));
	}

	// Runs the short database runbook with the outage declared some minutes ago and
	// closes it once service is back.
	private long drill(long version, int minutesAgo, String outcome, String... evidence) throws Exception {
		String start = "{\"runbookVersionId\":" + version + ",\"kind\":\"DRILL\",\"scope\":\"SITE\",\"target\":\"HQ\","
				+ "\"outageDeclaredAt\":\"" + Instant.now().minusSeconds(minutesAgo * 60L) + "\"}";
		String json = this.mvc
			.perform(post("/api/v1/drills").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(start))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(json, "$.id");
		for (int i = 0; i < 2; i++) {
			int step = JsonPath.read(json, "$.steps[" + i + "].id");
			this.mvc
				.perform(post("/api/v1/drills/" + id + "/steps/" + step).with(user("olga").roles("OPERATOR"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"action\":\"COMPLETE\",\"version\":0}"))
				.andExpect(status().isOk());
		}
		for (String file : evidence) {
			this.mvc
				.perform(multipart("/drills/" + id + "/evidence")
					.file(new MockMultipartFile("file", file, "text/plain",
							("evidence " + file + "\n").getBytes(StandardCharsets.UTF_8)))
					.with(user("olga").roles("OPERATOR"))
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attributeExists("flashSuccess"));
		}
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"" + outcome + "\",\"summary\":\"Done.\"}"))
			.andExpect(status().isOk());
		return id;
	}

	private static long spooledPacks() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((f) -> f.getFileName().toString().startsWith("drillbook-evidence-")).count();
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
