package io.drillbook.web;

import java.io.IOException;

import io.drillbook.system.Refused;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that a page did not answer itself, such as a link to something that does not
 * exist, gets the error page of its kind's status: 404, 403, 409 or 422, never a 500. API
 * controllers are answered by {@link RefusedRequests}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusedPages {

	@ExceptionHandler(Refused.class)
	void refused(Refused ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.refusal().kind().status(), ex.getMessage());
	}

}
