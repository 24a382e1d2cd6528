package io.drillbook.identity;

import java.time.Instant;
import java.util.List;

/**
 * An account as the admin pages and the API show it; never carries the password hash.
 *
 * @param id the account's id
 * @param username the sign-in name
 * @param displayName the person's name
 * @param roles the roles held, in declaration order
 * @param enabled whether the person may sign in
 * @param lockedUntil when a lockout after failed logins ends, if one is running
 * @param createdAt when the account was created
 */
record AccountView(long id, String username, String displayName, List<Role> roles, boolean enabled, Instant lockedUntil,
		Instant createdAt) {

	static AccountView of(UserAccount account, Instant now) {
		return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getRoles().stream().sorted().toList(), account.isEnabled(),
				account.isLockedAt(now) ? account.getLockedUntil() : null, account.getCreatedAt());
	}

	public boolean locked() {
		return this.lockedUntil != null;
	}

}
