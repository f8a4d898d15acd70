package com.pettoyou.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details straight to a servlet response, for the filters and security
 * handlers that respond before a controller runs. The security headers are already on the
 * response because {@link SecurityHeadersFilter} runs first; this class never resets the
 * response, so they stay.
 */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	/** Writes the problem for a code with its standard detail sentence. */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		write(response, Problems.of(status, code, request));
	}

	/** Writes a problem unless the response is already committed. */
	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		byte[] body = json.writeValueAsBytes(problem);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
