package io.drillbook.runbook;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.system.Refusal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runbooks over JSON and Markdown, with the same rules as the pages.
 */
@RestController
@Tag(name = "Runbooks", description = "Runbooks written from the plan, their versions and diffs")
class RunbookApiController {

	private static final String BASE = "/api/v1/environments/{environment}/runbooks/{unit}/{scenario}";

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private final Runbooks runbooks;

	private final RunbookDocuments documents;

	RunbookApiController(Runbooks runbooks, RunbookDocuments documents) {
		this.runbooks = runbooks;
		this.documents = documents;
	}

	/**
	 * A published version, without its content.
	 *
	 * @param id its id, with which drills are started
	 * @param number its number
	 * @param sha256 the SHA-256 of its content
	 * @param publishedAt when
	 * @param publishedBy who
	 * @param topologyRevision the topology revision it was made from
	 * @param policyVersion the policy version it was made from
	 * @param proceduresVersion the procedure catalog version it was made from
	 */
	record VersionSummary(long id, int number, String sha256, Instant publishedAt, String publishedBy,
			long topologyRevision, int policyVersion, int proceduresVersion) {

		static VersionSummary of(RunbookVersion v) {
			return new VersionSummary(v.getId(), v.getNumber(), v.getContentSha256(), v.getPublishedAt(),
					v.getPublishedBy(), v.getTopologyRevision(), v.getPolicyVersion(), v.getProceduresVersion());
		}

	}

	/**
	 * A runbook as it stands.
	 *
	 * @param key its key, such as {@code vc/site}
	 * @param title its title
	 * @param latest the last published version
	 * @param stale whether what the last version was made from changed
	 * @param staleBecause what changed
	 * @param unpublishedChanges whether publishing now would make a new version
	 * @param draftSha256 the SHA-256 to send back when publishing the draft
	 * @param draftRevision how many times the draft's edits were saved
	 * @param draft the draft itself; left out of lists
	 */
	record RunbookState(String key, String title, Optional<VersionSummary> latest, boolean stale,
			List<String> staleBecause, boolean unpublishedChanges, String draftSha256, long draftRevision,
			Runbook draft) {

		static RunbookState of(RunbookEntry e, boolean withDraft) {
			return new RunbookState(e.draft().key(), e.draft().title(), e.latest().map(VersionSummary::of), e.stale(),
					e.staleBecause(), e.unpublished(), e.draftSha256().hex(), e.draftRevision(),
					withDraft ? e.draft() : null);
		}

	}

	/**
	 * An environment's runbooks.
	 *
	 * @param runbooks every runbook the plan calls for, in recovery order
	 * @param unwritten units that need a runbook and get none
	 * @param retired versions whose runbook the plan no longer calls for
	 */
	record RunbookList(List<RunbookState> runbooks, List<RunbookWriter.Unwritten> unwritten, List<String> retired) {

	}

	/**
	 * A published version with its content.
	 *
	 * @param version the version
	 * @param staleBecause why it should not be followed as it is; empty when current
	 * @param runbook the frozen runbook
	 */
	record PublishedRunbook(VersionSummary version, List<String> staleBecause, Runbook runbook) {

	}

	/**
	 * A request to publish.
	 *
	 * @param reviewedSha256 the draft's SHA-256 as reviewed
	 */
	record PublishRequest(String reviewedSha256) {

	}

	@GetMapping("/api/v1/environments/{environment}/runbooks")
	@Operation(summary = "Every runbook of the environment with its publication state")
	RunbookList list(@PathVariable EnvironmentKey environment) {
		RunbookOverview overview = overview(environment);
		return new RunbookList(overview.entries().stream().map((e) -> RunbookState.of(e, false)).toList(),
				overview.unwritten(),
				overview.retired().stream().map((v) -> v.runbookKey() + " v" + v.getNumber()).toList());
	}

