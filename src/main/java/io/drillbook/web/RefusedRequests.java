package io.drillbook.web;

import java.util.Locale;

import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where a refusal becomes an API answer: a problem document with the status
 * of its kind, the message as detail, and the field it concerns.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedRequests {

	@ExceptionHandler(Refused.class)
	ResponseEntity<ProblemDetail> refused(Refused ex) {
		Refusal refusal = ex.refusal();
		HttpStatus status = HttpStatus.valueOf(refusal.kind().status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.text());
		problem.setProperty("kind", refusal.kind().name().toLowerCase(Locale.ROOT));
		if (!refusal.field().isEmpty()) {
			problem.setProperty("field", refusal.field());
		}
		return ResponseEntity.status(status).body(problem);
	}

}
