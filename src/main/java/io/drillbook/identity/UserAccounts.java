package io.drillbook.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.drillbook.system.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes user accounts, keeping the rules that protect access to Drillbook:
 * valid names and passwords, and always one enabled administrator.
 */
@Service
@Transactional
class UserAccounts implements UserDirectory {

	static final int MIN_PASSWORD_LENGTH = 12;

	// bcrypt reads at most 72 bytes; anything longer would be silently ignored.
	static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final LockoutPolicy lockout;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			FindByIndexNameSessionRepository<?> sessions, LockoutPolicy lockout, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.lockout = lockout;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<UserAccount> all() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	Optional<UserAccount> find(long id) {
		return this.accounts.findById(id);
	}

	@Transactional(readOnly = true)
	Optional<UserAccount> findByUsername(String username) {
		return this.accounts.findByUsername(username);
	}

	UserAccount create(String username, String displayName, String password, Set<Role> roles) {
		String name = username.trim().toLowerCase(java.util.Locale.ROOT);
		if (this.accounts.existsByUsername(name)) {
			throw Refusal.invalid("username", "The username " + name + " is already taken.").refused();
		}
		if (roles.isEmpty()) {
			throw Refusal.invalid("roles", "Choose at least one role.").refused();
		}
		checkPassword(password);
		UserAccount saved = this.accounts.save(new UserAccount(name, displayName.trim(),
				this.passwordEncoder.encode(password), roles, this.clock.instant()));
		publish(saved, AccountActivity.Activity.CREATED, "roles " + sorted(roles));
		return saved;
	}

	UserAccount update(long id, String displayName, Set<Role> roles) {
		UserAccount account = require(id);
		if (roles.isEmpty()) {
			throw Refusal.invalid("roles", "Choose at least one role.").refused();
		}
		boolean rolesChanged = !account.getRoles().equals(Set.copyOf(roles));
		String before = sorted(account.getRoles());
		account.rename(displayName.trim());
		account.assignRoles(roles);
		requireAnEnabledAdmin("roles");
		if (rolesChanged) {
			// Roles travel in the session; sign the person out so the new roles apply at
			// once.
			endSessions(account.getUsername());
			publish(account, AccountActivity.Activity.ROLES_CHANGED, before + " -> " + sorted(roles));
		}
		else {
			publish(account, AccountActivity.Activity.UPDATED, "name " + account.getDisplayName());
		}
		return account;
	}

	UserAccount setEnabled(long id, boolean enabled) {
		UserAccount account = require(id);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			requireAnEnabledAdmin("enabled");
			endSessions(account.getUsername());
		}
		publish(account, enabled ? AccountActivity.Activity.ENABLED : AccountActivity.Activity.DISABLED, "");
		return account;
	}

	UserAccount unlock(long id) {
		UserAccount account = require(id);
		account.unlock();
		publish(account, AccountActivity.Activity.UNLOCKED, "");
		return account;
	}

	UserAccount resetPassword(long id, String password) {
		UserAccount account = require(id);
		checkPassword(password);
		account.changePassword(this.passwordEncoder.encode(password));
		account.unlock();
		endSessions(account.getUsername());
		publish(account, AccountActivity.Activity.PASSWORD_RESET, "");
		return account;
	}

	// Guessing attacks arrive in parallel: the row lock makes each failure count once
	// instead of failing on the optimistic version check.
	void recordFailedLogin(String username) {
		this.accounts.lockByUsername(username)
			.ifPresent((account) -> account.recordFailedLogin(this.clock.instant(), this.lockout.maxFailures(),
					this.lockout.duration()));
		this.events.publishEvent(new AccountActivity(username, AccountActivity.Activity.SIGN_IN_FAILED,
				this.accounts.findByUsername(username).isPresent() ? "wrong password" : "no such account", username,
				this.clock.instant()));
	}

	/** A person signed in through the login page. */
	void recordSignIn(String username) {
		this.events.publishEvent(
				new AccountActivity(username, AccountActivity.Activity.SIGNED_IN, "", username, this.clock.instant()));
	}

	private void publish(UserAccount account, AccountActivity.Activity activity, String detail) {
		Authentication acting = SecurityContextHolder.getContext().getAuthentication();
		String by = (acting != null && acting.isAuthenticated()) ? acting.getName() : "drillbook";
		this.events
			.publishEvent(new AccountActivity(account.getUsername(), activity, detail, by, this.clock.instant()));
	}

	private static String sorted(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList().toString();
	}

	void recordSuccessfulLogin(String username) {
		this.accounts.lockByUsername(username)
			.filter((account) -> account.getFailedLogins() > 0 || account.getLockedUntil() != null)
			.ifPresent(UserAccount::recordSuccessfulLogin);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Person> enabledPeople() {
		return this.accounts.findAll()
			.stream()
			.filter(UserAccount::isEnabled)
			.map((a) -> new Person(a.getUsername(), a.getDisplayName(), a.getRoles()))
			.sorted(Comparator.comparing(Person::username))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Role, Long> enabledAccountsByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, 0L);
		}
		for (UserAccount account : this.accounts.findAll()) {
			if (account.isEnabled()) {
				account.getRoles().forEach((role) -> counts.merge(role, 1L, Long::sum));
			}
		}
		return counts;
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw Refusal.invalid("password", "The password needs at least " + MIN_PASSWORD_LENGTH + " characters.")
				.refused();
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw Refusal
				.invalid("password",
						"The password may have at most " + MAX_PASSWORD_BYTES + " bytes (fewer with accented letters).")
				.refused();
		}
	}

	private UserAccount require(long id) {
		return this.accounts.findById(id).orElseThrow(() -> Refusal.missing("No user account with id " + id).refused());
	}

	private void requireAnEnabledAdmin(String field) {
		this.accounts.flush();
		boolean adminLeft = this.accounts.findAll()
			.stream()
			.anyMatch((account) -> account.isEnabled() && account.hasRole(Role.ADMIN));
		if (!adminLeft) {
			throw Refusal.invalid(field, "At least one enabled administrator must remain.").refused();
		}
	}

	private void endSessions(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

}
