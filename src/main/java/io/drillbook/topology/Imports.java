package io.drillbook.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.drillbook.topology.cmdb.CmdbExport;
import io.drillbook.topology.file.EnvironmentFile;
import io.drillbook.topology.file.EnvironmentFileCodec;
import io.drillbook.topology.file.EnvironmentFiles;
import io.drillbook.topology.rvtools.InventoryFile;
import io.drillbook.topology.rvtools.RvToolsInventory;
import io.drillbook.system.Refusal;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports environments in two steps: a preview that checks everything and shows what
 * would be created, changed and removed, then a confirmation that applies it all in one
 * transaction, or nothing.
 */
@Service
@Transactional
public class Imports {

	/**
	 * How long a preview can be confirmed; after that the file must be uploaded again.
	 */
	static final Duration PREVIEW_LIFETIME = Duration.ofHours(1);

	/**
	 * The estate of the reference report, packed into Drillbook so that an installation
	 * without the source tree can be tried at once.
	 */
	static final String SAMPLE = "db/samples/virtualcenter.yaml";

	/** The environment key the sample estate declares. */
	public static final String SAMPLE_KEY = "virtualcenter";

	private final Environments environments;

	private final EnvironmentFileCodec codec;

	private final PendingImportRepository pending;

	private final JsonMapper json;

	private final Clock clock;

