package io.drillbook.drill;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person taking part in an execution, in a role of the runbook.
 */
@Embeddable
class Participant {

	@Column(name = "username")
	private String username;

	@Column(name = "role")
	private String role;

	protected Participant() {
	}

	public Participant(String username, String role) {
		this.username = username;
		this.role = role;
	}

	public String getUsername() {
		return this.username;
	}

	public String getRole() {
		return this.role;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Participant p && p.username.equals(this.username) && p.role.equals(this.role);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.username, this.role);
	}

}
