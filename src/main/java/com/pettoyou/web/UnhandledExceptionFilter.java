package com.pettoyou.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pettoyou.common.ErrorCodes;

/**
 * Catches any exception that escapes the filters or the dispatcher, logs it once with the
 * correlation id and responds with 500 {@code internal_error} as problem details. The log
 * keeps the stack trace; the response never carries exception text.
 */
class UnhandledExceptionFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnhandledExceptionFilter.class);

	private final ProblemResponses problems;

	UnhandledExceptionFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			log.atError().setCause(ex).log("Request failed with an unhandled exception");
			problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR);
		}
	}

}
