package io.drillbook.identity;

import java.time.Instant;

/**
 * Something happened to an account: it was created or changed, or someone signed in with
 * it, or failed to.
 *
 * @param username the account
 * @param activity what happened
 * @param detail roles, names or the reason, as applies
 * @param by who did it; the account itself for sign-ins
 * @param at when, by the server's clock
 */
public record AccountActivity(String username, Activity activity, String detail, String by, Instant at) {

	public enum Activity {

		CREATED, UPDATED, ROLES_CHANGED, ENABLED, DISABLED, UNLOCKED, PASSWORD_RESET, SIGNED_IN, SIGN_IN_FAILED

	}

}
