package io.drillbook.runbook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/**
	 * A runbook version's content as published, kept in the bundle so that its SHA-256
	 * can be checked from the bundle alone.
	 *
	 * @param id the element that holds it, such as {@code canonical-vc-site-v1}
	 * @param sha256 the version's SHA-256
	 * @param base64 its content, base64-encoded so that the bytes survive in HTML
	 * unchanged
	 */
	record Canonical(String id, String sha256, String base64) {

	}

	// The bundle's last line: the SHA-256 of every byte before it, which is what
	// Drillbook
	// records, so that head -n -1 and sha256sum check a copy with no portal.
	private static final Pattern SEAL = Pattern.compile("<!-- SHA-256 of the lines above: ([0-9a-f]{64}) -->\n?$");

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
		List<Canonical> canonicals = new ArrayList<>();
		for (RunbookEntry entry : overview.entries()) {
			if (entry.latest().isEmpty()) {
				unpublished.add(entry);
				continue;
			}
			RunbookVersion version = entry.latest().get();
			Runbook runbook = this.runbooks.content(version);
			included.add(this.documents.printable(runbook, overview.plan().environment().name(), Optional.of(version),
					version.getContentSha256(), names, overview.staleness(version)));
			versions.add(version.runbookKey() + " v" + version.getNumber());
			canonicals.add(new Canonical(
					"canonical-" + version.runbookKey().replace('/', '-') + "-v" + version.getNumber(),
					version.getContentSha256(),
					// The database may lay the JSON out anew; the hash is of the
					// canonical form, which the runbook read back gives again.
					Base64.getEncoder().encodeToString(Runbooks.canonical(runbook).getBytes(StandardCharsets.UTF_8))));
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
		context.setVariable("canonicals", canonicals);
		String rendered = this.templates.process("runbook/bundle", context);
		String body = rendered.endsWith("\n") ? rendered : rendered + "\n";
		String sha256 = Sha256.of(body).hex();
		byte[] content = (body + "<!-- SHA-256 of the lines above: " + sha256 + " -->\n")
			.getBytes(StandardCharsets.UTF_8);
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
		return check(sealed(file));
	}

	/**
	 * What a file is checked by: for a bundle, the SHA-256 of what precedes its last
	 * line, whatever that line claims; for anything else, of the whole file.
	 */
	static Sha256 sealed(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		Matcher seal = SEAL.matcher(text);
		if (!seal.find()) {
			return Sha256.of(file);
		}
		return Sha256.of(text.substring(0, seal.start()));
	}

}
