package io.drillbook.strategy;

/**
 * Something wrong in a policy.
 *
 * @param field the field at fault, such as {@code tiers[1].rto}
 * @param message what is wrong
 */
record PolicyProblem(String field, String message) {

}
