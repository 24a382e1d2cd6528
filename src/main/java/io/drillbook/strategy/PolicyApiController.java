package io.drillbook.strategy;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.drillbook.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy over JSON, read by everyone and saved by architects with the same checks and
 * the same optimistic locking as the policy page: a save names the version it was based
 * on.
 */
@RestController
@Tag(name = "Strategy")
class PolicyApiController {

	private final Policies policies;

	PolicyApiController(Policies policies) {
		this.policies = policies;
	}

	/**
	 * A version of the policy; version 0 is Drillbook's starting values.
	 *
	 * @param version its number
	 * @param policy the tiers and product minimums
	 */
	record CurrentPolicy(int version, Policy policy) {

	}

	/**
	 * A policy to save as the next version.
	 *
	 * @param basedOn the version it was edited from
	 * @param note what changed and why
	 * @param policy the tiers and product minimums
	 */
	record PolicySave(Integer basedOn, String note, Policy policy) {

	}

	/**
	 * One saved version, without its content.
	 *
	 * @param version its number
	 * @param createdAt when it was saved
	 * @param createdBy who saved it
	 * @param note what changed and why
	 */
	record VersionEntry(int version, Instant createdAt, String createdBy, String note) {

	}

	@GetMapping("/api/v1/policy")
	@Operation(summary = "The policy in force: each tier's objectives, drill frequency and expected recovery times")
	CurrentPolicy current() {
		Policies.Versioned current = this.policies.current();
		return new CurrentPolicy(current.version(), current.policy());
	}

	@GetMapping("/api/v1/policy/versions")
	@Operation(summary = "Every saved version of the policy, newest first")
	List<VersionEntry> versions() {
		return this.policies.history()
			.stream()
			.map((v) -> new VersionEntry(v.getVersion(), v.getCreatedAt(), v.getCreatedBy(), v.getNote()))
			.toList();
	}

	@PutMapping("/api/v1/policy")
	@Operation(summary = "Save the next version, for architects; 422 names each field at fault, "
			+ "409 when someone saved a version since basedOn")
	ResponseEntity<CurrentPolicy> save(@RequestBody PolicySave body, Principal principal) {
		if (body.policy() == null || body.basedOn() == null) {
			throw Refusal
				.invalid((body.policy() == null) ? "policy" : "basedOn",
						"send the policy and the version it was based on.")
				.refused();
		}
		Policies.Versioned saved = this.policies.save(body.policy(), body.basedOn(), body.note(), principal.getName());
		return ResponseEntity.ok(new CurrentPolicy(saved.version(), saved.policy()));
	}

	@ExceptionHandler(PolicyRejected.class)
	ResponseEntity<ProblemDetail> rejected(PolicyRejected ex) {
		// A version saved meanwhile is a conflict; anything else is the policy's own
		// fault.
		boolean stale = ex.problems().stream().anyMatch((p) -> p.field().equals("version"));
		HttpStatus status = stale ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return ResponseEntity.status(status).body(problem);
	}

}
