package io.drillbook.topology;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.drillbook.system.Refusal;
import io.drillbook.system.Sha256;
import io.drillbook.topology.file.EnvironmentFile;
import io.drillbook.topology.file.EnvironmentFileCodec;
import io.drillbook.topology.file.EnvironmentFiles;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and removes environments. Every change is checked against the topology
 * rules as a whole, written with its history in one transaction, and announced as a
 * {@link TopologyChanged} event.
 */
@Service
@Transactional
public class Environments implements EnvironmentCatalog {

	// These would be shadowed by the pages of the same name under /environments/.
	static final Set<String> RESERVED_KEYS = Set.of("new", "import");

	private final EnvironmentRepository environments;

	private final TopologyChangeRepository history;

	private final EnvironmentFileCodec codec;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Environments(EnvironmentRepository environments, TopologyChangeRepository history, EnvironmentFileCodec codec,
			JsonMapper json, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.environments = environments;
		this.history = history;
		this.codec = codec;
		this.json = json;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EnvironmentSnapshot> find(EnvironmentKey key) {
		return this.environments.findByKey(key.value()).map(this::snapshot);
	}

	@Transactional(readOnly = true)
	boolean exists(String key) {
		return this.environments.existsByKey(key);
	}

	@Transactional(readOnly = true)
	public EnvironmentSnapshot require(EnvironmentKey key) {
		return find(key).orElseThrow(() -> Refusal.missing("No " + "environment '" + key + "'").refused());
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnvironmentSummary> summaries() {
		return this.jdbc.sql("""
				select key, name, description, updated_at, updated_by,
				       coalesce(jsonb_array_length(topology -> 'components'), 0) as components
				from environment order by lower(name), key""")
			.query((rs, row) -> new EnvironmentSummary(rs.getString("key"), rs.getString("name"),
					rs.getString("description"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
					rs.getInt("components")))
			.list();
	}

	/**
	 * An environment in the file format, for whoever takes it away: audited whichever
	 * door it leaves by, the page's download or the API, and not handed out if the audit
	 * entry cannot be written.
	 * @param notation how it is written out: {@code yaml}, {@code json}, or the API's
	 * negotiated form
	 */
	public Export export(EnvironmentKey key, String notation, String user) {
		EnvironmentSnapshot environment = require(key);
		EnvironmentFile file = EnvironmentFiles.write(
				new EnvironmentFile.Header(environment.key().value(), environment.name(), environment.description()),
				environment.topology());
		this.events.publishEvent(
				new EnvironmentExported(key.value(), notation, environment.fingerprint(), user, this.clock.instant()));
		return new Export(environment, file);
	}

	/**
	 * @param environment the environment as it was exported
	 * @param file its content in the file format
	 */
	public record Export(EnvironmentSnapshot environment, EnvironmentFile file) {

	}

	@Transactional(readOnly = true)
	public Page<TopologyChange> history(EnvironmentKey key, Pageable page) {
		Environment environment = entity(key);
		return this.history.findByEnvironmentIdOrderByIdDesc(environment.getId(), page);
	}

	public EnvironmentSnapshot create(String key, String name, String description, Topology topology, String user) {
		List<Problem> problems = new java.util.ArrayList<>(header(key, name));
		problems.addAll(TopologyRules.check(topology));
		if (this.environments.existsByKey(key)) {
			problems.add(new Problem("environment", "key", "an environment with the key '" + key + "' exists"));
		}
		if (!problems.isEmpty()) {
			throw new TopologyRejected(problems);
		}
		Instant now = this.clock.instant();
		String document = document(topology);
		Environment environment = this.environments.saveAndFlush(new Environment(key, name.trim(),
				(description != null) ? description.trim() : "", document, fingerprint(document), now, user));
		record(environment, TopologyDiff.between(Topology.empty(), topology), now, user);
		return snapshot(environment);
	}

	public EnvironmentSnapshot describe(EnvironmentKey key, long expectedRevision, String name, String description,
			String user) {
		List<Problem> problems = header(key.value(), name);
		if (!problems.isEmpty()) {
			throw new TopologyRejected(problems);
		}
		Environment environment = entity(key);
		checkRevision(environment, expectedRevision);
		environment.describe(name.trim(), (description != null) ? description.trim() : "");
		environment.touch(this.clock.instant(), user);
		return snapshot(this.environments.saveAndFlush(environment));
	}

	/**
	 * Applies a change to the whole topology, or refuses it with every problem it causes.
	 */
	public EnvironmentSnapshot change(EnvironmentKey key, long expectedRevision, UnaryOperator<Topology> change,
			String user) {
		Environment environment = entity(key);
		checkRevision(environment, expectedRevision);
		Topology before = topology(environment);
		return replace(environment, before, change.apply(before), user);
	}

	/** Replaces the topology with an imported one, whatever revision it had. */
	EnvironmentSnapshot replace(EnvironmentKey key, Topology topology, String user) {
		Environment environment = entity(key);
		return replace(environment, topology(environment), topology, user);
	}

	/**
	 * Creates the environment, or replaces its name, description and topology, in one
	 * transaction.
	 */
	public EnvironmentSnapshot put(EnvironmentFile.Header header, Topology topology, String user) {
		Optional<Environment> existing = this.environments.findByKey(header.key());
		if (existing.isEmpty()) {
			return create(header.key(), header.name(), header.description(), topology, user);
		}
		describe(new EnvironmentKey(header.key()), existing.get().getVersion(), header.name(), header.description(),
				user);
		return replace(new EnvironmentKey(header.key()), topology, user);
	}

	public void remove(EnvironmentKey key, String user) {
		Environment environment = entity(key);
		Topology before = topology(environment);
		this.environments.delete(environment);
		this.events.publishEvent(new TopologyChanged(key.value(), "", environment.getVersion() + 1, user,
				this.clock.instant(), TopologyDiff.between(before, Topology.empty())));
	}

	String fingerprintOf(Topology topology) {
		return fingerprint(document(topology));
	}

	private EnvironmentSnapshot replace(Environment environment, Topology before, Topology after, String user) {
		List<Problem> problems = TopologyRules.check(after);
		if (!problems.isEmpty()) {
			throw new TopologyRejected(problems);
		}
		List<ElementChange> changes = TopologyDiff.between(before, after);
		if (changes.isEmpty()) {
			return snapshot(environment);
		}
		Instant now = this.clock.instant();
		String document = document(after);
		environment.replaceTopology(document, fingerprint(document), now, user);
		Environment saved = this.environments.saveAndFlush(environment);
		record(saved, changes, now, user);
		return snapshot(saved);
	}

	private void record(Environment environment, List<ElementChange> changes, Instant at, String user) {
		this.history.saveAll(changes.stream()
			.map((change) -> new TopologyChange(environment.getId(), environment.getVersion(), at, user, change.type(),
					change.key(), change.action().code(), change.before().map(this::toJson).orElse(null),
					change.after().map(this::toJson).orElse(null)))
			.toList());
		this.events.publishEvent(new TopologyChanged(environment.getKey(), environment.getFingerprint(),
				environment.getVersion(), user, at, changes));
	}

	private void checkRevision(Environment environment, long expectedRevision) {
		if (environment.getVersion() != expectedRevision) {
			throw new StaleEdit(environment.getName());
		}
	}

	private Environment entity(EnvironmentKey key) {
		return this.environments.findByKey(key.value())
			.orElseThrow(() -> Refusal.missing("No " + "environment '" + key + "'").refused());
	}

	private EnvironmentSnapshot snapshot(Environment environment) {
		return new EnvironmentSnapshot(new EnvironmentKey(environment.getKey()), environment.getName(),
				environment.getDescription(), topology(environment), environment.getFingerprint(),
				environment.getVersion(), environment.getUpdatedAt(), environment.getUpdatedBy());
	}

	private Topology topology(Environment environment) {
		EnvironmentFile file = this.json.readValue(environment.getTopology(), EnvironmentFile.class);
		EnvironmentFiles.Reading reading = EnvironmentFiles.read(file);
		return reading.topology();
	}

	// The stored document is the canonical form: entries sorted by key, so equal
	// topologies give equal bytes and equal fingerprints.
	private String document(Topology topology) {
		return new String(this.codec.toJson(EnvironmentFiles.write(null, topology)), StandardCharsets.UTF_8);
	}

	private String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	static List<Problem> header(String key, String name) {
		List<Problem> problems = new java.util.ArrayList<>();
		if (key == null || !TopologyRules.KEY.matcher(key).matches()) {
			problems.add(new Problem("environment", "key",
					"use 1 to 64 lower-case letters, digits, dots, dashes or underscores"));
		}
		else if (RESERVED_KEYS.contains(key)) {
			problems.add(new Problem("environment", "key", "'" + key + "' names a page; choose another key"));
		}
		if (name == null || name.isBlank()) {
			problems.add(new Problem("environment", "name", "a name is required"));
		}
		else if (name.length() > 200) {
			problems.add(new Problem("environment", "name", "use at most 200 characters"));
		}
		return problems;
	}

	static String fingerprint(String document) {
		return Sha256.of(document).hex();
	}

}
