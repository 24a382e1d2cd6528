package io.drillbook.strategy;

/**
 * Why a point of a plan is so: the rule that decided it, in words about this component,
 * and where the rule comes from.
 *
 * @param ruleId the rule's id, such as {@code R7}
 * @param text the statement applied to this component
 * @param source where the rule comes from
 */
public record Reason(String ruleId, String text, String source) {

}
