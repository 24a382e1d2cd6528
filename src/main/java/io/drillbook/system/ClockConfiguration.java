package io.drillbook.system;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every server-side timestamp, in UTC, replaceable in tests. It ticks in
 * microseconds, the precision PostgreSQL keeps, so that a time acknowledged to a person
 * is the time stored, and the step record and the audit entry of one action agree to the
 * microsecond.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