	@GetMapping(BASE)
	@Operation(summary = "One runbook: its draft with the architects' edits, and its last version")
	RunbookState runbook(@PathVariable EnvironmentKey environment, @PathVariable String unit,
			@PathVariable String scenario) {
		RunbookKey key = RunbookKey.of(environment, unit, scenario);
		return overview(environment).entry(unit, key.scenario())
			.map((e) -> RunbookState.of(e, true))
			.orElseThrow(() -> notFound("runbook " + unit + "/" + scenario));
	}

	@GetMapping(BASE + "/versions")
	@Operation(summary = "The published versions of a runbook, newest first")
	List<VersionSummary> versions(@PathVariable EnvironmentKey environment, @PathVariable String unit,
			@PathVariable String scenario) {
		overview(environment);
		return this.runbooks.versions(RunbookKey.of(environment, unit, scenario))
			.stream()
			.map(VersionSummary::of)
			.toList();
	}

	@GetMapping(path = BASE + "/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A published version as JSON")
	PublishedRunbook published(@PathVariable EnvironmentKey environment, @PathVariable String unit,
			@PathVariable String scenario, @PathVariable int number) {
		RunbookOverview overview = overview(environment);
		RunbookVersion version = find(environment, unit, scenario, number);
		return new PublishedRunbook(VersionSummary.of(version), overview.staleness(version),
				this.runbooks.content(version));
	}

	@GetMapping(path = BASE + "/versions/{number}", produces = "text/markdown")
	@Operation(summary = "A published version as Markdown")
	ResponseEntity<String> markdown(@PathVariable EnvironmentKey environment, @PathVariable String unit,
			@PathVariable String scenario, @PathVariable int number, Principal principal) {
		RunbookOverview overview = overview(environment);
		RunbookVersion version = find(environment, unit, scenario, number);
		String md = this.documents.markdown(this.documents
			.exported(this.documents.printable(this.runbooks.content(version), overview.plan().environment().name(),
					Optional.of(version), version.getContentSha256(), RunbookController.unitNames(overview),
					overview.staleness(version)), version, "markdown", principal.getName()));
		return ResponseEntity.ok().contentType(MARKDOWN).body(md);
	}

	@PostMapping(BASE + "/publish")
	@Operation(summary = "Freeze the draft as the next version; send the draft's SHA-256 as reviewed")
	ResponseEntity<VersionSummary> publish(@PathVariable EnvironmentKey environment, @PathVariable String unit,
			@PathVariable String scenario, @RequestBody PublishRequest request, Principal principal) {
		overview(environment);
		RunbookVersion version = this.runbooks.publish(RunbookKey.of(environment, unit, scenario),
				RunbookController.reviewed(request.reviewedSha256()), principal.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(VersionSummary.of(version));
	}

	@GetMapping(BASE + "/diff")
	@Operation(summary = "The steps that differ between two versions, or a version and the draft (to=draft)")
	RunbookDiff diff(@PathVariable EnvironmentKey environment, @PathVariable String unit, @PathVariable String scenario,
			@RequestParam int from, @RequestParam(defaultValue = "draft") String to) {
		overview(environment);
		find(environment, unit, scenario, from);
		Optional<Integer> target;
		try {
			target = "draft".equals(to) ? Optional.empty() : Optional.of(Integer.parseInt(to));
		}
		catch (NumberFormatException ex) {
			throw Refusal.invalid("to", "a version number or draft.").refused();
		}
		return this.runbooks.diff(RunbookKey.of(environment, unit, scenario), from, target);
	}

	private RunbookOverview overview(EnvironmentKey environment) {
		return this.runbooks.overview(environment).orElseThrow(() -> notFound("environment " + environment));
	}

	private RunbookVersion find(EnvironmentKey environment, String unit, String scenario, int number) {
		return this.runbooks.version(RunbookKey.of(environment, unit, scenario), number)
			.orElseThrow(() -> notFound("version " + number + " of runbook " + unit + "/" + scenario));
	}

	private static ResponseStatusException notFound(String what) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what);
	}

}
