package com.pettoyou.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.ratelimit.RateLimitUnavailableException;

/**
 * Turns every failure inside Spring MVC into RFC 9457 problem details with a stable code
 * and the correlation id. Spring's own exceptions keep their status (404, 405, 406, 413,
 * 415 and so on) but get the platform's code and a fixed detail sentence. Unexpected
 * exceptions are logged once and get 500 {@code internal_error} without any text from the
 * exception.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final AccessDenials denials;

	ApiExceptionHandler(AccessDenials denials) {
		this.denials = denials;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> handleApiException(ApiException ex, HttpServletRequest request) {
		if (ex.status() == HttpStatus.FORBIDDEN) {
			denials.record(request, ex.code());
		}
		ProblemDetail problem = Problems.of(ex.status(), ex.code(), ex.getMessage(), ex.fieldViolations(), request);
		return ResponseEntity.status(ex.status()).body(problem);
	}

	/**
	 * Returns 400 for a header value that the firewall rejects when the handler reads it,
	 * such as one with control characters. The value is not logged.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> handleRejectedHeader(HttpServletRequest request) {
		log.atWarn().log("Request rejected: a header value contains invalid characters");
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, request));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(HttpServletRequest request) {
		denials.record(request, "permission");
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, request));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> handleAuthentication(AuthenticationException ex, HttpServletRequest request) {
		if (ex instanceof AuthenticationServiceException) {
			return handleUnavailable(ex, request);
		}
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, request));
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, RateLimitUnavailableException.class })
	ResponseEntity<ProblemDetail> handleUnavailable(Exception ex, HttpServletRequest request) {
		log.atWarn().setCause(ex).log("Request failed because a backing service is unavailable");
		HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
		return ResponseEntity.status(status).body(Problems.of(status, ErrorCodes.SERVICE_UNAVAILABLE, request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
		log.atError().setCause(ex).log("Request failed with an unexpected exception");
		HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
		return ResponseEntity.status(status).body(Problems.of(status, ErrorCodes.INTERNAL_ERROR, request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(FieldViolations.of(ex), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(FieldViolations.of(ex), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, SizeLimitedRequest.PayloadTooLargeException.class) != null) {
			return handleExceptionInternal(ex, null, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		JacksonException json = causedBy(ex, JacksonException.class);
		return invalid((json != null) ? FieldViolations.of(json) : List.of(), request);
	}

	/**
	 * Replaces the body of every Spring MVC error with the platform's problem details.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		if (status.is5xxServerError()) {
			log.atError().setCause(ex).log("Request failed in Spring MVC");
		}
		ProblemDetail problem = Problems.of(status, Problems.codeOf(status), servletRequest(request));
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	private ResponseEntity<Object> invalid(List<ApiException.FieldViolation> violations, WebRequest request) {
		return ResponseEntity.badRequest().body(Problems.invalid(violations, servletRequest(request)));
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
	}

	private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
