package io.drillbook.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 *
 * @param maxFailures failures in a row that lock the account
 * @param duration how long the account stays locked
 */
@ConfigurationProperties("drillbook.security.lockout")
record LockoutPolicy(int maxFailures, Duration duration) {

	LockoutPolicy {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("drillbook.security.lockout.max-failures must be at least 1");
		}
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("drillbook.security.lockout.duration must be a positive duration");
		}
	}

}
