package io.drillbook.identity;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs people in from the accounts in the database, honouring disabled and locked
 * accounts.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	private final Clock clock;

	AccountUserDetailsService(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.map((account) -> User.withUsername(account.getUsername())
				.password(account.getPasswordHash())
				.disabled(!account.isEnabled())
				.accountLocked(account.isLockedAt(this.clock.instant()))
				.authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
