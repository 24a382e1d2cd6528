package io.drillbook.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an API request whose JSON cannot be read with the field at fault and what it
 * must hold, instead of the generic problem that would otherwise answer first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequests {

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		String detail = "The request body is missing or is not JSON.";
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json) {
				detail = describe(json);
				break;
			}
		}
		return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
	}

	static String describe(JacksonException ex) {
		String field = ex.getPath()
			.stream()
			.map((r) -> (r.getPropertyName() != null) ? "." + r.getPropertyName()
					: (r.getIndex() >= 0) ? "[" + r.getIndex() + "]" : "")
			.collect(Collectors.joining());
		if (field.isEmpty()) {
			return "The request body is not valid JSON.";
		}
		field = field.startsWith(".") ? field.substring(1) : field;
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null) {
			Class<?> type = format.getTargetType();
			if (type.isEnum()) {
				return field + ": choose one of "
						+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
						+ ".";
			}
			if (type.getName().startsWith("java.time.")) {
				return field + ": write a date or time in ISO 8601, such as 2026-01-31 or 2026-01-31T02:55:00Z.";
			}
		}
		return field + ": a value of the wrong type or format.";
	}

}
