package com.pettoyou.documents.service;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.documents.Documents;

/** Answers other modules' questions about who uploaded a document. */
@Component
class DocumentOwnership implements Documents {

	private final DocumentRepository documents;

	DocumentOwnership(DocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean ownedBy(UUID documentId, UUID accountId) {
		return documents.existsForUploader(documentId, accountId);
	}

}
