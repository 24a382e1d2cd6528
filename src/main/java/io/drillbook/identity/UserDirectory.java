package io.drillbook.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other modules may know about the people who use Drillbook.
 */
public interface UserDirectory {

	/** Enabled accounts per role; a person with two roles counts in both. */
	Map<Role, Long> enabledAccountsByRole();

	/** The people who can sign in, by username. */
	List<Person> enabledPeople();

	/**
	 * A person who can sign in.
	 *
	 * @param username the username
	 * @param name the name shown
	 * @param roles the roles held
	 */
	record Person(String username, String name, Set<Role> roles) {

		public Person {
			roles = Set.copyOf(roles);
		}

	}

}
