package io.drillbook.strategy;

/**
 * An override that cannot be recorded; the message says why.
 */
class OverrideRefused extends RuntimeException {

	OverrideRefused(String message) {
		super(message);
	}

}
