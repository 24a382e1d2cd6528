package io.drillbook.audit;

import java.time.Instant;

/**
 * An auditor exported an evidence pack.
 *
 * @param environment the environment of its scope, or null for all
 * @param scope the period and filters, in words
 * @param sha256 the SHA-256 of the ZIP file
 * @param by who
 * @param at when
 */
record EvidencePackExported(String environment, String scope, String sha256, String by, Instant at) {

}
