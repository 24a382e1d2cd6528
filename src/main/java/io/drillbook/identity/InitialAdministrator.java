package io.drillbook.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import io.drillbook.system.Refused;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator when nobody can sign in yet. There is no default
 * password: it comes from {@code DRILLBOOK_ADMIN_PASSWORD} or is generated and shown
 * once. It runs before the web server opens, so the login page is never served while the
 * account it is for is still missing.
 */
@Component
class InitialAdministrator implements SmartInitializingSingleton {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	private final String configuredPassword;

	InitialAdministrator(UserAccounts accounts, JdbcClient jdbc,
			@Value("${drillbook.admin.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		createIfNobodyExists(this.configuredPassword).ifPresent((generated) -> log.warn(
				"""

						No user existed, so Drillbook created the administrator '{}' with this password:

						    {}

						It is shown only this once. Sign in and set your own under Users, or set DRILLBOOK_ADMIN_PASSWORD before the first start.
						""",
				USERNAME, generated));
	}

	/**
	 * Creates the administrator if the user table is empty.
	 * @return the generated password, when none was configured and one was made up
	 */
	Optional<String> createIfNobodyExists(String configuredPassword) {
		// Asked of the database directly, so that a restart does not wait here for the
		// entity manager factory that is still being built beside the web layer.
		if (this.jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single()) {
			return Optional.empty();
		}
		boolean generate = !StringUtils.hasText(configuredPassword);
		String password = generate ? randomPassword() : configuredPassword;
		try {
			this.accounts.create(USERNAME, "Administrator", password, Set.of(Role.ADMIN));
		}
		catch (Refused ex) {
			if ("username".equals(ex.refusal().field())) {
				// Another instance starting at the same moment created it first.
				return Optional.empty();
			}
			throw new IllegalStateException("DRILLBOOK_ADMIN_PASSWORD is not usable: " + ex.refusal().message(), ex);
		}
		catch (DataIntegrityViolationException ex) {
			// Same race, lost between the check and the insert.
			return Optional.empty();
		}
		log.info("Created the initial administrator '{}'", USERNAME);
		return generate ? Optional.of(password) : Optional.empty();
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
