package io.drillbook.topology;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request named an environment, or an element of one, that does not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownEnvironment extends RuntimeException {

	public UnknownEnvironment(String what) {
		super("No " + what);
	}

}
