package com.pettoyou.documents;

import java.util.UUID;

/**
 * The documents that other modules may refer to, such as claims that attach uploaded
 * receipts.
 */
public interface Documents {

	/**
	 * Returns whether a document exists and was uploaded by the account.
	 * @param documentId the document's id
	 * @param accountId the account that claims it
	 * @return {@code false} for an unknown document and for another account's document
	 */
	boolean ownedBy(UUID documentId, UUID accountId);

}
