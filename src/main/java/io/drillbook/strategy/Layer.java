package io.drillbook.strategy;

/**
 * Local availability and site recovery answer different failures, so each is planned on
 * its own.
 */
public enum Layer {

	/** Survive a host, OS or application failure at the same site. */
	LOCAL,

	/** Recover at another site when a whole site is lost. */
	SITE

}
