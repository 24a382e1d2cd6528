package io.drillbook.runbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.drillbook.DrillbookTest;
import io.drillbook.system.Refused;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.Host;
import io.drillbook.topology.SampleTopologies;
import io.drillbook.system.Sha256;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DrillbookTest
class RunbooksTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Runbooks runbooks;

	@Autowired
	RunbookDrafts drafts;

	@Autowired
	RunbookDocuments documents;

	@Autowired
	RunbookBundles bundles;

	@Test
	void aPublishedRunbookTurnsStaleWhenAHostItNamesChangesAndTheDiffShowsTheStep() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-stale", "ari");
		RunbookVersion first = publish("rb-stale", "vc", Scenario.SITE);
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(entry("rb-stale", "vc", Scenario.SITE).stale()).isFalse();
		publish("rb-stale", "payroll", Scenario.LOCAL);

		renameHost("rb-stale", "vcstandby", "vc-standby-02.dr.example.net");

		RunbookEntry vc = entry("rb-stale", "vc", Scenario.SITE);
		assertThat(vc.stale()).isTrue();
		assertThat(vc.staleBecause()).containsExactly("host vcstandby changed");
		assertThat(entry("rb-stale", "payroll", Scenario.LOCAL).stale()).as("payroll names no standby host").isFalse();
		RunbookDiff diff = this.runbooks.diff(new RunbookKey(new EnvironmentKey("rb-stale"), "vc", Scenario.SITE), 1,
				Optional.empty());
		assertThat(diff.changes()).filteredOn((c) -> c.key().equals("standby/standby-ready"))
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.kind()).isEqualTo(RunbookDiff.Kind.CHANGED);
				assertThat(c.fields()).contains("instruction");
				assertThat(c.before().orElseThrow().instruction()).contains("vc-standby.dr.example.net");
				assertThat(c.after().orElseThrow().instruction()).contains("vc-standby-02.dr.example.net");
			});

		RunbookVersion second = publish("rb-stale", "vc", Scenario.SITE);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(entry("rb-stale", "vc", Scenario.SITE).stale()).isFalse();
		RunbookOverview overview = this.runbooks.overview(new EnvironmentKey("rb-stale")).orElseThrow();
		assertThat(overview.staleness(first)).containsExactly("version 1 is not the newest version");
		assertThat(overview.staleness(second)).isEmpty();
	}

	@Test
	void aRunbookPublishedWithTheInBandStrategyOfTheFirstCatalogIsStaleAndSaysWhy() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-catalog", "ari");
		RunbookVersion published = publish("rb-catalog", "payroll", Scenario.LOCAL);
		// As the first catalog wrote it: payroll in an HA cluster was given in-band HA.
		new JdbcTemplate(this.context.getBean(DataSource.class)).update("update runbook_version set content = "
				+ "jsonb_set(jsonb_set(content, '{sources,plan:local}', '\"HA_IN_BAND\"'), '{sources,procedures}', "
				+ "to_jsonb('1 ' || split_part(content -> 'sources' ->> 'procedures', ' ', 2))) where id = ?",
				published.getId());

		assertThat(entry("rb-catalog", "payroll", Scenario.LOCAL).staleBecause()).containsExactly(
				"the strategy for local failure changed from Hypervisor HA, in-band to Hypervisor HA",
				"the procedure catalog changed from version 1 to version "
						+ this.context.getBean(Procedures.class).version());
	}

	@Test
	void anArchitectsEditsSurviveRegenerationAndShowInTheDiff() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-edits", "ari");
		publish("rb-edits", "vc", Scenario.SITE);
		RunbookEntry entry = entry("rb-edits", "vc", Scenario.SITE);
		entry = this.drafts.changeText(new RunbookKey(new EnvironmentKey("rb-edits"), "vc", Scenario.SITE),
				entry.draftRevision(), "standby/standby-ready",
				"Ping vc-standby.dr.example.net, then sign in to it with the break-glass account.",
				"The sign-in works.", "ari");
		entry = this.drafts.addStep(new RunbookKey(new EnvironmentKey("rb-edits"), "vc", Scenario.SITE),
				entry.draftRevision(),
				new NewStep(Section.FAILOVER, "network-admin", 5,
						"Point the vcenter DNS alias at vc-standby.dr.example.net.",
						"nslookup answers with the standby's address.", "",
						Optional.of("recovery-order/dependency-back@vcdb")),
				"ari");
		assertThat(entry.draft().steps()).extracting(Step::key)
			.containsSubsequence("recovery-order/dependency-back@vcdb", "custom-1", "standby/connect-database");
		assertThatThrownBy(
				() -> this.drafts.addStep(new RunbookKey(new EnvironmentKey("rb-edits"), "vc", Scenario.SITE),
						entry("rb-edits", "vc", Scenario.SITE).draftRevision(),
						new NewStep(Section.FAILOVER, "network-admin", 5, "Text.", "Check.", "",
								Optional.of("standby/state-files-synchronised")),
						"ari"))
			.isInstanceOf(Refused.class)
			.hasMessage("after: that step is in another section.");
		entry = this.drafts.move(new RunbookKey(new EnvironmentKey("rb-edits"), "vc", Scenario.SITE),
				entry.draftRevision(), "standby/connect-database", true, "ari");
		List<String> arranged = entry.draft().steps().stream().map(Step::key).toList();

		renameHost("rb-edits", "esx11", "esx11-new.dr.example.net");

		RunbookEntry regenerated = entry("rb-edits", "vc", Scenario.SITE);
		assertThat(regenerated.stale()).isTrue();
		assertThat(regenerated.draft().steps()).extracting(Step::key).containsExactlyElementsOf(arranged);
		Step edited = RunbookWriterTests.step(regenerated.draft(), "standby/standby-ready");
		assertThat(edited.origin()).isEqualTo(Origin.EDITED);
		assertThat(edited.instruction()).startsWith("Ping vc-standby");
		assertThat(RunbookWriterTests.step(regenerated.draft(), "standby/reconnect-hosts").instruction())
			.contains("esx11-new.dr.example.net");

		RunbookDiff diff = this.runbooks.diff(new RunbookKey(new EnvironmentKey("rb-edits"), "vc", Scenario.SITE), 1,
				Optional.empty());
		assertThat(diff.changes()).filteredOn(RunbookDiff.Change::byArchitect)
			.extracting(RunbookDiff.Change::key)
			.contains("standby/standby-ready", "custom-1");
		assertThat(diff.changes()).filteredOn((c) -> c.kind() == RunbookDiff.Kind.ADDED)
			.extracting(RunbookDiff.Change::key)
			.containsExactly("custom-1");
	}

	@Test
	void twoArchitectsEditingTheSameDraftGetOneResultAndAClearMessage() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-conflict", "ari");
		long revision = entry("rb-conflict", "vc", Scenario.SITE).draftRevision();
		this.drafts.move(new RunbookKey(new EnvironmentKey("rb-conflict"), "vc", Scenario.SITE), revision,
				"standby/connect-database", true, "ari");

		assertThatThrownBy(
				() -> this.drafts.changeText(new RunbookKey(new EnvironmentKey("rb-conflict"), "vc", Scenario.SITE),
						revision, "standby/standby-ready", "Something else entirely.", "Fine.", "bea"))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("Someone else changed this runbook");
		assertThat(entry("rb-conflict", "vc", Scenario.SITE).edits().texts()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u000B", "\u001B", "\uFFFE" })
	void textWithControlCharactersIsRefusedWithTheField(String character) {
		String environment = "rb-control-" + Integer.toHexString(character.charAt(0));
		SampleTopologies.store(this.context, "virtualcenter.yaml", environment, "ari");
		long revision = entry(environment, "vc", Scenario.SITE).draftRevision();

		assertThatThrownBy(
				() -> this.drafts.changeText(new RunbookKey(new EnvironmentKey(environment), "vc", Scenario.SITE),
						revision, "standby/standby-ready", "Pasted" + character + " from a document.", "Fine.", "ari"))
			.isInstanceOf(Refused.class)
			.hasMessage("instruction: remove the control characters.");
		this.drafts.changeText(new RunbookKey(new EnvironmentKey(environment), "vc", Scenario.SITE), revision,
				"standby/standby-ready", "Two lines,\n\tthe second indented.", "Fine.", "ari");
		assertThat(entry(environment, "vc", Scenario.SITE).edits().texts()).hasSize(1);
	}

	@Test
	void publishingRefusesWhatWasNotReviewedAndWhatIsAlreadyPublished() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-refuse", "ari");

		assertThatThrownBy(
				() -> this.runbooks.publish(new RunbookKey(new EnvironmentKey("rb-refuse"), "vc", Scenario.SITE),
						new Sha256("0".repeat(64)), "ari"))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("changed since you opened it");
		publish("rb-refuse", "vc", Scenario.SITE);
		Sha256 same = entry("rb-refuse", "vc", Scenario.SITE).draftSha256();
		assertThatThrownBy(() -> this.runbooks
			.publish(new RunbookKey(new EnvironmentKey("rb-refuse"), "vc", Scenario.SITE), same, "ari"))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("already has exactly this content");
	}

	@Test
	void thePdfHoldsEveryStep() throws IOException {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-pdf", "ari");
		RunbookVersion version = publish("rb-pdf", "vc", Scenario.SITE);
		Runbook content = this.runbooks.content(version);

		byte[] pdf = this.documents.pdf(this.documents.printable(content, "VirtualCenter estate", Optional.of(version),
				version.getContentSha256(), Map.of(), List.of()));

		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = flat(new PDFTextStripper().getText(document));
		}
		assertThat(text).contains(version.getContentSha256(), "VersionVersion1");
		assertThat(content.steps()).isNotEmpty().allSatisfy((step) -> {
			assertThat(text).contains(flat(step.instruction()));
			assertThat(text).contains(flat(step.check()));
		});
	}

	@Test
	void theMarkdownHoldsEveryStepAndItsHash() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-md", "ari");
		RunbookVersion version = publish("rb-md", "vc", Scenario.SITE);
		Runbook content = this.runbooks.content(version);

		String md = this.documents.markdown(this.documents.printable(content, "VirtualCenter estate",
				Optional.of(version), version.getContentSha256(), Map.of(), List.of()));

		assertThat(md).startsWith("# VirtualCenter Server: site failure").contains(version.getContentSha256());
		assertThat(content.steps())
			.allSatisfy((step) -> assertThat(md).contains(MarkdownText.inline(step.instruction(), 3)));
	}

	@Test
	void anArchitectsTextCannotBreakTheMarkdownOutOfItsStep() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-md-edit", "ari");
		long revision = entry("rb-md-edit", "vc", Scenario.SITE).draftRevision();
		this.drafts.changeText(new RunbookKey(new EnvironmentKey("rb-md-edit"), "vc", Scenario.SITE), revision,
				"standby/standby-ready", "Check the standby.\n## Rollback\n1. <b>Stop</b> [here](http://example.com)",
				"It answers.", "ari");
		RunbookVersion version = publish("rb-md-edit", "vc", Scenario.SITE);

		String md = this.documents.markdown(this.documents.printable(this.runbooks.content(version),
				"VirtualCenter estate", Optional.of(version), version.getContentSha256(), Map.of(), List.of()));

		assertThat(md).contains("Check the standby.  \n   \\## Rollback  \n   1\\. \\<b\\>Stop\\</b\\> \\[here\\]")
			.doesNotContainPattern("(?m)^## Rollback")
			.doesNotContain("<b>");
	}

	@Test
	void aBundleIsRecordedSoThatACopyCanBeChecked() {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-bundle", "ari");
		RunbookVersion version = publish("rb-bundle", "vc", Scenario.SITE);

		RunbookBundles.Bundle bundle = this.bundles.make(new EnvironmentKey("rb-bundle"), "olga").orElseThrow();

		String html = new String(bundle.content(), StandardCharsets.UTF_8);
		assertThat(html).contains(version.getContentSha256(), "vc-standby.dr.example.net", "Roles to call",
				"Not in this bundle");
		assertThat(this.bundles.check(bundle.content()).bundles()).singleElement()
			.satisfies((b) -> assertThat(b.getVersions()).isEqualTo("vc/site v1"));
		assertThat(this.bundles.check(Sha256.find(version.getContentSha256().toUpperCase()).orElseThrow()).versions())
			.extracting(RunbookVersion::getId)
			.containsExactly(version.getId());
		byte[] tampered = html.replace("vc-standby.dr.example.net", "evil.example.net")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.bundles.check(tampered).found()).isFalse();
	}

	@Test
	void aBundleAndEachOfItsRunbooksAreCheckedWithStandardToolsAlone() throws Exception {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-sealed", "ari");
		RunbookVersion version = publish("rb-sealed", "vc", Scenario.SITE);
		RunbookBundles.Bundle bundle = this.bundles.make(new EnvironmentKey("rb-sealed"), "olga").orElseThrow();
		Path file = Files.createTempFile("bundle", ".html");
		Files.write(file, bundle.content());

		// The commands the bundle itself gives.
		assertThat(shell("head -n -1 FILE | sha256sum", file)).startsWith(bundle.sha256() + " ");
		assertThat(shell("tail -n 1 FILE", file)).contains(bundle.sha256());
		assertThat(
				shell("grep -o 'id=\"canonical-vc-site-v1\"[^<]*' FILE | sed 's/.*>//' | base64 -d | sha256sum", file))
			.startsWith(version.getContentSha256() + " ");
		Files.delete(file);
	}

	private static String shell(String command, Path file) throws Exception {
		Process process = new ProcessBuilder("sh", "-c", command.replace("FILE", "'" + file + "'"))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output.strip();
	}

	private RunbookVersion publish(String environment, String unit, Scenario scenario) {
		return this.runbooks.publish(new RunbookKey(new EnvironmentKey(environment), unit, scenario),
				entry(environment, unit, scenario).draftSha256(), "ari");
	}

	private RunbookEntry entry(String environment, String unit, Scenario scenario) {
		return this.runbooks.entry(new RunbookKey(new EnvironmentKey(environment), unit, scenario)).orElseThrow();
	}

	private void renameHost(String environment, String host, String name) {
		SampleTopologies.change(this.context, environment, (topology) -> {
			Host old = topology.host(host).orElseThrow();
			return topology.withHost(new Host(old.key(), name, old.site(), old.cluster(), old.kind()));
		}, "ari");
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

}
