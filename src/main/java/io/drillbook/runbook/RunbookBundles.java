package io.drillbook.runbook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.drillbook.system.Sha256;
import io.drillbook.topology.EnvironmentKey;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offline bundle: one self-contained HTML file per environment with every current
 * runbook, the topology and the roles to call, for the disaster in which the portal is
 * down. Every bundle handed out is recorded with its SHA-256, so a copy can be checked.
 */
@Service
@Transactional
class RunbookBundles {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
		.withZone(ZoneOffset.UTC);

	private final Runbooks runbooks;

	private final RunbookDocuments documents;

	private final ITemplateEngine templates;

	private final RunbookBundleRepository bundles;

	private final ApplicationEventPublisher events;

	RunbookBundles(Runbooks runbooks, RunbookDocuments documents, ITemplateEngine templates,
			RunbookBundleRepository bundles, ApplicationEventPublisher events) {
		this.runbooks = runbooks;
		this.documents = documents;
		this.templates = templates;
		this.bundles = bundles;
		this.events = events;
	}

	/**
	 * A bundle file.
	 *
	 * @param content the HTML
	 * @param fileName the name to save it under
	 * @param sha256 the SHA-256 of the content
	 */
	record Bundle(byte[] content, String fileName, String sha256) {

	}

	/**
	 * A role with the number of steps it performs in the bundle.
	 *
	 * @param role the role
	 * @param steps how many steps it performs
	 */
	record Contact(Procedures.RunbookRole role, long steps) {

	}

	Optional<Bundle> make(EnvironmentKey environment, String user) {
		return this.runbooks.overview(environment).map((overview) -> make(overview, user));
	}

	// Kept whole: the bundle is collected, rendered, stored and audited in one
	// transaction, in that order.
	private Bundle make(RunbookOverview overview, String user) {
		Map<String, String> names = RunbookController.unitNames(overview);
		List<RunbookDocuments.Printable> included = new ArrayList<>();
		List<RunbookEntry> unpublished = new ArrayList<>();
		List<String> versions = new ArrayList<>();
		for (RunbookEntry entry : overview.entries()) {
			if (entry.latest().isEmpty()) {
				unpublished.add(entry);
				continue;
			}
			RunbookVersion version = entry.latest().get();
			included.add(this.documents.printable(this.runbooks.content(version), overview.plan().environment().name(),
					Optional.of(version), version.getContentSha256(), names, overview.staleness(version)));
			versions.add(version.runbookKey() + " v" + version.getNumber());
		}
		Instant now = this.documents.now();
		List<Contact> contacts = this.runbooks.procedures()
			.roles()
			.stream()
			.map((role) -> new Contact(role,
					included.stream()
						.flatMap((d) -> d.view().runbook().steps().stream())
						.filter((s) -> s.role().equals(role.key()))
						.count()))
			.filter((c) -> c.steps() > 0)
			.toList();
		Context context = new Context(Locale.ROOT);
		context.setVariable("environment", overview.plan().environment());
		context.setVariable("topology", overview.plan().environment().topology());
		context.setVariable("runbooks", included);
		context.setVariable("unpublished", unpublished);
		context.setVariable("contacts", contacts);
		context.setVariable("generatedAt", RunbookDocuments.WHEN.format(now));
		context.setVariable("generatedBy", user);
		context.setVariable("proceduresVersion", this.runbooks.procedures().version());
		context.setVariable("inlineCss", this.documents.css());
		byte[] content = this.templates.process("runbook/bundle", context).getBytes(StandardCharsets.UTF_8);
		String sha256 = Sha256.of(content).hex();
		String environment = overview.plan().environment().key().value();
		this.bundles.save(new RunbookBundle(environment, sha256, String.join(", ", versions), now, user));
		this.events.publishEvent(new RunbookBundleExported(environment, sha256, versions, user, now));
		return new Bundle(content, "drillbook-" + environment + "-runbooks-" + STAMP.format(now) + ".html", sha256);
	}

	/**
	 * What a SHA-256 belongs to.
	 *
	 * @param sha256 the hash looked up
	 * @param versions runbook versions with that content
	 * @param bundles bundles with that file
	 */
	record Check(Sha256 sha256, List<RunbookVersion> versions, List<RunbookBundle> bundles) {

		public boolean found() {
			return !this.versions.isEmpty() || !this.bundles.isEmpty();
		}

	}

	@Transactional(readOnly = true)
	Check check(Sha256 wanted) {
		return new Check(wanted, this.runbooks.withSha256(wanted.hex()), this.bundles.findBySha256(wanted.hex()));
	}

	@Transactional(readOnly = true)
	Check check(byte[] file) {
		return check(Sha256.of(file));
	}

}
