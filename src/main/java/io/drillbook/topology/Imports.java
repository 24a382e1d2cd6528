package io.drillbook.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
			List<ElementChange> changes, List<Problem> problems, List<Problem> notes) {

		static Preview refused(List<Problem> problems) {
			return new Preview(Optional.empty(), "", "", false, List.of(), problems, List.of());
		}

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
		return keep(filename, header.key(), header.name(), header.description(), reading.topology(), List.of(), user);
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
		return keep(source, key, existing.map(EnvironmentSnapshot::name).orElse(name),
				existing.map(EnvironmentSnapshot::description).orElse(""), merged, reading.notes(), user);
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
				List.of(), List.of(this.json.readValue(pending.getNotes(), Problem[].class)));
	}

	/**
	 * Applies a previewed import.
	 * @throws StaleEdit if the environment changed after the preview
	 */
	public EnvironmentSnapshot confirm(UUID id, String user) {
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
		EnvironmentSnapshot result = existing.isPresent()
				? this.environments.replace(new EnvironmentKey(pending.getEnvironmentKey()), topology(pending), user)
				: this.environments.create(pending.getEnvironmentKey(), pending.getName(), pending.getDescription(),
						topology(pending), user);
		this.pending.delete(pending);
		return result;
	}

	void forgetExpired() {
		this.pending.deleteOlderThan(this.clock.instant().minus(PREVIEW_LIFETIME));
	}

	private Preview keep(String source, String key, String name, String description, Topology topology,
			List<Problem> notes, String user) {
		forgetExpired();
		Optional<EnvironmentSnapshot> existing = this.environments.find(new EnvironmentKey(key));
		String document = new String(this.codec.toJson(EnvironmentFiles.write(null, topology)), StandardCharsets.UTF_8);
		Instant now = this.clock.instant();
		PendingImport saved = this.pending.save(new PendingImport(UUID.randomUUID(), now, user, truncate(source, 200),
				key, (name != null && !name.isBlank()) ? name : key, (description != null) ? description : "",
				existing.map(EnvironmentSnapshot::revision).orElse(null), document,
				this.json.writeValueAsString(notes)));
		return new Preview(Optional.of(saved.getId()), key, saved.getName(), existing.isPresent(),
				TopologyDiff.between(existing.map(EnvironmentSnapshot::topology).orElse(Topology.empty()), topology),
				List.of(), notes);
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
