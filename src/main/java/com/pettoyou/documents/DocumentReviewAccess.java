package com.pettoyou.documents;

import java.util.UUID;

import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Lets another module allow accounts other than the uploader to download a document, such
 * as an adjuster reviewing a claim that the document is attached to. Without an
 * implementation only the uploader may download.
 */
public interface DocumentReviewAccess {

	/**
	 * Returns whether the caller, who did not upload the document, may download it for a
	 * review. The download is then audited with the purpose {@code CLAIM_REVIEW}.
	 */
	boolean mayReview(AuthenticatedAccount caller, UUID documentId);

}
