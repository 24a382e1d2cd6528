package io.drillbook.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in, with the roles they hold and the state of their failed logins.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled = true;

	private int failedLogins;

	private Instant lockedUntil;

	@Column(updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	int getFailedLogins() {
		return this.failedLogins;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void assignRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		this.enabled = false;
	}

	/**
	 * Counts a wrong password; the account locks for a while once the failures reach the
	 * limit, so that guessing a password takes far longer than anyone can wait.
	 */
	void recordFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
		if (isLockedAt(now)) {
			return;
		}
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockDuration);
			this.failedLogins = 0;
		}
	}

	void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void unlock() {
		recordSuccessfulLogin();
	}

}
