package io.drillbook.audit;

import java.time.Instant;

/**
 * What an audit entry says: who did what to which object, when, and the state before and
 * after where it applies.
 *
 * @param at when, by the server's clock
 * @param actor who
 * @param action what, such as {@code RUNBOOK_PUBLISHED}
 * @param objectType the kind of object, such as {@code runbook}
 * @param objectKey which one
 * @param environment the environment concerned, if any
 * @param before the state before; null when it does not apply
 * @param after the state after; null when it does not apply
 * @param detail anything else worth knowing
 */
record AuditRecord(Instant at, String actor, String action, String objectType, String objectKey, String environment,
		String before, String after, String detail) {

}
