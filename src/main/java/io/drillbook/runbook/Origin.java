package io.drillbook.runbook;

/**
 * Where a step's text comes from, so that a diff tells generated text from an
 * architect's.
 */
enum Origin {

	/** Written from a procedure, unchanged. */
	GENERATED,

	/** Written from a procedure, then edited by an architect. */
	EDITED,

	/** Added by an architect. */
	CUSTOM

}
