package io.drillbook.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

	private static final Duration LOCK = Duration.ofMinutes(15);

	@ParameterizedTest(name = "{0} wrong passwords with a limit of {1}: locked={2}")
	@CsvSource({ "1, 5, false", "4, 5, false", "5, 5, true", "6, 5, true", "1, 1, true", "2, 3, false" })
	void locksOnceTheFailuresReachTheLimit(int failures, int limit, boolean locked) {
		UserAccount account = anAccount();
		for (int i = 0; i < failures; i++) {
			account.recordFailedLogin(NOW, limit, LOCK);
		}
		assertThat(account.isLockedAt(NOW)).isEqualTo(locked);
	}

	@ParameterizedTest(name = "{0} minutes after locking: locked={1}")
	@CsvSource({ "0, true", "14, true", "15, false", "60, false" })
	void aLockEndsByItself(int minutesLater, boolean locked) {
		UserAccount account = anAccount();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(NOW, 5, LOCK);
		}
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(minutesLater)))).isEqualTo(locked);
	}

	@ParameterizedTest(name = "{0} failures then a success: the count starts again")
	@CsvSource({ "1", "4" })
	void aSuccessfulLoginForgetsEarlierFailures(int failures) {
		UserAccount account = anAccount();
		for (int i = 0; i < failures; i++) {
			account.recordFailedLogin(NOW, 5, LOCK);
		}
		account.recordSuccessfulLogin();
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(NOW, 5, LOCK);
		}
		assertThat(account.isLockedAt(NOW)).isFalse();
	}

	private static UserAccount anAccount() {
		return new UserAccount("olivia", "Olivia", "{noop}x", Set.of(Role.OPERATOR), NOW);
	}

}
