package com.pettoyou.payments.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ApiException.FieldViolation;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.payments.webhook.WebhookSignatureVerifier.InvalidSignatureException;

/**
 * Takes a gateway webhook delivery: checks its signature over the raw body, then parses
 * and validates the event with the platform's strict JSON rules, then hands it to
 * {@link WebhookProcessor}. A rejected signature is audited as
 * {@code PAYMENT_WEBHOOK_REJECTED} and raises a WARNING security event.
 */
@Component
class WebhookReceiver {

	static final String REJECTED = "PAYMENT_WEBHOOK_REJECTED";

	private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

	private final WebhookSignatureVerifier verifier;

	private final WebhookProcessor processor;

	private final JsonMapper json;

	private final Validator validator;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WebhookReceiver(WebhookSignatureVerifier verifier, WebhookProcessor processor, JsonMapper json, Validator validator,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.verifier = verifier;
		this.processor = processor;
		this.json = json;
		this.validator = validator;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Verifies, parses and applies one delivery. A delivery of an event that was received
	 * before is acknowledged without being applied again.
	 * @throws ApiException 401 for a missing, malformed, expired or wrong signature, 400
	 * for a body that is not a valid event, 404 for an event about an unknown payment or
	 * refund
	 */
	void receive(String signature, byte[] body) {
		Instant signedAt = verified(signature, body);
		WebhookEvent event = parse(body);
		processor.process(event, signedAt);
	}

	private Instant verified(String signature, byte[] body) {
		try {
			return verifier.verify(signature, body);
		}
		catch (InvalidSignatureException ex) {
			reject(ex.reason());
			throw new ApiException(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED,
					"The webhook signature is missing, malformed, expired or wrong.");
		}
	}

	private void reject(String reason) {
		String clientAddress = RequestMetadata.current().clientAddress();
		audit.record(AuditEntry.of(REJECTED, AuditOutcome.DENIED)
			.resource("route", WebhookController.PATH)
			.details(Map.of("reason", reason)));
		log.atWarn().addKeyValue(LogKeys.REASON, reason).log("Payment webhook rejected");
		events.publishEvent(new SecurityEvent(REJECTED, SecurityEvent.Severity.WARNING, null, clientAddress,
				clock.instant(), Map.of("reason", reason)));
	}

	private WebhookEvent parse(byte[] body) {
		WebhookEvent event;
		try {
			event = json.readValue(body, WebhookEvent.class);
		}
		catch (JacksonException ex) {
			throw ApiException.invalidField("body", "malformed");
		}
		if (event == null) {
			throw ApiException.invalidField("body", "malformed");
		}
		Set<ConstraintViolation<WebhookEvent>> violations = validator.validate(event);
		if (!violations.isEmpty()) {
			throw invalid(violations);
		}
		return event;
	}

	private static ApiException invalid(Set<ConstraintViolation<WebhookEvent>> violations) {
		List<FieldViolation> fields = new ArrayList<>();
		for (ConstraintViolation<WebhookEvent> violation : violations) {
			String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			fields.add(new FieldViolation(violation.getPropertyPath().toString(), snakeCase(constraint)));
		}
		return new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, "The request is invalid.",
				fields);
	}

	private static String snakeCase(String constraint) {
		return constraint.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
