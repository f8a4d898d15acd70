package com.pettoyou.documents.service;

import java.time.Instant;
import java.util.UUID;

import com.pettoyou.documents.inspection.DocumentType;

/**
 * The metadata of a stored document. The file name may contain personal data, so
 * {@link #toString()} leaves it out.
 *
 * @param id the document id, which also names its file
 * @param uploaderId the account that uploaded it
 * @param fileName the sanitized original file name
 * @param type the file type
 * @param size the stored plaintext size in bytes, after images were re-encoded
 * @param sha256 the lower-case hex SHA-256 of the stored plaintext
 * @param createdAt when it was uploaded
 */
public record Document(UUID id, UUID uploaderId, String fileName, DocumentType type, long size, String sha256,
		Instant createdAt) {

	@Override
	public String toString() {
		return "Document[id=" + id + ", uploaderId=" + uploaderId + ", type=" + type + ", size=" + size
				+ ", fileName=redacted]";
	}

}
