package io.drillbook.identity;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds the results of sign-in attempts, by form or HTTP Basic, into the account lockout.
 */
@Component
class LoginOutcomes {

	private final UserAccounts accounts;

	LoginOutcomes(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailedLogin(normalised(event.getAuthentication().getName()));
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		this.accounts.recordSignIn(normalised(event.getAuthentication().getName()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(normalised(event.getAuthentication().getName()));
	}

	private static String normalised(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

}
