package com.pettoyou.documents.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.documents.inspection.RejectionReason;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Records a rejected upload and builds the client's error. Every rejection writes a
 * {@code DOCUMENT_UPLOAD_REJECTED} audit row with the reason code; a suspicious one also
 * raises a {@code MALICIOUS_UPLOAD_REJECTED} security event. The file name never appears
 * in either, because it may contain personal data.
 */
@Component
class UploadRejections {

	static final String AUDIT_ACTION = "DOCUMENT_UPLOAD_REJECTED";

	static final String SECURITY_EVENT = "MALICIOUS_UPLOAD_REJECTED";

	/** The field violation code that suspicious reasons share in responses. */
	static final String GENERIC_CODE = "content_not_allowed";

	/** The reason code of a file over the configured size. */
	static final String TOO_LARGE = "too_large";

	private static final Logger log = LoggerFactory.getLogger(UploadRejections.class);

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UploadRejections(AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Records a file over the size limit and returns the 413 error. */
	ApiException tooLarge(AuthenticatedAccount uploader) {
		record(uploader, TOO_LARGE, false);
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
				"The file is larger than the upload limit.");
	}

	/** Records a failed check and returns the error for the client. */
	ApiException rejected(AuthenticatedAccount uploader, RejectionReason reason) {
		record(uploader, reason.code(), reason.suspicious());
		if (reason.suspicious()) {
			events.publishEvent(new SecurityEvent(SECURITY_EVENT, SecurityEvent.Severity.WARNING, uploader.accountId(),
					RequestMetadata.current().clientAddress(), clock.instant(), Map.of("reason", reason.code())));
		}
		if (reason == RejectionReason.IMAGE_TOO_LARGE) {
			return new ApiException(HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
					"The image has more pixels than the upload limit allows.",
					List.of(new ApiException.FieldViolation("file", reason.code())));
		}
		String code = reason.suspicious() ? GENERIC_CODE : reason.code();
		return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
				"The file must be a PDF, JPEG or PNG whose content matches its extension.",
				List.of(new ApiException.FieldViolation("file", code)));
	}

	private void record(AuthenticatedAccount uploader, String reason, boolean suspicious) {
		audit.record(AuditEntry.of(AUDIT_ACTION, AuditOutcome.FAILURE)
			.actor(uploader.accountId(), uploader.role().name())
			.resource("document", null)
			.details(Map.of("reason", reason)));
		(suspicious ? log.atWarn() : log.atInfo()).addKeyValue(LogKeys.ACCOUNT_ID, uploader.accountId())
			.addKeyValue(LogKeys.REASON, reason)
			.log("Document upload rejected");
	}

}
