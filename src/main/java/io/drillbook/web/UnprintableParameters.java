package io.drillbook.web;

import java.io.IOException;
import java.util.Map;

import io.drillbook.system.PrintableText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose form fields or query parameters hold control characters, naming
 * the first such field, before any page searches or stores them: PostgreSQL refuses NUL
 * in text, and a search for it would fail instead of finding nothing.
 */
@Component
class UnprintableParameters extends OncePerRequestFilter {

	/** The request attribute that names the refused field for the error page. */
	static final String REFUSED = "refusedParameter";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			boolean printable = PrintableText.isPrintable(parameter.getKey());
			for (String value : parameter.getValue()) {
				printable = printable && PrintableText.isPrintable(value);
			}
			if (!printable) {
				request.setAttribute(REFUSED, PrintableText.isPrintable(parameter.getKey()) ? parameter.getKey() : "?");
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
