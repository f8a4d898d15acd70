package com.pettoyou.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import com.pettoyou.common.ErrorCodes;

/**
 * Writes the security chain's rejections as problem details: 401 {@code unauthorized} for
 * a missing or invalid token, 503 {@code service_unavailable} when the session store
 * cannot be reached, 403 {@code forbidden} for a denied request, and 400 or 405 for a
 * request that the firewall rejects. No response states why a token was refused.
 */
@Component
class SecurityProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	/** The methods that the firewall and the API accept; any other method gets 405. */
	static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	private static final Logger log = LoggerFactory.getLogger(SecurityProblemHandlers.class);

	private final ProblemResponses problems;

	private final AccessDenials denials;

	SecurityProblemHandlers(ProblemResponses problems, AccessDenials denials) {
		this.problems = problems;
		this.denials = denials;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof AuthenticationServiceException) {
			log.atWarn().setCause(exception).log("Authentication failed because a backing service is unavailable");
			problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.SERVICE_UNAVAILABLE);
			return;
		}
		// RFC 6750 requires a 401 from a protected resource to name the expected scheme.
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		problems.write(request, response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		denials.record(request, "permission");
		problems.write(request, response, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException exception)
			throws IOException {
		if (!ALLOWED_METHODS.contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, String.join(", ", ALLOWED_METHODS.stream().sorted().toList()));
			problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, ErrorCodes.METHOD_NOT_ALLOWED);
			return;
		}
		log.atDebug().log("Request rejected by the HTTP firewall");
		problems.write(request, response, HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED);
	}

}
