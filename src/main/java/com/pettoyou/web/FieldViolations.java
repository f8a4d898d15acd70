package com.pettoyou.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import com.pettoyou.common.ApiException.FieldViolation;

/**
 * Turns binding, validation and JSON read failures into {@code {field, code}} pairs. The
 * code is the lower-case constraint name ({@code not_blank}, {@code size},
 * {@code pattern}, {@code email}) or a JSON failure ({@code unknown_property},
 * {@code invalid_type}, {@code null_not_allowed}, {@code limit_exceeded},
 * {@code malformed}). Rejected values and parser messages are never included.
 */
final class FieldViolations {

	private FieldViolations() {
	}

	static List<FieldViolation> of(MethodArgumentNotValidException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			violations.add(new FieldViolation(error.getField(), codeOf(error.getCode())));
		}
		for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
			violations.add(new FieldViolation(error.getObjectName(), codeOf(error.getCode())));
		}
		return violations;
	}

	static List<FieldViolation> of(HandlerMethodValidationException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				violations.add(new FieldViolation(name, codeOf(lastCode(error))));
			}
		});
		return violations;
	}

	/**
	 * Returns the violation for a JSON read failure, naming the field when it is known.
	 */
	static List<FieldViolation> of(JacksonException ex) {
		String field = pathOf(ex);
		String code = jsonCodeOf(ex);
		return List.of(new FieldViolation(field.isEmpty() ? null : field, code));
	}

	private static String jsonCodeOf(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown_property";
		}
		if (ex instanceof InvalidNullException) {
			return "null_not_allowed";
		}
		if (ex instanceof MismatchedInputException) {
			return "invalid_type";
		}
		if (ex instanceof StreamConstraintsException) {
			return "limit_exceeded";
		}
		return "malformed";
	}

	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String lastCode(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return (codes != null && codes.length > 0) ? codes[codes.length - 1] : null;
	}

	/** Converts a constraint name such as {@code NotBlank} to {@code not_blank}. */
	static String codeOf(String constraint) {
		if (constraint == null || constraint.isEmpty()) {
			return "invalid";
		}
		if ("typeMismatch".equals(constraint)) {
			return "invalid_type";
		}
		return constraint.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
