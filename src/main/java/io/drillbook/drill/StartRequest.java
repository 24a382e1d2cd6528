package io.drillbook.drill;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator starts an execution with.
 *
 * @param runbookVersionId the published version to follow
 * @param kind drill or real failover
 * @param scope what fails, or is simulated to
 * @param target the element that fails
 * @param scenario the scenario in words
 * @param outageDeclaredAt when the outage was declared; empty for now
 * @param participants username to role
 */
record StartRequest(long runbookVersionId, ExecutionKind kind, FailureScope scope, String target, String scenario,
		Optional<Instant> outageDeclaredAt, Map<String, String> participants) {

}
