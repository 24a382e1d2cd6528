package io.drillbook.identity;

import java.util.Optional;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Each test empties the user table inside a transaction that is rolled back afterwards,
 * so it sees a first start without disturbing the other tests sharing the database.
 */
@DrillbookTest
@Transactional
class InitialAdministratorTests {

	@Autowired
	InitialAdministrator initialAdministrator;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyUserTable() {
		this.jdbc.update("delete from user_account");
	}

	@Test
	void generatesAPasswordWhenNoneIsConfigured() {
		Optional<String> generated = this.initialAdministrator.createIfNobodyExists("");

		assertThat(generated).hasValueSatisfying((password) -> assertThat(password).hasSizeGreaterThanOrEqualTo(20));
		UserAccount admin = this.repository.findByUsername("admin").orElseThrow();
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(this.passwordEncoder.matches(generated.get(), admin.getPasswordHash())).isTrue();
	}

	@Test
	void usesTheConfiguredPasswordAndShowsNothing() {
		Optional<String> generated = this.initialAdministrator.createIfNobodyExists("configured-password-42");

		assertThat(generated).isEmpty();
		UserAccount admin = this.repository.findByUsername("admin").orElseThrow();
		assertThat(this.passwordEncoder.matches("configured-password-42", admin.getPasswordHash())).isTrue();
	}

	@Test
	void neverRunsTwice() {
		this.initialAdministrator.createIfNobodyExists("");
		String hash = this.repository.findByUsername("admin").orElseThrow().getPasswordHash();

		Optional<String> second = this.initialAdministrator.createIfNobodyExists("");

		assertThat(second).isEmpty();
		assertThat(this.repository.count()).isOne();
		assertThat(this.repository.findByUsername("admin").orElseThrow().getPasswordHash()).isEqualTo(hash);
	}

	@Test
	void refusesATooShortConfiguredPassword() {
		assertThatIllegalStateException().isThrownBy(() -> this.initialAdministrator.createIfNobodyExists("short"))
			.withMessageContaining("DRILLBOOK_ADMIN_PASSWORD")
			.withMessageContaining("12 characters");
	}

}
