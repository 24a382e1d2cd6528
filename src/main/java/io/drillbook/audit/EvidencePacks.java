package io.drillbook.audit;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.drillbook.drill.DrillRecords;
import io.drillbook.drill.EvidenceSummary;
import io.drillbook.drill.ExecutionView;
import io.drillbook.drill.Finding;
import io.drillbook.drill.StepRecord;
import io.drillbook.drill.Times;
import io.drillbook.system.Sha256;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence pack of a period and scope: a PDF report, CSV files of executions, steps
 * and findings, and every evidence file, in one ZIP with a manifest of SHA-256 sums.
 * Every export is itself audited.
 */
@Service
class EvidencePacks {

	private final DrillRecords drills;

	private final ITemplateEngine templates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate snapshot;

	private final TransactionTemplate writing;

	EvidencePacks(DrillRecords drills, ITemplateEngine templates, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.drills = drills;
		this.templates = templates;
		this.events = events;
		this.clock = clock;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	/**
	 * A pack ready to download, spooled to a temporary file that the caller deletes once
	 * it is sent.
	 *
	 * @param zip the ZIP file
	 * @param fileName its name
	 * @param sha256 its SHA-256
	 * @param files the SHA-256 of every file inside, by path
	 */
	record Pack(Path zip, String fileName, String sha256, Map<String, String> files) {

	}

	// The ZIP goes to disk one file at a time, so memory holds at most one evidence file
	// however large the pack. Everything in it is read in one snapshot, so that an
	// execution closing meanwhile cannot make its files disagree; the export is audited
	// afterwards in a transaction of its own, since an append must see the newest entry.
	Pack export(DrillRecords.ExecutionQuery query, String scope, String user) {
		Instant now = this.clock.instant();
		Path spool = null;
		try {
			Path file = Files.createTempFile("drillbook-evidence-", ".zip");
			spool = file;
			Written written = this.snapshot.execute((status) -> write(file, query, scope, now, user));
			String environment = query.environment().orElse(null);
			this.writing.executeWithoutResult((status) -> this.events.publishEvent(new EvidencePackExported(environment,
					scope + ", " + written.executions() + " execution(s)", written.sha256(), user, now)));
			String name = "drillbook-evidence-" + ((environment != null) ? environment + "-" : "")
					+ Times.stamp(now).replaceAll("[^0-9]", "").substring(0, 12) + ".zip";
			return new Pack(file, name, written.sha256(), written.sums());
		}
		catch (IOException | RuntimeException ex) {
			discard(spool);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
	}

	private record Written(int executions, String sha256, Map<String, String> sums) {

	}

	private Written write(Path file, DrillRecords.ExecutionQuery query, String scope, Instant now, String user) {
		List<DrillRecords.ExecutionSummary> executions = this.drills.all(query);
		List<ExecutionView> views = new ArrayList<>();
		for (DrillRecords.ExecutionSummary summary : executions) {
			this.drills.view(summary.id()).ifPresent(views::add);
		}
		MessageDigest whole = Sha256.digest();
		Map<String, String> sums = new LinkedHashMap<>();
		try (ZipOutputStream zip = new ZipOutputStream(
				new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), whole))) {
			add(zip, sums, "report.pdf", pdf(views, executions, scope, now, user));
			add(zip, sums, "executions.csv", executionsCsv(executions));
			add(zip, sums, "steps.csv", stepsCsv(views));
			add(zip, sums, "findings.csv", findingsCsv(views));
			for (ExecutionView view : views) {
				for (List<EvidenceSummary> list : view.evidence().values()) {
					for (EvidenceSummary evidence : list) {
						String path = "evidence/" + view.execution().getId() + "/" + evidence.id() + "-"
								+ evidence.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
						Optional<byte[]> content = this.drills.evidenceContent(view.execution().getId(), evidence.id());
						if (content.isPresent()) {
							add(zip, sums, path, content.get());
						}
					}
				}
			}
			StringBuilder manifest = new StringBuilder();
			sums.forEach((path, sum) -> manifest.append(sum).append("  ").append(path).append('\n'));
			zip.putNextEntry(new ZipEntry("manifest.sha256"));
			zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Written(executions.size(), Sha256.of(whole).hex(), sums);
	}

	static void discard(Path spool) {
		if (spool == null) {
			return;
		}
		try {
			Files.deleteIfExists(spool);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(ZipOutputStream zip, Map<String, String> sums, String path, byte[] content)
			throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		zip.write(content);
		zip.closeEntry();
		sums.put(path, Sha256.of(content).hex());
	}

	private byte[] pdf(List<ExecutionView> views, List<DrillRecords.ExecutionSummary> executions, String scope,
			Instant now, String user) {
		Context context = new Context();
		context.setVariable("views", views);
		context.setVariable("executions", executions);
		context.setVariable("scope", scope);
		context.setVariable("generatedAt", Times.stamp(now));
		context.setVariable("generatedBy", user);
		context.setVariable("met", executions.stream().filter((e) -> e.rtoMet().orElse(false)).count());
		context.setVariable("missed", executions.stream().filter((e) -> !e.rtoMet().orElse(true)).count());
		String html = this.templates.process("audit/pack-report", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] executionsCsv(List<DrillRecords.ExecutionSummary> executions) {
		StringBuilder csv = new StringBuilder("id,environment,unit,runbook,version,kind,state,outcome,"
				+ "outage_declared_at,recovered_at,recovery_minutes,rto_minutes,rto_met,started_by,closed_at,"
				+ "signed_off_by,signed_off_at\n");
		for (DrillRecords.ExecutionSummary e : executions) {
			row(csv, e.id(), e.environment(), e.unit(), e.runbook(), e.runbookNumber(), e.kind(), e.state(),
					e.outcome(), e.outageDeclaredAt(), e.recoveredAt(), e.recoveryMinutes().orElse(null),
					e.rtoMinutes(), e.rtoMet().orElse(null), e.startedBy(), e.closedAt(), e.signedOffBy(),
					e.signedOffAt());
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] stepsCsv(List<ExecutionView> views) {
		StringBuilder csv = new StringBuilder("execution,position,step,state,role,expected_minutes,started_at,"
				+ "started_by,finished_at,finished_by,reason,notes\n");
		for (ExecutionView view : views) {
			for (StepRecord s : view.execution().getSteps()) {
				row(csv, view.execution().getId(), s.getPosition(), s.getStepKey(), s.getState(), s.getRole(),
						s.getExpectedMinutes(), s.getStartedAt(), s.getStartedBy(), s.getFinishedAt(),
						s.getFinishedBy(), s.getReason(),
						String.join(" | ", view.notesOf(s)
							.stream()
							.map((n) -> Times.stamp(n.getWrittenAt()) + " " + n.getWrittenBy() + ": " + n.getText())
							.toList()));
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] findingsCsv(List<ExecutionView> views) {
		StringBuilder csv = new StringBuilder(
				"execution,step,description,action,owner,due_on,state,created_at,created_by,done_at,done_by\n");
		for (ExecutionView view : views) {
			for (Finding f : view.findings()) {
				row(csv, f.getExecutionId(), f.getStepKey(), f.getDescription(), f.getAction(), f.getOwner(),
						f.getDueOn(), f.getState(), f.getCreatedAt(), f.getCreatedBy(), f.getDoneAt(), f.getDoneBy());
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	// RFC 4180 quoting; a leading =, +, - or @ is neutralised so that spreadsheets do not
	// run what operators typed as a formula.
	private static void row(StringBuilder csv, Object... values) {
		List<String> cells = new ArrayList<>();
		for (Object value : values) {
			String text = Objects.toString(value, "");
			if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
				text = "'" + text;
			}
			cells.add((text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r"))
					? "\"" + text.replace("\"", "\"\"") + "\"" : text);
		}
		csv.append(String.join(",", cells)).append('\n');
	}

}
