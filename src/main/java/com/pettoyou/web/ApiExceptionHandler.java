package com.pettoyou.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ApiException.FieldViolation;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.RequestMetadata;

/**
 * Turns failures into RFC 9457 problem details with a stable code and the correlation id.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> handleApiException(ApiException ex) {
		return problem(ex.status(), ex.code(), ex.getMessage(), ex.fieldViolations());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> handleInvalidBody(MethodArgumentNotValidException ex) {
		List<FieldViolation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldViolation(error.getField(), "invalid"))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, "The request is invalid.", violations);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
			List<FieldViolation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		problem.setProperty("correlationId", RequestMetadata.current().correlationId());
		if (!violations.isEmpty()) {
			problem.setProperty("errors", violations);
		}
		return ResponseEntity.status(status).body(problem);
	}

}
