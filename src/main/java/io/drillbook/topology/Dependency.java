package io.drillbook.topology;

import java.time.Duration;
import java.util.Optional;

/**
 * One component needing another. A hard dependency stops the dependent as soon as the
 * other fails; one with a grace period lets it work on for that long (a license server's
 * failure leaves 14 days).
 *
 * @param dependent the key of the component that needs the other
 * @param dependsOn the key of the component it needs
 * @param gracePeriod how long the dependent keeps working without it; empty for hard
 */
public record Dependency(String dependent, String dependsOn, Optional<Duration> gracePeriod) {

	public static Dependency hard(String dependent, String dependsOn) {
		return new Dependency(dependent, dependsOn, Optional.empty());
	}

	public static Dependency withGrace(String dependent, String dependsOn, Duration gracePeriod) {
		return new Dependency(dependent, dependsOn, Optional.of(gracePeriod));
	}

	public boolean isHard() {
		return this.gracePeriod.isEmpty();
	}

}
