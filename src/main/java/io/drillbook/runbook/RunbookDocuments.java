package io.drillbook.runbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.drillbook.topology.Durations;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Runbooks for the disaster: a print-friendly page, a PDF and Markdown of one runbook.
 * Each carries its version and SHA-256 so that a copy can be checked against the portal.
 */
@Component
class RunbookDocuments {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final ITemplateEngine templates;

	private final Procedures procedures;

	private final Clock clock;

	private final String css;

	private final ApplicationEventPublisher events;

	RunbookDocuments(ITemplateEngine templates, Procedures procedures, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.templates = templates;
		this.procedures = procedures;
		this.clock = clock;
		try (InputStream in = new ClassPathResource("static/css/runbook-document.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A runbook ready to print.
	 *
	 * @param view the runbook laid out
	 * @param environmentName the environment's name
	 * @param status its version, or that it is a draft
	 * @param sha256 the SHA-256 of its content
	 * @param printedAt when this copy was made
	 * @param rto the recovery-time objective in words
	 * @param recoverFirst the names of the units to recover before it
	 * @param staleBecause what changed since it was published
	 */
	record Printable(RunbookView view, String environmentName, String status, String sha256, String printedAt,
			String rto, List<String> recoverFirst, List<String> staleBecause) {

		public String anchor() {
			return this.view.runbook().unit() + "-" + this.view.runbook().scenario().code();
		}

	}

	Printable printable(Runbook runbook, String environmentName, Optional<RunbookVersion> version, String sha256,
			Map<String, String> unitNames, List<String> staleBecause) {
		String status = version
			.map((v) -> "Version " + v.getNumber() + ", published " + WHEN.format(v.getPublishedAt()) + " by "
					+ v.getPublishedBy())
			.orElse("Draft, not published: do not use it in a drill or a failover");
		return new Printable(RunbookView.of(runbook, this.procedures), environmentName, status, sha256,
				WHEN.format(this.clock.instant()), Durations.words(Duration.ofMinutes(runbook.rtoMinutes())),
				runbook.recoverFirst().stream().map((u) -> unitNames.getOrDefault(u, u)).toList(), staleBecause);
	}

	/** A page that needs nothing else: its styles are inside. */
	String standalone(Printable doc) {
		Context context = new Context();
		context.setVariable("doc", doc);
		context.setVariable("inlineCss", this.css);
		return this.templates.process("runbook/document", context);
	}

	byte[] pdf(Printable doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(standalone(doc), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	// Everything written by people or taken from the estate is escaped, so that it reads
	// as the same text wherever the Markdown is rendered.
	String markdown(Printable doc) {
		Runbook r = doc.view().runbook();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(md(r.title())).append("\n\n");
		md.append("- Environment: ").append(md(doc.environmentName())).append('\n');
		md.append("- Version: ").append(doc.status()).append('\n');
		md.append("- SHA-256: `").append(doc.sha256()).append("`\n");
		md.append("- Components: ").append(md(String.join(", ", r.components()))).append('\n');
		md.append("- Recovery-time objective: ").append(doc.rto()).append('\n');
		md.append("- Expected duration: ")
			.append(doc.view().totalMinutes())
			.append(" min; service is back at step ")
			.append(doc.view().restoringStep())
			.append('\n');
		if (!r.justification().isEmpty()) {
			md.append("- Strategy chosen by an architect: ")
				.append(MarkdownText.inline(r.justification(), 2))
				.append('\n');
		}
		if (!doc.recoverFirst().isEmpty()) {
			md.append("- Recover first: ").append(md(String.join(", ", doc.recoverFirst()))).append('\n');
		}
		if (!doc.staleBecause().isEmpty()) {
			md.append("\n> **Stale:** the estate changed since this version was published: ")
				.append(md(String.join("; ", doc.staleBecause())))
				.append(".\n");
		}
		for (RunbookView.SectionView section : doc.view().sections()) {
			md.append("\n## ").append(section.section().title()).append("\n\n");
			section.steps().forEach((step) -> markdownStep(step, md));
		}
		return md.toString();
	}

	private static void markdownStep(RunbookView.StepView v, StringBuilder md) {
		Step s = v.step();
		if (s.note()) {
			md.append("> ")
				.append(MarkdownText.inline(s.instruction(), 0).replace("\n", "\n> "))
				.append(" (")
				.append(md(s.why()))
				.append(")\n\n");
			return;
		}
		md.append(v.number())
			.append(". **")
			.append(md(v.roleTitle()))
			.append("**, ")
			.append(s.minutes())
			.append(" min");
		if (s.restoresService()) {
			md.append(", restores service");
		}
		if (s.origin() == Origin.EDITED) {
			md.append(", edited");
		}
		else if (s.origin() == Origin.CUSTOM) {
			md.append(", added by an architect");
		}
		md.append("  \n   ").append(MarkdownText.inline(s.instruction(), 3)).append("  \n");
		md.append("   *Check:* ").append(MarkdownText.inline(s.check(), 3)).append("  \n");
		md.append("   *Why:* ").append(MarkdownText.inline(s.why(), 3));
		md.append(" (");
		if (!s.rule().isEmpty()) {
			md.append("rule ").append(md(s.rule())).append(", ");
		}
		md.append("from ").append(md(s.source())).append(')');
		md.append("\n\n");
	}

	private static String md(String text) {
		return MarkdownText.inline(text, 0).replace("  \n", " ");
	}

	String css() {
		return this.css;
	}

	/**
	 * A published version on its way out of the portal as {@code form} (print, pdf,
	 * markdown): audited here, so that every door that hands one out is.
	 */
	Printable exported(Printable doc, RunbookVersion version, String form, String user) {
		this.events.publishEvent(new RunbookExported(version.getEnvironmentKey(), version.runbookKey(),
				version.getNumber(), form, user, now()));
		return doc;
	}

	Instant now() {
		return this.clock.instant();
	}

}
