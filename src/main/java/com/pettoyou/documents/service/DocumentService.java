package com.pettoyou.documents.service;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.PageResponse;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.crypto.DecryptionFailedException;
import com.pettoyou.documents.DocumentReviewAccess;
import com.pettoyou.documents.inspection.FileNames;
import com.pettoyou.documents.inspection.UploadInspector;
import com.pettoyou.documents.inspection.UploadInspector.InspectedUpload;
import com.pettoyou.documents.inspection.UploadRejectedException;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Uploads, lists and downloads documents for every signed-in account, except a session
 * that must change its one-time password first. Only the uploader, or an account that a
 * {@link DocumentReviewAccess} allows, may download a document: another account gets 403
 * and an unknown id 404.
 */
@Service
@PreAuthorize("isAuthenticated() and !principal.restricted()")
public class DocumentService {

	static final String INTEGRITY_EVENT = "DOCUMENT_INTEGRITY_FAILED";

	private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

	private final DocumentRepository documents;

	private final DocumentStore store;

	private final UploadInspector inspector;

	private final UploadRejections rejections;

	private final DocumentProperties properties;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/**
	 * The {@code Access-Purpose} that a reviewer must declare to download a document on a
	 * claim; the uploader needs none.
	 */
	static final String REVIEW_PURPOSE = "CLAIM_REVIEW";

	private final ObjectProvider<DocumentReviewAccess> reviewAccess;

	private final Clock clock;

	DocumentService(DocumentRepository documents, DocumentStore store, UploadInspector inspector,
			UploadRejections rejections, DocumentProperties properties, AuditLog audit,
			ApplicationEventPublisher events, TransactionTemplate transactions,
			ObjectProvider<DocumentReviewAccess> reviewAccess, Clock clock) {
		this.documents = documents;
		this.store = store;
		this.inspector = inspector;
		this.rejections = rejections;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.reviewAccess = reviewAccess;
		this.clock = clock;
	}

	/**
	 * Checks an upload as {@link UploadInspector} describes, stores it encrypted and
	 * records its metadata.
	 * @param originalName the file name the client sent, or {@code null}
	 * @param content the uploaded bytes
	 * @return the stored document
	 * @throws ApiException 413 when the file or image is over the limit, 415 when a check
	 * fails
	 */
	public Document upload(AuthenticatedAccount uploader, String originalName, byte[] content) {
		if (content.length > properties.maxSize().toBytes()) {
			throw rejections.tooLarge(uploader);
		}
		String fileName = FileNames.sanitize(originalName);
		InspectedUpload accepted;
		try {
			accepted = inspector.inspect(fileName, content);
		}
		catch (UploadRejectedException ex) {
			throw rejections.rejected(uploader, ex.reason());
		}
		Document document = new Document(UUID.randomUUID(), uploader.accountId(), fileName, accepted.type(),
				accepted.content().length, sha256(accepted.content()), clock.instant());
		store.write(document.id(), accepted.content());
		try {
			transactions.executeWithoutResult((status) -> insert(uploader, document));
		}
		catch (RuntimeException ex) {
			store.delete(document.id());
			throw ex;
		}
		log.atInfo()
			.addKeyValue(LogKeys.DOCUMENT_ID, document.id())
			.addKeyValue(LogKeys.ACCOUNT_ID, uploader.accountId())
			.log("Document uploaded");
		return document;
	}

	/** Returns one page of the caller's documents, newest first. */
	@Transactional(readOnly = true)
	public PageResponse<Document> list(AuthenticatedAccount caller, int page, int size) {
		long offset = (long) page * size;
		List<Document> items = documents.findByUploader(caller.accountId(), offset, size);
		return new PageResponse<>(items, page, size, documents.countByUploader(caller.accountId()));
	}

	/**
	 * Returns a document with its decrypted content, for its uploader or a reviewer that
	 * {@link DocumentReviewAccess} allows.
	 * @throws ApiException 404 for an unknown id, 403 for another account's document, and
	 * a generic 500 when the stored file is missing or fails decryption or its checksum
	 */
	public DocumentContent download(AuthenticatedAccount caller, UUID id, String purpose) {
		Document document = documents.find(id).orElseThrow(ApiException::notFound);
		boolean uploader = document.uploaderId().equals(caller.accountId());
		if (!uploader && !mayReview(caller, id)) {
			throw ApiException.forbidden();
		}
		if (!uploader && !REVIEW_PURPOSE.equals(purpose)) {
			throw ApiException.invalidField("Access-Purpose", (purpose == null) ? "required" : "unknown_purpose");
		}
		byte[] content = readVerified(caller, document);
		audit.record(AuditEntry.of("DOCUMENT_DOWNLOADED", AuditOutcome.SUCCESS)
			.actor(caller.accountId(), caller.role().name())
			.resource("document", id)
			.details(uploader ? Map.of() : Map.of("purpose", "CLAIM_REVIEW")));
		return new DocumentContent(document, content);
	}

	private boolean mayReview(AuthenticatedAccount caller, UUID id) {
		DocumentReviewAccess access = reviewAccess.getIfAvailable();
		return access != null && access.mayReview(caller, id);
	}

	private void insert(AuthenticatedAccount uploader, Document document) {
		documents.insert(document);
		audit.record(AuditEntry.of("DOCUMENT_UPLOADED", AuditOutcome.SUCCESS)
			.actor(uploader.accountId(), uploader.role().name())
			.resource("document", document.id())
			.details(Map.of("contentType", document.type().mediaType(), "size", Long.toString(document.size()))));
	}

	/**
	 * Reads and decrypts the file and compares its SHA-256 with the stored one. A failure
	 * is audited, raises a critical security event and returns a generic 500, so no part
	 * of a changed file reaches the client.
	 */
	private byte[] readVerified(AuthenticatedAccount caller, Document document) {
		try {
			byte[] content = store.read(document.id());
			if (!MessageDigest.isEqual(HexFormat.of().parseHex(sha256(content)),
					HexFormat.of().parseHex(document.sha256()))) {
				throw integrityFailure(caller, document, "checksum_mismatch", null);
			}
			return content;
		}
		catch (DecryptionFailedException ex) {
			throw integrityFailure(caller, document, "decryption_failed", ex);
		}
		catch (UncheckedIOException ex) {
			throw integrityFailure(caller, document, "file_unreadable", ex);
		}
	}

	private ApiException integrityFailure(AuthenticatedAccount caller, Document document, String reason,
			RuntimeException cause) {
		audit.record(AuditEntry.of("DOCUMENT_DOWNLOADED", AuditOutcome.FAILURE)
			.actor(caller.accountId(), caller.role().name())
			.resource("document", document.id())
			.details(Map.of("reason", reason)));
		events.publishEvent(new SecurityEvent(INTEGRITY_EVENT, SecurityEvent.Severity.CRITICAL, caller.accountId(),
				RequestMetadata.current().clientAddress(), clock.instant(),
				Map.of("documentId", document.id().toString(), "reason", reason)));
		log.atError()
			.setCause(cause)
			.addKeyValue(LogKeys.DOCUMENT_ID, document.id())
			.addKeyValue(LogKeys.REASON, reason)
			.log("Stored document failed its integrity check");
		return new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
				"An unexpected error occurred. Quote the correlation id when reporting it.");
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	/**
	 * A document and its plaintext.
	 *
	 * @param document the metadata
	 * @param content the decrypted bytes
	 */
	public record DocumentContent(Document document, byte[] content) {

		@Override
		public String toString() {
			return "DocumentContent[document=" + document + ", size=" + content.length + "]";
		}

	}

}
