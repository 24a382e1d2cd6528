package io.drillbook.drill;

import java.time.LocalDate;

/**
 * A finding written when an execution closes.
 *
 * @param field how the form or request that sent it names it in messages, such as
 * {@code findings[2]}
 * @param stepKey the step it concerns, or empty
 * @param description what went wrong
 * @param action what is to be done about it
 * @param owner who does it
 * @param dueOn by when
 */
record NewFinding(String field, String stepKey, String description, String action, String owner, LocalDate dueOn) {

}
