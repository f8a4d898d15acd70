package com.pettoyou.records.service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.records.ClinicalTextCleaner;

/**
 * Checks and cleans the clinical free text of a record before it is encrypted. In order:
 * control characters other than line breaks and tabs are refused, and so are invisible
 * direction marks and zero-width characters; text that {@link AttackPatterns} recognises
 * as an injection attempt is refused with an audit row and a security event; markup is
 * removed by {@link ClinicalText}, and removed script raises a security event while the
 * remaining text is kept; the cleaned text must not be blank and must fit the field's
 * limit.
 * <p>
 * Refusals are audited outside the caller's transaction, so the record of the attempt
 * stays although the request fails.
 */
@Component
public class ClinicalInputs implements ClinicalTextCleaner {

	static final String ATTACK_EVENT = "ATTACK_PATTERN_DETECTED";

	private static final Logger log = LoggerFactory.getLogger(ClinicalInputs.class);

	/** Control characters of every Unicode range except line breaks and tabs. */
	private static final Pattern FORBIDDEN_CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

	/**
	 * Invisible characters that change how text reads without being seen: direction
	 * marks, overrides and isolates, the zero-width space and the byte order mark.
	 */
	private static final Pattern INVISIBLE = Pattern
		.compile("[\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClinicalInputs(AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Returns the cleaned text of a field, or {@code null} for an absent optional one.
	 * @param raw the value as sent, or {@code null}
	 * @throws ApiException 400 naming the field and the rule it broke
	 */
	public String clean(AuthenticatedAccount caller, ClinicalField field, String raw) {
		return clean(caller, field.jsonName(), field.maxLength(), field.required(), raw);
	}

	@Override
	public String cleanDiagnosis(AuthenticatedAccount caller, String raw) {
		return clean(caller, ClinicalField.DIAGNOSIS, raw);
	}

	@Override
	public String cleanText(AuthenticatedAccount caller, String field, String raw, int maxLength) {
		return clean(caller, field, maxLength, true, raw);
	}

	private String clean(AuthenticatedAccount caller, String field, int maxLength, boolean required, String raw) {
		if (raw == null) {
			if (required) {
				throw ApiException.invalidField(field, "required");
			}
			return null;
		}
		if (FORBIDDEN_CONTROL.matcher(raw).find()) {
			throw ApiException.invalidField(field, "control_character");
		}
		if (INVISIBLE.matcher(raw).find()) {
			throw ApiException.invalidField(field, "invisible_character");
		}
		Optional<AttackPatterns.Finding> finding = AttackPatterns.inspect(raw);
		if (finding.isPresent()) {
			report(caller, field, finding.get().rule(), finding.get().category().name(), AuditOutcome.DENIED);
			throw ApiException.invalidField(field, "not_allowed");
		}
		ClinicalText.Sanitized sanitized = ClinicalText.sanitize(raw);
		if (!sanitized.stable()) {
			throw ApiException.invalidField(field, "markup_not_allowed");
		}
		if (sanitized.removedScript()) {
			report(caller, field, "script_element", "SCRIPT_INJECTION", AuditOutcome.SUCCESS);
		}
		else if (sanitized.removedMarkup()) {
			log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, caller.accountId()).log("Markup removed from clinical text");
		}
		String text = sanitized.text().strip();
		if (text.isEmpty()) {
			if (required) {
				throw ApiException.invalidField(field, "not_blank");
			}
			return null;
		}
		if (text.codePointCount(0, text.length()) > maxLength) {
			throw ApiException.invalidField(field, "too_long");
		}
		return text;
	}

	private void report(AuthenticatedAccount caller, String field, String rule, String category, AuditOutcome outcome) {
		Map<String, String> details = Map.of("field", field, "rule", rule, "category", category, "outcome",
				(outcome == AuditOutcome.DENIED) ? "REJECTED" : "SANITIZED");
		audit.record(AuditEntry.of(ATTACK_EVENT, outcome)
			.actor(caller.accountId(), caller.role().name())
			.resource("field", field)
			.details(details));
		events.publishEvent(new SecurityEvent(ATTACK_EVENT, SecurityEvent.Severity.WARNING, caller.accountId(),
				RequestMetadata.current().clientAddress(), clock.instant(), details));
		log.atWarn()
			.addKeyValue(LogKeys.ACCOUNT_ID, caller.accountId())
			.addKeyValue(LogKeys.REASON, rule)
			.log("Attack pattern found in clinical text");
	}

	/** The clinical free-text fields, with their limits in code points after cleaning. */
	public enum ClinicalField {

		DIAGNOSIS("diagnosis", 2000, true), TREATMENT("treatment", 4000, true),
		PRESCRIPTION("prescription", 2000, false);

		private final String jsonName;

		private final int maxLength;

		private final boolean required;

		ClinicalField(String jsonName, int maxLength, boolean required) {
			this.jsonName = jsonName;
			this.maxLength = maxLength;
			this.required = required;
		}

		public String jsonName() {
			return jsonName;
		}

		public int maxLength() {
			return maxLength;
		}

		public boolean required() {
			return required;
		}

	}

}
