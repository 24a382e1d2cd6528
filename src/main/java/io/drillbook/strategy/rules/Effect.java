package io.drillbook.strategy.rules;

/**
 * What a finding does to a strategy's assessment.
 */
public enum Effect {

	/** The strategy cannot be used for this unit. */
	RULES_OUT,

	/** The strategy protects against the finding's failures. */
	COVERS,

	/** Something the architect must provide or accept when choosing the strategy. */
	REQUIRES,

	/** An explanation that changes nothing. */
	EXPLAINS

}
