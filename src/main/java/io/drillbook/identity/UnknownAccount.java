package io.drillbook.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Raised when a request names a user account that does not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownAccount extends RuntimeException {

	UnknownAccount(long id) {
		super("No user account with id " + id);
	}

}
