package io.drillbook.strategy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned policy: the newest saved version, or Drillbook's defaults (version 0)
 * until an architect saves one.
 */
@Service
@Transactional
class Policies {

	private final PolicyVersionRepository versions;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Policies(PolicyVersionRepository versions, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A policy with the version it was saved as.
	 *
	 * @param version 0 for the defaults
	 * @param policy the policy
	 */
	record Versioned(int version, Policy policy) {

	}

	@Transactional(readOnly = true)
	Versioned current() {
		return this.versions.findFirstByOrderByVersionDesc()
			.map((v) -> new Versioned(v.getVersion(), this.json.readValue(v.getDocument(), Policy.class)))
			.orElseGet(() -> new Versioned(0, Policy.defaults()));
	}

	@Transactional(readOnly = true)
	List<PolicyVersion> history() {
		return this.versions.findAllByOrderByVersionDesc();
	}

	/**
	 * Saves the policy as the next version.
	 * @throws PolicyRejected when the policy has problems or someone saved a version
	 * since {@code basedOn}
	 */
	Versioned save(Policy policy, int basedOn, String note, String user) {
		List<PolicyProblem> problems = policy.problems();
		if (!problems.isEmpty()) {
			throw new PolicyRejected(problems);
		}
		int current = current().version();
		if (current != basedOn) {
			throw new PolicyRejected(List.of(new PolicyProblem("version",
					"Someone saved version " + current + " of the policy while you were editing version " + basedOn
							+ "; reload and make your change again.")));
		}
		Instant now = this.clock.instant();
		String text = (note != null) ? note.trim() : "";
		try {
			this.versions.saveAndFlush(new PolicyVersion(current + 1, now, user,
					text.length() > 500 ? text.substring(0, 500) : text, this.json.writeValueAsString(policy)));
		}
		catch (DataIntegrityViolationException ex) {
			throw new PolicyRejected(List.of(new PolicyProblem("version",
					"Someone saved the policy at the same moment; reload and make your change again.")));
		}
		this.events.publishEvent(new PolicyChanged(current + 1, user, now, text));
		return new Versioned(current + 1, policy);
	}

}
