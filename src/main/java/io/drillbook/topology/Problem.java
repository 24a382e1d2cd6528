package io.drillbook.topology;

import java.io.Serializable;

/**
 * Something wrong in a topology, named precisely enough to find and fix it.
 *
 * @param location where: a file position, or the element, such as {@code component vc}
 * @param field the field at fault, such as {@code placement.cluster}
 * @param message what is wrong, in words an architect understands
 */
public record Problem(String location, String field, String message) implements Serializable {

	@Override
	public String toString() {
		return this.location + ", " + this.field + ": " + this.message;
	}

}
