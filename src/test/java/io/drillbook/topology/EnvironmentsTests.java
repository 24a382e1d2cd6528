package io.drillbook.topology;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.drillbook.DrillbookTest;
import io.drillbook.system.Refused;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookTest
@RecordApplicationEvents
class EnvironmentsTests {

	@Autowired
	Environments environments;

	@Autowired
	Imports imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void anImportIsPreviewedThenAppliedWithHistoryAndAnEvent() {
		Imports.Preview preview = this.imports.previewFile("virtualcenter.yaml", Samples.virtualCenterAs("vc-import"),
				"ari");

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.replacing()).isFalse();
		assertThat(preview.changes()).hasSize(2 + 2 + 8 + 8 + 5);
		assertThat(this.environments.find(new EnvironmentKey("vc-import"))).as("nothing saved before confirmation")
			.isEmpty();

		EnvironmentSnapshot created = this.imports.confirm(preview.id().orElseThrow(), "ari");

		assertThat(created.topology().components()).hasSize(8);
		assertThat(created.fingerprint()).hasSize(64);
		assertThat(historyCount("vc-import")).isEqualTo(25);
		assertThat(this.events.stream(TopologyChanged.class).filter((e) -> e.environment().equals("vc-import")))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.changedBy()).isEqualTo("ari");
				assertThat(event.fingerprint()).isEqualTo(created.fingerprint());
				assertThat(event.changes()).hasSize(25);
			});
		assertThat(this.imports.find(preview.id().get(), "ari")).as("a preview is applied once").isEmpty();
	}

	@Test
	void aPreviewBelongsToWhoeverUploadedIt() {
		Imports.Preview preview = this.imports.previewFile("virtualcenter.yaml", Samples.virtualCenterAs("vc-owner"),
				"ari");

		assertThatThrownBy(() -> this.imports.confirm(preview.id().orElseThrow(), "mallory"))
			.isInstanceOf(Refused.class);
		assertThat(this.environments.find(new EnvironmentKey("vc-owner"))).isEmpty();
	}

	@Test
	void aRefusedChangeWritesNothing() {
		EnvironmentSnapshot before = importSample("vc-refused");
		long history = historyCount("vc-refused");

		assertThatThrownBy(() -> this.environments.change(new EnvironmentKey("vc-refused"), before.revision(),
				(t) -> t.withDependency(Dependency.hard("vcdb", "webaccess")), "ari"))
			.isInstanceOf(TopologyRejected.class)
			.hasMessageContaining("cycle");

		EnvironmentSnapshot after = this.environments.require(new EnvironmentKey("vc-refused"));
		assertThat(after.revision()).isEqualTo(before.revision());
		assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
		assertThat(historyCount("vc-refused")).isEqualTo(history);
	}

	@Test
	void anEditBasedOnAnOldRevisionIsRefused() {
		EnvironmentSnapshot before = importSample("vc-stale");
		this.environments.change(new EnvironmentKey("vc-stale"), before.revision(),
				(t) -> t.withoutDependency("drs", "vc"), "ari");

		assertThatThrownBy(() -> this.environments.change(new EnvironmentKey("vc-stale"), before.revision(),
				(t) -> t.withoutDependency("vmotion", "vc"), "bea"))
			.isInstanceOf(StaleEdit.class)
			.hasMessageContaining("Someone else changed");
		assertThat(this.environments.require(new EnvironmentKey("vc-stale")).topology().dependencies())
			.contains(Dependency.hard("vmotion", "vc"));
	}

	@Test
	void theFingerprintFollowsTheTopologyAndNothingElse() {
		EnvironmentSnapshot original = importSample("vc-fingerprint");

		EnvironmentSnapshot renamed = this.environments.describe(new EnvironmentKey("vc-fingerprint"),
				original.revision(), "Renamed", "", "ari");
		assertThat(renamed.fingerprint()).isEqualTo(original.fingerprint());

		EnvironmentSnapshot changed = this.environments.change(new EnvironmentKey("vc-fingerprint"), renamed.revision(),
				(t) -> t.withHost(new Host("esx04", "esx04", "hq", Optional.of("prod"), HostKind.HYPERVISOR)), "ari");
		assertThat(changed.fingerprint()).isNotEqualTo(original.fingerprint());
		assertThat(this.environments.fingerprintOf(changed.topology())).isEqualTo(changed.fingerprint());

		EnvironmentSnapshot reverted = this.environments.change(new EnvironmentKey("vc-fingerprint"),
				changed.revision(), (t) -> t.withoutHost("esx04"), "ari");
		assertThat(reverted.fingerprint()).isEqualTo(original.fingerprint());
	}

	@Test
	void historyRecordsWhoChangedWhatFromWhatToWhat() {
		EnvironmentSnapshot before = importSample("vc-history");
		Component vc = before.topology().component("vc").orElseThrow();

		this.environments.change(new EnvironmentKey("vc-history"), before.revision(),
				(t) -> t.withComponent(vc.withRelease(vc.product(), "2.5", "")), "bea");

		List<String> last = this.jdbc.queryForList("""
				select c.changed_by || ' ' || c.action || ' ' || c.element_type || ' ' || c.element_key || ' '
				       || (c.before_value ->> 'version') || '->' || (c.after_value ->> 'version')
				from topology_change c join environment e on e.id = c.environment_id
				where e.key = 'vc-history' order by c.id desc limit 1""", String.class);
		assertThat(last).containsExactly("bea changed component vc 2.0.2->2.5");
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		importSample("vc-again");

		Imports.Preview again = this.imports.previewFile("again.yaml", Samples.virtualCenterAs("vc-again"), "ari");

		assertThat(again.replacing()).isTrue();
		assertThat(again.changes()).isEmpty();
	}

	@Test
	void keysThatNameAPageAreRefused() {
		assertThatThrownBy(() -> this.environments.create("import", "Import", "", Topology.empty(), "ari"))
			.isInstanceOf(TopologyRejected.class)
			.hasMessageContaining("names a page");
	}

	private EnvironmentSnapshot importSample(String key) {
		Imports.Preview preview = this.imports.previewFile("virtualcenter.yaml", Samples.virtualCenterAs(key), "ari");
		UUID id = preview.id().orElseThrow();
		return this.imports.confirm(id, "ari");
	}

	private long historyCount(String key) {
		return this.jdbc.queryForObject(
				"select count(*) from topology_change c join environment e on e.id = c.environment_id where e.key = ?",
				Long.class, key);
	}

}
