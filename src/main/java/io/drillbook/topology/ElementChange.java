package io.drillbook.topology;

import java.util.Optional;

/**
 * One element of a topology created, changed or removed.
 *
 * @param type site, cluster, host, component or dependency
 * @param key the element's key; for a dependency {@code dependent -> dependsOn}
 * @param action created, changed or removed
 * @param before the element as it was, in the file format, when it existed
 * @param after the element as it is now, in the file format, when it still exists
 */
public record ElementChange(String type, String key, Action action, Optional<Object> before, Optional<Object> after) {

	/** What happened to the element. */
	public enum Action implements Coded {

		CREATED("created"), CHANGED("changed"), REMOVED("removed");

		private final String code;

		Action(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return this.code;
		}

	}

}
