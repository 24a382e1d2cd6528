package io.drillbook.audit;

/**
 * An entry of the audit log as the pages and the API show it.
 *
 * @param id its position in the chain
 * @param record what it says
 * @param previousHash the hash of the entry before it
 * @param hash its own hash
 */
record AuditEntry(long id, AuditRecord record, String previousHash, String hash) {

}
