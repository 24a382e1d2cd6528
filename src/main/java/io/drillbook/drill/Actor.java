package io.drillbook.drill;

import java.util.Set;

import io.drillbook.identity.Role;
import io.drillbook.system.Refusal;

/**
 * Who acts on an execution, with the roles the server knows them to have.
 *
 * @param username the username
 * @param roles the roles
 */
record Actor(String username, Set<Role> roles) {

	boolean has(Role role) {
		return this.roles.contains(role);
	}

	void mustBeOperator(String toDo) {
		if (!has(Role.OPERATOR)) {
			throw Refusal.forbidden("Only operators may " + toDo + ".").refused();
		}
	}

	// Signing off and correcting review a record: an operator's or an architect's work.
	void mustReview(String who) {
		if (!has(Role.OPERATOR) && !has(Role.ARCHITECT)) {
			throw Refusal.forbidden("Only an operator or an architect may " + who + ".").refused();
		}
	}

}
