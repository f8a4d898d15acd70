package com.pettoyou.insurance.claims;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.documents.DocumentReviewAccess;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Lets adjusters download the documents attached to claims, since they may review every
 * claim. The documents module calls it for callers other than the uploader.
 */
@Component
class ClaimDocumentAccess implements DocumentReviewAccess {

	private final ClaimRepository claims;

	ClaimDocumentAccess(ClaimRepository claims) {
		this.claims = claims;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayReview(AuthenticatedAccount caller, UUID documentId) {
		return ClaimAccess.isAdjuster(caller) && claims.isAttached(documentId);
	}

}
