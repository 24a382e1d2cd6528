package io.drillbook.identity;

import java.util.Map;

/**
 * What other modules may know about the people who use Drillbook.
 */
public interface UserDirectory {

	/** Enabled accounts per role; a person with two roles counts in both. */
	Map<Role, Long> enabledAccountsByRole();

}
