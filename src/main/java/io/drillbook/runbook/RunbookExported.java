package io.drillbook.runbook;

import java.time.Instant;

/**
 * Someone took a runbook version away as a PDF, Markdown or print page.
 *
 * @param environment the environment's key
 * @param runbook the runbook's key
 * @param number the version
 * @param form pdf, markdown or print
 * @param by who
 * @param at when
 */
public record RunbookExported(String environment, String runbook, int number, String form, String by, Instant at) {

}
