package io.drillbook.identity;

import java.util.Set;

import org.springframework.context.ApplicationContext;

/**
 * Creates accounts for tests in other packages, which cannot reach the account service.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** Makes sure an account exists with these roles; its password is the given one. */
	public static void ensure(ApplicationContext context, String username, String password, Role... roles) {
		UserAccounts accounts = context.getBean(UserAccounts.class);
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.create(username, username, password, Set.of(roles));
		}
	}

}