	Imports(Environments environments, EnvironmentFileCodec codec, PendingImportRepository pending, JsonMapper json,
			Clock clock) {
		this.environments = environments;
		this.codec = codec;
		this.pending = pending;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * What an import would do, or why it cannot be done.
	 *
	 * @param id the preview to confirm; empty when there are problems
	 * @param environmentKey the environment it creates or replaces
	 * @param name the environment's name
	 * @param replacing whether the environment exists already
	 * @param changes what would change
	 * @param problems why it cannot be imported
	 */
	public record Preview(Optional<UUID> id, String environmentKey, String name, boolean replacing,
			List<ElementChange> changes, List<Problem> problems, List<Problem> notes,
			List<SiteRoleProposal> siteRoles) {

		static Preview refused(List<Problem> problems) {
			return new Preview(Optional.empty(), "", "", false, List.of(), problems, List.of(), List.of());
		}

	}

	/**
	 * The role an inventory import proposes for one of its sites, for the person who
	 * confirms it to answer: an inventory cannot know for sure which datacenter is the
	 * recovery site.
	 *
	 * @param site the site's key
	 * @param name the site's name
	 * @param role the role proposed
	 * @param reason why
	 */
	public record SiteRoleProposal(String site, String name, SiteRole role, String reason) {

	}

	/**
	 * Checks a Drillbook environment file (YAML or JSON) and keeps it for confirmation.
	 */
	public Preview previewFile(String filename, byte[] content, String user) {
		EnvironmentFileCodec.Parsed parsed = this.codec.parse(filename, content);
		if (parsed.file().isEmpty()) {
			return Preview.refused(parsed.problems());
		}
		EnvironmentFiles.Reading reading = EnvironmentFiles.read(parsed.file().get());
		if (!reading.isValid()) {
			return Preview.refused(reading.problems().stream().map((p) -> within(filename, p)).toList());
		}
		EnvironmentFile.Header header = reading.header();
		return keep(filename, header.key(), header.name(), header.description(), reading.topology(), List.of(),
				List.of(), user);
	}

	/**
	 * Checks an RVTools inventory merged into an environment (a new one when the key is
	 * unknown) and keeps the result for confirmation.
	 */
	public Preview previewInventory(List<InventoryFile> files, String key, String name, String user) {
		RvToolsInventory.Reading reading = RvToolsInventory.read(files);
		if (!reading.isValid()) {
			return Preview.refused(reading.problems());
		}
		Optional<EnvironmentSnapshot> existing = this.environments.find(new EnvironmentKey(key));
		if (existing.isEmpty()) {
			List<Problem> header = Environments.header(key, name);
			if (!header.isEmpty()) {
				return Preview.refused(header);
			}
		}
		Topology merged = RvToolsInventory
			.mergeInto(existing.map(EnvironmentSnapshot::topology).orElse(Topology.empty()), reading.inventory());
		List<Problem> problems = TopologyRules.check(merged);
		if (!problems.isEmpty()) {
			return Preview.refused(problems);
		}
		String source = String.join(", ", files.stream().map(InventoryFile::name).toList());
		Topology before = existing.map(EnvironmentSnapshot::topology).orElse(Topology.empty());
		// A site the environment already has keeps the role it was given, so the answer
		// of the first import holds for the next ones.
		List<SiteRoleProposal> roles = reading.inventory()
			.sites()
			.stream()
			.map((site) -> before.site(site.key())
				.map((kept) -> new SiteRoleProposal(site.key(), site.name(), kept.role(),
						"the environment has it as " + kept.role().code()))
				.orElseGet(() -> new SiteRoleProposal(site.key(), site.name(), site.role(),
						reading.siteRoles().getOrDefault(site.key(), ""))))
			.toList();
		return keep(source, key, existing.map(EnvironmentSnapshot::name).orElse(name),
				existing.map(EnvironmentSnapshot::description).orElse(""), merged, reading.notes(), roles, user);
	}

	/**
	 * Checks a CMDB export applied to an existing environment and keeps the result for
	 * confirmation: tiers from the configuration items' criticality, dependencies from
	 * their relations.
	 */
	public Preview previewCmdb(List<InventoryFile> files, String key, String user) {
		Optional<EnvironmentSnapshot> existing = this.environments.find(new EnvironmentKey(key));
		if (existing.isEmpty()) {
			return Preview.refused(List.of(new Problem("environment", "environment",
					(key.isEmpty() ? "choose the environment" : "no environment '" + key + "'")
							+ ": a CMDB export adds tiers and dependencies to the components of an environment, "
							+ "so import its inventory first")));
		}
		CmdbExport.Reading reading = CmdbExport.read(files, existing.get().topology());
		if (!reading.isValid()) {
			return Preview.refused(reading.problems());
		}
		String source = String.join(", ", files.stream().map(InventoryFile::name).toList());
		return keep(source, key, existing.get().name(), existing.get().description(), reading.topology(),
				reading.notes(), List.of(), user);
	}

	/**
	 * Imports the sample estate through the same preview and confirmation as an upload,
	 * so that it is checked and audited as any import is. An environment that already
	 * holds the sample's key is left as it is.
	 * @return the environment created, or empty when the sample's key was taken
	 */
	public Optional<EnvironmentSnapshot> importSample(String user) {
		Preview preview = previewFile(SAMPLE.substring(SAMPLE.lastIndexOf('/') + 1), sample(), user);
		UUID id = preview.id()
			.orElseThrow(() -> new IllegalStateException("The sample estate is invalid: " + preview.problems()));
		if (preview.replacing()) {
			this.pending.deleteById(id);
			return Optional.empty();
		}
		return Optional.of(confirm(id, user));
	}

	@Transactional(readOnly = true)
	public boolean sampleLoaded() {
		return this.environments.exists(SAMPLE_KEY);
	}

	private static byte[] sample() {
		try {
			return new ClassPathResource(SAMPLE).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sample estate is missing from the application", ex);
		}
	}

	@Transactional(readOnly = true)
	public Optional<PendingImport> find(UUID id, String user) {
		return this.pending.findById(id)
			.filter((p) -> p.getCreatedBy().equals(user))
			.filter((p) -> p.getCreatedAt().isAfter(this.clock.instant().minus(PREVIEW_LIFETIME)));
	}

	@Transactional(readOnly = true)
	public Preview describe(PendingImport pending) {
		Optional<EnvironmentSnapshot> existing = this.environments
			.find(new EnvironmentKey(pending.getEnvironmentKey()));
		Topology topology = topology(pending);
		return new Preview(Optional.of(pending.getId()), pending.getEnvironmentKey(), pending.getName(),
				existing.isPresent(),
				TopologyDiff.between(existing.map(EnvironmentSnapshot::topology).orElse(Topology.empty()), topology),
				List.of(), List.of(this.json.readValue(pending.getNotes(), Problem[].class)), siteRoles(pending));
	}

	private List<SiteRoleProposal> siteRoles(PendingImport pending) {
		return List.of(this.json.readValue(pending.getSiteRoles(), SiteRoleProposal[].class));
	}

	/**
	 * Applies a previewed import with the roles it proposed for its sites.
	 * @throws StaleEdit if the environment changed after the preview
	 */
	public EnvironmentSnapshot confirm(UUID id, String user) {
		return confirm(id, user, Map.of());
	}

	/**
	 * Applies a previewed import, giving the sites it proposed a role for the roles
	 * chosen, by site key; a site not named keeps the role proposed.
	 * @throws StaleEdit if the environment changed after the preview
	 * @throws TopologyRejected if a role is not one, or names a site the import has none
	 * of a role for
	 */
	public EnvironmentSnapshot confirm(UUID id, String user, Map<String, String> siteRoles) {
		PendingImport pending = find(id, user).orElseThrow(
				() -> Refusal.missing("No " + "import preview; it may have expired, upload the file again").refused());
		Optional<EnvironmentSnapshot> existing = this.environments
			.find(new EnvironmentKey(pending.getEnvironmentKey()));
		Long base = pending.getBaseRevision();
		boolean unchanged = (base == null) ? existing.isEmpty()
				: existing.map((e) -> e.revision() == base).orElse(false);
		if (!unchanged) {
			throw new StaleEdit(pending.getName());
		}
		Topology topology = withRoles(topology(pending), siteRoles(pending), siteRoles);
		EnvironmentSnapshot result = existing.isPresent()
				? this.environments.replace(new EnvironmentKey(pending.getEnvironmentKey()), topology, user)
				: this.environments.create(pending.getEnvironmentKey(), pending.getName(), pending.getDescription(),
						topology, user);
		this.pending.delete(pending);
		return result;
	}

	private static Topology withRoles(Topology topology, List<SiteRoleProposal> proposed, Map<String, String> chosen) {
		List<Problem> problems = new ArrayList<>();
		Topology result = topology;
		Set<String> asked = new HashSet<>();
		proposed.forEach((proposal) -> asked.add(proposal.site()));
		for (Map.Entry<String, String> choice : new TreeMap<>(chosen).entrySet()) {
			String field = "role." + choice.getKey();
			Optional<SiteRole> role = Coded.parse(SiteRole.class, choice.getValue());
			Optional<Site> site = topology.site(choice.getKey()).filter((s) -> asked.contains(s.key()));
			if (site.isEmpty()) {
				problems.add(new Problem("site " + choice.getKey(), field,
						"the import proposes no role for a site of this key"));
			}
			else if (role.isEmpty()) {
				problems.add(new Problem("site " + choice.getKey(), field, "'" + choice.getValue()
						+ "' is not a site role; choose one of " + Coded.codes(SiteRole.class)));
			}
			else {
				result = result.withSite(new Site(site.get().key(), site.get().name(), role.get()));
			}
		}
		problems.addAll(TopologyRules.check(result));
		if (!problems.isEmpty()) {
			throw new TopologyRejected(problems);
		}
		return result;
	}

	void forgetExpired() {
		this.pending.deleteOlderThan(this.clock.instant().minus(PREVIEW_LIFETIME));
	}

	private Preview keep(String source, String key, String name, String description, Topology topology,
			List<Problem> notes, List<SiteRoleProposal> siteRoles, String user) {
		forgetExpired();
		Optional<EnvironmentSnapshot> existing = this.environments.find(new EnvironmentKey(key));
		String document = new String(this.codec.toJson(EnvironmentFiles.write(null, topology)), StandardCharsets.UTF_8);
		Instant now = this.clock.instant();
		PendingImport saved = this.pending.save(new PendingImport(UUID.randomUUID(), now, user, truncate(source, 200),
				key, (name != null && !name.isBlank()) ? name : key, (description != null) ? description : "",
				existing.map(EnvironmentSnapshot::revision).orElse(null), document, this.json.writeValueAsString(notes),
				this.json.writeValueAsString(siteRoles)));
		return new Preview(Optional.of(saved.getId()), key, saved.getName(), existing.isPresent(),
				TopologyDiff.between(existing.map(EnvironmentSnapshot::topology).orElse(Topology.empty()), topology),
				List.of(), notes, siteRoles);
	}

	private Topology topology(PendingImport pending) {
		return EnvironmentFiles.read(this.json.readValue(pending.getTopology(), EnvironmentFile.class)).topology();
	}

	private static Problem within(String filename, Problem problem) {
		return new Problem(filename + ", " + problem.location(), problem.field(), problem.message());
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
